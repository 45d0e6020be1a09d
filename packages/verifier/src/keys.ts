import crypto from 'node:crypto';

export interface PublicJwk {
  kty: string;
  crv?: string;
  x?: string;
  kid?: string;
  alg?: string;
  use?: string;
  d?: string;
}

/** kid → Ed25519 public key. */
export type KeyRing = Map<string, crypto.KeyObject>;

/** Reads a JWK set `{"keys": [...]}` of Ed25519 public keys (private parts, if any, are ignored). */
export function keyRingFromJwks(jwks: unknown): KeyRing {
  const keys = (jwks as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) throw new Error('not a JWK set: expected {"keys": [...]}');
  const ring: KeyRing = new Map();
  for (const raw of keys as PublicJwk[]) {
    if (!raw || raw.kty !== 'OKP' || raw.crv !== 'Ed25519' || !raw.x || !raw.kid) continue;
    ring.set(raw.kid, crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.x }, format: 'jwk' }));
  }
  return ring;
}

/** The public half of a private Ed25519 JWK, as published in the JWK set. */
export function publicJwk(jwk: PublicJwk): PublicJwk {
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: jwk.kid, alg: 'EdDSA', use: 'sig' };
}
