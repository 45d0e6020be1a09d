import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from 'typeorm';
import type { DatabaseConfig } from './env';
import { CountingTypeOrmLogger, type Logger } from './logger';

export interface DataSourceSpec {
  database: DatabaseConfig;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  logger: Logger;
}

export interface OpenedDataSource {
  dataSource: DataSource;
  /** SQL statements issued so far; tests compare it before and after a request. */
  queryCount(): number;
}

/** Creates the MySQL database when it is missing; TiDB and MariaDB accept the same statement. */
async function ensureMysqlDatabase(config: Extract<DatabaseConfig, { kind: 'mysql' }>): Promise<void> {
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection({ host: config.host, port: config.port, user: config.user, password: config.password });
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${config.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

export async function dropMysqlDatabase(config: Extract<DatabaseConfig, { kind: 'mysql' }>): Promise<void> {
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection({ host: config.host, port: config.port, user: config.user, password: config.password });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${config.database}\``);
  } finally {
    await connection.end();
  }
}

/**
 * Opens the subgraph's database and applies pending migrations. The schema is only ever changed by
 * migrations (never `synchronize`), identically on SQLite and MySQL.
 */
export async function openDataSource(spec: DataSourceSpec): Promise<OpenedDataSource> {
  const typeormLogger = new CountingTypeOrmLogger(spec.logger);
  const common = {
    entities: spec.entities,
    migrations: spec.migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'] as const,
    logger: typeormLogger,
    maxQueryExecutionTime: 1000,
  };
  let options: DataSourceOptions;
  if (spec.database.kind === 'sqlite') {
    const file = spec.database.file;
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    options = {
      ...common,
      logging: [...common.logging],
      type: 'better-sqlite3',
      database: file,
      // WAL lets the demo's readers and the single writer work side by side.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
    };
  } else {
    await ensureMysqlDatabase(spec.database);
    options = {
      ...common,
      logging: [...common.logging],
      type: 'mysql',
      host: spec.database.host,
      port: spec.database.port,
      username: spec.database.user,
      password: spec.database.password,
      database: spec.database.database,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      // DATE columns come back as 'YYYY-MM-DD', as on SQLite, instead of a JS Date in the server's zone.
      dateStrings: ['DATE'],
      poolSize: 10,
    };
  }
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, queryCount: () => typeormLogger.queryCount };
}
