import { ConfigError, isProduction, parsePositiveInt } from '@skillfed/common';
import { publicJwk, signingKeyFromJwk, type PublicJwk, type SigningKey } from '@skillfed/verifier';

type Env = Record<string, string | undefined>;

/**
 * Development credential key: published here on purpose (like the gateway's development key), so
 * credentials signed with it prove nothing; production refuses it by kid and by value.
 */
export const DEV_CREDENTIAL_SIGNING_KEY = Object.freeze({
  kty: 'OKP',
  crv: 'Ed25519',
  kid: 'skillfed-dev-credential-1',
  alg: 'EdDSA',
  x: 'Ic-PnXtEG9PVrJMuuUXeMJXbLWrNzIiM3YMEckpxERc',
  d: 'KS1VK6CKImMT3grbARAlAWtliqkkEJoR2S6MzljITHs',
});

export const DEFAULT_STATUS_TTL_SECONDS = 86_400;
/** Length of every status list: the Bitstring Status List minimum (herd privacy). */
export const STATUS_LIST_BITS = 131_072;

export interface CredentialConfig {
  /** The first key of CREDENTIAL_SIGNING_KEYS: signs every new payload, list and VC. */
  signer: SigningKey;
  /** Every key's public half, published at /.well-known/skillfed/credential-keys.json. */
  jwks: { keys: PublicJwk[] };
  /** The gateway's public address: ids and status-list URLs in the VC are built from it. */
  baseUrl: string;
  /** How long a status list is valid (validUntil = validFrom + ttl); the verifier says STALE_STATUS after. */
  statusTtlSeconds: number;
}

/**
 * CREDENTIAL_SIGNING_KEYS: a JWK set of Ed25519 keys with kids. The first must be private and signs;
 * the others (private or public) stay published so QR codes signed before a rotation still verify.
 */
export function parseCredentialConfig(env: Env = process.env): CredentialConfig {
  const raw = env.CREDENTIAL_SIGNING_KEYS;
  let jwks: PublicJwk[];
  if (!raw) {
    if (isProduction(env)) throw new ConfigError('CREDENTIAL_SIGNING_KEYS is required when NODE_ENV=production (generate one with npm run keys)');
    jwks = [{ ...DEV_CREDENTIAL_SIGNING_KEY }];
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new ConfigError('CREDENTIAL_SIGNING_KEYS must be a JSON JWK set {"keys":[…]}');
    }
    const keys = (parsed as { keys?: unknown }).keys;
    if (!Array.isArray(keys) || keys.length === 0) throw new ConfigError('CREDENTIAL_SIGNING_KEYS must be a JWK set {"keys":[…]} with at least one key');
    jwks = keys as PublicJwk[];
  }
  const kids = new Set<string>();
  for (const key of jwks) {
    if (!key || key.kty !== 'OKP' || key.crv !== 'Ed25519' || !key.x || !key.kid) throw new ConfigError('every key in CREDENTIAL_SIGNING_KEYS must be an Ed25519 JWK (kty OKP, crv Ed25519, x) with a "kid"');
    if (key.kid.length > 32) throw new ConfigError(`CREDENTIAL_SIGNING_KEYS: kid ${key.kid} is longer than 32 characters (it travels in every QR code)`);
    if (kids.has(key.kid)) throw new ConfigError(`CREDENTIAL_SIGNING_KEYS: kid ${key.kid} appears twice`);
    kids.add(key.kid);
    if (isProduction(env) && (key.kid === DEV_CREDENTIAL_SIGNING_KEY.kid || key.x === DEV_CREDENTIAL_SIGNING_KEY.x)) {
      throw new ConfigError('CREDENTIAL_SIGNING_KEYS must not hold the development key in production (generate one with npm run keys)');
    }
  }
  let signer: SigningKey;
  try {
    signer = signingKeyFromJwk(jwks[0]);
  } catch (error) {
    throw new ConfigError(`CREDENTIAL_SIGNING_KEYS: the first key signs and must be private: ${(error as Error).message}`);
  }
  const base = env.CREDENTIAL_BASE_URL;
  if (!base && isProduction(env)) throw new ConfigError('CREDENTIAL_BASE_URL (the gateway\'s public address, e.g. https://skillfed.example.gov.cn) is required when NODE_ENV=production');
  let baseUrl: string;
  try {
    const url = new URL(base || `http://127.0.0.1:${env.GATEWAY_PORT || 4000}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    baseUrl = url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    throw new ConfigError(`CREDENTIAL_BASE_URL must be an http(s) URL, got "${base}"`);
  }
  return {
    signer,
    jwks: { keys: jwks.map(publicJwk) },
    baseUrl,
    statusTtlSeconds: parsePositiveInt('CREDENTIAL_STATUS_TTL_SECONDS', env.CREDENTIAL_STATUS_TTL_SECONDS, DEFAULT_STATUS_TTL_SECONDS),
  };
}
