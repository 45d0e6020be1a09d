import { DEMO_EXAM_BATCHES, blindIndex, demoResidentId, setLogSink, type RunningServer, type SubgraphServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExamBatch, ExaminerBooking, createServer as createExams } from '@skillfed/subgraph-exams';
import { createServer } from '../src';
import { Examiner } from '../src/examiner.entity';

const databases = await testDatabases();
const logs: string[] = [];
let seq = 300;

describe.each(databases)('examiner registry, cards and eligibility on $name', (database) => {
  let running: RunningServer;
  let examinersServer: SubgraphServer;
  let exams: RunningServer;
  let examsServer: SubgraphServer;
  beforeAll(async () => {
    setLogSink((line) => logs.push(line));
    examsServer = await createExams({ database: database.config('exams'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false, peerUrls: { institutions: 'http://127.0.0.1:9/graphql', examiners: 'http://127.0.0.1:9/graphql', certificates: 'http://127.0.0.1:9/graphql', catalog: 'http://127.0.0.1:9/graphql' } });
    exams = await examsServer.listen(0);
    examinersServer = await createServer({ database: database.config('examiners'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false, peerUrls: { exams: exams.url } });
    running = await examinersServer.listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await exams?.stop();
    await database.cleanup();
  });
  const call = (query: string, variables: Record<string, unknown>, province: string) => subgraphRequest(running.url, query, { variables, caller: callers.operator(province) }).then((r) => r.body);
  const responses: string[] = [];

  async function person(province: string, division: string) {
    const residentId = demoResidentId(division, '1980-05-05', seq++);
    const body = await call('mutation ($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id residentId } }', { input: { province, name: '测试考评员', residentId, phone: '13700001111', employer: '示例单位' } }, province);
    responses.push(JSON.stringify(body));
    expect(body.errors).toBeUndefined();
    return { id: body.data.registerExaminer.id as string, residentId, masked: body.data.registerExaminer.residentId as string };
  }
  const addQ = (id: string, province: string, input: Record<string, unknown>) => call('mutation ($id: ID!, $input: QualificationInput!) { addQualification(examinerId: $id, input: $input) { id } }', { id, input }, province);
  const issue = (examinerId: string, province: string, input: Record<string, unknown>) =>
    call('mutation ($input: IssueCardInput!) { issueCard(input: $input) { id number issuedOn validUntil trainingType status } }', { input: { examinerId, kind: 'EXAMINER', ...input } }, province);
  const ELIGIBILITY = 'query ($id: ID!, $p: ID!, $d: Date!) { examiner(id: $id) { eligibility(projectId: $p, date: $d) { eligible routes { code met reason source { document section } } card { met reason } } } }';
  const eligibility = (id: string, province: string, p: string, d: string) => call(ELIGIBILITY, { id, p, d }, province).then((b) => b.data.examiner.eligibility);

  it('validates the resident ID and never echoes it, masks it in every response', async () => {
    const bad = await call('mutation ($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id } }', { input: { province: 'LIAONING', name: '某', residentId: '110105194912310021', phone: '13700001111', employer: 'x' } }, 'LIAONING');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'residentId' });
    expect(JSON.stringify(bad)).not.toContain('110105194912310021');
    const p = await person('LIAONING', '210102');
    expect(p.masked).toBe(`${p.residentId.slice(0, 6)}********${p.residentId.slice(-4)}`);
    const dup = await call('mutation ($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id } }', { input: { province: 'LIAONING', name: '某', residentId: p.residentId, phone: '13700001111', employer: 'x' } }, 'LIAONING');
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(dup)).not.toContain(p.residentId);
  });

  it('Liaoning: a related level-3 certificate and a 3-year card make an examiner eligible, until the card\'s last day', async () => {
    const p = await person('LIAONING', '210102');
    const relation = await call('mutation { setProjectRelations(province: LIAONING, projectId: "proj-ln", occupationCodes: ["4-03-02-02"], fields: ["烹饪"]) { occupationCodes fields } }', {}, 'LIAONING');
    expect(relation.data.setProjectRelations).toEqual({ occupationCodes: ['4-03-02-02'], fields: ['烹饪'] });
    expect((await eligibility(p.id, 'LIAONING', 'proj-ln', '2024-06-01')).eligible).toBe(false);
    expect((await addQ(p.id, 'LIAONING', { type: 'SKILL_CERTIFICATE', occupationCode: '4-03-02-02', level: 3 })).errors).toBeUndefined();
    const noCard = await eligibility(p.id, 'LIAONING', 'proj-ln', '2024-06-01');
    expect(noCard).toMatchObject({ eligible: false, card: { met: false, reason: '无证卡' } });
    const card = await issue(p.id, 'LIAONING', { projectIds: ['proj-ln'], issuedOn: '2023-09-15' });
    expect(card.data.issueCard).toMatchObject({ validUntil: '2026-09-14', trainingType: 'FIRST' });
    expect(card.data.issueCard.number).toMatch(/^2100KP2023\d{5}$/);
    const ok = await eligibility(p.id, 'LIAONING', 'proj-ln', '2026-09-14');
    expect(ok.eligible).toBe(true);
    expect(ok.routes.find((r: { met: boolean }) => r.met)).toMatchObject({ code: 'SKILL_LEVEL_3_OR_HIGHER', source: { document: '辽就〔2023〕4号', section: '四(五)1(1)' } });
    const expired = await eligibility(p.id, 'LIAONING', 'proj-ln', '2026-09-15');
    expect(expired).toMatchObject({ eligible: false, card: { met: false, reason: expect.stringContaining('到期') } });

    const renewed = await call('mutation ($id: ID!) { renewCard(id: $id, issuedOn: "2026-09-01") { trainingType previousCardId validUntil } }', { id: card.data.issueCard.id }, 'LIAONING');
    expect(renewed.data.renewCard).toMatchObject({ trainingType: 'RENEWAL', previousCardId: card.data.issueCard.id, validUntil: '2029-08-31' });
    const twice = await call('mutation ($id: ID!) { renewCard(id: $id, issuedOn: "2026-09-02") { id } }', { id: card.data.issueCard.id }, 'LIAONING');
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    const history = await call('query ($id: ID!) { examiner(id: $id) { cards { trainingType issuedOn } } }', { id: p.id }, 'LIAONING');
    expect(history.data.examiner.cards.map((c: { trainingType: string }) => c.trainingType)).toEqual(['FIRST', 'RENEWAL']);
    expect((await eligibility(p.id, 'LIAONING', 'proj-ln', '2026-09-15')).eligible).toBe(true);

    const suspended = await call('mutation ($id: ID!) { suspendCard(id: $id, reason: "违规") { status } }', { id: card.data.issueCard.id }, 'LIAONING');
    expect(suspended.data.suspendCard.status).toBe('SUSPENDED');
    expect((await eligibility(p.id, 'LIAONING', 'proj-ln', '2024-06-01')).card.reason).toMatch(/暂停/);
  });

  it('Jiangsu states no card term: validUntil is required', async () => {
    const p = await person('JIANGSU', '320102');
    const missing = await issue(p.id, 'JIANGSU', { projectIds: ['proj-js'], issuedOn: '2024-01-01' });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });
    expect((await issue(p.id, 'JIANGSU', { projectIds: ['proj-js'], issuedOn: '2024-01-01', validUntil: '2026-12-31' })).errors).toBeUndefined();
  });

  it('Shaoguan: a stand-in is eligible for exactly six months', async () => {
    const p = await person('GUANGDONG_SHAOGUAN', '440203');
    expect((await addQ(p.id, 'GUANGDONG_SHAOGUAN', { type: 'STAND_IN_AUTHORISATION', projectIds: ['proj-sg'], obtainedOn: '2024-01-15' })).errors).toBeUndefined();
    await issue(p.id, 'GUANGDONG_SHAOGUAN', { projectIds: ['related-project'], issuedOn: '2023-01-01', validUntil: '2027-12-31' });
    expect((await eligibility(p.id, 'GUANGDONG_SHAOGUAN', 'proj-sg', '2024-07-14')).eligible).toBe(true);
    const after = await eligibility(p.id, 'GUANGDONG_SHAOGUAN', 'proj-sg', '2024-07-15');
    expect(after.eligible).toBe(false);
    expect(after.routes.find((r: { code: string }) => r.code === 'RELATED_OCCUPATION_STAND_IN').reason).toContain('已满6个月');
    const elsewhere = await person('JIANGSU', '320102');
    expect((await addQ(elsewhere.id, 'JIANGSU', { type: 'STAND_IN_AUTHORISATION', projectIds: ['p'], obtainedOn: '2024-01-15' })).errors?.[0].extensions?.field).toBe('type');
  });

  it('pages who-may-examine by keyset across the 100-examiner chunks it evaluates, with an honest totalCount', async () => {
    // 230 more Shaoguan examiners (no cards: listed only with includeIneligible), straight into the table.
    const now = new Date();
    const rows = Array.from({ length: 230 }, (_, i) => {
      const residentId = demoResidentId('440203', '1975-01-01', i);
      return { id: crypto.randomUUID(), province: 'GUANGDONG_SHAOGUAN', name: '分页示例', residentId, residentIdBidx: blindIndex('resident-id', residentId), phone: '13700001111', employer: '示例单位', createdAt: now, updatedAt: now };
    });
    await examinersServer.database.dataSource.getRepository(Examiner).insert(rows);
    const total = await examinersServer.database.dataSource.getRepository(Examiner).countBy({ province: 'GUANGDONG_SHAOGUAN' });
    const PAGE = 'query ($after: String) { eligibleExaminers(province: GUANGDONG_SHAOGUAN, projectId: "p", date: "2024-06-01", includeIneligible: true, first: 70, after: $after) { totalCount nodes { examiner { id } available } pageInfo { hasNextPage endCursor } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const body = await call(PAGE, { after }, 'GUANGDONG_SHAOGUAN');
      expect(body.errors).toBeUndefined();
      expect(body.data.eligibleExaminers.totalCount).toBe(total);
      expect(body.data.eligibleExaminers.nodes.length).toBeLessThanOrEqual(70);
      seen.push(...body.data.eligibleExaminers.nodes.map((n: { examiner: { id: string } }) => n.examiner.id));
      if (!body.data.eligibleExaminers.pageInfo.hasNextPage) break;
      after = body.data.eligibleExaminers.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
    // Without includeIneligible nobody qualifies (no cards): an empty page, not a scan that never ends.
    const none = await call('{ eligibleExaminers(province: GUANGDONG_SHAOGUAN, projectId: "p", date: "2024-06-01") { totalCount nodes { examiner { id } } pageInfo { hasNextPage } } }', {}, 'GUANGDONG_SHAOGUAN');
    expect(none.data.eligibleExaminers).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
    expect((await call('{ eligibleExaminers(province: GUANGDONG_SHAOGUAN, projectId: "p", date: "2024-06-01", first: 0) { totalCount } }', {}, 'GUANGDONG_SHAOGUAN')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('answers who may examine project P on date D in a province, with reasons, and who may supervise', async () => {
    const a = await person('SHANDONG', '370102');
    const b = await person('SHANDONG', '370102');
    await issue(a.id, 'SHANDONG', { projectIds: ['proj-sd'], issuedOn: '2024-01-01', validUntil: '2025-12-31' });
    await issue(b.id, 'SHANDONG', { projectIds: ['other'], issuedOn: '2024-01-01', validUntil: '2025-12-31' });
    await issue(b.id, 'SHANDONG', { kind: 'SUPERVISOR', projectIds: [], issuedOn: '2024-01-01', validUntil: '2025-12-31' });
    const Q = 'query ($k: CardKind, $all: Boolean) { eligibleExaminers(province: SHANDONG, projectId: "proj-sd", date: "2024-06-01", kind: $k, includeIneligible: $all) { totalCount nodes { examiner { id name } eligible booked available routes { code met reason } card { met reason } } } }';
    const eligible = await call(Q, {}, 'SHANDONG');
    expect(eligible.data.eligibleExaminers.nodes.map((e: { examiner: { id: string } }) => e.examiner.id)).toEqual([a.id]);
    const all = await call(Q, { all: true }, 'SHANDONG');
    const other = all.data.eligibleExaminers.nodes.find((e: { examiner: { id: string } }) => e.examiner.id === b.id);
    expect(other).toMatchObject({ eligible: false, card: { met: false, reason: '证卡不含本项目' } });
    const supervisors = await call(Q, { k: 'SUPERVISOR' }, 'SHANDONG');
    expect(supervisors.data.eligibleExaminers.nodes.map((e: { examiner: { id: string } }) => e.examiner.id)).toEqual([b.id]);
    expect((await call(Q, {}, 'JIANGSU')).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Booked elsewhere that day (the exams subgraph's record): no longer offered, flagged when asked.
    // Bookings are seen through their batch's province, so the booking needs a real Shandong batch.
    const demo = DEMO_EXAM_BATCHES.find((batch) => batch.province === 'SHANDONG')!;
    const batchId = crypto.randomUUID();
    const now = new Date();
    await examsServer.database.dataSource.getRepository(ExamBatch).insert({ ...demo, id: batchId, code: `${demo.code}-X`, status: 'APPROVED' as never, siteId: null, mode: 'REGULAR' as never, declaredOn: null, statusReason: null, confirmedCount: null, feeYuan: null, paymentNoticeOn: null, paidOn: null, createdAt: now, updatedAt: now });
    await examsServer.database.dataSource.getRepository(ExaminerBooking).insert({ id: crypto.randomUUID(), examinerId: a.id, examBatchId: batchId, date: '2024-06-01', role: 'EXAMINER' });
    expect((await call(Q, {}, 'SHANDONG')).data.eligibleExaminers).toEqual({ totalCount: 0, nodes: [] });
    const flagged = (await call(Q, { all: true }, 'SHANDONG')).data.eligibleExaminers.nodes.find((e: { examiner: { id: string } }) => e.examiner.id === a.id);
    expect(flagged).toMatchObject({ eligible: true, booked: true, available: false });
    const nextDay = await call(Q.replace('2024-06-01', '2024-06-02'), {}, 'SHANDONG');
    expect(nextDay.data.eligibleExaminers.nodes.map((e: { examiner: { id: string } }) => e.examiner.id)).toEqual([a.id]);

    const byProject = await call('{ examiners(province: SHANDONG, projectId: "proj-sd") { nodes { id } } }', {}, 'SHANDONG');
    expect(byProject.data.examiners.nodes.map((n: { id: string }) => n.id)).toEqual([a.id]);
    const cards = await call('{ cards(province: SHANDONG, expiringWithinDays: 30, asOf: "2025-12-15") { totalCount nodes { number holder { id } } } }', {}, 'SHANDONG');
    expect(cards.data.cards.totalCount).toBe(3);
    const number = cards.data.cards.nodes[0].number;
    const byNumber = await call('query ($n: String) { examiners(cardNumber: $n) { nodes { id } } }', { n: number }, 'SHANDONG');
    expect(byNumber.data.examiners.nodes).toHaveLength(1);
  });

  it('Liaoning applications: returned with reasons when no route is met; reviewed, assessed and carded otherwise', async () => {
    await call('mutation { setProjectRelations(province: LIAONING, projectId: "proj-app", occupationCodes: ["4-03-02-01"], fields: []) { projectId } }', {}, 'LIAONING');
    const p = await person('LIAONING', '210102');
    const SUBMIT = 'mutation ($id: ID!) { submitExaminerApplication(input: { examinerId: $id, recommendingUnit: "沈阳示例技师学院", projectIds: ["proj-app"], appliedOn: "2023-09-01" }) { id status } }';
    const REVIEW = 'mutation ($id: ID!, $d: ReviewDecision!, $r: [String!]) { reviewExaminerApplication(id: $id, decision: $d, reasons: $r) { status returnReasons } }';
    const first = (await call(SUBMIT, { id: p.id }, 'LIAONING')).data.submitExaminerApplication;
    expect(first.status).toBe('SUBMITTED');
    const refused = await call(REVIEW, { id: first.id, d: 'PASS' }, 'LIAONING');
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain('三级及以上技能等级证书');
    const returned = await call(REVIEW, { id: first.id, d: 'RETURN', r: ['无相关职业三级及以上证书'] }, 'LIAONING');
    expect(returned.data.reviewExaminerApplication).toEqual({ status: 'RETURNED', returnReasons: ['无相关职业三级及以上证书'] });
    expect((await call(REVIEW, { id: first.id, d: 'RETURN', r: ['x'] }, 'LIAONING')).errors?.[0].extensions?.code).toBe('CONFLICT');

    await addQ(p.id, 'LIAONING', { type: 'SKILL_CERTIFICATE', occupationCode: '4-03-02-01', level: 2 });
    const second = (await call(SUBMIT, { id: p.id }, 'LIAONING')).data.submitExaminerApplication;
    expect((await call(REVIEW, { id: second.id, d: 'PASS' }, 'LIAONING')).data.reviewExaminerApplication.status).toBe('REVIEW_PASSED');
    const early = await call('mutation ($id: ID!) { issueCardForApplication(id: $id, issuedOn: "2023-10-20") { status } }', { id: second.id }, 'LIAONING');
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
    const badScore = await call('mutation ($id: ID!) { recordExaminerAssessment(id: $id, publicKnowledgeScore: 101, professionalKnowledgeScore: 80, passed: true) { status } }', { id: second.id }, 'LIAONING');
    expect(badScore.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicKnowledgeScore' });
    const assessed = await call('mutation ($id: ID!) { recordExaminerAssessment(id: $id, publicKnowledgeScore: 85, professionalKnowledgeScore: 78, passed: true) { status publicKnowledgeScore } }', { id: second.id }, 'LIAONING');
    expect(assessed.data.recordExaminerAssessment).toEqual({ status: 'ASSESSED_PASSED', publicKnowledgeScore: 85 });
    const carded = await call('mutation ($id: ID!) { issueCardForApplication(id: $id, issuedOn: "2023-10-20") { status card { validUntil trainingType } applicant { id } } }', { id: second.id }, 'LIAONING');
    expect(carded.data.issueCardForApplication).toEqual({ status: 'CARD_ISSUED', card: { validUntil: '2026-10-19', trainingType: 'FIRST' }, applicant: { id: p.id } });
    expect((await eligibility(p.id, 'LIAONING', 'proj-app', '2024-05-01')).eligible).toBe(true);
    const list = await call('{ examinerApplications(province: LIAONING, status: CARD_ISSUED) { totalCount } }', {}, 'LIAONING');
    expect(list.data.examinerApplications.totalCount).toBe(1);
  });

  it('leaves no full ID number in any response or log line', () => {
    const all = [...responses, ...logs].join('\n');
    expect(all).not.toMatch(/\d{17}[\dX]/);
  });

  it('refuses a second valid card of the same kind and project with an overlapping term (CONFLICT)', async () => {
    const p = await person('SHANDONG', '370102');
    const term = { issuedOn: '2024-01-01', validUntil: '2025-12-31' };
    expect((await issue(p.id, 'SHANDONG', { projectIds: ['proj-a', 'proj-b'], ...term })).errors).toBeUndefined();
    const twice = await issue(p.id, 'SHANDONG', { projectIds: ['proj-b'], issuedOn: '2025-06-01', validUntil: '2026-05-31' });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', validUntil: '2025-12-31' });
    // Another project, the next term, or the other kind do not overlap.
    expect((await issue(p.id, 'SHANDONG', { projectIds: ['proj-c'], ...term })).errors).toBeUndefined();
    expect((await issue(p.id, 'SHANDONG', { projectIds: ['proj-a'], issuedOn: '2026-01-01', validUntil: '2027-12-31' })).errors).toBeUndefined();
    expect((await issue(p.id, 'SHANDONG', { kind: 'SUPERVISOR', projectIds: [], ...term })).errors).toBeUndefined();
    expect((await issue(p.id, 'SHANDONG', { kind: 'SUPERVISOR', projectIds: [], issuedOn: '2025-12-31', validUntil: '2026-12-31' })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
