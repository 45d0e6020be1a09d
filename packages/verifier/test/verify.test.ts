import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BASE45_ALPHABET,
  CREDENTIAL_PREFIX,
  EXIT_CODES,
  MIN_STATUS_LIST_BITS,
  base45Decode,
  base45Encode,
  bitAt,
  decodeBitstring,
  encodeBitstring,
  hashIdNumber,
  keyRingFromJwks,
  parseCredential,
  publicJwk,
  runCli,
  signCredential,
  signVcJwt,
  signingKeyFromJwk,
  statusListCredential,
  verifyCredential,
  type CredentialClaims,
} from '../src';

function newKey(kid: string) {
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid } as { kty: string; crv: string; x: string; d: string; kid: string };
  return { jwk, signer: signingKeyFromJwk(jwk) };
}

const issuer = newKey('cred-test-1');
const stranger = newKey('cred-other-9');
const keys = keyRingFromJwks({ keys: [publicJwk(issuer.jwk)] });
const HOLDER_ID = '11010519491231002X';
const LIST_URL = 'https://skillfed.example/.well-known/skillfed/status/shandong-1';

async function claims(overrides: Partial<CredentialClaims> = {}): Promise<CredentialClaims> {
  const salt = crypto.randomBytes(8);
  return {
    number: 'Z370100240000001',
    kind: 'SPECIAL_ABILITY',
    code: 'SD-S001',
    level: null,
    issuerCode: '370100',
    issuedOn: '2024-11-05',
    holderName: '张**',
    idSalt: salt,
    idHash: await hashIdNumber(HOLDER_ID, salt),
    statusListId: 'shandong-1',
    statusIndex: 77_123,
    ...overrides,
  };
}

async function list(options: { revoked?: number[]; validFrom?: Date; ttlSeconds?: number; signer?: ReturnType<typeof newKey>; url?: string } = {}): Promise<string> {
  const validFrom = options.validFrom ?? new Date();
  const credential = statusListCredential({
    url: options.url ?? LIST_URL,
    issuer: 'https://skillfed.example',
    validFrom,
    validUntil: new Date(validFrom.getTime() + (options.ttlSeconds ?? 86_400) * 1000),
    encodedList: encodeBitstring(MIN_STATUS_LIST_BITS, options.revoked ?? []),
  });
  return signVcJwt(credential, (options.signer ?? issuer).signer);
}

describe('Base45 (RFC 9285)', () => {
  it.each([
    ['AB', 'BB8'],
    ['Hello!!', '%69 VD92EX0'],
    ['base-45', 'UJCLQE7W581'],
    ['ietf!', 'QED8WEX0'],
  ])('%s ↔ %s', (plain, encoded) => {
    expect(base45Encode(new TextEncoder().encode(plain))).toBe(encoded);
    expect(new TextDecoder().decode(base45Decode(encoded))).toBe(plain);
  });

  it('refuses what RFC 9285 calls invalid', () => {
    expect(() => base45Decode('GGW')).toThrow(/out of range/); // 65535 < value
    expect(() => base45Decode('AB')).toThrow(/out of range/); // 505 > 255 in a final pair
    expect(() => base45Decode('A')).toThrow(/single character/);
    expect(() => base45Decode('ab8')).toThrow(/invalid character/);
  });
});

describe('Bitstring Status List', () => {
  it('puts index 0 at the left-most bit and compresses a 131,072-bit list', () => {
    const encoded = encodeBitstring(MIN_STATUS_LIST_BITS, [0, 9, MIN_STATUS_LIST_BITS - 1]);
    expect(encoded.startsWith('u')).toBe(true);
    const bits = decodeBitstring(encoded);
    expect(bits.length * 8).toBe(MIN_STATUS_LIST_BITS);
    expect(bits[0]).toBe(0x80);
    expect(bits[1]).toBe(0x40);
    expect([0, 1, 8, 9, MIN_STATUS_LIST_BITS - 1].map((i) => bitAt(bits, i))).toEqual([1, 0, 0, 1, 1]);
    expect(encoded.length).toBeLessThan(400);
  });
});

describe('offline verification verdicts', () => {
  it('round trip: a signed payload verifies VALID with the keys and a fresh list', async () => {
    const c = await claims();
    const payload = signCredential(c, issuer.signer);
    expect(payload.startsWith(CREDENTIAL_PREFIX)).toBe(true);
    expect([...payload].every((ch) => BASE45_ALPHABET.includes(ch))).toBe(true);
    const jwt = await list();
    const result = await verifyCredential(payload, { keys, statusList: (id) => (id === 'shandong-1' ? jwt : undefined) });
    expect(result.verdict).toBe('VALID');
    expect(result.exitCode).toBe(0);
    expect(result.claims).toMatchObject({ number: c.number, kind: c.kind, code: c.code, issuerCode: c.issuerCode, issuedOn: c.issuedOn, holderName: '张**', statusIndex: 77_123 });
    // Deterministic (Ed25519): printing it again gives the same QR.
    expect(signCredential(c, issuer.signer)).toBe(payload);
  });

  it('keeps a UUID issuer code and a skill level through the round trip', async () => {
    const c = await claims({ kind: 'SKILL_LEVEL', code: '4-01-02-01', level: 3, issuerCode: '2f1c9a36-0b5e-4e0e-9a53-7d1f0c2b6a11', number: 'S000021014012233000123' });
    const parsed = parseCredential(signCredential(c, issuer.signer));
    expect(parsed.claims).toMatchObject({ kind: 'SKILL_LEVEL', code: '4-01-02-01', level: 3, issuerCode: c.issuerCode, number: c.number });
  });

  it('every altered character gives TAMPERED (or UNKNOWN_KEY where the kid was hit), never VALID', async () => {
    const payload = signCredential(await claims(), issuer.signer);
    const jwt = await list();
    const verdicts = new Set<string>();
    for (let i = CREDENTIAL_PREFIX.length; i < payload.length; i++) {
      const replacement = BASE45_ALPHABET[(BASE45_ALPHABET.indexOf(payload[i]) + 1 + (i % 44)) % 45];
      const altered = payload.slice(0, i) + replacement + payload.slice(i + 1);
      const result = await verifyCredential(altered, { keys, statusList: () => jwt });
      expect(['TAMPERED', 'UNKNOWN_KEY'], `position ${i}`).toContain(result.verdict);
      verdicts.add(result.verdict);
      // The last characters are the signature: always TAMPERED.
      if (i >= payload.length - 80) expect(result.verdict).toBe('TAMPERED');
    }
    expect(verdicts.has('TAMPERED')).toBe(true);
    expect((await verifyCredential('SF2:ABC', { keys })).verdict).toBe('TAMPERED');
    expect((await verifyCredential('https://example.com', { keys })).message).toMatch(/prefix SF1:/);
    expect((await verifyCredential(payload.slice(0, -3), { keys })).verdict).toBe('TAMPERED');
  });

  it('a payload signed with a key the cache does not hold is UNKNOWN_KEY', async () => {
    const payload = signCredential(await claims(), stranger.signer);
    const result = await verifyCredential(payload, { keys, statusList: async () => list() });
    expect(result).toMatchObject({ verdict: 'UNKNOWN_KEY', kid: 'cred-other-9', exitCode: EXIT_CODES.UNKNOWN_KEY });
  });

  it('a set bit is REVOKED, even in a stale list (bits never clear)', async () => {
    const payload = signCredential(await claims(), issuer.signer);
    const fresh = await verifyCredential(payload, { keys, statusList: async () => list({ revoked: [77_123] }) });
    expect(fresh).toMatchObject({ verdict: 'REVOKED', exitCode: EXIT_CODES.REVOKED });
    const old = await verifyCredential(payload, { keys, statusList: async () => list({ revoked: [77_123], validFrom: new Date('2025-01-01T00:00:00Z') }) });
    expect(old.verdict).toBe('REVOKED');
    const neighbour = await verifyCredential(payload, { keys, statusList: async () => list({ revoked: [77_122, 77_124] }) });
    expect(neighbour.verdict).toBe('VALID');
  });

  it('a clear bit in an expired list is STALE_STATUS, "status as of" the list date', async () => {
    const payload = signCredential(await claims(), issuer.signer);
    const issued = new Date('2026-01-10T02:00:00Z');
    const jwt = await list({ validFrom: issued, ttlSeconds: 3600 });
    const stale = await verifyCredential(payload, { keys, statusList: () => jwt, now: new Date('2026-01-10T03:00:01Z') });
    expect(stale).toMatchObject({ verdict: 'STALE_STATUS', statusAsOf: '2026-01-10T02:00:00.000Z', exitCode: EXIT_CODES.STALE_STATUS });
    expect(stale.message).toContain('status as of 2026-01-10T02:00:00.000Z');
    const inTime = await verifyCredential(payload, { keys, statusList: () => jwt, now: new Date('2026-01-10T02:59:59Z') });
    expect(inTime.verdict).toBe('VALID');
  });

  it('no list, a list signed by a stranger, or another province\'s list: STATUS_UNKNOWN', async () => {
    const payload = signCredential(await claims(), issuer.signer);
    expect((await verifyCredential(payload, { keys })).verdict).toBe('STATUS_UNKNOWN');
    expect((await verifyCredential(payload, { keys, statusList: async () => list({ signer: stranger }) })).verdict).toBe('STATUS_UNKNOWN');
    const other = await verifyCredential(payload, { keys, statusList: async () => list({ url: 'https://skillfed.example/.well-known/skillfed/status/jiangsu-1' }) });
    expect(other).toMatchObject({ verdict: 'STATUS_UNKNOWN', exitCode: EXIT_CODES.STATUS_UNKNOWN });
  });

  it('confirms the holder\'s ID number: MATCH (any case of x), MISMATCH with its own exit code', async () => {
    const payload = signCredential(await claims(), issuer.signer);
    const jwt = await list();
    expect((await verifyCredential(payload, { keys, statusList: () => jwt, idNumber: '11010519491231002x' })).idNumber).toBe('MATCH');
    const wrong = await verifyCredential(payload, { keys, statusList: () => jwt, idNumber: '110105194912310037' });
    expect(wrong).toMatchObject({ verdict: 'VALID', idNumber: 'MISMATCH', exitCode: EXIT_CODES.ID_MISMATCH });
  });

  it('carries no clear personal data: neither the ID number nor a full name is in the payload', async () => {
    const c = await claims();
    const payload = signCredential(c, issuer.signer);
    const bytes = Buffer.from(base45Decode(payload.slice(CREDENTIAL_PREFIX.length)));
    expect(bytes.includes(Buffer.from(HOLDER_ID))).toBe(false);
    expect(bytes.includes(Buffer.from('110105'))).toBe(false);
    expect(bytes.includes(Buffer.from('张**'))).toBe(true);
  });
});

describe('CLI', () => {
  function io() {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: {} } };
  }

  it('verifies from key and list files, offline, with an exit code per verdict', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillfed-verify-'));
    const keysFile = path.join(dir, 'keys.json');
    fs.writeFileSync(keysFile, JSON.stringify({ keys: [publicJwk(issuer.jwk)] }));
    const listFile = path.join(dir, 'list.jwt');
    fs.writeFileSync(listFile, await list({ revoked: [5] }));
    const good = signCredential(await claims(), issuer.signer);
    const revoked = signCredential(await claims({ statusIndex: 5 }), issuer.signer);
    const base = ['--keys', keysFile, '--status', listFile, '--cache', path.join(dir, 'cache')];

    let t = io();
    expect(await runCli([...base, good], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/^VALID: /);
    expect(t.out.join('')).toContain('Z370100240000001');
    t = io();
    expect(await runCli([...base, revoked], t.io)).toBe(EXIT_CODES.REVOKED);
    t = io();
    expect(await runCli([...base, good.slice(0, -2) + (good.endsWith('A') ? 'B' : 'A') + good.slice(-1)], t.io)).toBe(EXIT_CODES.TAMPERED);
    t = io();
    expect(await runCli([...base, '--json', '--id-number', HOLDER_ID, good], t.io)).toBe(0);
    expect(JSON.parse(t.out.join(''))).toMatchObject({ verdict: 'VALID', idNumber: 'MATCH' });
    t = io();
    expect(await runCli([...base, '--id-number', '110105194912310037', good], t.io)).toBe(EXIT_CODES.ID_MISMATCH);
    expect(t.out.join('')).toContain('MISMATCH');
    // An unquoted payload with a space arrives as two arguments.
    t = io();
    expect(await runCli([...base, 'SF1:ABC', 'DEF'], t.io)).toBe(EXIT_CODES.USAGE);
    expect(t.err.join('')).toMatch(/quote the payload/);
    t = io();
    expect(await runCli(['--cache', path.join(dir, 'empty'), good], t.io)).toBe(EXIT_CODES.USAGE);
    expect(t.err.join('')).toMatch(/no credential keys/);
    t = io();
    expect(await runCli(['--cache', path.join(dir, 'empty'), 'SF1:ABC'], t.io)).toBe(EXIT_CODES.TAMPERED);
    t = io();
    expect(await runCli(['--bogus', good], t.io)).toBe(EXIT_CODES.USAGE);
    // Relative paths are the caller's (npm run sets INIT_CWD to the directory the command was typed in).
    t = io();
    expect(await runCli(['--keys', 'keys.json', '--status', 'list.jwt', '--cache', 'cache', good], { ...t.io, cwd: dir })).toBe(0);
    t = io();
    expect(await runCli(['--keys', 'keys.json', '--status', 'missing.jwt', good], { ...t.io, cwd: dir })).toBe(EXIT_CODES.USAGE);
    expect(t.err.join('')).toMatch(/cannot read status list missing\.jwt/);
  });
});
