import path from 'node:path';

/**
 * Environment parsing shared by every process. Parsing is strict and happens once at start-up, so a
 * misconfigured deployment fails before it serves a request instead of failing on the first query.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export const SUBGRAPHS = ['institutions', 'catalog', 'exams', 'examiners', 'certificates'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  institutions: 4001,
  catalog: 4002,
  exams: 4003,
  examiners: 4004,
  certificates: 4005,
};

/** Used only when NODE_ENV is not production; production must configure its own secrets. */
export const DEV_GATEWAY_SECRET = 'skillfed-dev-gateway-secret-not-for-production';
export const DEV_JWT_SECRET = 'skillfed-dev-jwt-secret-not-for-production';

export function isProduction(env: Env = process.env): boolean {
  return env.NODE_ENV === 'production';
}

export function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a port number, got "${raw}"`);
  const port = Number(raw);
  // 0 asks the OS for a free port, which tests rely on.
  if (port > 65535) throw new ConfigError(`${name} must be between 0 and 65535, got ${port}`);
  return port;
}

export function parsePositiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) <= 0) throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return Number(raw);
}

export function requireSecret(name: string, env: Env, devDefault: string): string {
  const value = env[name];
  if (value !== undefined && value !== '') {
    if (isProduction(env) && value.length < 32) throw new ConfigError(`${name} must be at least 32 characters in production`);
    return value;
  }
  if (isProduction(env)) throw new ConfigError(`${name} is required when NODE_ENV=production`);
  return devDefault;
}

/** Repository-level data/ folder: one SQLite file per subgraph lives there on the embedded default. */
export function defaultDataDir(env: Env = process.env): string {
  // This file sits in packages/common/{src,dist}/, three levels below the repository root.
  return env.SKILLFED_DATA_DIR || path.resolve(__dirname, '..', '..', '..', 'data');
}

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'mysql'; host: string; port: number; user: string; password: string; database: string };

/**
 * DATABASE_URL unset: embedded SQLite under data/. DATABASE_URL=mysql://user:pass@host:port: MySQL,
 * MariaDB or TiDB, one database per subgraph named `${DATABASE_PREFIX}${subgraph}` (default skillfed_).
 */
export function parseDatabaseConfig(subgraph: string, env: Env = process.env): DatabaseConfig {
  const url = env.DATABASE_URL;
  const prefix = env.DATABASE_PREFIX ?? 'skillfed_';
  if (!/^[a-z0-9_]*$/.test(prefix)) throw new ConfigError(`DATABASE_PREFIX may contain only a-z, 0-9 and _, got "${prefix}"`);
  if (!url) return { kind: 'sqlite', file: path.join(defaultDataDir(env), `${subgraph}.sqlite`) };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL (expected mysql://user:password@host:port)');
  }
  if (parsed.protocol !== 'mysql:') throw new ConfigError(`DATABASE_URL must use mysql://, got ${parsed.protocol}//`);
  if (parsed.pathname && parsed.pathname !== '/') {
    throw new ConfigError('DATABASE_URL must not name a database: each subgraph uses its own database skillfed_<subgraph>');
  }
  return {
    kind: 'mysql',
    host: parsed.hostname || '127.0.0.1',
    port: parsePort('DATABASE_URL port', parsed.port || undefined, 3306),
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password || ''),
    database: `${prefix}${subgraph}`,
  };
}

export interface SubgraphEnv {
  name: SubgraphName;
  port: number;
  host: string;
  gatewaySecret: string;
  database: DatabaseConfig;
  demoSeed: boolean;
  /** Seconds a year-data snapshot asked of the catalog is reused (YEAR_DATA_TTL_SECONDS, default 60). */
  yearDataTtlSeconds: number;
}

export function parseSubgraphEnv(name: SubgraphName, env: Env = process.env): SubgraphEnv {
  const portVar = `${name.toUpperCase()}_PORT`;
  return {
    name,
    port: parsePort(portVar, env[portVar], DEFAULT_PORTS[name]),
    host: env.HOST || '127.0.0.1',
    gatewaySecret: requireSecret('GATEWAY_SHARED_SECRET', env, DEV_GATEWAY_SECRET),
    database: parseDatabaseConfig(name, env),
    demoSeed: parseBoolean('DEMO_SEED', env.DEMO_SEED, !isProduction(env)),
    yearDataTtlSeconds: parsePositiveInt('YEAR_DATA_TTL_SECONDS', env.YEAR_DATA_TTL_SECONDS, 60),
  };
}

export function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}
