import { bumpStats, clearStats, monthOf, negate, todayInChina, type StatFact } from '@skillfed/common';
import { candidatePasses, certificateRules } from '@skillfed/province-rules';
import { In, MoreThan, type EntityManager } from 'typeorm';
import { ArchiveRecord } from './archive.entity';
import { ExaminerBooking } from './booking.entity';
import { ExamBatch } from './exam-batch.entity';
import { Score } from './score.entity';
import { BatchDeadline, Candidate } from './workflow.entity';

/**
 * What the exams subgraph counts (issue 13), and when. Each detail write calls one of the `on…`
 * functions below inside its own transaction, so `stat_counters` always equals what the detail rows
 * say (test/stats.test.ts rebuilds from the details and compares). Month buckets:
 * - batches declared, candidates examined / passed (by priority group): the batch's first exam day;
 * - deadlines due / met on time / met late: the due date; overdue = due − met for months before
 *   this one, plus this month's unmet deadlines read from the detail rows (one month, by index);
 * - archives due for purge: the keep-until date, the same way;
 * - examiner days (workload): the booked day.
 * Rejected and cancelled batches drop out of the deadline figures, as they do from `overdue`.
 */
export const EXAM_METRICS = {
  BATCHES_DECLARED: 'BATCHES_DECLARED',
  CANDIDATES_EXAMINED: 'CANDIDATES_EXAMINED',
  CANDIDATES_PASSED: 'CANDIDATES_PASSED',
  DEADLINES_DUE: 'DEADLINES_DUE',
  DEADLINES_MET_ON_TIME: 'DEADLINES_MET_ON_TIME',
  DEADLINES_MET_LATE: 'DEADLINES_MET_LATE',
  ARCHIVES_RETAINED: 'ARCHIVES_RETAINED',
  EXAMINER_DAYS: 'EXAMINER_DAYS',
} as const;
const M = EXAM_METRICS;

export const CLOSED_BATCH_STATUSES = ['REJECTED', 'CANCELLED'];
const isOpen = (batch: Pick<ExamBatch, 'status'>) => !CLOSED_BATCH_STATUSES.includes(batch.status);

type BatchDims = Pick<ExamBatch, 'province' | 'cityCode' | 'institutionId' | 'projectId' | 'startDate'>;
const dims = (b: BatchDims) => ({ province: b.province, cityCode: b.cityCode ?? '', institutionId: b.institutionId, subject: b.projectId });

export const declaredFacts = (b: BatchDims): StatFact[] => [{ metric: M.BATCHES_DECLARED, ...dims(b), month: monthOf(b.startDate), delta: 1 }];

export function deadlineFacts(b: BatchDims, d: Pick<BatchDeadline, 'kind' | 'dueDate' | 'metOn'>): StatFact[] {
  const base = { ...dims(b), month: monthOf(d.dueDate), category: d.kind };
  const facts: StatFact[] = [{ metric: M.DEADLINES_DUE, ...base, delta: 1 }];
  if (d.metOn) facts.push({ metric: d.metOn <= d.dueDate ? M.DEADLINES_MET_ON_TIME : M.DEADLINES_MET_LATE, ...base, delta: 1 });
  return facts;
}

export const archiveFacts = (b: BatchDims, a: Pick<ArchiveRecord, 'retainUntil' | 'medium'>): StatFact[] =>
  a.retainUntil ? [{ metric: M.ARCHIVES_RETAINED, ...dims(b), month: monthOf(a.retainUntil), category: a.medium, delta: 1 }] : [];

export const bookingFacts = (b: BatchDims, bookings: Pick<ExaminerBooking, 'examinerId' | 'date' | 'role'>[]): StatFact[] =>
  bookings.map((k) => ({ metric: M.EXAMINER_DAYS, province: b.province, cityCode: b.cityCode ?? '', subject: k.examinerId, category: k.role, month: monthOf(k.date), delta: 1, grains: ['CITY', 'EXAMINER'] }));

/**
 * Candidates with any score count as examined; passed as `passingCandidates` decides it (every
 * subject the batch scores at or above the province's pass mark, or the one summed score).
 */
export async function resultFacts(manager: EntityManager, b: ExamBatch): Promise<StatFact[]> {
  const rule = certificateRules(b.province).passRule.value!;
  const [candidates, scores] = await Promise.all([manager.find(Candidate, { where: { batchId: b.id }, select: ['id', 'priorityGroup'] }), manager.find(Score, { where: { batchId: b.id }, select: ['candidateId', 'subject', 'score'] })]);
  const subjects = [...new Set(scores.map((s) => s.subject))];
  const byCandidate = new Map<string, Map<string, number>>();
  for (const s of scores) {
    if (!byCandidate.has(s.candidateId)) byCandidate.set(s.candidateId, new Map());
    byCandidate.get(s.candidateId)!.set(s.subject, s.score);
  }
  const facts: StatFact[] = [];
  for (const c of candidates) {
    const own = byCandidate.get(c.id);
    if (!own) continue;
    const base = { ...dims(b), month: monthOf(b.startDate), category: c.priorityGroup };
    facts.push({ metric: M.CANDIDATES_EXAMINED, ...base, delta: 1 });
    if (candidatePasses(rule, subjects, own)) facts.push({ metric: M.CANDIDATES_PASSED, ...base, delta: 1 });
  }
  return facts;
}

/** Called by moveBatch in its transaction with the batch before and after the move. */
export async function onBatchMoved(manager: EntityManager, before: ExamBatch, after: ExamBatch): Promise<void> {
  const facts: StatFact[] = [];
  if (!before.declaredOn && after.declaredOn) facts.push(...declaredFacts(after));
  if (before.status !== 'RESULTS_PUBLISHED' && after.status === 'RESULTS_PUBLISHED') facts.push(...(await resultFacts(manager, after)));
  if (before.status === 'RESULTS_PUBLISHED' && after.status !== 'RESULTS_PUBLISHED') facts.push(...negate(await resultFacts(manager, before)));
  if (isOpen(before) !== isOpen(after)) {
    const deadlines = await manager.findBy(BatchDeadline, { batchId: after.id });
    const all = deadlines.flatMap((d) => deadlineFacts(after, d));
    facts.push(...(isOpen(after) ? all : negate(all)));
  }
  await bumpStats(manager, facts);
}

/** A deadline (re)computed: the old row's figures out, the new row's in (open batches only). */
export async function onDeadlineReplaced(manager: EntityManager, batch: ExamBatch, old: BatchDeadline | null, row: BatchDeadline): Promise<void> {
  if (!isOpen(batch)) return;
  await bumpStats(manager, [...(old ? negate(deadlineFacts(batch, old)) : []), ...deadlineFacts(batch, row)]);
}

/** Deadlines just met (metOn set on rows that had none). */
export async function onDeadlinesMet(manager: EntityManager, batchId: string, rows: BatchDeadline[], on: string): Promise<void> {
  if (!rows.length) return;
  const batch = await manager.findOneByOrFail(ExamBatch, { id: batchId });
  if (!isOpen(batch)) return;
  await bumpStats(
    manager,
    rows.flatMap((d) => deadlineFacts(batch, { ...d, metOn: on }).filter((f) => f.metric !== M.DEADLINES_DUE)),
  );
}

export async function onArchived(manager: EntityManager, batch: ExamBatch, records: Pick<ArchiveRecord, 'retainUntil' | 'medium'>[]): Promise<void> {
  await bumpStats(manager, records.flatMap((r) => archiveFacts(batch, r)));
}

export async function onPanelReplaced(manager: EntityManager, batch: ExamBatch, old: ExaminerBooking[], fresh: Pick<ExaminerBooking, 'examinerId' | 'date' | 'role'>[]): Promise<void> {
  await bumpStats(manager, [...negate(bookingFacts(batch, old)), ...bookingFacts(batch, fresh)]);
}

/**
 * Recomputes every counter from the detail rows, a page of batches at a time: the backfill when the
 * table is created on a database that already has data, after the demo seed, and a repair tool.
 */
export async function rebuildExamStats(manager: EntityManager, pageSize = 500): Promise<void> {
  await clearStats(manager);
  let after = '';
  for (;;) {
    const batches = await manager.find(ExamBatch, { where: after ? { id: MoreThan(after) } : {}, order: { id: 'ASC' }, take: pageSize });
    if (!batches.length) break;
    const ids = batches.map((b) => b.id);
    const [deadlines, archives, bookings] = await Promise.all([
      manager.findBy(BatchDeadline, { batchId: In(ids) }),
      manager.findBy(ArchiveRecord, { batchId: In(ids) }),
      manager.findBy(ExaminerBooking, { examBatchId: In(ids) }),
    ]);
    const facts: StatFact[] = [];
    for (const b of batches) {
      if (b.declaredOn) facts.push(...declaredFacts(b));
      if (b.status === 'RESULTS_PUBLISHED') facts.push(...(await resultFacts(manager, b)));
      if (isOpen(b)) for (const d of deadlines.filter((x) => x.batchId === b.id)) facts.push(...deadlineFacts(b, d));
      for (const a of archives.filter((x) => x.batchId === b.id)) facts.push(...archiveFacts(b, a));
      facts.push(...bookingFacts(b, bookings.filter((x) => x.examBatchId === b.id)));
    }
    await bumpStats(manager, facts);
    after = ids[ids.length - 1];
  }
}

/** First day of today's month in China, the boundary between counted and freshly read months. */
export const currentMonthStart = (): string => `${todayInChina().slice(0, 7)}-01`;
