import crypto from 'node:crypto';
import { CALLER_HEADER, GATEWAY_SECRET_HEADER, type Caller } from './caller';
import { CallerAssertionSigner } from './caller-assertion';
import { dropMysqlDatabase } from './data-source';
import { DEV_GATEWAY_SIGNING_KEY, SUBGRAPHS, parseDatabaseConfig, type DatabaseConfig } from './env';

/**
 * Test helpers (imported as @skillfed/common/testing). Every database test runs against SQLite and
 * against MySQL/MariaDB; MySQL is skipped when unreachable unless REQUIRE_MYSQL=1, which CI sets so a
 * missing MariaDB fails the run instead of passing quietly.
 */
export interface TestDatabase {
  name: 'sqlite' | 'mysql';
  /** A fresh, empty database for one subgraph in one test suite. */
  config(subgraph: string): DatabaseConfig;
  /** Drops every database this suite created. */
  cleanup(): Promise<void>;
}

export const TEST_MYSQL_URL = process.env.TEST_MYSQL_URL || process.env.DATABASE_URL || 'mysql://root@127.0.0.1:3306';

async function mysqlReachable(): Promise<string | null> {
  const mysql = await import('mysql2/promise');
  const cfg = parseDatabaseConfig('probe', { DATABASE_URL: TEST_MYSQL_URL });
  if (cfg.kind !== 'mysql') return 'not a mysql url';
  try {
    const connection = await mysql.createConnection({ host: cfg.host, port: cfg.port, user: cfg.user, password: cfg.password, connectTimeout: 3000 });
    await connection.query('SELECT 1');
    await connection.end();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function sqliteDatabase(): TestDatabase {
  return { name: 'sqlite', config: () => ({ kind: 'sqlite', file: ':memory:' }), cleanup: async () => {} };
}

function mysqlDatabase(): TestDatabase {
  const prefix = `skillfed_t${crypto.randomBytes(4).toString('hex')}_`;
  const created: DatabaseConfig[] = [];
  return {
    name: 'mysql',
    config(subgraph) {
      const cfg = parseDatabaseConfig(subgraph, { DATABASE_URL: TEST_MYSQL_URL, DATABASE_PREFIX: prefix });
      created.push(cfg);
      return cfg;
    },
    async cleanup() {
      for (const cfg of created.splice(0)) if (cfg.kind === 'mysql') await dropMysqlDatabase(cfg);
    },
  };
}

export async function testDatabases(): Promise<TestDatabase[]> {
  const databases = [sqliteDatabase()];
  const problem = await mysqlReachable();
  if (problem === null) databases.push(mysqlDatabase());
  else if (process.env.REQUIRE_MYSQL === '1') throw new Error(`REQUIRE_MYSQL=1 but MySQL at ${TEST_MYSQL_URL} is unreachable: ${problem}`);
  else process.stderr.write(`[skillfed] MySQL tests skipped: ${TEST_MYSQL_URL} unreachable (${problem}); set REQUIRE_MYSQL=1 to fail instead\n`);
  return databases;
}

export const TEST_GATEWAY_SECRET = 'test-gateway-secret';

export const callers = {
  admin: { subject: 'test-admin', role: 'NATIONAL_ADMIN', provinces: [] } as Caller,
  operator: (province: string): Caller => ({ subject: `test-operator-${province.toLowerCase()}`, role: 'PROVINCE_OPERATOR', provinces: [province] }),
  anonymous: { subject: 'anonymous', role: 'PUBLIC', provinces: [] } as Caller,
  city: (province: string, ...cityCodes: string[]): Caller => ({ subject: `test-city-${cityCodes.join('-')}`, role: 'CITY_OPERATOR', provinces: [province], cityCodes }),
  staff: (province: string, institutionId: string): Caller => ({ subject: `test-staff-${institutionId.slice(0, 8)}`, role: 'INSTITUTION_STAFF', provinces: [province], institutionId }),
};

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

let devSigner: Promise<CallerAssertionSigner> | undefined;

/**
 * A caller assertion as the gateway signs it, with the development key. The audience lists every
 * subgraph because tests address subgraphs by URL; the gateway itself always names exactly one.
 */
export async function testAssertion(caller: Caller, audience: string | string[] = [...SUBGRAPHS]): Promise<string> {
  devSigner ??= CallerAssertionSigner.gateway(DEV_GATEWAY_SIGNING_KEY);
  // Reused for 10 s per caller and audience: suites send thousands of requests (the gateway signs per request).
  const key = JSON.stringify([caller, audience]);
  const cached = recentAssertions.get(key);
  if (cached && cached.until > Date.now()) return cached.token;
  const token = await (await devSigner).sign(caller, audience);
  recentAssertions.set(key, { token, until: Date.now() + 10_000 });
  return token;
}
const recentAssertions = new Map<string, { token: string; until: number }>();

/**
 * Calls a subgraph directly, as the gateway would: the shared secret and a caller assertion for `caller`
 * (anonymous when omitted). `assertion: null` sends none; a string sends that header verbatim.
 */
export async function subgraphRequest<T = any>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; caller?: Caller; secret?: string | null; assertion?: string | null } = {},
): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const secret = options.secret === undefined ? TEST_GATEWAY_SECRET : options.secret;
  if (secret !== null) headers[GATEWAY_SECRET_HEADER] = secret;
  const assertion = options.assertion === undefined ? await testAssertion(options.caller ?? callers.anonymous) : options.assertion;
  if (assertion !== null) headers[CALLER_HEADER] = assertion;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables }) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

/** A raw 18-character resident ID or an 11-digit mainland mobile number, not part of a longer token. */
const PLAIN_RESIDENT_ID = /(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])/;
const PLAIN_MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/;

export interface PlainPersonalDataHit {
  table: string;
  column: string;
  kind: 'resident-id' | 'mobile';
  rows: number;
}

/**
 * Reads every row of every table of a database and reports columns holding plain resident IDs or
 * mobile numbers (issue 9: personal data only ever stored sealed). The values themselves are never
 * returned, only where they are and how many.
 */
export async function findPlainPersonalData(db: import('typeorm').DataSource): Promise<PlainPersonalDataHit[]> {
  const sqlite = db.options.type === 'better-sqlite3' || db.options.type === 'sqlite';
  const tables: string[] = sqlite
    ? (await db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).map((r: { name: string }) => r.name)
    : (await db.query('SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()')).map((r: { name: string }) => r.name);
  const hits = new Map<string, PlainPersonalDataHit>();
  for (const table of tables) {
    const rows: Record<string, unknown>[] = await db.query(`SELECT * FROM ${db.driver.escape(table)}`);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (value === null || value === undefined) continue;
        const text = value instanceof Date ? value.toISOString() : String(value);
        for (const [kind, pattern] of [['resident-id', PLAIN_RESIDENT_ID], ['mobile', PLAIN_MOBILE]] as const) {
          if (!pattern.test(text)) continue;
          const key = `${table}.${column}.${kind}`;
          const hit = hits.get(key) ?? { table, column, kind, rows: 0 };
          hit.rows += 1;
          hits.set(key, hit);
        }
      }
    }
  }
  return [...hits.values()];
}
