import { DEMO_CERTIFICATES, DEMO_INSTITUTIONS, type RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { createServer } from '../src';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const databases = await testDatabases();

describe.each(databases)('certificates subgraph on $name', (database) => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await (await createServer({ database: database.config('certificates'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true })).listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });
  const sample = DEMO_CERTIFICATES[4];
  const LOOKUP = 'query ($n: String!) { certificate(number: $n) { number province holderName issuedOn exam { id } } }';

  it('lets anyone look a certificate up by number, with the holder\'s name masked', async () => {
    const { body } = await subgraphRequest(running.url, LOOKUP, { variables: { n: sample.number }, caller: callers.anonymous });
    expect(body.errors).toBeUndefined();
    expect(body.data.certificate).toMatchObject({ number: sample.number, issuedOn: sample.issuedOn, exam: { id: sample.examBatchId } });
    // Always two stars: the mask must not reveal how long the name is.
    expect(body.data.certificate.holderName).toBe(`${sample.holderName[0]}**`);
    expect(JSON.stringify(body)).not.toContain(sample.holderResidentId);
  });

  it('shows the full name only to an operator of the certificate\'s province', async () => {
    const own = await subgraphRequest(running.url, LOOKUP, { variables: { n: sample.number }, caller: callers.operator(sample.province) });
    expect(own.body.data.certificate.holderName).toBe(sample.holderName);
    const other = await subgraphRequest(running.url, LOOKUP, { variables: { n: sample.number }, caller: callers.operator(sample.province === 'JIANGSU' ? 'SHANDONG' : 'JIANGSU') });
    expect(other.body.data.certificate.holderName).not.toBe(sample.holderName);
  });

  it('filters by institution and issue date and refuses a reversed range', async () => {
    const institution = DEMO_INSTITUTIONS[0];
    const { body } = await subgraphRequest(running.url, 'query ($i: ID) { certificates(institutionId: $i, issuedFrom: "2023-01-01", issuedTo: "2023-12-31") { totalCount } }', {
      variables: { i: institution.id },
      caller: callers.anonymous,
    });
    expect(body.data.certificates.totalCount).toBe(DEMO_CERTIFICATES.filter((c) => c.institutionId === institution.id && c.issuedOn.startsWith('2023')).length);
    const reversed = await subgraphRequest(running.url, '{ certificates(issuedFrom: "2024-01-01", issuedTo: "2023-01-01") { totalCount } }', { caller: callers.anonymous });
    expect(reversed.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issuedFrom' });
    const missing = await subgraphRequest(running.url, LOOKUP, { variables: { n: 'NO-SUCH' }, caller: callers.anonymous });
    expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('contributes Institution.certificates with a per-institution limit, and resolves certificates by number', async () => {
    const reps = DEMO_INSTITUTIONS.map((i) => ({ __typename: 'Institution', id: i.id }));
    const { body } = await subgraphRequest(running.url, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { id certificates(first: 2) { number } } } }', {
      variables: { r: reps },
      caller: callers.anonymous,
    });
    expect(body.errors).toBeUndefined();
    body.data._entities.forEach((e: { id: string; certificates: unknown[] }) => {
      expect(e.certificates.length).toBe(Math.min(2, DEMO_CERTIFICATES.filter((c) => c.institutionId === e.id).length));
    });
    const byNumber = await subgraphRequest(running.url, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Certificate { id } } }', {
      variables: { r: [{ __typename: 'Certificate', number: sample.number }] },
      caller: callers.anonymous,
    });
    expect(byNumber.body.data._entities).toEqual([{ id: sample.id }]);
  });
});
