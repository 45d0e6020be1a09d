import crypto from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { CALLER_HEADER, GATEWAY_SECRET_HEADER, type Caller } from './caller';
import { CallerAssertionVerifier, GATEWAY_ISSUER, type CallerKeyConfig, type VerifiedAssertion } from './caller-assertion';
import { developmentKeys, isProduction } from './env';
import { DEFAULT_EXECUTION_TIMEOUT_MS, DEFAULT_QUERY_LIMITS, QueryLimitError, limitParseOptions, limitValidationRules, limitsPlugin, queryLengthGuard, type QueryLimits } from './limits';
import type { OpenedDataSource } from './data-source';
import { requestScope, type PeerClient } from './peer';
import { bodyErrorHandler, listen, type RunningServer } from './http';
import { flushReadAudits } from './audit';
import { AppError } from './errors';
import type { Logger } from './logger';
import { redactPersonalData } from './redact';
import { YearDataSource } from './year-data';

/** Request ids accepted from x-request-id (the same form the caller assertion's `rid` must have). */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** What every resolver receives. Loaders are created per request so nothing is cached across callers. */
export interface SubgraphContext<TLoaders = unknown> {
  caller: Caller;
  db: DataSource;
  loaders: TLoaders;
  requestId: string;
  /** Other subgraphs this one asks directly (see PeerClient). */
  peers: Record<string, PeerClient>;
  /** True when another subgraph (peer key) sent this request rather than the gateway. */
  peerCall?: boolean;
  /** Loaded holiday arrangements and annual notices (see year-data.ts); pass `await yearData.use(fn)`. */
  yearData: YearDataSource;
}

export interface SubgraphServerOptions<TLoaders> {
  name: string;
  schema: GraphQLSchema;
  database: OpenedDataSource;
  gatewaySecret: string;
  createLoaders: (db: DataSource, caller: Caller) => TLoaders;
  logger: Logger;
  peers?: Record<string, PeerClient>;
  /** Keys for caller assertions; development keys outside production when omitted. */
  keys?: CallerKeyConfig;
  /** Query limits (defence in depth: the gateway enforces the same); DEFAULT_QUERY_LIMITS when omitted. */
  limits?: QueryLimits;
  /** Execution deadline per request (GRAPHQL_EXECUTION_TIMEOUT_MS); DEFAULT_EXECUTION_TIMEOUT_MS when omitted. */
  executionTimeoutMs?: number;
  /** Idle keep-alive of the HTTP server (HTTP_KEEP_ALIVE_TIMEOUT_MS), see http.ts. */
  keepAliveTimeoutMs?: number;
  yearData?: YearDataSource;
  /** Plain HTTP routes behind the gateway gate (file downloads); see SubgraphRoutes. */
  gatedRoutes?: SubgraphRoutes;
}

/**
 * What a subgraph's own HTTP routes get: the express app, the same gate /graphql has (gateway secret +
 * signed caller assertion; the verified caller and request id are in `res.locals.caller` and
 * `res.locals.requestId`), and the subgraph's database, peers and year data.
 */
export interface SubgraphRouteKit {
  app: express.Express;
  requireGateway: (req: Request, res: Response, next: NextFunction) => Promise<void>;
  db: DataSource;
  peers: Record<string, PeerClient>;
  yearData: YearDataSource;
  logger: Logger;
}

export type SubgraphRoutes = (kit: SubgraphRouteKit) => void;

export interface SubgraphServer {
  app: express.Express;
  apollo: ApolloServer<SubgraphContext<any>>;
  database: OpenedDataSource;
  listen(port: number, host?: string): Promise<RunningServer>;
  /** Stops Apollo and closes the database; `listen`'s stopper calls it too. */
  close(): Promise<void>;
}

function secretsMatch(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Unknown errors lose their message on the way out: it may carry SQL, stack details or personal data. */
/** Our own typed error somewhere in the cause chain (e.g. a scalar's parseLiteral during validation). */
function appErrorCause(error: unknown): AppError | QueryLimitError | null {
  for (let current = error as { originalError?: unknown } | undefined, depth = 0; current && depth < 5; current = current.originalError as never, depth++) {
    if (current instanceof AppError || current instanceof QueryLimitError) return current;
  }
  return null;
}

export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = appErrorCause(error);
    if (cause && formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
      // A literal argument our scalar refused: the client sent bad input, say so with our code and reason.
      const { http: _http, ...extensions } = cause.extensions as Record<string, unknown>;
      return { ...formatted, message: redactPersonalData(formatted.message), extensions };
    }
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      const original = (error as { originalError?: Error })?.originalError ?? (error as Error);
      logger.error('internal_error', { name: original?.name, message: redactPersonalData(String(original?.message ?? '')), path: formatted.path });
      return { message: '服务器内部错误 / internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: redactPersonalData(formatted.message), extensions };
  };
}

function requestLogPlugin(logger: Logger): ApolloServerPlugin<SubgraphContext<any>> {
  return {
    async requestDidStart() {
      return {
        // Unmasked personal-data reads noted by field resolvers: one INSERT per request, before the answer leaves.
        async willSendResponse({ contextValue }) {
          if (!contextValue?.db) return;
          try {
            await flushReadAudits(contextValue.db, contextValue);
          } catch (error) {
            logger.error('read_audit_failed', { requestId: contextValue.requestId, name: (error as Error)?.name });
          }
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            logger.info('graphql_error', { requestId: contextValue?.requestId, code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', path: error.path });
          }
        },
      };
    },
  };
}

/**
 * Builds the subgraph's HTTP app without listening, so tests run servers in-process. Every GraphQL
 * request must carry the gateway's shared secret AND a caller assertion signed by the gateway (or by a
 * peer subgraph) for this subgraph; anything else is 401 before GraphQL runs. The same query limits as
 * the gateway's apply here, plus a cap on rows and on execution time, so a request that reaches a
 * subgraph directly cannot exhaust it either.
 */
export async function createSubgraphServer<TLoaders>(options: SubgraphServerOptions<TLoaders>): Promise<SubgraphServer> {
  const { logger, database } = options;
  if (!options.keys && isProduction()) throw new Error('caller assertion keys are required in production');
  const verifier = await CallerAssertionVerifier.create(options.name, options.keys ?? developmentKeys());
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const yearData = options.yearData ?? YearDataSource.bundled();
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema: options.schema,
    // Only the gateway and peers reach a subgraph, and they never introspect it (composition reads _service).
    introspection: !isProduction(),
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
    parseOptions: limitParseOptions(limits),
    validationRules: limitValidationRules(limits),
    // No Apollo Studio: traces would only add bytes to every subgraph response.
    plugins: [
      requestLogPlugin(logger),
      limitsPlugin<SubgraphContext<TLoaders>>({
        limits,
        executionTimeoutMs: options.executionTimeoutMs ?? DEFAULT_EXECUTION_TIMEOUT_MS,
        // Peer calls (signed with the peer key) page through large batches on purpose; depth, aliases and tokens still apply.
        exemptFromCost: (context) => (context as { peerCall?: boolean }).peerCall === true,
      }),
      ApolloServerPluginInlineTraceDisabled(),
    ],
    logger: {
      debug: (m: unknown) => logger.debug('apollo', { message: String(m) }),
      info: (m: unknown) => logger.info('apollo', { message: String(m) }),
      warn: (m: unknown) => logger.warn('apollo', { message: String(m) }),
      error: (m: unknown) => logger.error('apollo', { message: redactPersonalData(String(m)) }),
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req: Request, res: Response) => {
    try {
      await database.dataSource.query('SELECT 1');
      res.json({ status: 'ok', subgraph: options.name });
    } catch {
      res.status(503).json({ status: 'unavailable', subgraph: options.name, reason: 'database' });
    }
  });
  const refuse = (res: Response, message: string) =>
    void res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
  const requireGateway = async (req: Request, res: Response, next: NextFunction) => {
    if (!secretsMatch(req.header(GATEWAY_SECRET_HEADER), options.gatewaySecret)) {
      logger.warn('rejected_without_gateway_secret', { path: req.path });
      return refuse(res, `请通过网关访问 / subgraph ${options.name} only accepts requests from the skillfed gateway`);
    }
    try {
      res.locals.assertion = await verifier.verify(req.header(CALLER_HEADER));
    } catch (error) {
      logger.warn('rejected_caller_assertion', { path: req.path, reason: (error as Error).message });
      return refuse(res, (error as Error).message);
    }
    // The gateway reuses one assertion per caller for a few seconds, so its `rid` names the first of
    // those requests; the per-request id travels in x-request-id (behind the shared secret, as the
    // assertion itself), and wins when it is well-formed.
    const header = req.header('x-request-id');
    const assertion = res.locals.assertion as VerifiedAssertion;
    if (header && REQUEST_ID.test(header) && header !== assertion.requestId) res.locals.assertion = { ...assertion, requestId: header };
    res.locals.caller = (res.locals.assertion as VerifiedAssertion).caller;
    res.locals.requestId = (res.locals.assertion as VerifiedAssertion).requestId;
    requestScope.run({ requestId: (res.locals.assertion as VerifiedAssertion).requestId }, next);
  };
  options.gatedRoutes?.({ app, requireGateway, db: database.dataSource, peers: options.peers ?? {}, yearData, logger });
  app.use(
    '/graphql',
    requireGateway,
    express.json({ limit: '2mb' }),
    queryLengthGuard(limits),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const { caller, requestId } = res.locals.assertion as VerifiedAssertion;
        return {
          caller,
          db: database.dataSource,
          loaders: options.createLoaders(database.dataSource, caller),
          requestId,
          peers: options.peers ?? {},
          peerCall: (res.locals.assertion as VerifiedAssertion).issuer !== GATEWAY_ISSUER,
          yearData,
        };
      },
    }),
  );

  app.use(bodyErrorHandler);

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      await apollo.stop();
      if (database.dataSource.isInitialized) await database.dataSource.destroy();
    })();
    return closed;
  };
  return {
    app,
    apollo,
    database,
    close,
    listen: (port, host = '127.0.0.1') => listen(app, port, host, close, { keepAliveTimeoutMs: options.keepAliveTimeoutMs }),
  };
}
