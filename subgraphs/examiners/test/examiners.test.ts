import { DEMO_EXAMINERS, setLogSink, type RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { createServer as createExams } from '@skillfed/subgraph-exams';
import { createServer } from '../src';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const databases = await testDatabases();
const logLines: string[] = [];

describe.each(databases)('examiners subgraph on $name', (database) => {
  let running: RunningServer;
  let exams: RunningServer;
  beforeAll(async () => {
    process.env.LOG_LEVEL = 'debug';
    setLogSink((line) => logLines.push(line));
    exams = await (await createExams({ database: database.config('exams'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false, peerUrls: { institutions: 'http://127.0.0.1:9/graphql', examiners: 'http://127.0.0.1:9/graphql', certificates: 'http://127.0.0.1:9/graphql', catalog: 'http://127.0.0.1:9/graphql' } })).listen(0);
    running = await (await createServer({ database: database.config('examiners'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true, peerUrls: { exams: exams.url } })).listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await exams?.stop();
    await database.cleanup();
  });

  it('shows operators their own examiners with ID numbers and phones masked', async () => {
    const { body } = await subgraphRequest(running.url, '{ examiners(province: JIANGSU) { totalCount nodes { id name residentId phone employer } } }', { caller: callers.operator('JIANGSU') });
    expect(body.errors).toBeUndefined();
    const expected = DEMO_EXAMINERS.filter((e) => e.province === 'JIANGSU');
    expect(body.data.examiners.totalCount).toBe(expected.length);
    for (const node of body.data.examiners.nodes) {
      const demo = expected.find((e) => e.id === node.id)!;
      expect(node.name).toBe(demo.name);
      expect(node.residentId).toBe(`${demo.residentId.slice(0, 6)}********${demo.residentId.slice(-4)}`);
      expect(node.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
  });

  it('keeps another province\'s examiners and anonymous callers out', async () => {
    const jiangsu = DEMO_EXAMINERS.find((e) => e.province === 'JIANGSU')!;
    const byId = await subgraphRequest(running.url, 'query ($id: ID!) { examiner(id: $id) { employer } }', { variables: { id: jiangsu.id }, caller: callers.operator('LIAONING') });
    expect(byId.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const viaReference = await subgraphRequest(running.url, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Examiner { name } } }', {
      variables: { r: [{ __typename: 'Examiner', id: jiangsu.id }] },
      caller: callers.operator('LIAONING'),
    });
    expect(viaReference.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await subgraphRequest(running.url, '{ examiners { totalCount } }', { caller: callers.anonymous });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('searches by name and employer', async () => {
    const target = DEMO_EXAMINERS[0];
    const { body } = await subgraphRequest(running.url, 'query ($s: String) { examiners(search: $s) { nodes { id } } }', { variables: { s: target.name.slice(1, 3) }, caller: callers.admin });
    expect(body.data.examiners.nodes.map((n: { id: string }) => n.id)).toContain(target.id);
  });

  it('never writes a full ID number or phone into the logs, even at debug level', async () => {
    // Provoke errors whose raw text would carry personal data.
    await subgraphRequest(running.url, 'query ($s: String) { examiners(search: $s) { totalCount } }', { variables: { s: DEMO_EXAMINERS[0].residentId }, caller: callers.admin });
    await subgraphRequest(running.url, 'query ($f: Int) { examiners(first: $f) { totalCount } }', { variables: { f: DEMO_EXAMINERS[0].residentId }, caller: callers.admin });
    expect(logLines.some((l) => l.includes('"event":"sql"'))).toBe(true);
    const all = logLines.join('\n');
    for (const examiner of DEMO_EXAMINERS) {
      expect(all).not.toContain(examiner.residentId);
      expect(all).not.toContain(examiner.phone);
    }
  });
});
