import { DEMO_EXAM_BATCHES, DEMO_PROJECTS, type RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { createServer } from '../src';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const databases = await testDatabases();

describe.each(databases)('exams subgraph on $name', (database) => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await (await createServer({ database: database.config('exams'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true, peerUrls: { institutions: 'http://127.0.0.1:9/graphql', examiners: 'http://127.0.0.1:9/graphql', certificates: 'http://127.0.0.1:9/graphql', catalog: 'http://127.0.0.1:9/graphql' } })).listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });
  const LIST = 'query ($province: ProvinceCode, $from: Date, $to: Date) { examBatches(province: $province, from: $from, to: $to) { totalCount nodes { code province startDate } } }';

  it('scopes batches to the operator\'s province and filters by date', async () => {
    const own = await subgraphRequest(running.url, LIST, { caller: callers.operator('LIAONING') });
    expect(own.body.data.examBatches.totalCount).toBe(DEMO_EXAM_BATCHES.filter((b) => b.province === 'LIAONING').length);
    const dated = await subgraphRequest(running.url, LIST, { variables: { from: '2024-04-01', to: '2024-06-30' }, caller: callers.admin });
    const expected = DEMO_EXAM_BATCHES.filter((b) => b.startDate >= '2024-04-01' && b.startDate <= '2024-06-30');
    expect(dated.body.data.examBatches.nodes.map((n: { code: string }) => n.code).sort()).toEqual(expected.map((b) => b.code).sort());
    const other = await subgraphRequest(running.url, LIST, { variables: { province: 'JIANGSU' }, caller: callers.operator('LIAONING') });
    expect(other.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a reversed date range and a malformed date', async () => {
    const reversed = await subgraphRequest(running.url, LIST, { variables: { from: '2024-06-30', to: '2024-04-01' }, caller: callers.admin });
    expect(reversed.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const malformed = await subgraphRequest(running.url, LIST, { variables: { from: '2024/06/30' }, caller: callers.admin });
    expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.body.errors?.[0].message).toContain('YYYY-MM-DD');
  });

  it('contributes Project.examBatches, scoped to the caller, batched across projects', async () => {
    const projects = [...new Set(DEMO_EXAM_BATCHES.map((b) => b.projectId))].map((id) => ({ __typename: 'Project', id }));
    const Q = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id examBatches(first: 5) { code province } } } }';
    const admin = await subgraphRequest(running.url, Q, { variables: { r: projects }, caller: callers.admin });
    expect(admin.body.errors).toBeUndefined();
    expect(admin.body.data._entities.flatMap((e: { examBatches: unknown[] }) => e.examBatches)).toHaveLength(DEMO_EXAM_BATCHES.length);
    const shandong = await subgraphRequest(running.url, Q, { variables: { r: projects }, caller: callers.operator('SHANDONG') });
    const seen = shandong.body.data._entities.flatMap((e: { examBatches: { province: string }[] }) => e.examBatches);
    expect(seen.length).toBe(DEMO_EXAM_BATCHES.filter((b) => b.province === 'SHANDONG').length);
    expect(seen.every((b: { province: string }) => b.province === 'SHANDONG')).toBe(true);
    const anonymous = await subgraphRequest(running.url, Q, { variables: { r: projects.slice(0, 1) }, caller: callers.anonymous });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('points ExamBatch.institution and .project at their owners\' keys', async () => {
    const batch = DEMO_EXAM_BATCHES[0];
    const { body } = await subgraphRequest(running.url, 'query ($id: ID!) { examBatch(id: $id) { institution { id } project { id } } }', { variables: { id: batch.id }, caller: callers.admin });
    expect(body.data.examBatch).toEqual({ institution: { id: batch.institutionId }, project: { id: batch.projectId } });
    expect(DEMO_PROJECTS.some((p) => p.id === batch.projectId)).toBe(true);
  });
});
