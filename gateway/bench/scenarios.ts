/**
 * The issue 12 scenarios beyond P1/P2. Each is a hook: when the feature it measures exists, fill in
 * `measure` (it gets the running federation) and the benchmark prints its figures and target; until
 * then the benchmark prints "not measured: <reason>".
 */
import { measureAggregate } from './aggregate';
import { measureExport } from './export';
import { measureIssuing } from './issuing';

export interface BenchContext {
  scale: number;
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** A development token for a role (the bench gateway verifies development tokens). */
  token(kind: 'national-admin' | 'province-operator', province?: string): Promise<string>;
  /** Any development token, by `npm run token` arguments (e.g. city-operator SHANDONG 370100). */
  tokenFor(args: string[]): Promise<string>;
  /** The MySQL/MariaDB URL and database prefix of the data set (for fixtures a scenario writes). */
  mysqlUrl: string;
  prefix: string;
  /** POST a GraphQL request to the gateway and return the parsed body. */
  request(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: any; errors?: { message: string }[] }>;
  say(line: string): void;
}

export interface ExtraResult {
  /** What was measured, e.g. "p50 212 ms, p99 380 ms over 50 requests". */
  measured: string;
  /** The figure compared with the target (same unit as the target). */
  value: number;
  holds: boolean;
  details?: Record<string, unknown>;
}

export interface ExtraScenario {
  id: 'P3' | 'P4' | 'P5';
  title: string;
  target: string;
  /** Why it is not measured yet (printed while `measure` is absent). */
  notMeasured: string;
  measure?: (ctx: BenchContext) => Promise<ExtraResult>;
}

export const EXTRA_SCENARIOS: ExtraScenario[] = [
  {
    id: 'P3',
    title: 'cross-province aggregate (pass rate per province and month)',
    target: '≤ 500 ms',
    notMeasured: '',
    measure: (ctx) => measureAggregate(ctx),
  },
  {
    id: 'P4',
    title: 'issue a 10,000-candidate batch; 20 concurrent batches keep serials unique and gap-free',
    target: '≤ 5 s',
    notMeasured: '',
    measure: (ctx) => measureIssuing(ctx),
  },
  {
    id: 'P5',
    title: 'stream 1 M certificates out (national-upload formats, from MariaDB)',
    target: '≥ 50,000 rows/s under 200 MB RSS',
    notMeasured: '',
    measure: (ctx) => measureExport(ctx),
  },
];
