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

    // Scores: entered by a panel member's own token, 0-100, corrections keep the old value.
    const member = await tokenFor('examiner', plan.province, a);
    const outsider = await tokenFor('examiner', plan.province, supervisor);
    const roster = (await gql(fed.url, 'query ($id: ID!) { examBatch(id: $id) { candidates { id residentId } } }', { token, variables: { id } })).body.data.examBatch.candidates;
    const SCORE = 'mutation ($b: ID!, $c: ID!, $s: Float!) { recordScore(batchId: $b, candidateId: $c, score: $s) { id score } }';
    expect((await gql(fed.url, SCORE, { token: outsider, variables: { b: id, c: roster[0].id, s: 80 } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(fed.url, SCORE, { token, variables: { b: id, c: roster[0].id, s: 80 } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(fed.url, SCORE, { token: member, variables: { b: id, c: roster[0].id, s: 101 } })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const scores = [90, 59, 60, 75];
    const scoreIds: string[] = [];
    for (const [i, c] of roster.entries()) {
      const r = await gql(fed.url, SCORE, { token: member, variables: { b: id, c: c.id, s: scores[i] } });
      expect(r.body.errors).toBeUndefined();
      scoreIds.push(r.body.data.recordScore.id);
    }
    const CORRECT = 'mutation ($id: ID!, $s: Float!) { correctScore(scoreId: $id, score: $s, reason: "复核加分") { score corrections { oldScore newScore correctedBy reason } } }';
    const corrected = await gql(fed.url, CORRECT, { token: member, variables: { id: scoreIds[1], s: 61 } });
    expect(corrected.body.data.correctScore).toEqual({ score: 61, corrections: [{ oldScore: 59, newScore: 61, correctedBy: a, reason: '复核加分' }] });
    const nextDay = new Date(`${plan.start}T00:00:00Z`);
    nextDay.setUTCDate(nextDay.getUTCDate() + 1);
    const scored = await gql(fed.url, `mutation ($id: ID!) { completeScoring(id: $id, reportedOn: "${nextDay.toISOString().slice(0, 10)}") { status deadlines { kind dueDate metOn } } }`, { token, variables: { id } });
    expect(scored.body.errors).toBeUndefined();
    expect(scored.body.data.completeScoring.status).toBe('SCORED');

    // Archives: kept from the exam date for the province's period; Jiangsu needs a policy first.
    const ARCHIVE = 'mutation ($id: ID!, $t: ArchiveRecordType!, $m: Medium!) { archiveRecord(batchId: $id, recordType: $t, medium: $m, location: "档案室A") { retainUntil basis } }';
    const video = (await gql(fed.url, ARCHIVE, { token, variables: { id, t: 'VIDEO', m: 'VIDEO' } })).body.data.archiveRecord;
    const papers = (await gql(fed.url, ARCHIVE, { token, variables: { id, t: 'SCORE_SHEETS', m: 'PAPER' } })).body.data.archiveRecord;
    const months = (n: number) => {
      const d = new Date(`${plan.start}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + n);
      return d.toISOString().slice(0, 10);
    };
    const expected: Record<string, [string | null, string | null]> = {
      LIAONING: [months(12), null],
      SHANDONG: [months(6), months(24)],
      GUANGDONG_SHAOGUAN: [months(36), months(36)],
      JIANGSU: [null, null],
    };
    expect([video.retainUntil, papers.retainUntil]).toEqual(expected[plan.province]);
    const PUBLISH = 'mutation ($id: ID!) { publishResults(id: $id) { status passingCandidates { candidateId score residentId } } }';
    if (plan.province === 'JIANGSU' || plan.province === 'LIAONING') {
      const refused = await gql(fed.url, PUBLISH, { token, variables: { id } });
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_RETENTION_POLICY' });
      for (const m of plan.province === 'JIANGSU' ? ['VIDEO', 'PAPER'] : ['PAPER']) {
        const set = await gql(fed.url, `mutation { setRetentionPolicy(province: ${plan.province}, medium: ${m}, months: 36, basis: "省级档案保存政策（测试）") }`, { token });
        expect(set.body.errors).toBeUndefined();
      }
      if (plan.province === 'LIAONING') {
        // The notice states video (12 months): no policy may replace it.
        const forbidden = await gql(fed.url, 'mutation { setRetentionPolicy(province: LIAONING, medium: VIDEO, months: 1, basis: "x") }', { token });
        expect(forbidden.body.errors?.[0].extensions?.code).toBe('CONFLICT');
      }
    }
    const published = await gql(fed.url, PUBLISH, { token, variables: { id } });
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data.publishResults.status).toBe('RESULTS_PUBLISHED');
    expect(published.body.data.publishResults.passingCandidates.map((p: { score: number }) => p.score).sort()).toEqual([60, 61, 75, 90]);
    expect(published.body.data.publishResults.passingCandidates[0].residentId).toMatch(/\*{8}/);
    expect((await gql(fed.url, CORRECT, { token: member, variables: { id: scoreIds[0], s: 95 } })).body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await gql(fed.url, SCORE, { token: member, variables: { b: id, c: roster[0].id, s: 70 } })).body.errors?.[0].extensions?.code).toBe('CONFLICT');

    // purgeable never lists a record on or before its keep-until date.
    const archive = (await gql(fed.url, 'query ($id: ID!) { examBatch(id: $id) { archive { retainUntil } } }', { token, variables: { id } })).body.data.examBatch.archive;
    const until = archive.map((r: { retainUntil: string }) => r.retainUntil).sort()[0];
    const after = new Date(`${until}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    const PURGE = `query ($asOf: Date) { purgeable(province: ${plan.province}, asOf: $asOf, first: 100) { nodes { retainUntil } } }`;
    expect((await gql(fed.url, PURGE, { token, variables: { asOf: until } })).body.data.purgeable.nodes.filter((r: { retainUntil: string }) => r.retainUntil === until)).toEqual([]);
    expect((await gql(fed.url, PURGE, { token, variables: { asOf: after.toISOString().slice(0, 10) } })).body.data.purgeable.nodes.map((r: { retainUntil: string }) => r.retainUntil)).toContain(until);
  });

  it('answers overdue and purgeable on the demo data, a keyset page at a time', async () => {
    const token = await tokenFor('province-operator', 'LIAONING');
    const overdue = await gql(fed.url, '{ overdue(province: LIAONING, asOf: "2023-11-01") { totalCount nodes { batch { code } deadline { kind dueDate sourceDocument sourceSection } } } }', { token });
    expect(overdue.body.errors).toBeUndefined();
    expect(overdue.body.data.overdue.nodes).toContainEqual({ batch: { code: DEMO_EXAM_BATCHES[1].code }, deadline: { kind: 'CERTIFICATE_PUBLICATION', dueDate: '2023-10-26', sourceDocument: '辽就〔2023〕4号', sourceSection: '三(七)' } });
    expect(overdue.body.data.overdue.totalCount).toBe(overdue.body.data.overdue.nodes.length);
    // One at a time with the cursor gives the same rows in the same order as one page, and says when it is done.
    const walk = async (field: 'overdue' | 'purgeable', province: string, select: string, tokenOf: string) => {
      const whole = await gql(fed.url, `{ ${field}(province: ${province}, asOf: "2099-12-31", first: 100) { totalCount nodes { ${select} } } }`, { token: tokenOf });
      expect(whole.body.errors).toBeUndefined();
      const walked: unknown[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const page: { body: any } = await gql(fed.url, `query ($after: String) { ${field}(province: ${province}, asOf: "2099-12-31", first: 1, after: $after) { nodes { ${select} } pageInfo { hasNextPage endCursor } } }`, { token: tokenOf, variables: { after } });
        expect(page.body.errors).toBeUndefined();
        walked.push(...page.body.data[field].nodes);
        if (!page.body.data[field].pageInfo.hasNextPage) break;
        after = page.body.data[field].pageInfo.endCursor;
      }
      expect(walked).toEqual(whole.body.data[field].nodes);
      expect(whole.body.data[field].totalCount).toBe(walked.length);
      return walked.length;
    };
    expect(await walk('overdue', 'LIAONING', 'deadline { id dueDate }', token)).toBeGreaterThanOrEqual(1);
    expect(await walk('purgeable', 'SHANDONG', 'id retainUntil', await tokenFor('province-operator', 'SHANDONG'))).toBeGreaterThan(1);
    expect((await gql(fed.url, '{ overdue(province: LIAONING, first: 101) { totalCount } }', { token })).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });

    const sd = await tokenFor('province-operator', 'SHANDONG');
    const none = await gql(fed.url, '{ purgeable(province: SHANDONG, asOf: "2024-09-01") { totalCount nodes { retainUntil } } }', { token: sd });
    expect(none.body.data.purgeable).toEqual({ totalCount: 0, nodes: [] });
    const some = await gql(fed.url, '{ purgeable(province: SHANDONG, asOf: "2024-11-19") { nodes { recordType retainUntil } } }', { token: sd });
    expect(some.body.data.purgeable.nodes).toContainEqual({ recordType: 'VIDEO', retainUntil: '2024-10-13' });
  });

  it('draws a reproducible spot check and publishes it', async () => {
    const token = await tokenFor('province-operator', 'JIANGSU');
    const DRAW = 'mutation { drawSpotCheck(province: JIANGSU, from: "2024-06-01", to: "2024-07-31", batches: 1, supervisors: 1, seed: "2024年第二季度双随机") { id seed batchPoolSize supervisorPoolSize batches { code } supervisors { id } } }';
    const first = await gql(fed.url, DRAW, { token });
    expect(first.body.errors).toBeUndefined();
    const drawn = first.body.data.drawSpotCheck;
    expect(drawn.batchPoolSize).toBeGreaterThanOrEqual(2);
    expect(drawn.batches).toHaveLength(1);
    expect(drawn.supervisors).toHaveLength(1);
    const again = await gql(fed.url, DRAW, { token });
    expect(again.body.data.drawSpotCheck.batches).toEqual(drawn.batches);
    const replay = await gql(fed.url, 'query ($id: ID!) { replaySpotCheck(id: $id) { reproducible } spotChecks(province: JIANGSU) { totalCount nodes { seed } } }', { variables: { id: drawn.id } });
    expect(replay.body.data.replaySpotCheck.reproducible).toBe(true);
    expect(replay.body.data.spotChecks.nodes.map((c: { seed: string }) => c.seed)).toContain('2024年第二季度双随机');
    expect(replay.body.data.spotChecks.totalCount).toBeGreaterThanOrEqual(2);
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
    // A hostile id never reaches a query: input hygiene refuses it as malformed, naming the field.
    const hostile = 'x") { id } y: examiner(id: "z';
    const injected = await gql(fed.url, PANEL, { token, variables: { id, input: { examinerIds: [a, b, hostile], leaderId: a, supervisorId: supervisor } } });
    expect(injected.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.examinerIds[2]' });
    const other = await gql(fed.url, PANEL, { token, variables: { id, input: { examinerIds: [a, b, foreign], leaderId: a, supervisorId: supervisor } } });
    expect(other.body.errors?.[0].extensions?.violations).toContainEqual(expect.stringContaining(`考评员 ${foreign}`));
    expect((await gql(fed.url, PANEL, { token, variables: { id, input: { examinerIds: [a, b, c], leaderId: a, supervisorId: supervisor } } })).body.errors).toBeUndefined();

    const second = await toApproved(plan, token);
    const clash = await gql(fed.url, PANEL, { token, variables: { id: second, input: { examinerIds: [a, b, c], leaderId: a, supervisorId: supervisor } } });
    expect(clash.body.errors?.[0].extensions?.violations).toContainEqual(expect.stringContaining('已派往其他批次'));
    // Booked people drop out of who-may-examine for that day.
    const projectId = DEMO_EXAM_BATCHES.find((x) => x.institutionId === DEMO_INSTITUTIONS[6].id)!.projectId;
    const who = await gql(fed.url, 'query ($p: ID!) { eligibleExaminers(province: JIANGSU, projectId: $p, date: "2024-06-29") { nodes { examiner { id } } } }', { token, variables: { p: projectId } });
    expect(who.body.data.eligibleExaminers.nodes).toEqual([]);

    // Every refusal is kept, with its violations, for the compliance board (the province's own view).
    const board = await gql(fed.url, '{ complianceBoard(first: 500) { refusedPanels { batch { id } violations } } examinerWorkload(filter: { provinces: [JIANGSU] }) { examiner { id } days leaderDays } }', { token });
    expect(board.body.errors).toBeUndefined();
    const refused = board.body.data.complianceBoard.refusedPanels.filter((r: { batch: { id: string } }) => r.batch.id === id || r.batch.id === second);
    // Three panel refusals: the hostile id is refused by input hygiene before any panel check runs.
    expect(refused).toHaveLength(3);
    expect(refused.flatMap((r: { violations: string[] }) => r.violations)).toEqual(expect.arrayContaining([expect.stringContaining('须设考评组长'), expect.stringContaining('已派往其他批次')]));
    // The accepted panel's day counts in the workload: its leader led on 2024-06-29.
    expect(board.body.data.examinerWorkload.find((w: { examiner: { id: string } }) => w.examiner.id === a).leaderDays).toBeGreaterThanOrEqual(1);
  });
});
