import { DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, demoId, demoResidentId, type RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { createServer as createCatalog } from '@skillfed/subgraph-catalog';
import { createServer as createInstitutions } from '@skillfed/subgraph-institutions';
import { TEST_ARRANGEMENT_2027, TEST_LIAONING_2025_NOTICE } from '../../../province-rules/test/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src';

const databases = await testDatabases();
const inst = (province: string) => DEMO_INSTITUTIONS.find((i) => i.province === province)!;
const projectOf = (institutionId: string) => DEMO_EXAM_BATCHES.find((b) => b.institutionId === institutionId)!.projectId;
let seq = 100;

describe.each(databases)('exam batch declaration on $name', (database) => {
  let institutions: RunningServer;
  let catalog: RunningServer;
  let exams: RunningServer;
  // Panels need the examiners subgraph: those paths are tested through the gateway (gateway/test/exam-flow.test.ts).
  beforeAll(async () => {
    institutions = await (await createInstitutions({ database: database.config('institutions'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true })).listen(0);
    catalog = await (await createCatalog({ database: database.config('catalog'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false })).listen(0);
    exams = await (await createServer({ database: database.config('exams'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false, peerUrls: { institutions: institutions.url, examiners: 'http://127.0.0.1:9/graphql', certificates: 'http://127.0.0.1:9/graphql', catalog: catalog.url } })).listen(0);
  });
  afterAll(async () => {
    await exams?.stop();
    await catalog?.stop();
    await institutions?.stop();
    await database.cleanup();
  });
  const call = (query: string, variables: Record<string, unknown>, province: string) => subgraphRequest(exams.url, query, { variables, caller: callers.operator(province) }).then((r) => r.body);

  async function draft(province: string, startDate: string, endDate = startDate, mode = 'REGULAR', institution = inst(province)) {
    const body = await call('mutation ($input: CreateExamBatchInput!) { createExamBatch(input: $input) { id code status } }', {
      input: { province, institutionId: institution.id, siteId: demoId('exam-site', institution.id), projectId: projectOf(institution.id), startDate, endDate, mode },
    }, province);
    expect(body.errors).toBeUndefined();
    return body.data.createExamBatch.id as string;
  }
  const addCandidate = (batchId: string, province: string, birth = '1995-05-05', extra: Record<string, unknown> = {}) =>
    call('mutation ($id: ID!, $input: AddCandidateInput!) { addCandidate(batchId: $id, input: $input) { id residentId phone } }', {
      id: batchId,
      input: { name: '考生', residentId: demoResidentId('320102', birth, seq++), phone: '13600001111', projectId: projectOf(inst(province).id), ...extra },
    }, province);
  const declare = (id: string, province: string, on: string) => call('mutation ($id: ID!, $on: Date) { declareExamBatch(id: $id, declaredOn: $on) { status declaredOn deadlines { kind dueDate sourceSection } } }', { id, on }, province);

  it('Jiangsu: declares, reviews within 10 working days (across Spring Festival) and approves the roster', async () => {
    const id = await draft('JIANGSU', '2024-03-16');
    const c = await addCandidate(id, 'JIANGSU');
    expect(c.errors).toBeUndefined();
    expect(c.data.addCandidate.residentId).toMatch(/^320102\*{8}\d{3}[\dX]$/);
    expect(c.data.addCandidate.phone).toBe('136****1111');
    const declared = await declare(id, 'JIANGSU', '2024-02-05');
    expect(declared.errors).toBeUndefined();
    expect(declared.data.declareExamBatch).toMatchObject({ status: 'DECLARED', declaredOn: '2024-02-05', deadlines: [{ kind: 'CANDIDATE_REVIEW', dueDate: '2024-02-23', sourceSection: '三(二)2' }] });

    const overdue = (asOf: string) => call('query ($asOf: Date) { overdue(province: JIANGSU, asOf: $asOf, first: 100) { nodes { batch { id } deadline { kind dueDate sourceDocument } } } }', { asOf }, 'JIANGSU').then((b) => b.data.overdue.nodes);
    expect((await overdue('2024-02-23')).map((o: { batch: { id: string } }) => o.batch.id)).not.toContain(id);
    expect(await overdue('2024-02-26')).toContainEqual({ batch: { id }, deadline: { kind: 'CANDIDATE_REVIEW', dueDate: '2024-02-23', sourceDocument: expect.stringContaining('江苏') } });

    expect((await call('mutation ($id: ID!) { approveRoster(id: $id) { status } }', { id }, 'JIANGSU')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', allowed: ['UNDER_REVIEW', 'REJECTED', 'CANCELLED'] });
    await call('mutation ($id: ID!) { startBatchReview(id: $id) { status } }', { id }, 'JIANGSU');
    const approved = await call('mutation ($id: ID!) { approveRoster(id: $id, on: "2024-02-20") { status deadlines { metOn } history { toStatus } } }', { id }, 'JIANGSU');
    expect(approved.data.approveRoster).toMatchObject({ status: 'APPROVED', deadlines: [{ metOn: '2024-02-20' }] });
    expect(approved.data.approveRoster.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['DRAFT', 'DECLARED', 'UNDER_REVIEW', 'APPROVED']);
    expect((await overdue('2024-03-01')).map((o: { batch: { id: string } }) => o.batch.id)).not.toContain(id);
  });

  it('refuses an underage candidate, a duplicate registration, and a priority group outside Shandong', async () => {
    const id = await draft('JIANGSU', '2024-06-15');
    const underage = await addCandidate(id, 'JIANGSU', '2008-06-16');
    expect(underage.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'residentId' });
    expect(underage.errors?.[0].message).toContain('未满16周岁');
    expect((await addCandidate(id, 'JIANGSU', '2008-06-15')).errors).toBeUndefined();
    const residentId = demoResidentId('320102', '1990-01-01', 999);
    const input = { name: '考生', residentId, phone: '13600001111', projectId: projectOf(inst('JIANGSU').id) };
    const Q = 'mutation ($id: ID!, $input: AddCandidateInput!) { addCandidate(batchId: $id, input: $input) { id } }';
    expect((await call(Q, { id, input }, 'JIANGSU')).errors).toBeUndefined();
    const dup = await call(Q, { id, input }, 'JIANGSU');
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(dup)).not.toContain(residentId);
    expect((await addCandidate(id, 'JIANGSU', '1990-01-01', { priorityGroup: 'VETERAN' })).errors?.[0].extensions?.field).toBe('priorityGroup');
  });

  it('Shandong records priority groups; Shaoguan refuses a site outside its agreement term', async () => {
    const sd = await draft('SHANDONG', '2024-05-18');
    expect((await addCandidate(sd, 'SHANDONG', '1990-01-01', { priorityGroup: 'RURAL_MIGRANT_WORKER' })).errors).toBeUndefined();
    expect((await declare(sd, 'SHANDONG', '2024-04-01')).data.declareExamBatch.deadlines).toEqual([]);
    const sg = await draft('GUANGDONG_SHAOGUAN', '2026-03-14');
    await addCandidate(sg, 'GUANGDONG_SHAOGUAN');
    const refused = await declare(sg, 'GUANGDONG_SHAOGUAN', '2026-02-02');
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/考场协议已于.*到期/);
  });

  it('refuses more candidates than the site\'s workstations', async () => {
    const id = await draft('JIANGSU', '2024-07-20');
    for (let i = 0; i < 31; i++) expect((await addCandidate(id, 'JIANGSU')).errors).toBeUndefined();
    const refused = await declare(id, 'JIANGSU', '2024-07-01');
    expect(refused.errors?.[0].extensions?.violations).toContainEqual(expect.stringContaining('超过考场核定工位30个'));
  });

  it('Liaoning: unified sittings on the schedule, separate batches by the cut-off, in Shenyang, off unified days', async () => {
    const unified = await draft('LIAONING', '2023-11-25', '2023-11-26', 'UNIFIED');
    await addCandidate(unified, 'LIAONING');
    const late = await declare(unified, 'LIAONING', '2023-11-14');
    expect(late.errors?.[0].message).toContain('2023-11-13');
    expect((await declare(unified, 'LIAONING', '2023-11-13')).errors).toBeUndefined();

    const offSchedule = await draft('LIAONING', '2023-11-18', '2023-11-18', 'UNIFIED');
    await addCandidate(offSchedule, 'LIAONING');
    expect((await declare(offSchedule, 'LIAONING', '2023-10-01')).errors?.[0].message).toContain('统一考核时间表');

    const separate = await draft('LIAONING', '2023-12-05', '2023-12-05', 'SEPARATE');
    await addCandidate(separate, 'LIAONING');
    const missed = await declare(separate, 'LIAONING', '2023-11-28');
    expect(missed.errors?.[0].message).toContain('2023-11-27');
    expect((await declare(separate, 'LIAONING', '2023-11-27')).errors).toBeUndefined();

    const regular = await draft('LIAONING', '2023-12-06', '2023-12-06', 'REGULAR');
    await addCandidate(regular, 'LIAONING');
    expect((await declare(regular, 'LIAONING', '2023-11-01')).errors?.[0].message).toContain('UNIFIED');
  });

  it('Liaoning 2025: a separate batch is refused until the 2025 notice is loaded (test data), then declares', async () => {
    const id = await draft('LIAONING', '2025-06-10', '2025-06-10', 'SEPARATE');
    await addCandidate(id, 'LIAONING');
    const refused = await declare(id, 'LIAONING', '2025-05-20');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'YEAR_DATA_NOT_LOADED', kind: 'ANNUAL_NOTICE', province: 'LIAONING', year: 2025, load: 'loadAnnualNotice' });
    expect(refused.errors?.[0].message).toContain('辽宁省2025年的年度通知尚未加载');
    expect(refused.errors?.[0].message).toContain('关于开展2025年省本级专项职业能力考核工作的通知');

    const { seed: _seed, ...notice } = TEST_LIAONING_2025_NOTICE;
    const loaded = await subgraphRequest(catalog.url, 'mutation ($input: AnnualNoticeInput!) { loadAnnualNotice(input: $input, reason: "测试数据") { applied problems { reason } } }', { variables: { input: notice }, caller: callers.operator('LIAONING') });
    expect(loaded.body.data.loadAnnualNotice).toEqual({ applied: true, problems: [] });
    // The exams subgraph sees the new year at once: a miss reloads from the catalog before refusing.
    const late = await declare(id, 'LIAONING', '2025-05-27');
    expect(late.errors?.[0].message).toContain('2025-05-26');
    const declared = await declare(id, 'LIAONING', '2025-05-26');
    expect(declared.errors).toBeUndefined();
    expect(declared.data.declareExamBatch).toMatchObject({ status: 'DECLARED', declaredOn: '2025-05-26' });
  });

  it('a deadline running into 2027 is refused until the 2027 arrangement is loaded (test data), then computed', async () => {
    const id = await draft('JIANGSU', '2027-01-16');
    await addCandidate(id, 'JIANGSU', '1995-05-05');
    const refused = await declare(id, 'JIANGSU', '2026-12-25');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'YEAR_DATA_NOT_LOADED', kind: 'HOLIDAY_ARRANGEMENT', year: 2027, load: 'loadHolidayArrangement' });
    expect(refused.errors?.[0].message).toContain('国务院办公厅关于2027年部分节假日安排的通知');

    const loaded = await subgraphRequest(catalog.url, 'mutation ($input: HolidayArrangementInput!) { loadHolidayArrangement(input: $input, reason: "测试数据") { applied problems } }', { variables: { input: TEST_ARRANGEMENT_2027 }, caller: callers.admin });
    expect(loaded.body.data.loadHolidayArrangement).toEqual({ applied: true, problems: [] });
    const declared = await declare(id, 'JIANGSU', '2026-12-25');
    expect(declared.errors).toBeUndefined();
    expect(declared.data.declareExamBatch.deadlines).toEqual([{ kind: 'CANDIDATE_REVIEW', dueDate: '2027-01-11', sourceSection: '三(二)2' }]);
  });

  it('Liaoning fees: 100 yuan per confirmed candidate, a 15-day notice, payment before the exam, no exam unpaid', async () => {
    const id = await draft('LIAONING', '2023-12-05', '2023-12-05', 'SEPARATE');
    await addCandidate(id, 'LIAONING');
    await addCandidate(id, 'LIAONING');
    await declare(id, 'LIAONING', '2023-11-20');
    const step = (m: string, args = '', vars: Record<string, unknown> = {}) => call(`mutation ($id: ID!) { ${m}(id: $id${args}) { status confirmedCount feeYuan paymentNoticeOn paymentNoticeValidUntil paidOn } }`, { id, ...vars }, 'LIAONING');
    await step('startBatchReview');
    await step('approveRoster');
    const unpaid = await step('startExam');
    expect(unpaid.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNPAID' });
    expect(unpaid.errors?.[0].message).toContain('不予考核');
    expect((await step('confirmAttendance', ', confirmed: 3')).errors?.[0].extensions?.field).toBe('confirmed');
    const confirmed = await step('confirmAttendance', ', confirmed: 2');
    expect(confirmed.data.confirmAttendance).toMatchObject({ status: 'ATTENDANCE_CONFIRMED', confirmedCount: 2, feeYuan: 200 });
    const notice = await step('issuePaymentNotice', ', issuedOn: "2023-11-10"');
    expect(notice.data.issuePaymentNotice.paymentNoticeValidUntil).toBe('2023-11-24');
    const expired = await step('recordPayment', ', paidOn: "2023-11-25"');
    expect(expired.errors?.[0].message).toContain('已过期');
    await step('issuePaymentNotice', ', issuedOn: "2023-11-26"');
    const onExamDay = await step('recordPayment', ', paidOn: "2023-12-05"');
    expect(onExamDay.errors?.[0].message).toContain('考核实施前');
    const paid = await step('recordPayment', ', paidOn: "2023-11-27"');
    expect(paid.data.recordPayment).toMatchObject({ status: 'PAID', paidOn: '2023-11-27' });
    expect((await step('startExam')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_PANEL' });
  });

  it('Jiangsu has no fee step; no batch starts without a panel', async () => {
    const id = await draft('JIANGSU', '2024-09-21');
    await addCandidate(id, 'JIANGSU');
    await declare(id, 'JIANGSU', '2024-09-02');
    for (const m of ['startBatchReview', 'approveRoster']) await call(`mutation ($id: ID!) { ${m}(id: $id) { status } }`, { id }, 'JIANGSU');
    expect((await call('mutation ($id: ID!) { confirmAttendance(id: $id, confirmed: 1) { status } }', { id }, 'JIANGSU')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await call('mutation ($id: ID!) { startExam(id: $id) { status } }', { id }, 'JIANGSU')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_PANEL' });
  });

  it('rejects and cancels with reasons, and only forwards along the province\'s workflow', async () => {
    const id = await draft('JIANGSU', '2024-08-10');
    await addCandidate(id, 'JIANGSU');
    await declare(id, 'JIANGSU', '2024-07-01');
    expect((await call('mutation ($id: ID!) { rejectExamBatch(id: $id, reason: " ") { status } }', { id }, 'JIANGSU')).errors?.[0].extensions?.field).toBe('reason');
    const rejected = await call('mutation ($id: ID!) { rejectExamBatch(id: $id, reason: "考生信息不全") { status statusReason } }', { id }, 'JIANGSU');
    expect(rejected.data.rejectExamBatch).toEqual({ status: 'REJECTED', statusReason: '考生信息不全' });
    expect((await call('mutation ($id: ID!) { cancelExamBatch(id: $id, reason: "x") { status } }', { id }, 'JIANGSU')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', allowed: [] });
    expect((await call('mutation ($id: ID!) { startBatchReview(id: $id) { status } }', { id }, 'SHANDONG')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
