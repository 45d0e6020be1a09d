import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { Caller } from './caller';
import { openDataSource } from './data-source';
import { parseSubgraphEnv, type DatabaseConfig, type SubgraphName } from './env';
import type { RunningServer } from './http';
import { createLogger, type Logger } from './logger';
import { createSubgraphServer, type SubgraphServer } from './server';

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
}

export interface CreateServerOptions {
  database: DatabaseConfig;
  gatewaySecret: string;
  seedDemo?: boolean;
  logger?: Logger;
}

export async function createSubgraph<T>(definition: SubgraphDefinition<T>, options: CreateServerOptions): Promise<SubgraphServer> {
  const logger = options.logger ?? createLogger(definition.name);
  const schema = await definition.buildSchema();
  const database = await openDataSource({ database: options.database, entities: definition.entities, migrations: definition.migrations, logger });
  try {
    if (options.seedDemo && definition.seedDemo) {
      const rows = await definition.seedDemo(database.dataSource);
      if (rows > 0) logger.info('demo_seeded', { rows });
    }
    return await createSubgraphServer({
      name: definition.name,
      schema,
      database,
      gatewaySecret: options.gatewaySecret,
      createLoaders: definition.createLoaders,
      logger,
    });
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
}

/** Process entry point: env, database, migrations, demo seed, listen, and a clean stop on Ctrl-C. */
export async function runSubgraph<T>(definition: SubgraphDefinition<T>): Promise<RunningServer> {
  const logger = createLogger(definition.name);
  const env = parseSubgraphEnv(definition.name);
  const server = await createSubgraph(definition, { database: env.database, gatewaySecret: env.gatewaySecret, seedDemo: env.demoSeed, logger });
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
