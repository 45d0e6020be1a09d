import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { CompactSign, compactVerify } from 'jose';
import type { KeyRing } from './keys';
import type { SigningKey } from './format';

/**
 * W3C Bitstring Status List v1.0: one bit per credential (1 = revoked), index 0 the left-most bit of
 * the first byte; the list travels GZIP-compressed, multibase base64url (`u` prefix), inside a
 * BitstringStatusListCredential secured as a JWT (VC-JOSE, `typ: vc+jwt`) with the credential key.
 * The specification's minimum length of 131,072 bits (16 KiB) gives herd privacy: a list holds many
 * certificates, so fetching it tells the server nothing about which one is being checked.
 */
export const MIN_STATUS_LIST_BITS = 131_072;
export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';
/** A list larger than this (decompressed) is refused: a hostile list must not exhaust the verifier. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

export function encodeBitstring(lengthBits: number, setIndexes: Iterable<number>): string {
  if (lengthBits % 8 !== 0) throw new Error('bitstring length must be a multiple of 8');
  const bytes = new Uint8Array(lengthBits / 8);
  for (const index of setIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= lengthBits) throw new Error(`status index ${index} is outside the list`);
    bytes[index >> 3] |= 0x80 >> (index & 7);
  }
  return 'u' + zlib.gzipSync(bytes).toString('base64url');
}

export function decodeBitstring(encoded: string): Uint8Array {
  if (typeof encoded !== 'string' || !encoded.startsWith('u')) throw new Error('encodedList must be multibase base64url (prefix u)');
  return new Uint8Array(zlib.gunzipSync(Buffer.from(encoded.slice(1), 'base64url'), { maxOutputLength: MAX_LIST_BYTES }));
}

export function bitAt(bytes: Uint8Array, index: number): 0 | 1 {
  if (!Number.isInteger(index) || index < 0 || index >= bytes.length * 8) throw new RangeError(`status index ${index} is outside the list of ${bytes.length * 8} bits`);
  return ((bytes[index >> 3] >> (7 - (index & 7))) & 1) as 0 | 1;
}

export interface StatusListCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: string | { id: string; name?: string };
  validFrom: string;
  validUntil: string;
  credentialSubject: { id: string; type: 'BitstringStatusList'; statusPurpose: string; encodedList: string };
}

export function statusListCredential(input: { url: string; issuer: string; validFrom: Date; validUntil: Date; encodedList: string }): StatusListCredential {
  return {
    '@context': [VC_CONTEXT_V2],
    id: input.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    validFrom: input.validFrom.toISOString(),
    validUntil: input.validUntil.toISOString(),
    credentialSubject: { id: `${input.url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: input.encodedList },
  };
}

/** VC-JOSE: the credential itself is the JWT payload; Ed25519 with the credential key. */
export async function signVcJwt(credential: object, signer: SigningKey): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(credential)))
    .setProtectedHeader({ alg: 'EdDSA', kid: signer.kid, typ: 'vc+jwt', cty: 'vc' })
    .sign(signer.key);
}

/** Verifies a VC-JOSE JWT against the key ring and returns its credential; throws on any failure. */
export async function verifyVcJwt<T = Record<string, unknown>>(jwt: string, keys: KeyRing): Promise<{ kid: string; credential: T }> {
  const { payload, protectedHeader } = await compactVerify(
    jwt.trim(),
    (header) => {
      const key = header.kid ? keys.get(header.kid) : undefined;
      if (!key) throw new Error(`unknown key ${header.kid ?? '(no kid)'}`);
      return key;
    },
    { algorithms: ['EdDSA'] },
  );
  if (protectedHeader.typ !== 'vc+jwt') throw new Error('not a vc+jwt');
  return { kid: protectedHeader.kid!, credential: JSON.parse(new TextDecoder().decode(payload)) as T };
}

export interface VerifiedStatusList {
  listId: string;
  url: string;
  validFrom: Date;
  validUntil: Date;
  bits: Uint8Array;
}

/** The list id is the last path segment of the list's URL (…/.well-known/skillfed/status/<listId>). */
export function listIdOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
}

export async function verifyStatusList(jwt: string, keys: KeyRing): Promise<VerifiedStatusList> {
  const { credential } = await verifyVcJwt<StatusListCredential>(jwt, keys);
  if (!credential?.type?.includes('BitstringStatusListCredential') || credential.credentialSubject?.type !== 'BitstringStatusList') throw new Error('not a BitstringStatusListCredential');
  if (credential.credentialSubject.statusPurpose !== 'revocation') throw new Error(`status purpose ${credential.credentialSubject.statusPurpose} is not revocation`);
  const validFrom = new Date(credential.validFrom);
  const validUntil = new Date(credential.validUntil);
  if (Number.isNaN(validFrom.getTime()) || Number.isNaN(validUntil.getTime())) throw new Error('status list without validFrom/validUntil');
  const bits = decodeBitstring(credential.credentialSubject.encodedList);
  if (bits.length * 8 < MIN_STATUS_LIST_BITS) throw new Error(`status list shorter than ${MIN_STATUS_LIST_BITS} bits`);
  return { listId: listIdOf(credential.id), url: credential.id, validFrom, validUntil, bits };
}

/** Random index in [0, length), for allocation (never a counter: indexes must not reveal issue order). */
export function randomIndex(lengthBits: number): number {
  return crypto.randomInt(0, lengthBits);
}
