import { DEFAULT_QUERY_LIMITS, DEV_GATEWAY_SECRET, DEV_GATEWAY_SIGNING_KEY, DEV_JWT_SECRET, CallerAssertionSigner, type SubgraphName, SUBGRAPHS } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testAssertion, testDatabases } from '@skillfed/common/testing';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startFederation, tokenFor, type Federation } from './harness';

/**
 * The hostile suite (issue 9, "Done when"): what an attacker would send, through the gateway and
 * straight to subgraphs. Asserted for every request: a typed error (a code we know, never
 * INTERNAL_SERVER_ERROR), never HTTP 500, no subgraph fetch for anything refused by a limit, the heap
 * within HEAP_GROWTH_BOUND, and honest requests answered while the attack runs. Speed is not asserted
 * here (no timed tests); the worst requests' time and memory are in the sec-edge note.
 */
const HEAP_GROWTH_BOUND = 256 * 1024 * 1024;
const LIMIT_CODES = ['QUERY_TOO_DEEP', 'QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_MANY_DIRECTIVES', 'QUERY_TOO_LARGE', 'QUERY_TOO_COMPLEX', 'QUERY_TOO_MANY_ROWS'];
const TYPED = new Set([...LIMIT_CODES, 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'REQUEST_TOO_LARGE', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

const [sqlite] = await testDatabases();

/** The issue's query: certificates → institution → certificates … `levels` more times, 100 per list. */
function nested(levels: number, leaf = 'name'): string {
  let inner = leaf;
  for (let i = 0; i < levels; i++) inner = `certificates(first: 100) { institution { ${inner} } }`;
  return `{ certificates(first: 100) { nodes { number institution { ${inner} } } } }`;
}

const ATTACKS: [label: string, body: () => unknown, expected: string[]][] = [
  ['the issue\'s six-level nested certificates query (391 bytes)', () => ({ query: nested(2) }), ['QUERY_TOO_COMPLEX']],
  ['twelve levels deep', () => ({ query: nested(5) }), ['QUERY_TOO_DEEP']],
  ['1,000 aliases', () => ({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: provinces { code }`).join(' ')} }` }), ['QUERY_TOO_LARGE']],
  ['100 aliases (under the token limit)', () => ({ query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: provinces { code }`).join(' ')} }` }), ['QUERY_TOO_MANY_ALIASES']],
  ['5,000 fragment spreads', () => ({ query: `{ certificates(first: 1) { nodes { ${'...F '.repeat(5000)} } } } fragment F on Certificate { number }` }), ['QUERY_TOO_LARGE']],
  [
    'a fragment chain that multiplies lists (each level 100 certificates)',
    () => ({
      query: `{ certificates(first: 100) { nodes { institution { ...F0 } } } } ${Array.from({ length: 8 }, (_, i) => `fragment F${i} on Institution { name certificates(first: 100) { institution { ${i < 7 ? `...F${i + 1}` : 'name'} } } }`).join(' ')}`,
    }),
    ['QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP'],
  ],
  ['wide: 100 pages of 100 items each with their exam batches', () => ({ query: '{ projects(first: 100) { nodes { examBatches(first: 100) { code project { examBatches(first: 100) { code } } } } } }' }), ['QUERY_TOO_COMPLEX']],
  ['first: 1,000,000', () => ({ query: '{ certificates(first: 1000000) { nodes { number } } }' }), ['QUERY_TOO_COMPLEX', 'QUERY_TOO_MANY_ROWS']],
  ['first: 1,000,000 through a variable', () => ({ query: 'query($n: Int) { certificates(first: $n) { nodes { number } } }', variables: { n: 1_000_000 } }), ['QUERY_TOO_COMPLEX', 'QUERY_TOO_MANY_ROWS']],
  ['25 directives', () => ({ query: `{ provinces { ${Array.from({ length: 25 }, (_, i) => `c${i}: code @include(if: true)`).join(' ')} } }` }), ['QUERY_TOO_MANY_DIRECTIVES']],
  ['a one-megabyte string literal', () => ({ query: `{ certificate(number: "${'9'.repeat(1_000_000)}") { number } }` }), ['QUERY_TOO_LARGE']],
  ['a three-megabyte body', () => ({ query: '{ provinces { code } }', variables: { pad: 'x'.repeat(3_000_000) } }), ['REQUEST_TOO_LARGE']],
  ['3,000 tokens of whitespace-separated fields', () => ({ query: `{ provinces { ${'code '.repeat(3000)} } }` }), ['QUERY_TOO_LARGE']],
];

/** A literal of the wrong kind for an argument type: every scalar, enum, input object and list. */
function wrongLiteral(type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return '[{ notAnInput: 1 }]';
  const named = getNamedType(type);
  if (isEnumType(named)) return 'NOT_A_VALUE';
  if (isInputObjectType(named)) return '{ notAField: 1 }';
  if (isScalarType(named)) {
    if (named.name === 'Int') return '9999999999999';
    if (named.name === 'Float') return '"NaN"';
    if (named.name === 'Boolean') return '"yes"';
    if (named.name === 'String' || named.name === 'ID') return '{ injection: "\' OR 1=1 --" }';
    if (named.name === 'Date') return '"2023-02-30"';
    return '{ nested: [1, 2, 3] }';
  }
  return 'null';
}

/** `custom`: the argument is a custom scalar the gateway cannot check (it forwards it; the subgraph refuses). */
function malformedRequests(): { label: string; query: string; custom: boolean }[] {
  const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '..', 'api-schema.graphql'), 'utf8'));
  const requests: { label: string; query: string; custom: boolean }[] = [];
  for (const [operation, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      for (const arg of field.args as GraphQLArgument[]) {
        const named = getNamedType(arg.type);
        const custom = isScalarType(named) && !['Int', 'Float', 'String', 'Boolean', 'ID'].includes(named.name) && !isListType(getNullableType(arg.type));
        requests.push({ label: `${operation} ${field.name}(${arg.name}: ${arg.type})`, query: `${operation} { ${field.name}(${arg.name}: ${wrongLiteral(arg.type)}) { __typename } }`, custom });
      }
    }
  }
  return requests;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`non-JSON answer (HTTP ${response.status}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, body: json, headers: response.headers };
}

function expectTyped(result: { status: number; body: { errors?: { extensions?: Record<string, unknown> }[] } }, allowed: Set<string> | string[] = TYPED) {
  const codes = new Set(allowed);
  expect(result.status).not.toBe(500);
  expect(result.body.errors?.length).toBeGreaterThan(0);
  for (const error of result.body.errors ?? []) expect(codes, JSON.stringify(error)).toContain(error.extensions?.code);
}

describe('hostile requests against the in-process federation', () => {
  let fed: Federation;
  let heapBefore: number;

  beforeAll(async () => {
    fed = await startFederation(sqlite);
    heapBefore = process.memoryUsage().heapUsed;
  });
  afterAll(async () => {
    await fed?.stop();
    await sqlite.cleanup();
  });

  it.each(ATTACKS)('refuses %s with a typed error before any subgraph is called', async (_label, body, expected) => {
    const before = fed.fetches.length;
    const result = await post(fed.url, body());
    expectTyped(result, expected);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(fed.fetches.length - before).toBe(0);
    const limited = result.body.errors!.find((e) => LIMIT_CODES.includes(String(e.extensions?.code)));
    if (limited) {
      expect(limited.extensions).toMatchObject({ limit: expect.any(Number), measured: expect.any(Number) });
      expect(Number(limited.extensions!.measured)).toBeGreaterThan(Number(limited.extensions!.limit));
    }
  });

  it('answers a fragment bomb that execution collapses (each fragment spread twice) cheaply and correctly', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Certificate { number ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ');
    const admin = await tokenFor('national-admin');
    const result = await post(fed.url, { query: `{ certificates(first: 2) { nodes { ...F0 } } } ${fragments}` }, { authorization: `Bearer ${admin}` });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect((result.body.data as { certificates: { nodes: unknown[] } }).certificates.nodes).toHaveLength(2);
  });

  it('lets the documented limits themselves through (an honest 100-certificate page)', async () => {
    // Certificate lists need a token (issue 10); the limits are the same for every caller.
    const result = await gql(fed.url, '{ certificates(first: 100) { nodes { number institution { name } project { name } exam { id startDate } } } }', { token: await tokenFor('national-admin') });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
  });

  it('gives a typed error, never a 500, for a malformed value of every argument of every field', async () => {
    const requests = malformedRequests();
    expect(requests.length).toBeGreaterThan(100);
    for (const { label, query, custom } of requests) {
      const before = fed.fetches.length;
      const result = await post(fed.url, { query });
      expect(result.status, label).not.toBe(500);
      expect(result.body.errors?.length, label).toBeGreaterThan(0);
      for (const error of result.body.errors ?? []) expect(TYPED, `${label}: ${JSON.stringify(error)}`).toContain(error.extensions?.code);
      // Standard types are refused by the gateway's validation; custom scalars (Date) only a subgraph can parse.
      if (!custom) expect(fed.fetches.length - before, label).toBe(0);
    }
  });

  it.each([
    ['Int variable given a string', { query: 'query($n: Int) { certificates(first: $n) { totalCount } }', variables: { n: 'many' } }],
    ['Date variable given an impossible date', { query: 'query($d: Date!) { isWorkingDay(date: $d) }', variables: { d: '2023-13-45' } }],
    ['enum variable given an unknown province', { query: 'query($p: ProvinceCode) { certificates(province: $p) { totalCount } }', variables: { p: 'ATLANTIS' } }],
    ['list variable given 10,000 ids', { query: 'query($ids: [ID!]!) { examinerBookings(examinerIds: $ids, date: "2024-01-01") { examinerId } }', variables: { ids: Array.from({ length: 10_000 }, (_, i) => `id-${i}`) } }],
    ['malformed JSON', '{"query": "{ provinces { code } }"'],
    ['a body that is not an object', '"{ provinces { code } }"'],
    ['neither query nor document id', { variables: {} }],
  ])('answers %s with a typed error, never a 500', async (_label, body) => {
    const result = await post(fed.url, body);
    expectTyped(result);
  });

  it.each([
    ['a negative page size', '{ certificates(first: -1) { totalCount } }'],
    ['a garbage cursor', '{ certificates(first: 1, after: "\' OR 1=1 --") { totalCount } }'],
    ['an id with path and SQL characters', '{ project(id: "../../etc/passwd\' OR 1=1 --") { name } }'],
    ['a certificate number with control characters', '{ certificate(number: "\\u0000\\u001b[31m") { number } }'],
    ['year 0001', '{ isWorkingDay(date: "0001-01-01") }'],
  ])('answers well-typed hostile values (%s) with a typed error or data, never a 500', async (_label, query) => {
    const result = await post(fed.url, { query });
    expect(result.status).not.toBe(500);
    for (const error of result.body.errors ?? []) expect(TYPED, JSON.stringify(error)).toContain(error.extensions?.code);
  });

  describe('forged tokens at the gateway', () => {
    const admin = { role: 'NATIONAL_ADMIN' };
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = () => Math.floor(Date.now() / 1000);
    it.each([
      ['alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...admin, sub: 'x', exp: now() + 600 })}.`],
      ['signed with another secret', async () => new SignJWT(admin).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(48)))],
      ['signed with the gateway shared secret', async () => new SignJWT(admin).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(new TextEncoder().encode(DEV_GATEWAY_SECRET))],
      ['expired', async () => new SignJWT(admin).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime(now() - 60).sign(new TextEncoder().encode(DEV_JWT_SECRET))],
      ['an RS256 token the HS256 gateway never accepts', async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return new SignJWT(admin).setProtectedHeader({ alg: 'RS256' }).setSubject('x').setExpirationTime('1h').sign(privateKey);
      }],
      ['an operator token edited into an administrator', async () => {
        const [header, payload, signature] = (await tokenFor('province-operator', 'SHANDONG')).split('.');
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
        return `${header}.${b64({ ...claims, role: 'NATIONAL_ADMIN', provinces: [] })}.${signature}`;
      }],
      ['an operator token edited to another province', async () => {
        const [header, payload, signature] = (await tokenFor('province-operator', 'SHANDONG')).split('.');
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
        return `${header}.${b64({ ...claims, provinces: ['JIANGSU'] })}.${signature}`;
      }],
      ['a caller assertion presented as a client token', async () => testAssertion(callers.admin, 'gateway')],
    ])('refuses %s with 401 UNAUTHENTICATED and calls no subgraph', async (_label, make) => {
      const before = fed.fetches.length;
      const result = await post(fed.url, { query: '{ institutions { totalCount } }' }, { authorization: `Bearer ${await make()}` });
      expect(result.status).toBe(401);
      expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(fed.fetches.length - before).toBe(0);
    });
  });

  describe('forged caller assertions sent straight to subgraphs with the right shared secret', () => {
    const admin = callers.admin;
    const now = () => Math.floor(Date.now() / 1000);
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forgeries: [string, (target: SubgraphName) => Promise<string | null>][] = [
      ['no assertion', async () => null],
      ['the old unsigned JSON caller header', async () => b64({ subject: 'x', role: 'NATIONAL_ADMIN', provinces: [] })],
      ['alg none', async (target) => `${b64({ alg: 'none', kid: DEV_GATEWAY_SIGNING_KEY.kid })}.${b64({ iss: 'skillfed-gateway', aud: target, sub: admin.subject, caller: admin, iat: now(), exp: now() + 30 })}.`],
      ['HS256 signed with the shared secret', async (target) =>
        new SignJWT({ caller: admin }).setProtectedHeader({ alg: 'HS256', kid: DEV_GATEWAY_SIGNING_KEY.kid }).setIssuer('skillfed-gateway').setAudience(target).setSubject(admin.subject).setIssuedAt().setExpirationTime('30s').sign(new TextEncoder().encode(TEST_GATEWAY_SECRET))],
      ['signed with another Ed25519 key under the gateway key id', async (target) => {
        const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
        const jwk = { ...(await exportJWK(privateKey)), kid: DEV_GATEWAY_SIGNING_KEY.kid, alg: 'EdDSA' };
        return (await CallerAssertionSigner.gateway(jwk)).sign(admin, target);
      }],
      ['a genuine assertion for another subgraph', async (target) => testAssertion(admin, SUBGRAPHS.filter((s) => s !== target))],
      ['an expired assertion', async (target) => {
        const signer = await CallerAssertionSigner.gateway(DEV_GATEWAY_SIGNING_KEY, -120);
        return signer.sign(admin, target);
      }],
      ['an anonymous assertion edited into an administrator', async (target) => {
        const [header, payload, signature] = (await testAssertion(callers.anonymous, target)).split('.');
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
        return `${header}.${b64({ ...claims, sub: admin.subject, caller: admin })}.${signature}`;
      }],
    ];
    it.each(SUBGRAPHS.flatMap((target) => forgeries.map(([label, make]) => [target, label, make] as const)))('%s refuses %s with 401', async (target, _label, make) => {
      const result = await subgraphRequest(fed.subgraphs[target].running.url, '{ __typename }', { assertion: await make(target) });
      expect(result.status).toBe(401);
      expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('defence in depth: the same limits inside every subgraph', () => {
    it('refuses the six-level certificates query sent straight to the certificates subgraph', async () => {
      const result = await subgraphRequest(fed.subgraphs.certificates.running.url, nested(2, 'id'), { caller: callers.admin });
      expectTyped(result, ['QUERY_TOO_COMPLEX']);
    });

    it('refuses 20,000 entity representations in one request', async () => {
      const representations = Array.from({ length: 20_000 }, (_, i) => ({ __typename: 'Institution', id: `i-${i}` }));
      const result = await subgraphRequest(
        fed.subgraphs.certificates.running.url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { certificates(first: 20) { number } } } }',
        { caller: callers.admin, variables: { r: representations } },
      );
      expectTyped(result, ['QUERY_TOO_COMPLEX', 'QUERY_TOO_MANY_ROWS']);
    });

    it.each(SUBGRAPHS)('%s refuses alias, depth and token bombs', async (target) => {
      const url = fed.subgraphs[target].running.url;
      expectTyped(await subgraphRequest(url, `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: _service { sdl }`).join(' ')} }`, { caller: callers.admin }), ['QUERY_TOO_MANY_ALIASES']);
      expectTyped(await subgraphRequest(url, `{ ${'__typename '.repeat(3000)} }`, { caller: callers.admin }), ['QUERY_TOO_LARGE']);
      expectTyped(await subgraphRequest(url, `{ _service { sdl ${'@include(if: true) '.repeat(1)} } ${Array.from({ length: 25 }, (_, i) => `s${i}: _service @skip(if: false) { sdl }`).join(' ')} }`, { caller: callers.admin }), ['QUERY_TOO_MANY_DIRECTIVES']);
    });
  });

  it('keeps answering honest requests while an attack runs, and the heap stays bounded', async () => {
    const attack = Array.from({ length: 6 }, () => ATTACKS.filter(([, , codes]) => !codes.includes('REQUEST_TOO_LARGE')).map(([, body]) => post(fed.url, body()))).flat();
    const direct = Array.from({ length: 20 }, () => subgraphRequest(fed.subgraphs.certificates.running.url, nested(2, 'id'), { caller: callers.admin }));
    const admin = await tokenFor('national-admin');
    const honest = Array.from({ length: 10 }, () => gql(fed.url, '{ certificates(first: 5) { totalCount nodes { number institution { name } } } }', { token: admin }));
    const [attacked, directed, answered] = await Promise.all([Promise.all(attack), Promise.all(direct), Promise.all(honest)]);
    for (const result of [...attacked, ...directed]) expectTyped(result);
    for (const result of answered) {
      expect(result.status).toBe(200);
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data.certificates.nodes).toHaveLength(5);
    }
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(HEAP_GROWTH_BOUND);
  });

  it('documents its limits as the defaults it tested', () => {
    expect(DEFAULT_QUERY_LIMITS).toMatchObject({ maxDepth: 10, maxAliases: 30, maxDirectives: 20, maxTokens: 2000, maxCost: 20_000, maxRows: 10_000 });
  });
});
