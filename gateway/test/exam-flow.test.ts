import { DEMO_EXAMINERS, DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, demoId, demoResidentId } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startFederation, tokenFor, type Federation } from './harness';

const databases = await testDatabases();
let seq = 700;

interface Plan {
  province: string;
  institution: number;
  start: string;
  mode: string;
  declaredOn: string;
}

const PLANS: Plan[] = [
  { province: 'LIAONING', institution: 1, start: '2023-12-05', mode: 'SEPARATE', declaredOn: '2023-11-20' },
  { province: 'SHANDONG', institution: 3, start: '2024-05-18', mode: 'REGULAR', declaredOn: '2024-04-01' },
  { province: 'GUANGDONG_SHAOGUAN', institution: 5, start: '2024-06-15', mode: 'REGULAR', declaredOn: '2024-05-06' },
  { province: 'JIANGSU', institution: 7, start: '2024-06-22', mode: 'REGULAR', declaredOn: '2024-06-03' },
];

describe.each(databases)('exam batches through the gateway on $name', (database) => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startFederation(database);
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  async function toApproved(plan: Plan, token: string): Promise<string> {
    const institution = DEMO_INSTITUTIONS[plan.institution - 1];
    const projectId = DEMO_EXAM_BATCHES.find((b) => b.institutionId === institution.id)!.projectId;
    const created = await gql(fed.url, 'mutation ($input: CreateExamBatchInput!) { createExamBatch(input: $input) { id } }', {
      token,
      variables: { input: { province: plan.province, institutionId: institution.id, siteId: demoId('exam-site', institution.id), projectId, startDate: plan.start, endDate: plan.start, mode: plan.mode } },
    });
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.createExamBatch.id;
    for (let i = 0; i < 4; i++) {
      const added = await gql(fed.url, 'mutation ($id: ID!, $input: AddCandidateInput!) { addCandidate(batchId: $id, input: $input) { id } }', {
        token,
        variables: { id, input: { name: '考生', residentId: demoResidentId('110105', '1990-02-02', seq++), phone: '13600002222', projectId } },
      });
      expect(added.body.errors).toBeUndefined();
    }
    const step = async (m: string, args = '') => {
      const { body } = await gql(fed.url, `mutation ($id: ID!) { ${m}(id: $id${args}) { status } }`, { token, variables: { id } });
      expect(body.errors, m).toBeUndefined();
      return body.data[m].status;
    };
    await step('declareExamBatch', `, declaredOn: "${plan.declaredOn}"`);
    await step('startBatchReview');
    expect(await step('approveRoster')).toBe('APPROVED');
    if (plan.province === 'LIAONING') {
      await step('confirmAttendance', ', confirmed: 4');
      await step('issuePaymentNotice', ', issuedOn: "2023-11-24"');
      expect(await step('recordPayment', ', paidOn: "2023-11-27"')).toBe('PAID');
    }
    return id;
  }

  const people = (province: string) => DEMO_EXAMINERS.filter((e) => e.province === province).map((e) => e.id);
  const PANEL = 'mutation ($id: ID!, $input: PanelInput!) { assignPanel(batchId: $id, input: $input) { id panel { role date } } }';

  it.each(PLANS)('$province: declared, reviewed, (paid,) staffed with a lawful panel and started', async (plan) => {
    const token = await tokenFor('province-operator', plan.province);
    const id = await toApproved(plan, token);
    const [a, b, c, supervisor] = people(plan.province);
    const panel = await gql(fed.url, PANEL, { token, variables: { id, input: { examinerIds: [a, b, c], leaderId: a, supervisorId: supervisor } } });
    expect(panel.body.errors).toBeUndefined();
    expect(panel.body.data.assignPanel.panel.map((p: { role: string }) => p.role).sort()).toEqual(['EXAMINER', 'EXAMINER', 'LEADER', 'SUPERVISOR']);
    const started = await gql(fed.url, 'mutation ($id: ID!) { startExam(id: $id) { status history { toStatus } } }', { token, variables: { id } });
    expect(started.body.errors).toBeUndefined();
    expect(started.body.data.startExam.status).toBe('IN_PROGRESS');
  });

  it('refuses an unlawful panel with every violation at once, and double bookings', async () => {
    const plan = { province: 'JIANGSU', institution: 7, start: '2024-06-29', mode: 'REGULAR', declaredOn: '2024-06-03' };
    const token = await tokenFor('province-operator', 'JIANGSU');
    const id = await toApproved(plan, token);
    const [a, b, c, supervisor] = people('JIANGSU');
    const foreign = people('SHANDONG')[0];
    const bad = await gql(fed.url, PANEL, { token, variables: { id, input: { examinerIds: [a, supervisor], supervisorId: b } } });
    const violations: string[] = bad.body.errors?.[0].extensions?.violations;
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(violations).toEqual(expect.arrayContaining([
      expect.stringContaining('少于规定的3人'),
      expect.stringContaining('须设考评组长'),
      expect.stringContaining(`考评员 ${supervisor} 在 2024-06-29 不符合考评资格`),
      expect.stringContaining(`质量督导员 ${b} 在 2024-06-29 无有效督导员证卡`),
    ]));
    const other = await gql(fed.url, PANEL, { token, variables: { id, input: { examinerIds: [a, b, foreign], leaderId: a, supervisorId: supervisor } } });
    expect(other.body.errors?.[0].extensions?.violations).toContainEqual(expect.stringContaining(`考评员 ${foreign}`));
    expect((await gql(fed.url, PANEL, { token, variables: { id, input: { examinerIds: [a, b, c], leaderId: a, supervisorId: supervisor } } })).body.errors).toBeUndefined();

    const second = await toApproved(plan, token);
    const clash = await gql(fed.url, PANEL, { token, variables: { id: second, input: { examinerIds: [a, b, c], leaderId: a, supervisorId: supervisor } } });
    expect(clash.body.errors?.[0].extensions?.violations).toContainEqual(expect.stringContaining('已派往其他批次'));
    // Booked people drop out of who-may-examine for that day.
    const projectId = DEMO_EXAM_BATCHES.find((x) => x.institutionId === DEMO_INSTITUTIONS[6].id)!.projectId;
    const who = await gql(fed.url, 'query ($p: ID!) { eligibleExaminers(province: JIANGSU, projectId: $p, date: "2024-06-29") { examiner { id } } }', { token, variables: { p: projectId } });
    expect(who.body.data.eligibleExaminers).toEqual([]);
  });
});
