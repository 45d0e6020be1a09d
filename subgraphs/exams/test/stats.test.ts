import { DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, StatCounter, demoId, demoResidentId, todayInChina, type RunningServer, type StatsGroupBy, type StatsQuery, type SubgraphServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { addDays, candidatePasses, certificateRules } from '@skillfed/province-rules';
import { createServer as createCatalog } from '@skillfed/subgraph-catalog';
import { createServer as createInstitutions } from '@skillfed/subgraph-institutions';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src';
import { ArchiveRecord } from '../src/archive.entity';
import { ExaminerBooking } from '../src/booking.entity';
import { ExamBatch } from '../src/exam-batch.entity';
import { PanelRefusal } from '../src/panel-refusal.entity';
import { Score } from '../src/score.entity';
import { examStats } from '../src/stats.resolver';
import { rebuildExamStats } from '../src/stats.service';
import { BatchDeadline, Candidate } from '../src/workflow.entity';

const databases = await testDatabases();
const inst = (province: string) => DEMO_INSTITUTIONS.find((i) => i.province === province)!;
const projectOf = (institutionId: string) => DEMO_EXAM_BATCHES.find((b) => b.institutionId === institutionId)!.projectId;

type Figures = { batchesDeclared: number; candidatesExamined: number; candidatesPassed: number; deadlinesDue: number; deadlinesMetOnTime: number; deadlinesMetLate: number; deadlinesOverdue: number; archivesDueForPurge: number; groups: Record<string, [number, number]> };
const empty = (): Figures => ({ batchesDeclared: 0, candidatesExamined: 0, candidatesPassed: 0, deadlinesDue: 0, deadlinesMetOnTime: 0, deadlinesMetLate: 0, deadlinesOverdue: 0, archivesDueForPurge: 0, groups: {} });

/**
 * The figures straight from the detail rows, by the definitions in the README (not by the counter
 * code): what every report must equal.
 */
async function fromDetails(db: DataSource, groupBy: StatsGroupBy, q: StatsQuery, today: string): Promise<Map<string, Figures>> {
  const [batches, deadlines, candidates, scores, archives] = await Promise.all([db.getRepository(ExamBatch).find(), db.getRepository(BatchDeadline).find(), db.getRepository(Candidate).find(), db.getRepository(Score).find(), db.getRepository(ArchiveRecord).find()]);
  const byId = new Map(batches.map((b) => [b.id, b]));
  const out = new Map<string, Figures>();
  const inFilter = (b: ExamBatch, month: string) =>
    (!q.provinces || q.provinces.includes(b.province)) && (!q.cityCodes || q.cityCodes.includes(b.cityCode ?? '')) && (!q.institutionId || q.institutionId === b.institutionId) && (!q.subject || q.subject === b.projectId) && (!q.fromMonth || month >= q.fromMonth) && (!q.toMonth || month <= q.toMonth);
  const key = (b: ExamBatch, month: string) =>
    ({ TOTAL: 'total', PROVINCE: b.province, CITY: `${b.province}/${b.cityCode ?? ''}`, INSTITUTION: `${b.province}/${b.institutionId}`, PROJECT: `${b.province}/${b.projectId}`, MONTH: `${b.province}/${month}` })[groupBy];
  const at = (b: ExamBatch, month: string) => {
    const k = key(b, month);
    if (!out.has(k)) out.set(k, empty());
    return out.get(k)!;
  };
  for (const b of batches) if (b.declaredOn && inFilter(b, b.startDate.slice(0, 7))) at(b, b.startDate.slice(0, 7)).batchesDeclared++;
  // Examined: a candidate with any score in a published batch; passed: every subject the batch scores at the pass mark.
  const scoresOf = new Map<string, Score[]>();
  const subjectsOf = new Map<string, Set<string>>();
  for (const s of scores) {
    scoresOf.set(s.candidateId, [...(scoresOf.get(s.candidateId) ?? []), s]);
    subjectsOf.set(s.batchId, (subjectsOf.get(s.batchId) ?? new Set()).add(s.subject));
  }
  for (const c of candidates) {
    const b = byId.get(c.batchId)!;
    const month = b.startDate.slice(0, 7);
    const own = scoresOf.get(c.id) ?? [];
    if (b.status !== 'RESULTS_PUBLISHED' || !own.length || !inFilter(b, month)) continue;
    const subjects = [...subjectsOf.get(b.id)!];
    const passed = candidatePasses(certificateRules(b.province).passRule.value!, subjects, new Map(own.map((s) => [s.subject, s.score]))) ? 1 : 0;
    const f = at(b, month);
    f.candidatesExamined++;
    f.candidatesPassed += passed;
    f.groups[c.priorityGroup] = [(f.groups[c.priorityGroup]?.[0] ?? 0) + 1, (f.groups[c.priorityGroup]?.[1] ?? 0) + passed];
  }
  for (const d of deadlines) {
    const b = byId.get(d.batchId)!;
    const month = d.dueDate.slice(0, 7);
    if (['REJECTED', 'CANCELLED'].includes(b.status) || !inFilter(b, month)) continue;
    const f = at(b, month);
    f.deadlinesDue++;
    if (d.metOn && d.metOn <= d.dueDate) f.deadlinesMetOnTime++;
    if (d.metOn && d.metOn > d.dueDate) f.deadlinesMetLate++;
    if (!d.metOn && d.dueDate < today) f.deadlinesOverdue++;
  }
  for (const a of archives) {
    const b = byId.get(a.batchId)!;
    if (!a.retainUntil || !inFilter(b, a.retainUntil.slice(0, 7))) continue;
    const f = at(b, a.retainUntil.slice(0, 7));
    if (a.retainUntil < today) f.archivesDueForPurge++;
  }
  return out;
}

type Reported = Awaited<ReturnType<typeof examStats>>[number];
function reportedKey(r: Reported, groupBy: StatsGroupBy): string {
  return { TOTAL: 'total', PROVINCE: r.province!, CITY: `${r.province}/${r.cityCode}`, INSTITUTION: `${r.province}/${r.institution?.id}`, PROJECT: `${r.province}/${r.project?.id}`, MONTH: `${r.province}/${r.month}` }[groupBy];
}
function asFigures(r: Reported): Figures {
  const groups: Record<string, [number, number]> = {};
  for (const g of r.priorityGroups) if (g.examined) groups[g.group] = [g.examined, g.passed];
  const { batchesDeclared, candidatesExamined, candidatesPassed, deadlinesDue, deadlinesMetOnTime, deadlinesMetLate, deadlinesOverdue, archivesDueForPurge } = r;
  return { batchesDeclared, candidatesExamined, candidatesPassed, deadlinesDue, deadlinesMetOnTime, deadlinesMetLate, deadlinesOverdue, archivesDueForPurge, groups };
}
const nonZero = (f: Figures) => Object.entries(f).some(([k, v]) => (k === 'groups' ? Object.keys(v as object).length > 0 : v !== 0));

describe.each(databases)('exam statistics on $name', (database) => {
  let institutions: RunningServer;
  let catalog: RunningServer;
  let server: SubgraphServer;
  let exams: RunningServer;
  let db: DataSource;
  beforeAll(async () => {
    catalog = await (await createCatalog({ database: database.config('catalog'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false })).listen(0);
    institutions = await (await createInstitutions({ database: database.config('institutions'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true })).listen(0);
    server = await createServer({ database: database.config('exams'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true, peerUrls: { institutions: institutions.url, examiners: 'http://127.0.0.1:9/graphql', certificates: 'http://127.0.0.1:9/graphql', catalog: catalog.url } });
    exams = await server.listen(0);
    db = server.database.dataSource;
  });
  afterAll(async () => {
    await exams?.stop();
    await institutions?.stop();
    await catalog?.stop();
    await database.cleanup();
  });
  const call = (query: string, variables: Record<string, unknown>, caller = callers.admin) => subgraphRequest(exams.url, query, { variables, caller }).then((r) => r.body);
  const ok = async (query: string, variables: Record<string, unknown>, province: string) => {
    const body = await call(query, variables, callers.operator(province));
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  let seq = 700;
  async function declaredBatch(province: string, startDate: string, declaredOn: string, candidates = 2): Promise<string> {
    const i = inst(province);
    const data = await ok('mutation ($input: CreateExamBatchInput!) { createExamBatch(input: $input) { id } }', {
      input: { province, institutionId: i.id, siteId: demoId('exam-site', i.id), projectId: projectOf(i.id), startDate, endDate: startDate, mode: 'REGULAR' },
    }, province);
    const id = data.createExamBatch.id as string;
    for (let k = 0; k < candidates; k++) {
      await ok('mutation ($id: ID!, $input: AddCandidateInput!) { addCandidate(batchId: $id, input: $input) { id } }', {
        id, input: { name: '统计考生', residentId: demoResidentId('370102', '1990-01-01', seq++), phone: '13600001111', projectId: projectOf(i.id), priorityGroup: province === 'SHANDONG' ? (k % 2 ? 'VETERAN' : 'LAID_OFF_WORKER') : 'NONE' },
      }, province);
    }
    await ok('mutation ($id: ID!, $on: Date) { declareExamBatch(id: $id, declaredOn: $on) { status } }', { id, on: declaredOn }, province);
    return id;
  }

  async function expectEqualToDetails(today: string, filters: Partial<StatsQuery>[] = [{}]) {
    for (const groupBy of ['TOTAL', 'PROVINCE', 'CITY', 'INSTITUTION', 'PROJECT', 'MONTH'] as StatsGroupBy[]) {
      for (const f of filters) {
        const q: StatsQuery = { provinces: null, cityCodes: null, institutionId: null, subject: null, fromMonth: null, toMonth: null, ...f };
        const reported = await examStats(db.manager, groupBy, q, today);
        const expected = await fromDetails(db, groupBy, q, today);
        const got = new Map(reported.map((r) => [reportedKey(r, groupBy), asFigures(r)]));
        for (const [k, v] of got) if (!nonZero(v)) got.delete(k);
        for (const [k, v] of expected) if (!nonZero(v)) expected.delete(k);
        expect(Object.fromEntries(got), `${groupBy} ${JSON.stringify(f)} as of ${today}`).toEqual(Object.fromEntries(expected));
      }
    }
  }

  it('seeds demo figures in every province, equal to the detail rows', async () => {
    const rows = await examStats(db.manager, 'PROVINCE', { provinces: null, cityCodes: null, institutionId: null, subject: null, fromMonth: null, toMonth: null });
    expect(rows.map((r) => r.province).sort()).toEqual(['GUANGDONG_SHAOGUAN', 'JIANGSU', 'LIAONING', 'SHANDONG']);
    for (const r of rows) {
      expect(r.candidatesExamined).toBeGreaterThan(0);
      expect(r.candidatesPassed).toBeLessThan(r.candidatesExamined);
      expect(r.examinerDays).toBeGreaterThan(0);
    }
    const shandong = rows.find((r) => r.province === 'SHANDONG')!;
    expect(shandong.priorityGroups.filter((g) => g.group !== 'NONE' && g.examined > 0)).toHaveLength(5);
    // The demo's Liaoning certificates went online late (000 三(七)): a late-met deadline.
    expect(rows.find((r) => r.province === 'LIAONING')!.deadlinesMetLate).toBeGreaterThan(0);
    await expectEqualToDetails(todayInChina());
  });

  it('follows declarations, met and late deadlines, rejections, publication and archives in the same transaction', async () => {
    const today = todayInChina();
    const monthStart = `${today.slice(0, 7)}-01`;
    // Declared on the 1st of this month: the review deadline may fall before today (this month's detail read).
    const a = await declaredBatch('SHANDONG', addDays(today, 40), monthStart, 3);
    const b = await declaredBatch('JIANGSU', addDays(today, 41), addDays(today, -60));
    const c = await declaredBatch('JIANGSU', addDays(today, 42), addDays(today, -30));
    expect((await db.getRepository(ExamBatch).findOneByOrFail({ id: a })).cityCode).toBe(inst('SHANDONG').cityCode);
    await ok('mutation ($id: ID!) { startBatchReview(id: $id) { status } }', { id: b }, 'JIANGSU');
    const due = (await db.getRepository(BatchDeadline).findOneByOrFail({ batchId: b })).dueDate;
    await ok('mutation ($id: ID!, $on: Date) { approveRoster(id: $id, on: $on) { status } }', { id: b, on: addDays(due, 3) }, 'JIANGSU');
    await ok('mutation ($id: ID!) { rejectExamBatch(id: $id, reason: "材料不全") { status } }', { id: c }, 'JIANGSU');
    await expectEqualToDetails(today);

    // Results: the panel's scores (entered here directly) are counted when the results are published.
    const candidates = await db.getRepository(Candidate).findBy({ batchId: a });
    await db.getRepository(Score).insert(candidates.map((x, k) => ({ id: demoId('stat-score', x.id), batchId: a, candidateId: x.id, projectId: x.projectId, subject: 'PRACTICAL', score: k === 0 ? 40 : 90, enteredBy: 'test', enteredAt: new Date() })));
    await db.getRepository(ExamBatch).update({ id: a }, { status: 'SCORED' });
    await ok('mutation ($id: ID!) { publishResults(id: $id) { status } }', { id: a }, 'SHANDONG');
    await ok('mutation ($id: ID!) { archiveRecord(batchId: $id, recordType: VIDEO, medium: VIDEO, location: "档案室") { id } }', { id: a }, 'SHANDONG');
    for (const t of [today, addDays(today, 400), '2024-05-20', monthStart]) await expectEqualToDetails(t, [{}, { provinces: ['SHANDONG'] }, { cityCodes: [inst('SHANDONG').cityCode] }, { fromMonth: '2024-01', toMonth: '2024-06' }, { institutionId: inst('JIANGSU').id }, { subject: projectOf(inst('SHANDONG').id), cityCodes: [inst('SHANDONG').cityCode] }]);

    // Jiangsu keeps no archive period until the province sets one: setting it dates the records and counts them.
    const jiangsu = DEMO_EXAM_BATCHES.find((x) => x.province === 'JIANGSU')!;
    await ok('mutation ($id: ID!) { archiveRecord(batchId: $id, recordType: PAPERS, medium: PAPER, location: "档案室") { id } }', { id: jiangsu.id }, 'JIANGSU');
    await ok('mutation { setRetentionPolicy(province: JIANGSU, medium: PAPER, months: 6, basis: "苏职鉴〔2024〕示例号") }', {}, 'JIANGSU');
    await expectEqualToDetails(today);

    // The counters kept by the write paths are exactly what a rebuild from the details gives.
    const snapshot = async () => (await db.getRepository(StatCounter).find()).filter((r) => r.value !== 0).map((r) => `${r.grain}|${r.metric}|${r.province}|${r.month}|${r.cityCode}|${r.institutionId}|${r.subject}|${r.category}=${r.value}`).sort();
    const kept = await snapshot();
    await db.transaction((m) => rebuildExamStats(m, 3));
    expect(await snapshot()).toEqual(kept);
  });

  it('counts examiner workload from the bookings, and serves reports and the board over GraphQL with province scopes', async () => {
    const bookings = await db.getRepository(ExaminerBooking).find();
    const workload = await call('{ examinerWorkload(first: 100) { examiner { id } province days leaderDays supervisorDays } }', {});
    expect(workload.errors).toBeUndefined();
    const days = new Map<string, number>();
    for (const k of bookings) days.set(k.examinerId, (days.get(k.examinerId) ?? 0) + 1);
    expect(Object.fromEntries(workload.data.examinerWorkload.map((w: { examiner: { id: string }; days: number }) => [w.examiner.id, w.days]))).toEqual(Object.fromEntries(days));

    const own = await call('{ examStats(groupBy: PROVINCE) { province batchesDeclared } }', {}, callers.operator('JIANGSU'));
    expect(own.data.examStats.map((r: { province: string }) => r.province)).toEqual(['JIANGSU']);
    const other = await call('query { examStats(filter: { provinces: [SHANDONG] }) { province } }', {}, callers.operator('JIANGSU'));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await call('query { examStats(filter: { fromMonth: "2024-13" }) { province } }', {});
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromMonth' });
    expect((await call('{ examStats { province } }', {}, callers.anonymous)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const board = await call('{ complianceBoard { asOf overdueTotal overdue { batch { province code } deadline { kind dueDate metOn } daysLate citation { document section quote } } metLateTotal metLate { batch { province } daysLate citation { document section } } refusedPanelsTotal refusedPanels { province violations batch { code } } byProvince { province deadlinesOverdue deadlinesMetLate } } }', {});
    expect(board.errors).toBeUndefined();
    const cb = board.data.complianceBoard;
    const today = todayInChina();
    const detailOverdue = (await db.getRepository(BatchDeadline).find()).filter((d) => !d.metOn && d.dueDate < today);
    const open = new Set((await db.getRepository(ExamBatch).find()).filter((x) => !['REJECTED', 'CANCELLED'].includes(x.status)).map((x) => x.id));
    expect(cb.overdueTotal).toBe(detailOverdue.filter((d) => open.has(d.batchId)).length);
    expect(cb.overdue).toHaveLength(cb.overdueTotal);
    expect(cb.overdue.every((o: { citation: { document: string; section: string } }) => o.citation.document && o.citation.section)).toBe(true);
    expect(cb.metLate.map((o: { batch: { province: string } }) => o.batch.province)).toContain('LIAONING');
    expect(cb.refusedPanelsTotal).toBe(await db.getRepository(PanelRefusal).count());
    expect(cb.refusedPanels[0].violations.length).toBeGreaterThan(0);
    const scoped = await call('{ complianceBoard { overdue { batch { province } } refusedPanels { province } byProvince { province } } }', {}, callers.operator('SHANDONG'));
    expect(scoped.data.complianceBoard.byProvince.map((r: { province: string }) => r.province)).toEqual(['SHANDONG']);
    expect(scoped.data.complianceBoard.refusedPanels).toEqual([]);
    expect((await call('{ complianceBoard { asOf } }', {}, { subject: 'e', role: 'EXAMINER', provinces: ['SHANDONG'] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
