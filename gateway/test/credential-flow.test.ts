import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testDatabases } from '@skillfed/common/testing';
import { EXIT_CODES, KEYS_PATH, runCli } from '@skillfed/verifier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCredentialConfig } from '@skillfed/subgraph-certificates';
import { generateKeys } from '../src/keys';
import { gql, startFederation, tokenFor, type Federation } from './harness';

const databases = await testDatabases();

describe('npm run keys', () => {
  it('prints a credential signing key the certificates subgraph accepts in production', async () => {
    const keys = await generateKeys(new Date('2026-11-25T00:00:00Z'));
    const config = parseCredentialConfig({ NODE_ENV: 'production', CREDENTIAL_BASE_URL: 'https://skillfed.example.gov.cn', CREDENTIAL_SIGNING_KEYS: keys.CREDENTIAL_SIGNING_KEYS });
    expect(config.signer.kid).toMatch(/^cred-20261125-[0-9a-f]{4}$/);
    expect(config.jwks.keys[0]).not.toHaveProperty('d');
  });
});

async function verify(args: string[], now?: Date): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, now });
  return { code, out: out.join(''), err: err.join('') };
}

describe.each(databases)('signed QR credentials verified offline, revoked through the gateway, on $name', (database) => {
  let fed: Federation;
  let origin: string;
  beforeAll(async () => {
    fed = await startFederation(database);
    origin = new URL(fed.url).origin;
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('serves the credential keys and status lists at the gateway\'s well-known address, and nothing else of the subgraph', async () => {
    const keys = await fetch(origin + KEYS_PATH);
    expect(keys.status).toBe(200);
    expect(((await keys.json()) as { keys: { kid: string; d?: string }[] }).keys.every((k) => k.kid && !k.d)).toBe(true);
    expect((await fetch(`${origin}/.well-known/skillfed/status/nowhere-1`)).status).toBe(404);
    expect((await fetch(`${origin}/.well-known/skillfed/graphql`)).status).toBe(404);
    expect((await fetch(`${origin}/.well-known/skillfed/status/..%2F..%2Fgraphql`)).status).toBe(404);
  });

  it('issue → credential → VALID offline → revoke through the gateway → a fresh list says REVOKED', async () => {
    const operator = await tokenFor('province-operator', 'LIAONING');
    const list = await gql(fed.url, '{ certificates(province: LIAONING, status: VALID, first: 2) { nodes { id number holderName project { code } } } }', { token: operator });
    expect(list.body.errors).toBeUndefined();
    const [target] = list.body.data.certificates.nodes;
    const credential = await gql(fed.url, 'query ($n: String!) { certificate(number: $n) { credential { payload qrVersion statusListId statusListUrl } } }', { token: operator, variables: { n: target.number } });
    expect(credential.body.errors).toBeUndefined();
    const { payload, qrVersion, statusListId } = credential.body.data.certificate.credential;
    expect(qrVersion).toBeLessThanOrEqual(15);
    expect(statusListId).toBe('liaoning-1');

    // Anonymous callers reach no credential: certificates are read by number only when signed in.
    const anonymous = await gql(fed.url, 'query ($n: String!) { certificate(number: $n) { credential { payload } } }', { variables: { n: target.number } });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // A third party: fetch keys and list once through the gateway, then verify with no network at all.
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'skillfed-verify-'));
    const online = await verify(['--gateway', origin, '--cache', cache, '--json', payload]);
    expect(online.code, online.err).toBe(0);
    const result = JSON.parse(online.out);
    expect(result).toMatchObject({ verdict: 'VALID', claims: { number: target.number, code: target.project.code, holderName: `${[...target.holderName][0]}**`, statusListId: 'liaoning-1' } });
    expect(fs.existsSync(path.join(cache, 'credential-keys.json'))).toBe(true);
    expect(fs.existsSync(path.join(cache, 'status', 'liaoning-1.jwt'))).toBe(true);
    const offline = await verify(['--cache', cache, payload]);
    expect(offline.code).toBe(0);
    expect(offline.out).toMatch(/^VALID/);
    // Two days later, still offline: the list's day of validity has passed.
    const later = await verify(['--cache', cache, payload], new Date(Date.now() + 2 * 86_400_000));
    expect(later.code).toBe(EXIT_CODES.STALE_STATUS);
    expect(later.out).toMatch(/^STALE_STATUS: .*status as of \d{4}-\d{2}-\d{2}T/);

    const revoke = await gql(fed.url, 'mutation ($id: ID!) { revokeCertificate(id: $id, reason: "冒名顶替", citation: "测试依据 第一条") { status } }', { token: operator, variables: { id: target.id } });
    expect(revoke.body.errors).toBeUndefined();
    // The cached list is still within its time-to-live: offline, the verifier knows only what it held.
    expect((await verify(['--cache', cache, payload])).code).toBe(EXIT_CODES.VALID);
    // A fresh list from the gateway carries the flipped bit.
    const fresh = await verify(['--gateway', origin, '--cache', cache, '--refresh', payload]);
    expect(fresh.code).toBe(EXIT_CODES.REVOKED);
    expect(fresh.out).toMatch(/^REVOKED: /);
    expect((await verify(['--cache', cache, payload])).code).toBe(EXIT_CODES.REVOKED);

    // The other certificate of the list is untouched.
    const [, other] = list.body.data.certificates.nodes;
    const second = await gql(fed.url, 'query ($n: String!) { certificate(number: $n) { credential { payload } } }', { token: operator, variables: { n: other.number } });
    expect((await verify(['--cache', cache, second.body.data.certificate.credential.payload])).code).toBe(EXIT_CODES.VALID);
  });
});
