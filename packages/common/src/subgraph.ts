import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { Caller } from './caller';
import { openDataSource } from './data-source';
import { CallerAssertionSigner, type CallerKeyConfig } from './caller-assertion';
import { ConfigError, DEFAULT_PORTS, developmentKeys, isProduction, parsePositiveInt, parseSubgraphEnv, type DatabaseConfig, type SubgraphName } from './env';
import { parseExecutionTimeout, parseQueryLimits, type QueryLimits } from './limits';
import { DEFAULT_KEEP_ALIVE_TIMEOUT_MS, type RunningServer } from './http';
import { createLogger, type Logger } from './logger';
import { PeerClient } from './peer';
import { configurePersonalData } from './personal-data';
import { createSubgraphServer, type SubgraphRoutes, type SubgraphServer } from './server';
import { YearDataSource, type YearDataSnapshot } from './year-data';

/** Everything that makes one subgraph; `createServer` and `main` are the same for all five. */
export interface SubgraphDefinition<TLoaders> {
  name: SubgraphName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  buildSchema(): Promise<GraphQLSchema>;
  createLoaders(db: DataSource, caller: Caller): TLoaders;
  /** Inserts the demo data when the database has none; returns the number of rows written. */
  seedDemo?(db: DataSource): Promise<number>;
  /** Subgraphs this one asks directly; their URLs come from `<NAME>_URL`. */
  peers?: SubgraphName[];
  /** Peers asked only for extras: a process gets their URLs as for `peers`; an embedder (a test) may leave them out. */
  optionalPeers?: SubgraphName[];
  /**
   * Where year-bound records are loaded (the catalog reads its own tables). A subgraph without this
   * that lists 'catalog' in `peers` asks the catalog; any other sees only the bundled years.
   */
  loadYearData?(db: DataSource): Promise<YearDataSnapshot>;
  /** Extra public HTTP routes beside /graphql and /health (e.g. the certificates' well-known documents). */
  routes?(app: SubgraphServer['app'], db: DataSource, logger: Logger): void;
  /** Plain HTTP routes behind the same gateway gate as /graphql (file downloads for signed-in callers). */
  gatedRoutes?: SubgraphRoutes;
}

export interface CreateServerOptions {
  database: DatabaseConfig;
  gatewaySecret: string;
  seedDemo?: boolean;
  logger?: Logger;
  /** URLs of the peers the definition names (a function when the peer starts later). */
  peerUrls?: Partial<Record<SubgraphName, string | (() => string)>>;
  /** Caller assertion keys (GATEWAY_VERIFY_KEYS, PEER_SIGNING_KEYS); development keys outside production. */
  keys?: CallerKeyConfig;
  /** Query limits (GRAPHQL_MAX_*); the documented defaults when omitted. */
  limits?: QueryLimits;
  executionTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  /** How long a cached year-data snapshot is reused (YEAR_DATA_TTL_SECONDS). */
  yearDataTtlSeconds?: number;
}

export async function createSubgraph<T>(definition: SubgraphDefinition<T>, options: CreateServerOptions): Promise<SubgraphServer> {
  const logger = options.logger ?? createLogger(definition.name);
  const schema = await definition.buildSchema();
  if (!options.keys && isProduction()) throw new ConfigError('caller assertion keys are required in production');
  const keys = options.keys ?? developmentKeys();
  const peerSigner = CallerAssertionSigner.peer(definition.name, keys.peerKeys);
  const database = await openDataSource({ database: options.database, entities: definition.entities, migrations: definition.migrations, logger });
  try {
    if (options.seedDemo && definition.seedDemo) {
      const rows = await definition.seedDemo(database.dataSource);
      if (rows > 0) logger.info('demo_seeded', { rows });
    }
    const peers: Record<string, PeerClient> = Object.fromEntries(
      [...(definition.peers ?? []), ...(definition.optionalPeers ?? []).filter((name) => options.peerUrls?.[name])].map((name) => {
        const url = options.peerUrls?.[name];
        if (!url) throw new Error(`subgraph ${definition.name} needs the URL of ${name}`);
        return [name, new PeerClient(name, url, options.gatewaySecret, peerSigner)];
      }),
    );
    const ttlMs = (options.yearDataTtlSeconds ?? 60) * 1000;
    const db = database.dataSource;
    const yearData = definition.loadYearData
      ? new YearDataSource(() => definition.loadYearData!(db), ttlMs)
      : peers.catalog
        ? YearDataSource.fromCatalog(peers.catalog, ttlMs)
        : YearDataSource.bundled();
    const server = await createSubgraphServer({
      yearData,
      name: definition.name,
      schema,
      database,
      gatewaySecret: options.gatewaySecret,
      createLoaders: definition.createLoaders,
      logger,
      keys,
      limits: options.limits,
      executionTimeoutMs: options.executionTimeoutMs,
      keepAliveTimeoutMs: options.keepAliveTimeoutMs,
      peers,
      gatedRoutes: definition.gatedRoutes,
    });
    definition.routes?.(server.app, db, logger);
    return server;
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
}

function peerUrl(name: SubgraphName, env: Record<string, string | undefined> = process.env): string {
  const raw = env[`${name.toUpperCase()}_URL`] || `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;
  try {
    return new URL(raw).toString();
  } catch {
    throw new ConfigError(`${name.toUpperCase()}_URL must be a URL, got "${raw}"`);
  }
}

/** Process entry point: env, database, migrations, demo seed, listen, and a clean stop on Ctrl-C. */
export async function runSubgraph<T>(definition: SubgraphDefinition<T>): Promise<RunningServer> {
  const logger = createLogger(definition.name);
  const env = parseSubgraphEnv(definition.name);
  // Personal-data keys are checked before anything opens: production refuses development keys.
  configurePersonalData(process.env);
  const peerUrls = Object.fromEntries([...(definition.peers ?? []), ...(definition.optionalPeers ?? [])].map((name) => [name, peerUrl(name)]));
  const server = await createSubgraph(definition, {
    database: env.database,
    gatewaySecret: env.gatewaySecret,
    seedDemo: env.demoSeed,
    logger,
    peerUrls,
    keys: env.keys,
    limits: parseQueryLimits(),
    executionTimeoutMs: parseExecutionTimeout(),
    yearDataTtlSeconds: env.yearDataTtlSeconds,
    keepAliveTimeoutMs: parsePositiveInt('HTTP_KEEP_ALIVE_TIMEOUT_MS', process.env.HTTP_KEEP_ALIVE_TIMEOUT_MS, DEFAULT_KEEP_ALIVE_TIMEOUT_MS),
  });
  const running = await server.listen(env.port, env.host);
  logger.info('listening', { url: running.url, database: env.database.kind });
  const shutdown = (signal: string) => {
    logger.info('stopping', { signal });
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return running;
}

/** `main.ts` of every subgraph: start, or print why not and exit non-zero. */
export function main<T>(definition: SubgraphDefinition<T>): void {
  runSubgraph(definition).catch((error: unknown) => {
    createLogger(definition.name).error('start_failed', { name: (error as Error)?.name, message: (error as Error)?.message });
    process.exit(1);
  });
}
