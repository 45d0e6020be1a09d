import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  AppError,
  bodyErrorHandler,
  DEFAULT_QUERY_LIMITS,
  DEV_GATEWAY_SIGNING_KEY,
  SUBGRAPHS,
  createLogger,
  formatError,
  isProduction,
  listen,
  queryLengthGuard,
  type Estimate,
  type Logger,
  type QueryLimits,
  type RunningServer,
  type SubgraphName,
} from '@skillfed/common';
import type { JWK } from 'jose';
import express, { type Request, type Response } from 'express';
import { createCallerVerifier, type CallerVerifier } from './auth';
import { useDashboard } from './dashboard';
import { mountExchangeDownload } from './exchange-download';
import { mountExplorer } from './explorer';
import { forwardWellKnown } from './well-known';
import type { GatewayConfig } from './config';
import { useAnonymousHardening } from './plugins/use-anonymous-hardening';
import { useCallerSigning } from './plugins/use-caller-signing';
import { useLimits } from './plugins/use-limits';
import { DEFAULT_ANONYMOUS_RATE, useRateLimit, type RateLimitConfig } from './plugins/use-rate-limit';
import { loadTrustedDocuments, useTrustedDocuments } from './plugins/use-trusted-documents';
import { SkillfedDataSource, retryingFetch, type GatewayContext } from './remote-data-source';
import { createSubgraphFetcher } from './subgraph-fetcher';

/** Size of the gateway's query-plan cache (an LRU keyed by operation). */
export const QUERY_PLAN_CACHE_MIB = 64;

export const SUPERGRAPH_PATH = path.resolve(__dirname, '..', 'supergraph.graphql');

export function readSupergraph(file = SUPERGRAPH_PATH): string {
  return fs.readFileSync(file, 'utf8');
}

type Optional = 'signingKey' | 'limits' | 'rateLimit' | 'trustedDocumentsOnly' | 'anonymousIntrospection' | 'trustProxy' | 'keepAliveTimeoutMs';

/** What createGatewayServer needs; the security settings default to development behaviour (see config.ts). */
export interface GatewayOptions extends Omit<GatewayConfig, 'port' | 'host' | 'jwt' | 'dashboardDir' | Optional>, Partial<Pick<GatewayConfig, Optional>> {
  /** Built dashboard files to serve under /dashboard/; not served when absent. */
  dashboardDir?: string;
  supergraphSdl: string;
  verifyCaller: CallerVerifier;
  logger?: Logger;
  onFetch?: (subgraph: string) => void;
  /** GraphiQL on GET /graphql; default from GATEWAY_EXPLORER (on outside production). */
  explorer?: boolean;
  /** Observes the measured cost of every operation the limits let through (tests). */
  onMeasured?: (estimate: Estimate) => void;
  /** The trusted documents (defaults to gateway/operations/generated/persisted-documents.json). */
  trustedDocuments?: Map<string, string>;
  /**
   * HTTP client to the subgraphs: `pooled` (default) is undici's request on one keep-alive agent
   * (subgraph-fetcher.ts); `fetch` is Node's global fetch, kept for comparison in the benchmark.
   */
  subgraphClient?: 'pooled' | 'fetch';
}

export interface GatewayServer {
  app: express.Express;
  apollo: ApolloServer<GatewayContext>;
  /** Whether /dashboard/ is served (the files were built). */
  dashboard: boolean;
  listen(port: number, host?: string): Promise<RunningServer>;
  explorer: boolean;
}

async function probe(url: string, timeoutMs: number): Promise<'ok' | 'unavailable'> {
  try {
    const response = await fetch(url.replace(/\/graphql\/?$/, '/health'), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? 'ok' : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/**
 * The gateway serves a static supergraph (no polling, no managed federation): what it federates is
 * what is checked in, and Apollo Router can serve the same file. Subgraph URLs come from config, so
 * the file's URLs are only defaults.
 */
export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const logger = options.logger ?? createLogger('gateway');
  // One pooled client for all subgraph calls; global fetch builds WHATWG Request/Response objects and a
  // timer per call, which the gateway's CPU profile showed among its top costs (README, Benchmark).
  const pooled = (options.subgraphClient ?? 'pooled') === 'pooled' ? createSubgraphFetcher({ timeoutMs: options.timeoutMs }) : null;
  const fetcher = pooled ?? retryingFetch(options.timeoutMs);
  if (isProduction() && !options.signingKey) throw new Error('the gateway signing key is required in production');
  const signing = await useCallerSigning((options.signingKey ?? DEV_GATEWAY_SIGNING_KEY) as JWK);
  const limits: QueryLimits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const rateLimitConfig: RateLimitConfig = options.rateLimit ?? { anonymous: DEFAULT_ANONYMOUS_RATE, operations: {} };
  const rateLimit = useRateLimit(rateLimitConfig, logger);
  await rateLimit.ready();
  const limitRules = useLimits(limits, options.onMeasured);
  const trusted = useTrustedDocuments({
    documents: options.trustedDocuments ?? loadTrustedDocuments(),
    anonymousOnlyTrusted: options.trustedDocumentsOnly ?? isProduction(),
  });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // Query plans are cached by operation; 64 MiB holds tens of thousands of distinct operations, so a
    // dashboard's or a province system's fixed set of queries is planned once per process.
    experimental_approximateQueryPlanStoreMiB: QUERY_PLAN_CACHE_MIB,
    buildService: ({ name, url }) => {
      const configured = (options.subgraphUrls as Record<string, string>)[name] ?? url;
      if (!configured) throw new Error(`no URL for subgraph ${name}`);
      return new SkillfedDataSource({ name, url: configured, gatewaySecret: options.gatewaySecret, timeoutMs: options.timeoutMs, logger, onFetch: options.onFetch, signing, fetcher: fetcher as never });
    },
    logger: {
      debug: (m: unknown) => logger.debug('gateway', { message: String(m) }),
      info: (m: unknown) => logger.info('gateway', { message: String(m) }),
      warn: (m: unknown) => logger.warn('gateway', { message: String(m) }),
      error: (m: unknown) => logger.error('gateway', { message: String(m) }),
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
    // One plugin per concern (src/plugins/), each with its defaults documented at the top of its file.
    parseOptions: limitRules.parseOptions,
    validationRules: limitRules.validationRules,
    plugins: [
      ...limitRules.plugins,
      rateLimit.plugin,
      ...((options.anonymousIntrospection ?? !isProduction()) ? [] : [useAnonymousHardening()]),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.get('/health', async (req: Request, res: Response) => {
    // Liveness by default; `?deep=1` also asks every subgraph, for dashboards and the compose healthcheck.
    if (req.query.deep === undefined) return void res.json({ status: 'ok' });
    const entries = await Promise.all(
      SUBGRAPHS.map(async (name: SubgraphName) => [name, await probe(options.subgraphUrls[name], Math.min(options.timeoutMs, 2000))] as const),
    );
    const subgraphs = Object.fromEntries(entries);
    const healthy = entries.every(([, status]) => status === 'ok');
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'degraded', subgraphs });
  });
  forwardWellKnown(app, { certificatesUrl: options.subgraphUrls.certificates, timeoutMs: options.timeoutMs, rateLimit: rateLimit.middleware, logger });
  const dashboard = options.dashboardDir ? useDashboard(app, { dir: options.dashboardDir }) : false;
  const explorer = mountExplorer(app, { path: '/graphql', enabled: options.explorer });
  mountExchangeDownload(app, {
    verifyCaller: options.verifyCaller,
    signing,
    certificatesUrl: options.subgraphUrls.certificates,
    gatewaySecret: options.gatewaySecret,
    timeoutMs: options.timeoutMs,
    logger,
    before: [rateLimit.middleware],
  });
  app.use(
    '/graphql',
    rateLimit.middleware,
    express.json({ limit: '2mb' }),
    queryLengthGuard(limits),
    trusted.middleware,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return { caller: await options.verifyCaller(req.header('authorization')), requestId: crypto.randomUUID(), clientAddress: req.ip };
        } catch (error) {
          if (error instanceof AppError) {
            throw Object.assign(error, { extensions: { ...error.extensions, http: { status: 401 } } });
          }
          throw error;
        }
      },
    }),
  );
  app.use(bodyErrorHandler);
  return {
    app,
    apollo,
    dashboard,
    explorer,
    listen: (port, host = '127.0.0.1') =>
      listen(app, port, host, async () => {
        await apollo.stop();
        await rateLimit.close();
        await pooled?.close();
      }, { keepAliveTimeoutMs: options.keepAliveTimeoutMs }),
  };
}

export function createVerifierFromConfig(config: GatewayConfig): CallerVerifier {
  return createCallerVerifier(config.jwt);
}
