import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_JWT_SECRET } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallerVerifier } from '../src/auth';
import { createGatewayServer, readSupergraph } from '../src/gateway';
import { TRUSTED_DOCUMENTS_FILE, loadTrustedDocuments, sha256 } from '../src/plugins/use-trusted-documents';
import { gql, startFederation, tokenFor, type Federation } from './harness';

/** Production mode at the gateway: trusted documents only for anonymous callers, no introspection or suggestions. */
const [sqlite] = await testDatabases();
const documents = loadTrustedDocuments();
const byName = (name: string) => [...documents.entries()].find(([, text]) => text.startsWith(`query ${name}(`) || text.startsWith(`query ${name} `))!;

describe('production mode at the gateway', () => {
  let fed: Federation;
  let open: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    fed = await startFederation(sqlite, { gateway: { trustedDocumentsOnly: true, anonymousIntrospection: false } });
    // A second gateway on the same subgraphs with trusted documents off, to see the anonymous hardening alone.
    const urls = Object.fromEntries(Object.entries(fed.subgraphs).map(([name, { running }]) => [name, running.url]));
    const server = await createGatewayServer({
      supergraphSdl: readSupergraph(),
      subgraphUrls: urls as never,
      gatewaySecret: 'test-gateway-secret',
      timeoutMs: 5000,
      verifyCaller: createCallerVerifier({ kind: 'hs256', secret: DEV_JWT_SECRET }),
      rateLimit: { anonymous: null, operations: {} },
      trustedDocumentsOnly: false,
      anonymousIntrospection: false,
    });
    const running = await server.listen(0);
    open = { url: running.url, stop: running.stop };
  });
  afterAll(async () => {
    await open?.stop();
    await fed?.stop();
  });

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

  it('registers every public operation from gateway/operations/public', () => {
    const files = fs.readdirSync(path.resolve(__dirname, '..', 'operations', 'public')).filter((f) => f.endsWith('.graphql'));
    expect(documents.size).toBe(files.length);
    expect(byName('VerifyCertificate')).toBeDefined();
  });

  it('refuses free query text from anonymous callers before any subgraph is called', async () => {
    const before = fed.fetches.length;
    const result = await post(fed.url, { query: '{ certificates(first: 5) { nodes { number } } }' });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
    expect(fed.fetches.length).toBe(before);
  });

  it('runs a trusted document by documentId, by Apollo persisted-query hash, and by its exact text', async () => {
    const [hash, text] = byName('Projects');
    for (const body of [
      { documentId: hash, variables: { first: 2 } },
      { documentId: `sha256:${hash}`, variables: { first: 2 } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: { first: 2 } },
      { query: text, variables: { first: 2 } },
    ]) {
      const result = await post(fed.url, body);
      expect(result.status, JSON.stringify(body).slice(0, 80)).toBe(200);
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data.projects.nodes).toHaveLength(2);
    }
  });

  it('refuses an unknown document id from anonymous callers', async () => {
    const result = await post(fed.url, { documentId: sha256('{ institutions { nodes { contactPhone } } }') });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('lets signed-in callers send any operation within the limits, introspection included', async () => {
    const token = await tokenFor('province-operator', 'SHANDONG');
    const result = await gql(fed.url, '{ institutions { totalCount } __schema { queryType { name } } }', { token });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    const limited = await gql(fed.url, '{ certificates(first: 1000000) { nodes { number } } }', { token });
    expect(limited.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses introspection and hides field suggestions for anonymous callers only', async () => {
    const introspection = await post(open.url, { query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(403);
    expect(introspection.body.errors[0].extensions.code).toBe('INTROSPECTION_DISABLED');
    const typo = await post(open.url, { query: '{ certificats(first: 1) { totalCount } }' });
    expect(typo.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean/);
    const token = await tokenFor('national-admin');
    const signedIn = await post(open.url, { query: '{ certificats(first: 1) { totalCount } }' }, { authorization: `Bearer ${token}` });
    expect(signedIn.body.errors[0].message).toMatch(/Did you mean .*"certificates"/);
  });

  it('refuses a manifest whose text does not match its hash', () => {
    const tampered = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skillfed-td-')), 'persisted-documents.json');
    const raw = JSON.parse(fs.readFileSync(TRUSTED_DOCUMENTS_FILE, 'utf8'));
    const [first] = Object.keys(raw);
    raw[first] = '{ institutions { nodes { contactPhone } } }';
    fs.writeFileSync(tampered, JSON.stringify(raw));
    expect(() => loadTrustedDocuments(tampered)).toThrow(/does not match its hash/);
  });
});
