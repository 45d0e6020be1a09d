import crypto from 'node:crypto';

/**
 * The holder's ID number travels only as scrypt(ID, salt) with a per-certificate salt, so a verifier
 * holding the ID card can confirm it offline. An 18-character resident ID has little entropy (region,
 * birth date, 3-digit sequence): the hash is a confirmation, not a secret. scrypt at N=2^14 (about
 * 40 ms of one core and 16 MiB per guess) makes each guess as costly for an attacker as for us; the
 * per-certificate salt means every certificate has to be attacked on its own.
 */
export const ID_HASH_PARAMS = { N: 2 ** 14, r: 8, p: 1, keyLength: 16, saltLength: 8 } as const;
const DOMAIN = 'skillfed-credential-id-v1:';

/** NFKC, no spaces, upper case (a trailing x is X), as the registry normalises it. */
export function normaliseIdNumber(id: string): string {
  return id.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function hashIdNumber(id: string, salt: Uint8Array): Promise<Uint8Array> {
  const { N, r, p, keyLength } = ID_HASH_PARAMS;
  return new Promise((resolve, reject) =>
    crypto.scrypt(DOMAIN + normaliseIdNumber(id), Buffer.from(salt), keyLength, { N, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(new Uint8Array(key)))),
  );
}

export function newIdSalt(): Uint8Array {
  return new Uint8Array(crypto.randomBytes(ID_HASH_PARAMS.saltLength));
}

/** Constant-time comparison of the typed ID number against the credential's hash. */
export async function idNumberMatches(id: string, salt: Uint8Array, expected: Uint8Array): Promise<boolean> {
  const actual = await hashIdNumber(id, salt);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}
