import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@skillfed/common';
import { DEMO_INSTITUTIONS, demoCreditCode } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { createServer } from '../src';

const databases = await testDatabases();

describe.each(databases)('institutions subgraph on $name', (database) => {
  let running: RunningServer;

  beforeAll(async () => {
    const server = await createServer({ database: database.config('institutions'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true });
    running = await server.listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });

  const LIST = `query ($province: ProvinceCode, $first: Int, $after: String, $search: String) {
    institutions(province: $province, first: $first, after: $after, search: $search) {
      totalCount nodes { id name province contactPhone } pageInfo { hasNextPage endCursor } } }`;

  it('refuses a request that does not carry the gateway secret', async () => {
    const { status, body } = await subgraphRequest(running.url, '{ __typename }', { secret: null });
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await subgraphRequest(running.url, '{ __typename }', { secret: 'not-the-secret' });
    expect(wrong.status).toBe(401);
  });

  it('lets a national administrator page through every province with a stable cursor', async () => {
    const first = await subgraphRequest(running.url, LIST, { variables: { first: 3 }, caller: callers.admin });
    expect(first.body.errors).toBeUndefined();
    const page1 = first.body.data.institutions;
    expect(page1.totalCount).toBe(DEMO_INSTITUTIONS.length);
    expect(page1.nodes).toHaveLength(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const rest = await subgraphRequest(running.url, LIST, { variables: { first: 100, after: page1.pageInfo.endCursor }, caller: callers.admin });
    const page2 = rest.body.data.institutions;
    expect(page2.nodes).toHaveLength(DEMO_INSTITUTIONS.length - 3);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.nodes, ...page2.nodes].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(DEMO_INSTITUTIONS.length);
  });

  it('masks contact phones', async () => {
    const { body } = await subgraphRequest(running.url, LIST, { variables: { province: 'SHANDONG' }, caller: callers.operator('SHANDONG') });
    for (const node of body.data.institutions.nodes) expect(node.contactPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('scopes a Shandong operator to Shandong: lists, reads by id and changes', async () => {
    const own = await subgraphRequest(running.url, LIST, { caller: callers.operator('SHANDONG') });
    expect(own.body.data.institutions.nodes.every((n: { province: string }) => n.province === 'SHANDONG')).toBe(true);
    expect(own.body.data.institutions.totalCount).toBe(DEMO_INSTITUTIONS.filter((i) => i.province === 'SHANDONG').length);

    const asked = await subgraphRequest(running.url, LIST, { variables: { province: 'JIANGSU' }, caller: callers.operator('SHANDONG') });
    expect(asked.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const jiangsu = DEMO_INSTITUTIONS.find((i) => i.province === 'JIANGSU')!;
    const byId = await subgraphRequest(running.url, `query ($id: ID!) { institution(id: $id) { name } }`, { variables: { id: jiangsu.id }, caller: callers.operator('SHANDONG') });
    expect(byId.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const change = await subgraphRequest(
      running.url,
      `mutation ($id: ID!) { updateInstitutionContact(id: $id, input: { contactName: "某人" }) { id } }`,
      { variables: { id: jiangsu.id }, caller: callers.operator('SHANDONG') },
    );
    expect(change.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('asks anonymous callers to sign in for the operator view', async () => {
    const { body } = await subgraphRequest(running.url, LIST, { caller: callers.anonymous });
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('registers an institution and refuses bad input with a typed, precise error', async () => {
    const REGISTER = `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id filingStatus contactPhone cityCode } }`;
    const input = {
      province: 'SHANDONG',
      cityCode: '370300',
      name: '淄博示例培训学校',
      kind: 'SOCIAL_TRAINING_INSTITUTION',
      creditCode: demoCreditCode('370300', 42),
      address: '山东省淄博市示例路',
      contactName: '联系人',
      contactPhone: '13912345678',
    };
    const ok = await subgraphRequest(running.url, REGISTER, { variables: { input }, caller: callers.operator('SHANDONG') });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.registerInstitution).toMatchObject({ filingStatus: 'APPLIED', contactPhone: '139****5678' });

    const again = await subgraphRequest(running.url, REGISTER, { variables: { input }, caller: callers.operator('SHANDONG') });
    expect(again.body.errors?.[0].extensions?.code).toBe('CONFLICT');

    const badCode = await subgraphRequest(running.url, REGISTER, {
      variables: { input: { ...input, creditCode: input.creditCode.slice(0, 17) + (input.creditCode[17] === '0' ? '1' : '0') } },
      caller: callers.operator('SHANDONG'),
    });
    expect(badCode.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    expect(badCode.body.errors?.[0].message).toContain('校验码');

    const wrongCity = await subgraphRequest(running.url, REGISTER, { variables: { input: { ...input, cityCode: '320100' } }, caller: callers.operator('SHANDONG') });
    expect(wrongCity.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cityCode' });

    const badPhone = await subgraphRequest(running.url, REGISTER, { variables: { input: { ...input, creditCode: demoCreditCode('370300', 43), contactPhone: '12345' } }, caller: callers.operator('SHANDONG') });
    expect(badPhone.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactPhone' });

    const badPage = await subgraphRequest(running.url, LIST, { variables: { first: 0 }, caller: callers.admin });
    expect(badPage.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('resolves references in one SQL statement per batch', async () => {
    const ids = DEMO_INSTITUTIONS.map((i) => ({ __typename: 'Institution', id: i.id }));
    const { body } = await subgraphRequest(running.url, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { id name } } }`, {
      variables: { r: ids },
      caller: callers.anonymous,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities.map((e: { id: string }) => e.id)).toEqual(ids.map((i) => i.id));
  });
});
