import { DEMO_PROJECTS, type RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { JIANGSU_PROJECTS } from '@skillfed/province-rules';
import { createServer } from '../src';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const databases = await testDatabases();

describe.each(databases)('catalog subgraph on $name', (database) => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await (await createServer({ database: database.config('catalog'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true })).listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });
  const ask = (query: string, variables?: Record<string, unknown>) => subgraphRequest(running.url, query, { variables, caller: callers.anonymous });

  it('serves the four provinces to anonymous callers', async () => {
    const { body } = await ask('{ provinces { code name nameEn divisionCode tracks sources { document seed } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.provinces.map((p: { code: string }) => p.code)).toEqual(['LIAONING', 'SHANDONG', 'GUANGDONG_SHAOGUAN', 'JIANGSU']);
    expect(body.data.provinces[0].sources.map((s: { document: string }) => s.document)).toEqual(['辽就〔2023〕4号', '辽人社〔2020〕32号']);
  });

  it('searches a province\'s catalog by Chinese substring', async () => {
    const { body } = await ask('{ province(code: JIANGSU) { projects(first: 100, search: "家具") { totalCount nodes { seq name origin } } } }');
    expect(body.errors).toBeUndefined();
    const expected = JIANGSU_PROJECTS.filter((p) => p.name.includes('家具'));
    expect(body.data.province.projects.totalCount).toBe(expected.length);
    expect(body.data.province.projects.nodes.map((n: { seq: number }) => n.seq).sort((a: number, b: number) => a - b)).toEqual(expected.map((p) => p.seq));
  });

  it('filters by origin and pages through all 84 Jiangsu projects', async () => {
    const origin = await ask('{ projects(province: JIANGSU, origin: NEW_FILING, first: 100) { totalCount } }');
    expect(origin.body.data.projects.totalCount).toBe(29);
    const names: string[] = [];
    let after: string | null = null;
    do {
      const { body } = await ask('query ($after: String) { projects(province: JIANGSU, first: 30, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }', { after });
      names.push(...body.data.projects.nodes.map((n: { name: string }) => n.name));
      after = body.data.projects.pageInfo.hasNextPage ? body.data.projects.pageInfo.endCursor : null;
    } while (after);
    expect(names.sort()).toEqual(JIANGSU_PROJECTS.map((p) => p.name).sort());
  });

  it.each([
    ['%', 0],
    ['_', 0],
    ['!', 0],
    ['光纤到户 (FTTH)', 1],
    ['KTV 服务', 1],
  ])('treats LIKE wildcards in the search %s as plain text', async (search, count) => {
    const { body } = await ask('query ($s: String) { projects(search: $s) { totalCount } }', { s: search });
    expect(body.data.projects.totalCount).toBe(count);
  });

  it('resolves Project and Province references in one batch', async () => {
    const reps = [...DEMO_PROJECTS.slice(0, 3).map((p) => ({ __typename: 'Project', id: p.id })), { __typename: 'Province', code: 'SHANDONG' }];
    const { body } = await ask('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { name } ... on Province { name } } }', { r: reps });
    expect(body.data._entities.map((e: { name: string }) => e.name)).toEqual([...DEMO_PROJECTS.slice(0, 3).map((p) => p.name), '山东省']);
  });

  it('gives NOT_FOUND and BAD_USER_INPUT where they belong', async () => {
    expect((await ask('{ project(id: "nope") { name } }')).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ask('{ province(code: HEBEI) { name } }')).body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await ask('{ projects(first: 101) { totalCount } }')).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
