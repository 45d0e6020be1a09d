import {
  ConfigError,
  DEFAULT_PORTS,
  DEV_GATEWAY_SECRET,
  DEV_JWT_SECRET,
  SUBGRAPHS,
  isProduction,
  parseBoolean,
  parseGatewaySigningKey,
  parsePort,
  parsePositiveInt,
  parseQueryLimits,
  requireSecret,
  type QueryLimits,
  type SubgraphName,
} from '@skillfed/common';
import type { JWK } from 'jose';
import { parseRateLimitConfig, type RateLimitConfig } from './plugins/use-rate-limit';

import { DEFAULT_DASHBOARD_DIR } from './dashboard';

type Env = Record<string, string | undefined>;

export type JwtConfig =
  | { kind: 'hs256'; secret: string; issuer?: string; audience?: string }
  | { kind: 'jwks'; jwksUrl: string; issuer?: string; audience?: string };

export interface GatewayConfig {
  port: number;
  host: string;
  subgraphUrls: Record<SubgraphName, string>;
  timeoutMs: number;
  gatewaySecret: string;
  jwt: JwtConfig;
  /** Built dashboard files served under /dashboard/ (`DASHBOARD_DIR`; empty turns it off). */
  dashboardDir: string;
  /** Private JWK signing caller assertions (GATEWAY_SIGNING_KEY). */
  signingKey: JWK;
  limits: QueryLimits;
  rateLimit: RateLimitConfig;
  /** Anonymous callers may run only trusted documents (TRUSTED_DOCUMENTS_ONLY; on in production). */
  trustedDocumentsOnly: boolean;
  /** Introspection and "Did you mean" suggestions for anonymous callers (off in production). */
  anonymousIntrospection: boolean;
  /** express "trust proxy" (TRUST_PROXY): how the client address for rate limits is found. */
  trustProxy: string | boolean | number;
  /** Server keep-alive idle timeout (HTTP_KEEP_ALIVE_TIMEOUT_MS). */
  keepAliveTimeoutMs: number;
}

function parseUrl(name: string, raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return url.toString();
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  }
}

/**
 * JWT_JWKS_URL points the gateway at an OIDC issuer's key set (RS256/ES256 tokens); otherwise tokens are
 * HS256 with JWT_SECRET, which has a development default only outside production.
 */
export function parseJwtConfig(env: Env = process.env): JwtConfig {
  const issuer = env.JWT_ISSUER || undefined;
  const audience = env.JWT_AUDIENCE || undefined;
  if (env.JWT_JWKS_URL) return { kind: 'jwks', jwksUrl: parseUrl('JWT_JWKS_URL', env.JWT_JWKS_URL), issuer, audience };
  return { kind: 'hs256', secret: requireSecret('JWT_SECRET', env, DEV_JWT_SECRET), issuer, audience };
}

/** TRUST_PROXY: unset/false = the socket address; true, a hop count or express's subnet list otherwise. */
export function parseTrustProxy(raw: string | undefined): string | boolean | number {
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

export function parseGatewayConfig(env: Env = process.env): GatewayConfig {
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((name) => {
      const variable = `${name.toUpperCase()}_URL`;
      const fallback = `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;
      return [name, parseUrl(variable, env[variable] || fallback)];
    }),
  ) as Record<SubgraphName, string>;
  const config = {
    port: parsePort('GATEWAY_PORT', env.GATEWAY_PORT ?? env.PORT, DEFAULT_PORTS.gateway),
    host: env.HOST || '127.0.0.1',
    subgraphUrls,
    timeoutMs: parsePositiveInt('SUBGRAPH_TIMEOUT_MS', env.SUBGRAPH_TIMEOUT_MS, 10_000),
    gatewaySecret: requireSecret('GATEWAY_SHARED_SECRET', env, DEV_GATEWAY_SECRET),
    jwt: parseJwtConfig(env),
    dashboardDir: env.DASHBOARD_DIR ?? DEFAULT_DASHBOARD_DIR,
    signingKey: parseGatewaySigningKey(env),
    limits: parseQueryLimits(env),
    rateLimit: parseRateLimitConfig(env),
    trustedDocumentsOnly: parseBoolean('TRUSTED_DOCUMENTS_ONLY', env.TRUSTED_DOCUMENTS_ONLY, isProduction(env)),
    anonymousIntrospection: parseBoolean('ANONYMOUS_INTROSPECTION', env.ANONYMOUS_INTROSPECTION, !isProduction(env)),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    keepAliveTimeoutMs: parsePositiveInt('HTTP_KEEP_ALIVE_TIMEOUT_MS', env.HTTP_KEEP_ALIVE_TIMEOUT_MS, 65_000),
  };
  if (isProduction(env) && config.jwt.kind === 'hs256' && config.jwt.secret === DEV_JWT_SECRET) {
    throw new ConfigError('JWT_SECRET must not be the development secret in production');
  }
  return config;
}
