import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { AppError, SUBGRAPHS, createLogger, formatError, listen, type Logger, type RunningServer, type SubgraphName } from '@skillfed/common';
import express, { type Request, type Response } from 'express';
import { createCallerVerifier, type CallerVerifier } from './auth';
import { mountExplorer } from './explorer';
import type { GatewayConfig } from './config';
import { SkillfedDataSource, type GatewayContext } from './remote-data-source';

/** Size of the gateway's query-plan cache (an LRU keyed by operation). */
export const QUERY_PLAN_CACHE_MIB = 64;

export const SUPERGRAPH_PATH = path.resolve(__dirname, '..', 'supergraph.graphql');

export function readSupergraph(file = SUPERGRAPH_PATH): string {
  return fs.readFileSync(file, 'utf8');
}

export interface GatewayOptions extends Omit<GatewayConfig, 'port' | 'host' | 'jwt'> {
  supergraphSdl: string;
  verifyCaller: CallerVerifier;
  logger?: Logger;
  onFetch?: (subgraph: string) => void;
  /** GraphiQL on GET /graphql; default from GATEWAY_EXPLORER (on outside production). */
  explorer?: boolean;
}

export interface GatewayServer {
  app: express.Express;
  apollo: ApolloServer<GatewayContext>;
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
  // The pooled undici client (subgraph-fetcher.ts) cut the gateway's CPU per request in the benchmark but
  // produced "unreachable" subgraph errors under heavy load in the 1 M run; until that is understood the
  // gateway keeps global fetch (pass `fetcher` to SkillfedDataSource to use it).
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // Query plans are cached by operation; 64 MiB holds tens of thousands of distinct operations, so a
    // dashboard's or a province system's fixed set of queries is planned once per process.
    experimental_approximateQueryPlanStoreMiB: QUERY_PLAN_CACHE_MIB,
    buildService: ({ name, url }) => {
      const configured = (options.subgraphUrls as Record<string, string>)[name] ?? url;
      if (!configured) throw new Error(`no URL for subgraph ${name}`);
      return new SkillfedDataSource({ name, url: configured, gatewaySecret: options.gatewaySecret, timeoutMs: options.timeoutMs, logger, onFetch: options.onFetch });
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
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
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
  const explorer = mountExplorer(app, { path: '/graphql', enabled: options.explorer });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return { caller: await options.verifyCaller(req.header('authorization')), requestId: crypto.randomUUID() };
        } catch (error) {
          if (error instanceof AppError) {
            throw Object.assign(error, { extensions: { ...error.extensions, http: { status: 401 } } });
          }
          throw error;
        }
      },
    }),
  );
  return {
    app,
    apollo,
    explorer,
    listen: (port, host = '127.0.0.1') => listen(app, port, host, () => apollo.stop()),
  };
}

export function createVerifierFromConfig(config: GatewayConfig): CallerVerifier {
  return createCallerVerifier(config.jwt);
}
