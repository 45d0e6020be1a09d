import crypto from 'node:crypto';
import cbor from 'cbor';
import { Base45Error, base45Decode, base45Encode } from './base45';

/**
 * The QR payload, version 1: `SF1:` + Base45(COSE_Sign1 (RFC 9052, tag 18) signed with Ed25519).
 * The CBOR payload is a fixed array (the version prefix fixes the layout, so no claim names travel):
 *
 *   [0] certificate number (text)        [6] holder name, masked (text: family name + **)
 *   [1] kind: 1 专项职业能力, 2 职业技能等级 [7] salt of the ID-number hash (8 bytes)
 *   [2] project or occupation code       [8] scrypt(ID number, salt), 16 bytes
 *   [3] level 1-5 or null                 [9] status list id (text, e.g. "shandong-1")
 *   [4] issuer code (text, or a UUID as 16 bytes)   [10] index in that status list
 *   [5] issue date as YYYYMMDD (uint)
 *
 * Base45 keeps the whole string in the QR alphanumeric set (`SF1:` included), which is what makes a
 * signed certificate fit a small QR code at error-correction level Q (see the tests for the version).
 */
export const CREDENTIAL_PREFIX = 'SF1:';
export const KINDS = ['SPECIAL_ABILITY', 'SKILL_LEVEL'] as const;
export type CredentialKind = (typeof KINDS)[number];

export interface CredentialClaims {
  number: string;
  kind: CredentialKind;
  code: string | null;
  level: number | null;
  issuerCode: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** Masked: no clear personal data travels in the QR code. */
  holderName: string;
  idSalt: Uint8Array;
  idHash: Uint8Array;
  statusListId: string;
  statusIndex: number;
}

export interface ParsedCredential {
  kid: string;
  claims: CredentialClaims;
  /** What the signature covers (COSE Sig_structure), for verifySignature. */
  signed: Uint8Array;
  signature: Uint8Array;
}

/** The payload is not an SF1 credential, or a byte of it was changed so that it no longer parses. */
export class MalformedCredentialError extends Error {
  override name = 'MalformedCredentialError';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const COSE_SIGN1_TAG = 18;
const ALG_EDDSA = -8;

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}
function bytesUuid(bytes: Uint8Array): string {
  const h = Buffer.from(bytes).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function encodeClaims(c: CredentialClaims): Buffer {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(c.issuedOn)) throw new Error('issuedOn must be YYYY-MM-DD');
  return cbor.encodeCanonical([
    c.number,
    KINDS.indexOf(c.kind) + 1,
    c.code,
    c.level,
    UUID.test(c.issuerCode) ? uuidBytes(c.issuerCode) : c.issuerCode,
    Number(c.issuedOn.replace(/-/g, '')),
    c.holderName,
    Buffer.from(c.idSalt),
    Buffer.from(c.idHash),
    c.statusListId,
    c.statusIndex,
  ]);
}

function fail(why: string): never {
  throw new MalformedCredentialError(why);
}

function decodeOne(bytes: Uint8Array, what: string): unknown {
  let items: unknown[];
  try {
    items = cbor.decodeAllSync(Buffer.from(bytes));
  } catch {
    fail(`${what}: not CBOR`);
  }
  if (items.length !== 1) fail(`${what}: expected one CBOR item, found ${items.length}`);
  return items[0];
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isBytes = (v: unknown, length: number): v is Buffer => Buffer.isBuffer(v) && v.length === length;
const isUint = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

export function decodeClaims(bytes: Uint8Array): CredentialClaims {
  const a = decodeOne(bytes, 'payload');
  if (!Array.isArray(a) || a.length !== 11) fail('payload: expected an array of 11 claims');
  const [number, kind, code, level, issuer, date, name, salt, hash, listId, index] = a as unknown[];
  if (!isText(number, 40)) fail('number');
  if (kind !== 1 && kind !== 2) fail('kind');
  if (code !== null && !isText(code, 40)) fail('code');
  if (level !== null && !(isUint(level, 5) && level >= 1)) fail('level');
  if (!isText(issuer, 36) && !isBytes(issuer, 16)) fail('issuer');
  if (!isUint(date, 99991231)) fail('issue date');
  const ds = String(date).padStart(8, '0');
  const issuedOn = `${ds.slice(0, 4)}-${ds.slice(4, 6)}-${ds.slice(6)}`;
  if (Number.isNaN(Date.parse(`${issuedOn}T00:00:00Z`)) || new Date(`${issuedOn}T00:00:00Z`).toISOString().slice(0, 10) !== issuedOn) fail('issue date');
  if (!isText(name, 20)) fail('holder name');
  if (!isBytes(salt, 8)) fail('salt');
  if (!isBytes(hash, 16)) fail('ID hash');
  if (!isText(listId, 40)) fail('status list id');
  if (!isUint(index, 2 ** 31)) fail('status index');
  return {
    number,
    kind: KINDS[kind - 1],
    code: code as string | null,
    level: level as number | null,
    issuerCode: typeof issuer === 'string' ? issuer : bytesUuid(issuer),
    issuedOn,
    holderName: name,
    idSalt: new Uint8Array(salt),
    idHash: new Uint8Array(hash),
    statusListId: listId,
    statusIndex: index,
  };
}

function protectedHeader(kid: string): Buffer {
  return cbor.encodeCanonical(new Map<number, unknown>([[1, ALG_EDDSA], [4, Buffer.from(kid, 'utf8')]]));
}

function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Buffer {
  return cbor.encodeCanonical(['Signature1', Buffer.from(protectedBytes), Buffer.alloc(0), Buffer.from(payload)]);
}

/** A private Ed25519 JWK (with `kid` and `d`) or a KeyObject plus its kid. */
export interface SigningKey {
  kid: string;
  key: crypto.KeyObject;
}

export function signingKeyFromJwk(jwk: { kid?: string; kty?: string; crv?: string; d?: string; x?: string }): SigningKey {
  if (!jwk.kid) throw new Error('the credential signing key needs a "kid"');
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.d) throw new Error(`credential signing key ${jwk.kid} must be a private Ed25519 JWK (kty OKP, crv Ed25519, d)`);
  return { kid: jwk.kid, key: crypto.createPrivateKey({ key: jwk as crypto.JsonWebKey, format: 'jwk' }) };
}

/** Signs the claims and returns the QR text. Ed25519 is deterministic: the same claims give the same text. */
export function signCredential(claims: CredentialClaims, signer: SigningKey): string {
  const protectedBytes = protectedHeader(signer.kid);
  const payload = encodeClaims(claims);
  const signature = crypto.sign(null, sigStructure(protectedBytes, payload), signer.key);
  const cose = cbor.encodeCanonical(new cbor.Tagged(COSE_SIGN1_TAG, [protectedBytes, new Map(), payload, signature]));
  return CREDENTIAL_PREFIX + base45Encode(cose);
}

/** Parses without checking the signature; throws MalformedCredentialError for anything not well formed. */
export function parseCredential(text: string): ParsedCredential {
  const trimmed = text.trim();
  if (!trimmed.startsWith(CREDENTIAL_PREFIX)) {
    fail(/^SF\d+:/.test(trimmed) ? `unsupported version ${trimmed.slice(0, trimmed.indexOf(':') + 1)}` : 'not a skillfed credential (expected the prefix SF1:)');
  }
  let bytes: Uint8Array;
  try {
    bytes = base45Decode(trimmed.slice(CREDENTIAL_PREFIX.length));
  } catch (error) {
    if (error instanceof Base45Error) fail(error.message);
    throw error;
  }
  const tagged = decodeOne(bytes, 'COSE_Sign1') as { tag?: number; value?: unknown };
  if (!(tagged instanceof cbor.Tagged) || tagged.tag !== COSE_SIGN1_TAG || !Array.isArray(tagged.value) || tagged.value.length !== 4) fail('not a COSE_Sign1 structure');
  const [protectedBytes, unprotected, payload, signature] = tagged.value as unknown[];
  if (!Buffer.isBuffer(protectedBytes) || !Buffer.isBuffer(payload) || !isBytes(signature, 64)) fail('COSE_Sign1 fields');
  // An empty CBOR map decodes as {} (a map with keys as a Map): anything in it is refused.
  const emptyMap = unprotected instanceof Map ? unprotected.size === 0 : !!unprotected && typeof unprotected === 'object' && !Array.isArray(unprotected) && !Buffer.isBuffer(unprotected) && Object.keys(unprotected).length === 0;
  if (!emptyMap) fail('unexpected unprotected header');
  const header = decodeOne(protectedBytes, 'protected header');
  if (!(header instanceof Map) || header.size !== 2 || header.get(1) !== ALG_EDDSA || !Buffer.isBuffer(header.get(4))) fail('protected header: expected EdDSA and a kid');
  const kid = (header.get(4) as Buffer).toString('utf8');
  return { kid, claims: decodeClaims(payload), signed: sigStructure(protectedBytes, payload), signature: new Uint8Array(signature) };
}

export function verifySignature(parsed: ParsedCredential, publicKey: crypto.KeyObject): boolean {
  try {
    return crypto.verify(null, parsed.signed, publicKey, parsed.signature);
  } catch {
    return false;
  }
}
