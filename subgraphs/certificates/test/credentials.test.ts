import crypto from 'node:crypto';
import http from 'node:http';
import { demoId, demoResidentId, type Caller, type RunningServer, type SubgraphServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { KEYS_PATH, MIN_STATUS_LIST_BITS, keyRingFromJwks, verifyCredential, verifyStatusList, verifyVcJwt, type KeyRing } from '@skillfed/verifier';
import QRCode from 'qrcode';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_CREDENTIAL_SIGNING_KEY, buildCredential, createServer, credentialConfig, ensureStatusEntries, issueBatch, parseCredentialConfig, revokeBatch, setCredentialConfig, signedStatusList, Certificate, CredentialStatusEntry, CredentialStatusList, type HolderFacts, type ResultsSource } from '../src';
import { STATUS_LIST_BITS } from '../src/credential.config';

const databases = await testDatabases();
const DOWN = 'http://127.0.0.1:9/graphql';
const PROJECT_CODES = new Map<string, string>();

// Chinese names, compound surnames and a long minority name among them: all leave the subgraph masked.
const NAMES = ['欧阳娜娜', '司马相如', '张三', '阿依古丽·买买提', '李四'];

function source(options: { batches: string[]; province: string; institution: { id: string; cityCode: string; track: string; sequenceCode: string | null }; level?: number; count?: number }): ResultsSource {
  return {
    async batch(id) {
      if (!options.batches.includes(id)) return null;
      return { id, province: options.province, institutionId: options.institution.id, projectId: options.level ? null : demoId('project', `cred-${options.province}`), status: 'RESULTS_PUBLISHED', startDate: '2025-03-01', endDate: '2025-03-01', holderInfoConfirmedOn: '2025-03-05', level: options.level ?? null, occupationCode: options.level ? '4-01-02-01' : null };
    },
    async institution(id) {
      return id === options.institution.id ? { ...options.institution, province: options.province } : null;
    },
    async passingHolders(id) {
      const b = options.batches.indexOf(id);
      return Array.from({ length: options.count ?? NAMES.length }, (_v, k): HolderFacts => ({ candidateId: demoId('cred-candidate', `${id}-${k}`), name: NAMES[k % NAMES.length], residentId: holderId(b, k), scores: [{ subject: 'PRACTICAL', score: 80 }] }));
    },
    async certificatesPublished() {},
  };
}
const holderId = (b: number, k: number) => demoResidentId('210102', '1999-09-09', (b * NAMES.length + k) % 1000);

/** The catalog, as far as credentials ask it: project id → code through _entities. */
function fakeCatalog(): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { r: { id: string }[] } };
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { _entities: variables.r.map((r) => (PROJECT_CODES.has(r.id) ? { id: r.id, code: PROJECT_CODES.get(r.id) } : null)) } }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`, close: () => server.close() })));
}

const CREDENTIAL = `query ($n: String!) { certificate(number: $n) { id status
  credential { payload qrSvg qrVersion errorCorrection keyId statusListId statusListIndex statusListUrl }
  verifiableCredential { document jwt } } }`;

describe.each(databases)('signed credentials and status lists on $name', (database) => {
  let server: SubgraphServer;
  let running: RunningServer;
  let catalog: { url: string; close: () => void };
  let keys: KeyRing;
  const origin = () => new URL(running.url).origin;
  const db = () => server.database.dataSource;
  const liaoning = { id: demoId('institution', `cred-sa-${database.name}`), cityCode: '210100', track: 'SPECIAL_ABILITY', sequenceCode: null };
  const school = { id: demoId('institution', `cred-school-${database.name}`), cityCode: '210102', track: 'SKILL_LEVEL', sequenceCode: '014001' };
  const saBatches = [demoId('cred-batch', `${database.name}-sa-0`), demoId('cred-batch', `${database.name}-sa-1`)];
  const slBatches = [demoId('cred-batch', `${database.name}-sl-0`)];
  const bigBatch = demoId('cred-batch', `${database.name}-big`);
  const operator: Caller = callers.operator('LIAONING');
  const staff = callers.staff('LIAONING', school.id);

  beforeAll(async () => {
    PROJECT_CODES.set(demoId('project', 'cred-LIAONING'), 'LN-S0012');
    catalog = await fakeCatalog();
    server = await createServer({ database: database.config('certificates'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false, peerUrls: { exams: DOWN, institutions: DOWN, catalog: catalog.url } });
    running = await server.listen(0);
    for (const b of saBatches) await issueBatch(db(), { caller: operator }, source({ batches: saBatches, province: 'LIAONING', institution: liaoning }), b, { issuedOn: '2025-03-20' });
    await issueBatch(db(), { caller: staff }, source({ batches: slBatches, province: 'LIAONING', institution: school, level: 3 }), slBatches[0], { issuedOn: '2025-06-30' });
    await issueBatch(db(), { caller: operator }, source({ batches: [bigBatch], province: 'LIAONING', institution: liaoning, count: 30 }), bigBatch, { issuedOn: '2025-03-21' });
    keys = keyRingFromJwks(await (await fetch(origin() + KEYS_PATH)).json());
  });
  afterAll(async () => {
    await running?.stop();
    catalog?.close();
    await database.cleanup();
  });

  // By number: a corrected certificate (issued today, a new year's scope) sorts after the batch's own.
  const certificatesOf = (examBatchId: string) => db().getRepository(Certificate).find({ where: { examBatchId }, order: { number: 'ASC' } });
  const statusList = async (listId: string) => {
    const response = await fetch(`${origin()}/.well-known/skillfed/status/${listId}`);
    expect(response.status).toBe(200);
    return { jwt: await response.text(), response };
  };

  it('publishes the public credential keys as a JWK set, without private parts', async () => {
    const response = await fetch(origin() + KEYS_PATH);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const jwks = (await response.json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toEqual([{ kty: 'OKP', crv: 'Ed25519', x: DEV_CREDENTIAL_SIGNING_KEY.x, kid: DEV_CREDENTIAL_SIGNING_KEY.kid, alg: 'EdDSA', use: 'sig' }]);
  });

  it('round trip: the credential of a Chinese-named certificate verifies offline, fits QR version ≤ 15 at level Q', async () => {
    const [first] = await certificatesOf(saBatches[0]);
    const answer = await subgraphRequest(running.url, CREDENTIAL, { variables: { n: first.number }, caller: operator });
    expect(answer.body.errors).toBeUndefined();
    const credential = answer.body.data.certificate.credential;
    expect(credential).toMatchObject({ errorCorrection: 'Q', keyId: DEV_CREDENTIAL_SIGNING_KEY.kid, statusListId: 'liaoning-1' });
    expect(credential.payload).toMatch(/^SF1:[0-9A-Z $%*+\-./:]+$/);
    expect(QRCode.create(credential.payload, { errorCorrectionLevel: 'Q' }).version).toBe(credential.qrVersion);
    expect(credential.qrVersion).toBeLessThanOrEqual(15);
    expect(credential.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(credential.statusListUrl).toBe(`http://127.0.0.1:4000/.well-known/skillfed/status/liaoning-1`);
    const { jwt } = await statusList('liaoning-1');
    const result = await verifyCredential(credential.payload, { keys, statusList: (id) => (id === 'liaoning-1' ? jwt : undefined), idNumber: first.holderResidentId });
    expect(result).toMatchObject({ verdict: 'VALID', idNumber: 'MATCH' });
    expect(result.claims).toMatchObject({ number: first.number, kind: 'SPECIAL_ABILITY', code: 'LN-S0012', level: null, issuerCode: first.issuerCode, issuedOn: '2025-03-20', holderName: `${[...first.holderName][0]}**`, statusIndex: credential.statusListIndex });
    expect((await verifyCredential(credential.payload, { keys, statusList: () => jwt, idNumber: holderId(1, 4) })).idNumber).toBe('MISMATCH');
    // No clear personal data in the QR text: neither the full name nor the ID number.
    expect(credential.payload).not.toContain(first.holderResidentId);
    // Printed again: the same payload (the slot and the salted hash are kept, Ed25519 is deterministic).
    const again = await subgraphRequest(running.url, CREDENTIAL, { variables: { n: first.number }, caller: operator });
    expect(again.body.data.certificate.credential.payload).toBe(credential.payload);
  });

  it('a technical school\'s skill-level certificate (22-character number, institution issuer) also fits version ≤ 15 at Q', async () => {
    const rows = await certificatesOf(slBatches[0]);
    const versions: number[] = [];
    for (const row of rows) {
      const answer = await subgraphRequest(running.url, CREDENTIAL, { variables: { n: row.number }, caller: staff });
      expect(answer.body.errors).toBeUndefined();
      const { payload, qrVersion } = answer.body.data.certificate.credential;
      versions.push(qrVersion);
      const { jwt } = await statusList('liaoning-1');
      const result = await verifyCredential(payload, { keys, statusList: () => jwt });
      expect(result.claims).toMatchObject({ number: row.number, kind: 'SKILL_LEVEL', code: '4-01-02-01', level: 3, issuerCode: school.id });
      expect(result.verdict).toBe('VALID');
    }
    expect(rows[0].number).toHaveLength(22);
    expect(Math.max(...versions)).toBeLessThanOrEqual(15);
  });

  it('serves the province list signed, 131,072 bits, with a time-to-live; unknown lists are 404', async () => {
    const { jwt, response } = await statusList('liaoning-1');
    expect(response.headers.get('content-type')).toMatch(/application\/vc\+jwt/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const list = await verifyStatusList(jwt, keys);
    expect(list.bits.length * 8).toBe(MIN_STATUS_LIST_BITS);
    expect(list.validUntil.getTime() - list.validFrom.getTime()).toBe(86_400_000);
    expect((await fetch(`${origin()}/.well-known/skillfed/status/shandong-9`)).status).toBe(404);
    expect((await fetch(`${origin()}/.well-known/skillfed/status/..%2Fgraphql`)).status).toBe(400);
  });

  it('allocates random, distinct indexes, once per certificate, also under concurrent first use', async () => {
    const rows = await certificatesOf(saBatches[1]);
    const [a, b] = await Promise.all([ensureStatusEntries(db(), rows), ensureStatusEntries(db(), [...rows].reverse())]);
    const indexes = rows.map((r) => a.get(r.id)!.statusIndex);
    expect(rows.map((r) => b.get(r.id)!.statusIndex)).toEqual(indexes);
    expect(new Set(indexes).size).toBe(rows.length);
    // Serial order is not index order (random draws; 5! orders, one increasing).
    const all = (await db().getRepository(CredentialStatusEntry).find()).map((e) => e.statusIndex);
    expect(all.some((n, i) => i > 0 && n < all[i - 1]) || all.length < 3).toBe(true);
    expect(Math.max(...all)).toBeGreaterThan(rows.length);
  });

  it('revoking through the mutation flips the bit in the same transaction: a fresh list says REVOKED, the old one did not', async () => {
    const [, second] = await certificatesOf(saBatches[0]);
    const answer = await subgraphRequest(running.url, CREDENTIAL, { variables: { n: second.number }, caller: operator });
    const { payload } = answer.body.data.certificate.credential;
    const before = (await statusList('liaoning-1')).jwt;
    const revoke = await subgraphRequest(running.url, 'mutation ($id: ID!) { revokeCertificate(id: $id, reason: "冒名顶替", citation: "测试依据 第一条") { status } }', { variables: { id: second.id }, caller: operator });
    expect(revoke.body.errors).toBeUndefined();
    const after = (await statusList('liaoning-1')).jwt;
    expect((await verifyCredential(payload, { keys, statusList: () => after })).verdict).toBe('REVOKED');
    expect((await verifyCredential(payload, { keys, statusList: () => before })).verdict).toBe('VALID');
    const gone = await subgraphRequest(running.url, CREDENTIAL, { variables: { n: second.number }, caller: operator });
    expect(gone.body.data.certificate).toMatchObject({ status: 'REVOKED', credential: null, verifiableCredential: null });
  });

  it('a corrected certificate\'s old QR code says REVOKED; the new certificate has its own credential', async () => {
    const fourth = (await certificatesOf(saBatches[0]))[3];
    const old = (await subgraphRequest(running.url, CREDENTIAL, { variables: { n: fourth.number }, caller: operator })).body.data.certificate.credential;
    const corrected = await subgraphRequest(running.url, 'mutation ($id: ID!) { correctCertificate(id: $id, input: { holderName: "赵示例", reason: "姓名录入错误" }) { number status } }', { variables: { id: fourth.id }, caller: operator });
    expect(corrected.body.errors).toBeUndefined();
    const { jwt } = await statusList('liaoning-1');
    expect((await verifyCredential(old.payload, { keys, statusList: () => jwt })).verdict).toBe('REVOKED');
    const fresh = (await subgraphRequest(running.url, CREDENTIAL, { variables: { n: corrected.body.data.correctCertificate.number }, caller: operator })).body.data.certificate.credential;
    const result = await verifyCredential(fresh.payload, { keys, statusList: async () => (await statusList('liaoning-1')).jwt, idNumber: fourth.holderResidentId });
    expect(result).toMatchObject({ verdict: 'VALID', idNumber: 'MATCH', claims: { holderName: '赵**', number: corrected.body.data.correctCertificate.number } });
    expect(fresh.statusListIndex).not.toBe(old.statusListIndex);
  });

  it('cancelling a batch\'s results flips every credential of the batch', async () => {
    const rows = await certificatesOf(saBatches[1]);
    const entries = await ensureStatusEntries(db(), rows);
    await revokeBatch(db(), { caller: operator }, saBatches[1], 'LIAONING', '违规', '000 五');
    const bits = (await verifyStatusList((await statusList('liaoning-1')).jwt, keys)).bits;
    for (const row of rows) expect((bits[entries.get(row.id)!.statusIndex >> 3] >> (7 - (entries.get(row.id)!.statusIndex & 7))) & 1).toBe(1);
  });

  it('exports a W3C VC 2.0 credential, masked, with a BitstringStatusListEntry, secured as a vc+jwt', async () => {
    const [, , third] = await certificatesOf(saBatches[0]);
    const answer = await subgraphRequest(running.url, CREDENTIAL, { variables: { n: third.number }, caller: operator });
    const { document, jwt } = answer.body.data.certificate.verifiableCredential;
    const vc = JSON.parse(document);
    expect(vc).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'SkillfedCertificateCredential'],
      issuer: { id: 'http://127.0.0.1:4000', name: third.issuerBody },
      validFrom: '2025-03-20T00:00:00+08:00',
      credentialSubject: { name: `${[...third.holderName][0]}**`, certificate: { number: third.number, projectCode: 'LN-S0012' } },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: 'http://127.0.0.1:4000/.well-known/skillfed/status/liaoning-1' },
    });
    expect(Number(vc.credentialStatus.statusListIndex)).toBe(answer.body.data.certificate.credential.statusListIndex);
    expect(document).not.toContain(third.holderName);
    expect(document).not.toContain(third.holderResidentId);
    const verified = await verifyVcJwt(jwt, keys);
    expect(verified.credential).toEqual(vc);
  });

  it('starts at most 25 first credentials per request (one scrypt each); credentials produced before are free', async () => {
    const PAGE = 'query ($b: ID!, $first: Int!) { certificates(examBatchId: $b, first: $first) { nodes { number credential { statusListId } } } }';
    const tooMany = await subgraphRequest(running.url, PAGE, { variables: { b: bigBatch, first: 30 }, caller: operator });
    expect(tooMany.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', limit: 25, measured: 30 });
    expect(await db().getRepository(CredentialStatusEntry).countBy({ certificateId: In((await certificatesOf(bigBatch)).map((c) => c.id)) })).toBe(0);
    const page = await subgraphRequest(running.url, PAGE, { variables: { b: bigBatch, first: 25 }, caller: operator });
    expect(page.body.errors).toBeUndefined();
    const all = await subgraphRequest(running.url, PAGE, { variables: { b: bigBatch, first: 30 }, caller: operator });
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.certificates.nodes.every((n: { credential: { statusListId: string } }) => n.credential.statusListId === 'liaoning-1')).toBe(true);
  });

  it('only operators acting for the certificate get its credential', async () => {
    const [first] = await certificatesOf(saBatches[0]);
    const other = await subgraphRequest(running.url, CREDENTIAL, { variables: { n: first.number }, caller: callers.operator('SHANDONG') });
    expect(other.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymous = await subgraphRequest(running.url, CREDENTIAL, { variables: { n: first.number }, caller: callers.anonymous });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('credential keys configuration', () => {
  const generated = JSON.stringify({ keys: [{ ...crypto.generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }), kid: 'cred-20261125-ab12' }] });
  it.each([
    [{ NODE_ENV: 'production', CREDENTIAL_BASE_URL: 'https://x.example' }, /CREDENTIAL_SIGNING_KEYS is required/],
    [{ NODE_ENV: 'production', CREDENTIAL_BASE_URL: 'https://x.example', CREDENTIAL_SIGNING_KEYS: JSON.stringify({ keys: [DEV_CREDENTIAL_SIGNING_KEY] }) }, /development key/],
    [{ NODE_ENV: 'production', CREDENTIAL_SIGNING_KEYS: generated }, /CREDENTIAL_BASE_URL/],
    [{ CREDENTIAL_SIGNING_KEYS: JSON.stringify({ keys: [{ ...DEV_CREDENTIAL_SIGNING_KEY, d: undefined }] }) }, /first key signs and must be private/],
    [{ CREDENTIAL_SIGNING_KEYS: '{"keys":[]}' }, /at least one key/],
    [{ CREDENTIAL_SIGNING_KEYS: 'nope' }, /JSON JWK set/],
    [{ CREDENTIAL_STATUS_TTL_SECONDS: '0' }, /positive integer/],
  ])('refuses %j', (env, message) => {
    expect(() => parseCredentialConfig(env)).toThrow(message);
  });

  it('accepts a generated key in production and publishes every key of the set (rotation)', () => {
    const config = parseCredentialConfig({ NODE_ENV: 'production', CREDENTIAL_BASE_URL: 'https://skillfed.example.gov.cn/', CREDENTIAL_SIGNING_KEYS: JSON.stringify({ keys: [...JSON.parse(generated).keys, { kty: 'OKP', crv: 'Ed25519', kid: 'cred-old', x: DEV_CREDENTIAL_SIGNING_KEY.x.replace(/^I/, 'J') }] }) });
    expect(config.signer.kid).toBe('cred-20261125-ab12');
    expect(config.jwks.keys.map((k) => k.kid)).toEqual(['cred-20261125-ab12', 'cred-old']);
    expect(config.jwks.keys.every((k) => !('d' in k) || k.d === undefined)).toBe(true);
    expect(config.baseUrl).toBe('https://skillfed.example.gov.cn');
  });
});

describe.each(databases)('status lists fill up and keys rotate on $name', (database) => {
  let server: SubgraphServer;
  const db = () => server.database.dataSource;
  const operator: Caller = callers.operator('LIAONING');
  const institution = { id: demoId('institution', `cred-rot-${database.name}`), cityCode: '210100', track: 'SPECIAL_ABILITY', sequenceCode: null };
  const batches = [demoId('cred-rot-batch', `${database.name}-0`)];

  beforeAll(async () => {
    server = await createServer({ database: database.config('certificates'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false, peerUrls: { exams: DOWN, institutions: DOWN } });
    await issueBatch(db(), { caller: operator }, source({ batches, province: 'LIAONING', institution }), batches[0], { issuedOn: '2025-03-20' });
  });
  afterAll(async () => {
    setCredentialConfig(undefined);
    await server?.close();
    await database.cleanup();
  });

  it('opens the province\'s next list when half of the current one is used', async () => {
    const rows = await db().getRepository(Certificate).find({ where: { examBatchId: batches[0] }, order: { serial: 'ASC' } });
    const first = await ensureStatusEntries(db(), rows.slice(0, 2));
    expect(first.get(rows[0].id)!.listId).toBe('liaoning-1');
    // Pretend the list is full (65,536 of 131,072 slots): the next certificate goes to liaoning-2.
    await db().getRepository(CredentialStatusList).update({ id: 'liaoning-1' }, { allocated: STATUS_LIST_BITS / 2 });
    const next = await ensureStatusEntries(db(), rows.slice(2));
    expect(rows.slice(2).map((r) => next.get(r.id)!.listId)).toEqual(rows.slice(2).map(() => 'liaoning-2'));
    expect(next.get(rows[0].id)).toBeUndefined();
    const lists = await db().getRepository(CredentialStatusList).find({ order: { sequence: 'ASC' } });
    expect(lists.map((l) => [l.id, l.lengthBits, l.allocated])).toEqual([['liaoning-1', STATUS_LIST_BITS, STATUS_LIST_BITS / 2], ['liaoning-2', STATUS_LIST_BITS, rows.length - 2]]);
  });

  it('after a rotation new credentials carry the new kid and those printed before still verify', async () => {
    const rows = await db().getRepository(Certificate).find({ where: { examBatchId: batches[0] }, order: { serial: 'ASC' } });
    const entries = await ensureStatusEntries(db(), rows);
    const before = await buildCredential(rows[0], entries.get(rows[0].id)!, 'LN-S0012');
    const fresh = { ...crypto.generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }), kid: 'cred-20261201-0001' };
    setCredentialConfig(parseCredentialConfig({ CREDENTIAL_SIGNING_KEYS: JSON.stringify({ keys: [fresh, DEV_CREDENTIAL_SIGNING_KEY] }) }));
    const after = await buildCredential(rows[0], entries.get(rows[0].id)!, 'LN-S0012');
    expect([before.keyId, after.keyId]).toEqual([DEV_CREDENTIAL_SIGNING_KEY.kid, 'cred-20261201-0001']);
    const jwks = credentialConfig().jwks;
    const { jwt } = await signedStatusList(db(), credentialConfig(), entries.get(rows[0].id)!.listId);
    const keys = keyRingFromJwks(jwks);
    for (const payload of [before.payload, after.payload]) expect((await verifyCredential(payload, { keys, statusList: () => jwt })).verdict).toBe('VALID');
    // A verifier that only knows the old key set meets the new kid as UNKNOWN_KEY until it refreshes.
    const oldKeys = keyRingFromJwks({ keys: [DEV_CREDENTIAL_SIGNING_KEY] });
    expect((await verifyCredential(after.payload, { keys: oldKeys })).verdict).toBe('UNKNOWN_KEY');
  });
});
