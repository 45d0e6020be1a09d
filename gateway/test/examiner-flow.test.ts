import crypto from 'node:crypto';
import { DEMO_EXAM_BATCHES, DEMO_PROJECTS, demoResidentId } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { ExaminerBooking } from '@skillfed/subgraph-exams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql';
import { gql, startFederation, tokenFor, type Federation } from './harness';

const databases = await testDatabases();
const project = DEMO_PROJECTS.find((p) => p.province === 'LIAONING')!;

const REGISTER = graphql(`mutation RegisterExaminer($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id residentId phone } }`);
const QUALIFY = graphql(`mutation AddQualification($id: ID!, $input: QualificationInput!) { addQualification(examinerId: $id, input: $input) { id } }`);
const RELATE = graphql(`mutation SetProjectRelations($projectId: ID!) { setProjectRelations(province: LIAONING, projectId: $projectId, occupationCodes: ["4-03-02-02"], fields: ["烹饪"]) { projectId } }`);
const ISSUE = graphql(`mutation IssueCard($input: IssueCardInput!) { issueCard(input: $input) { number validUntil projects { name } } }`);
const WHO = graphql(`query WhoMayExamine($projectId: ID!, $date: Date!) {
  eligibleExaminers(province: LIAONING, projectId: $projectId, date: $date, first: 100) {
    totalCount
    nodes {
      available booked examiner { id name residentId bookings(date: $date) { examBatch { code } } }
      routes { code met source { document section } } card { met }
    }
  } }`);

describe.each(databases)('who may examine, through the gateway on $name', (database) => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startFederation(database);
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('registers an examiner with evidence, issues a card, and finds them with reasons in one request', async () => {
    const token = await tokenFor('province-operator', 'LIAONING');
    const residentId = demoResidentId('210102', '1978-03-03', 555);
    const registered = await gql(fed.url, REGISTER, { token, variables: { input: { province: 'LIAONING', name: '王考评', residentId, phone: '13911112222', employer: '沈阳示例技师学院' } } });
    expect(registered.body.errors).toBeUndefined();
    const { id, residentId: masked } = registered.body.data!.registerExaminer;
    expect(masked).toBe(`${residentId.slice(0, 6)}********${residentId.slice(-4)}`);
    expect(JSON.stringify(registered.body)).not.toContain(residentId);

    expect((await gql(fed.url, QUALIFY, { token, variables: { id, input: { type: 'PROFESSIONAL_TITLE', field: '烹饪', grade: 'INTERMEDIATE' } } })).body.errors).toBeUndefined();
    expect((await gql(fed.url, RELATE, { token, variables: { projectId: project.id } })).body.errors).toBeUndefined();
    const card = await gql(fed.url, ISSUE, { token, variables: { input: { examinerId: id, kind: 'EXAMINER', projectIds: [project.id], issuedOn: '2024-03-01' } } });
    expect(card.body.errors).toBeUndefined();
    expect(card.body.data!.issueCard).toMatchObject({ validUntil: '2027-02-28', projects: [{ name: project.name }] });

    const who = await gql(fed.url, WHO, { token, variables: { projectId: project.id, date: '2024-06-24' } });
    expect(who.body.errors).toBeUndefined();
    const me = who.body.data!.eligibleExaminers.nodes.find((e) => e.examiner.id === id)!;
    expect(me).toMatchObject({ available: true, booked: false, card: { met: true }, examiner: { name: '王考评', bookings: [] } });
    expect(me.routes.find((r) => r.met)).toMatchObject({ code: 'TITLE_INTERMEDIATE_OR_HIGHER', source: { document: '辽就〔2023〕4号', section: '四(五)1(2)' } });

    // Booked on another (Liaoning) batch that day: no longer offered. Bookings are seen through their batch's province.
    await fed.subgraphs.exams.server.database.dataSource.getRepository(ExaminerBooking).insert({ id: crypto.randomUUID(), examinerId: id, examBatchId: DEMO_EXAM_BATCHES.find((b) => b.province === 'LIAONING')!.id, date: '2024-06-24', role: 'EXAMINER' });
    const again = await gql(fed.url, WHO, { token, variables: { projectId: project.id, date: '2024-06-24' } });
    expect(again.body.data!.eligibleExaminers.nodes.map((e) => e.examiner.id)).not.toContain(id);

    const other = await gql(fed.url, WHO, { token: await tokenFor('province-operator', 'JIANGSU'), variables: { projectId: project.id, date: '2024-06-24' } });
    expect(other.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the demo roster', () => {
  it('offers demo examiners and supervisors for a demo project and date', async () => {
    const [sqlite] = databases;
    const fed = await startFederation(sqlite);
    try {
      const token = await tokenFor('province-operator', 'JIANGSU');
      const jiangsu = { id: DEMO_EXAM_BATCHES.find((b) => b.province === 'JIANGSU')!.projectId };
      const { body } = await gql(fed.url, `query ($p: ID!) { examiners: eligibleExaminers(province: JIANGSU, projectId: $p, date: "2024-06-15") { totalCount nodes { examiner { name } routes { code met } } }
        supervisors: eligibleExaminers(province: JIANGSU, projectId: $p, date: "2024-06-15", kind: SUPERVISOR) { nodes { examiner { name } } }
        firstTwo: eligibleExaminers(province: JIANGSU, projectId: $p, date: "2024-06-15", first: 2) { nodes { examiner { name } } pageInfo { hasNextPage endCursor } } }`, { token, variables: { p: jiangsu.id } });
      expect(body.errors).toBeUndefined();
      expect(body.data.examiners.nodes).toHaveLength(3);
      expect(body.data.examiners.totalCount).toBe(3);
      expect(body.data.supervisors.nodes).toHaveLength(1);
      // Keyset: the first two, then the rest after the cursor, the same people in the same order.
      expect(body.data.firstTwo.pageInfo.hasNextPage).toBe(true);
      const rest = await gql(fed.url, 'query ($p: ID!, $after: String) { eligibleExaminers(province: JIANGSU, projectId: $p, date: "2024-06-15", first: 2, after: $after) { nodes { examiner { name } } pageInfo { hasNextPage } } }', { token, variables: { p: jiangsu.id, after: body.data.firstTwo.pageInfo.endCursor } });
      expect(rest.body.data.eligibleExaminers.pageInfo.hasNextPage).toBe(false);
      expect([...body.data.firstTwo.nodes, ...rest.body.data.eligibleExaminers.nodes]).toEqual(body.data.examiners.nodes.map((n: { examiner: unknown }) => ({ examiner: n.examiner })));
    } finally {
      await fed.stop();
      await sqlite.cleanup();
    }
  });
});
