import path from 'node:path';
import type { JWK } from 'jose';
import { parsePeerKeys, type CallerKeyConfig, type PeerKey } from './caller-assertion';

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

/**
 * Development keys for caller assertions (caller-assertion.ts). Published here on purpose: they only
 * work outside production, and every process refuses to start with them when NODE_ENV=production.
 * Generate real ones with `npm run keys`.
 */
export const DEV_GATEWAY_SIGNING_KEY: JWK = Object.freeze({
  kty: 'OKP',
  crv: 'Ed25519',
  alg: 'EdDSA',
  kid: 'skillfed-dev-gateway-1',
  x: 'wjZ9Bqq2igTODVUK2uf0lLAb8Fj-95d-byLi_DoXz1Y',
  d: 'b08zGZm8rBOE20HBH6B_1S8_dwuXO6h9E4tY_mCFplM',
});
export const DEV_GATEWAY_VERIFY_KEY: JWK = Object.freeze({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', kid: 'skillfed-dev-gateway-1', x: 'wjZ9Bqq2igTODVUK2uf0lLAb8Fj-95d-byLi_DoXz1Y' });
export const DEV_PEER_KEY: PeerKey = Object.freeze({ kid: 'skillfed-dev-peer-1', secret: 'skillfed-dev-peer-key-not-for-production' });
const DEV_KEY_IDS = new Set([DEV_GATEWAY_SIGNING_KEY.kid, DEV_PEER_KEY.kid]);
const DEV_SECRETS = new Set([DEV_PEER_KEY.secret, 'skillfed-dev-gateway-secret-not-for-production', 'skillfed-dev-jwt-secret-not-for-production']);

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
    if (isProduction(env) && (value === devDefault || DEV_SECRETS.has(value))) throw new ConfigError(`${name} must not be a development secret in production`);
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
  keys: CallerKeyConfig;
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
    keys: parseSubgraphKeys(env),
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

function parseJson(name: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new ConfigError(`${name} must be JSON (a JWK, or a JWK set {"keys":[…]}), see README "Keys and rotation"`);
  }
}

function refuseDevKeyInProduction(name: string, kid: string | undefined, env: Env): void {
  if (isProduction(env) && kid && DEV_KEY_IDS.has(kid)) throw new ConfigError(`${name} must not use the development key ${kid} in production (generate keys with npm run keys)`);
}

/** GATEWAY_SIGNING_KEY: the gateway's private JWK. Development default outside production only. */
export function parseGatewaySigningKey(env: Env = process.env): JWK {
  const raw = env.GATEWAY_SIGNING_KEY;
  if (!raw) {
    if (isProduction(env)) throw new ConfigError('GATEWAY_SIGNING_KEY is required when NODE_ENV=production (generate one with npm run keys)');
    return { ...DEV_GATEWAY_SIGNING_KEY };
  }
  const jwk = parseJson('GATEWAY_SIGNING_KEY', raw) as JWK;
  if (!jwk || typeof jwk !== 'object' || !jwk.kid || !jwk.d) throw new ConfigError('GATEWAY_SIGNING_KEY must be a private JWK with a "kid"');
  refuseDevKeyInProduction('GATEWAY_SIGNING_KEY', jwk.kid, env);
  if (isProduction(env) && jwk.d === DEV_GATEWAY_SIGNING_KEY.d) throw new ConfigError('GATEWAY_SIGNING_KEY must not be the development key in production');
  return jwk;
}

/** GATEWAY_VERIFY_KEYS: public JWKs (a set while a key rotates) subgraphs accept from the gateway. */
export function parseGatewayVerifyKeys(env: Env = process.env): JWK[] {
  const raw = env.GATEWAY_VERIFY_KEYS;
  if (!raw) {
    if (isProduction(env)) throw new ConfigError('GATEWAY_VERIFY_KEYS is required when NODE_ENV=production (the gateway key\'s public half, see npm run keys)');
    return [{ ...DEV_GATEWAY_VERIFY_KEY }];
  }
  const parsed = parseJson('GATEWAY_VERIFY_KEYS', raw) as { keys?: JWK[] } | JWK[] | JWK;
  const keys = Array.isArray(parsed) ? parsed : 'keys' in (parsed as object) ? ((parsed as { keys: JWK[] }).keys ?? []) : [parsed as JWK];
  if (keys.length === 0) throw new ConfigError('GATEWAY_VERIFY_KEYS holds no key');
  for (const key of keys) {
    if (!key || typeof key !== 'object' || !key.kid) throw new ConfigError('every key in GATEWAY_VERIFY_KEYS needs a "kid"');
    if (key.d) throw new ConfigError(`GATEWAY_VERIFY_KEYS must hold public keys only (kid ${key.kid} has a private part)`);
    refuseDevKeyInProduction('GATEWAY_VERIFY_KEYS', key.kid, env);
  }
  return keys;
}

/** PEER_SIGNING_KEYS: `kid:secret[,kid:secret]`, the first signs subgraph-to-subgraph calls, all verify. */
export function parsePeerSigningKeys(env: Env = process.env): PeerKey[] {
  const raw = env.PEER_SIGNING_KEYS;
  if (!raw) {
    if (isProduction(env)) throw new ConfigError('PEER_SIGNING_KEYS is required when NODE_ENV=production (kid:secret, secret ≥ 32 characters)');
    return [{ ...DEV_PEER_KEY }];
  }
  let keys: PeerKey[];
  try {
    keys = parsePeerKeys(raw);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  if (keys.length === 0) throw new ConfigError('PEER_SIGNING_KEYS holds no key');
  for (const key of keys) {
    refuseDevKeyInProduction('PEER_SIGNING_KEYS', key.kid, env);
    if (isProduction(env) && (key.secret.length < 32 || DEV_SECRETS.has(key.secret))) throw new ConfigError(`PEER_SIGNING_KEYS: the secret of ${key.kid} must be at least 32 characters and not a development secret`);
  }
  return keys;
}

/** The keys a subgraph holds: the gateway's public keys and the peer keys. Never the gateway's private key. */
export function parseSubgraphKeys(env: Env = process.env): CallerKeyConfig {
  return { gatewayVerifyKeys: parseGatewayVerifyKeys(env), peerKeys: parsePeerSigningKeys(env) };
}

/** Keys for processes started in-process outside production (tests, createServer without options). */
export function developmentKeys(): CallerKeyConfig {
  return { gatewaySigningKey: { ...DEV_GATEWAY_SIGNING_KEY }, gatewayVerifyKeys: [{ ...DEV_GATEWAY_VERIFY_KEY }], peerKeys: [{ ...DEV_PEER_KEY }] };
}
