import crypto from 'node:crypto';
import {
  assertProvinceAccess,
  BadUserInputError,
  ConflictError,
  inTransaction,
  NotFoundError,
  readReason,
  updateIfUnchanged,
  type SubgraphContext,
} from '@skillfed/common';
import { addDays, allowedBatchMoves, dueDate, provinceDeclarationViolations, trackActivityRefusal, trackRules, type BatchState, type DeadlineKind, type WorkingCalendar } from '@skillfed/province-rules';
import { IsNull, type EntityManager } from 'typeorm';
import { ExamBatch } from './exam-batch.entity';
import type { ExamBatchStatus } from './exam-batch.enums';
import type { Loaders } from './exam-batch.loader';
import { onBatchMoved, onDeadlineReplaced, onDeadlinesMet } from './stats.service';
import { BatchDeadline, BatchEvent, Candidate } from './workflow.entity';

type Ctx = SubgraphContext<Loaders>;

export async function loadBatch(ctx: Ctx, id: string): Promise<ExamBatch> {
  const batch = await ctx.db.getRepository(ExamBatch).findOneBy({ id });
  if (!batch) throw new NotFoundError('考核批次 exam batch', id);
  assertProvinceAccess(ctx.caller, batch.province);
  return batch;
}

export function examDays(batch: Pick<ExamBatch, 'startDate' | 'endDate'>): string[] {
  const days: string[] = [];
  for (let d = batch.startDate; d <= batch.endDate; d = addDays(d, 1)) days.push(d);
  return days;
}

async function recordEvent(manager: EntityManager, ctx: Ctx, batchId: string, from: ExamBatchStatus | null, to: ExamBatchStatus, reason: string | null): Promise<void> {
  const step = (await manager.countBy(BatchEvent, { batchId })) + 1;
  await manager.insert(BatchEvent, { id: crypto.randomUUID(), batchId, step, fromStatus: from, toStatus: to, actorSubject: ctx.caller.subject, actorRole: ctx.caller.role, reason, occurredAt: new Date() });
}

export async function recordCreation(manager: EntityManager, ctx: Ctx, batchId: string): Promise<void> {
  await recordEvent(manager, ctx, batchId, null, 'DRAFT', null);
}

/**
 * Stores a working-day deadline where the province's rule states one; returns it or null. `calendar`
 * must include the loaded years (ctx.yearData), or a deadline reaching a new year is refused.
 */
export async function setDeadline(manager: EntityManager, batch: ExamBatch, kind: DeadlineKind, anchor: string, calendar: WorkingCalendar): Promise<BatchDeadline | null> {
  const { date, rule } = dueDate(batch.province, kind, anchor, null, calendar);
  if (!date) return null;
  const old = await manager.findOneBy(BatchDeadline, { batchId: batch.id, kind });
  await manager.delete(BatchDeadline, { batchId: batch.id, kind });
  const row = { id: crypto.randomUUID(), batchId: batch.id, kind, anchorDate: anchor, dueDate: date, metOn: null, sourceDocument: rule.source.document, sourceSection: rule.source.section };
  await manager.insert(BatchDeadline, row);
  await onDeadlineReplaced(manager, batch, old, row);
  return row;
}

export async function meetDeadline(manager: EntityManager, batchId: string, kind: DeadlineKind, on: string): Promise<void> {
  const unmet = await manager.findBy(BatchDeadline, { batchId, kind, metOn: IsNull() });
  if (!unmet.length) return;
  await manager.update(BatchDeadline, { batchId, kind, metOn: IsNull() }, { metOn: on });
  await onDeadlinesMet(manager, batchId, unmet, on);
}

/** One move of the province's workflow, guarded on the stored status and recorded with who and why. */
export async function moveBatch(
  ctx: Ctx,
  id: string,
  to: ExamBatchStatus,
  options: { reason?: string | null; reasonRequired?: boolean; apply?: (batch: ExamBatch, manager: EntityManager) => Promise<Partial<ExamBatch> | void> } = {},
): Promise<ExamBatch> {
  const batch = await loadBatch(ctx, id);
  const reason = readReason(options.reason, options.reasonRequired ?? false);
  const allowed = allowedBatchMoves(batch.province, batch.status as BatchState);
  if (!allowed.includes(to)) {
    throw new ConflictError(`批次状态为${batch.status}，不能变为${to}；可变为：${allowed.join('、') || '无（终态）'} / illegal batch transition`, { from: batch.status, to, allowed });
  }
  return inTransaction(ctx.db, async (manager) => {
    const changes = (options.apply ? await options.apply(batch, manager) : undefined) ?? {};
    await updateIfUnchanged(manager, ExamBatch, { id, status: batch.status }, { ...changes, status: to, updatedAt: new Date(), ...(reason && (to === 'REJECTED' || to === 'CANCELLED') ? { statusReason: reason } : {}) }, '批次状态');
    await recordEvent(manager, ctx, id, batch.status, to, reason);
    const after = await manager.findOneByOrFail(ExamBatch, { id });
    await onBatchMoved(manager, batch, after);
    return after;
  });
}

type Availability = { canHost: boolean; reasons: string[] };
type SiteAnswer = { province: string; workstations: number; institution: { id: string; cityCode: string } | null } & Record<string, unknown>;

/**
 * Every reason the batch may not be declared, all at once: the site (asked of the institutions
 * subgraph for each exam day), capacity, and the province's own scheduling rules (provinceDeclarationViolations).
 * With the institution's city, kept on the batch for the city reports.
 */
export async function declarationCheck(ctx: Ctx, batch: ExamBatch, declaredOn: string, candidates: Candidate[]): Promise<{ violations: string[]; cityCode: string | null }> {
  const violations: string[] = [];
  if (candidates.length === 0) violations.push('尚未登记考生 / no candidates registered');
  const days = examDays(batch);
  const query = `query ($id: ID!, $p: [ID!], ${days.map((_d, i) => `$d${i}: Date!`).join(', ')}) { examSite(id: $id) { province workstations institution { id cityCode } ${days
    .map((_d, i) => `d${i}: availability(date: $d${i}, projectIds: $p) { canHost reasons }`)
    .join(' ')} } }`;
  const answer = await ctx.peers.institutions.query<{ examSite: SiteAnswer | null }>(query, { id: batch.siteId, p: [batch.projectId], ...Object.fromEntries(days.map((d, i) => [`d${i}`, d])) }, ctx.caller);
  const site = answer.examSite;
  if (!site) violations.push('考场不存在 / the site does not exist');
  else {
    if (site.province !== batch.province) violations.push('考场不在本省 / the site is in another province');
    if (site.institution?.id !== batch.institutionId) violations.push('考场不属于申报机构 / the site belongs to another institution');
    days.forEach((day, i) => {
      const a = site[`d${i}`] as Availability;
      if (!a.canHost) violations.push(`${day} 考场不能承办：${a.reasons.join('；')}`);
    });
    if (candidates.length > site.workstations) violations.push(`考生${candidates.length}人，超过考场核定工位${site.workstations}个 / more candidates than workstations`);
  }
  // Schedules, cut-offs and places are the province's own rules, read from its loaded annual notice.
  const facts = { mode: batch.mode, startDate: batch.startDate, endDate: batch.endDate, declaredOn, days, siteCityCode: site?.institution?.cityCode ?? null };
  violations.push(...(await ctx.yearData.use((data) => provinceDeclarationViolations(batch.province, facts, data))));
  return { violations, cityCode: site?.institution?.cityCode ?? null };
}

/** The province's minimum age for candidates (baseline 16, 法定劳动年龄); null where its rule states none. */
export function minimumAge(province: string): number | null {
  return trackRules(province).minimumAge.value;
}

/**
 * Exam batches assess catalog projects (专项职业能力考核): refused at an institution filed only for
 * skill levels, as the province's rules say what each filing covers (issue 15 guard rail).
 */
export async function assertSpecialAbilityInstitution(ctx: Ctx, province: string, institutionId: string): Promise<void> {
  const data = await ctx.peers.institutions.query<{ _entities: ({ id: string; province: string; track: string } | null)[] }>(
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { id province track } } }',
    { r: [{ __typename: 'Institution', id: institutionId }] },
    ctx.caller,
    ctx.requestId,
  );
  const institution = data._entities[0];
  if (!institution) throw new NotFoundError('机构 institution', institutionId);
  if (institution.province !== province) throw new BadUserInputError('机构不在本省 / the institution is in another province', { field: 'institutionId' });
  const refusal = trackActivityRefusal(province, institution.track, 'SPECIAL_ABILITY');
  if (refusal) throw new BadUserInputError(refusal.reason, { field: 'institutionId', reason: 'TRACK_MISMATCH', source: { document: refusal.source.document, section: refusal.source.section } });
}
