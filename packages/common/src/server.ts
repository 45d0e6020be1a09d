import crypto from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { CALLER_HEADER, GATEWAY_SECRET_HEADER, decodeCaller, type Caller } from './caller';
import type { OpenedDataSource } from './data-source';
import type { PeerClient } from './peer';
import { listen, type RunningServer } from './http';
import { flushReadAudits } from './audit';
import { AppError } from './errors';
import type { Logger } from './logger';
import { redactPersonalData } from './redact';
import { YearDataSource } from './year-data';

/** What every resolver receives. Loaders are created per request so nothing is cached across callers. */
export interface SubgraphContext<TLoaders = unknown> {
  caller: Caller;
  db: DataSource;
  loaders: TLoaders;
  requestId: string;
  /** Other subgraphs this one asks directly (see PeerClient). */
  peers: Record<string, PeerClient>;
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
  yearData?: YearDataSource;
}

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
function appErrorCause(error: unknown): AppError | null {
  for (let current = error as { originalError?: unknown } | undefined, depth = 0; current && depth < 5; current = current.originalError as never, depth++) {
    if (current instanceof AppError) return current;
  }
  return null;
}

export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = appErrorCause(error);
    if (cause && formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
      // A literal argument our scalar refused: the client sent bad input, say so with our code and reason.
      return { ...formatted, message: redactPersonalData(formatted.message), extensions: { ...cause.extensions } };
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
 * request must carry the gateway's shared secret: clients can only reach a subgraph through the gateway,
 * which is where tokens are verified.
 */
export async function createSubgraphServer<TLoaders>(options: SubgraphServerOptions<TLoaders>): Promise<SubgraphServer> {
  const { logger, database } = options;
  const yearData = options.yearData ?? YearDataSource.bundled();
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
    // No Apollo Studio: traces would only add bytes to every subgraph response.
    plugins: [requestLogPlugin(logger), ApolloServerPluginInlineTraceDisabled()],
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
  const requireGateway = (req: Request, res: Response, next: NextFunction) => {
    if (secretsMatch(req.header(GATEWAY_SECRET_HEADER), options.gatewaySecret)) return next();
    logger.warn('rejected_without_gateway_secret', { path: req.path });
    res.status(401).json({
      errors: [{ message: `请通过网关访问 / subgraph ${options.name} only accepts requests from the skillfed gateway`, extensions: { code: 'UNAUTHENTICATED' } }],
    });
  };
  app.use(
    '/graphql',
    requireGateway,
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = decodeCaller(req.header(CALLER_HEADER));
        return {
          caller,
          db: database.dataSource,
          loaders: options.createLoaders(database.dataSource, caller),
          requestId: req.header('x-request-id') ?? crypto.randomUUID(),
          peers: options.peers ?? {},
          yearData,
        };
      },
    }),
  );

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
    listen: (port, host = '127.0.0.1') => listen(app, port, host, close),
  };
}
