import crypto from 'node:crypto';
import {
  canActFor,
  ConflictError,
  ensureSequence,
  ForbiddenError,
  inTransaction,
  nextInSequence,
  NotFoundError,
  readReason,
  todayInChina,
  UnauthenticatedError,
  updateIfUnchanged,
  type Caller,
  type SubgraphContext,
} from '@skillfed/common';
import { addDays, addMonths, filingOrderSequence, getProvince, missingFilingMaterials, trackRules } from '@skillfed/province-rules';
import type { EntityManager } from 'typeorm';
import { FilingEvent, FilingMaterialRecord } from './filing.entity';
import { Institution } from './institution.entity';
import { FilingStatus } from './institution.enums';

/** The filing state machine: from each status, where a filing may go next. */
export const FILING_TRANSITIONS: Record<FilingStatus, FilingStatus[]> = {
  APPLIED: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['FILED', 'APPLIED'],
  FILED: ['SUSPENDED', 'REVOKED', 'EXPIRED'],
  SUSPENDED: ['FILED', 'REVOKED', 'EXPIRED'],
  REVOKED: [],
  EXPIRED: [],
};

/** The mutation that makes each move, for error messages that tell the caller what it can do. */
const MOVE_NAMES: Record<string, string> = {
  'APPLIED>UNDER_REVIEW': 'startFilingReview',
  'UNDER_REVIEW>FILED': 'approveFiling',
  'UNDER_REVIEW>APPLIED': 'returnFiling',
  'FILED>SUSPENDED': 'suspendFiling',
  'SUSPENDED>FILED': 'reinstateFiling',
  'FILED>REVOKED': 'revokeFiling',
  'SUSPENDED>REVOKED': 'revokeFiling',
  'FILED>EXPIRED': 'expireFilings',
  'SUSPENDED>EXPIRED': 'expireFilings',
};

const STATUS_NAMES: Record<FilingStatus, string> = { APPLIED: '已申请', UNDER_REVIEW: '审核中', FILED: '已备案', SUSPENDED: '暂停', REVOKED: '已撤销', EXPIRED: '已过期' };

/** A filed or suspended filing whose term has ended reads as EXPIRED even before anyone records it. */
export function effectiveStatus(institution: Pick<Institution, 'filingStatus' | 'filingValidUntil'>, today: string): FilingStatus {
  const { filingStatus, filingValidUntil } = institution;
  if ((filingStatus === 'FILED' || filingStatus === 'SUSPENDED') && filingValidUntil !== null && filingValidUntil < today) return 'EXPIRED';
  return filingStatus;
}

/**
 * Only the province's own filing authority moves a filing. In this role model that is a provincial
 * operator of the institution's province; a national administrator reads every province but moves none.
 */
export function assertFilingAuthority(caller: Caller, province: string): void {
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  if (caller.role !== 'PROVINCE_OPERATOR' || !canActFor(caller, province)) {
    throw new ForbiddenError(`备案由${getProvince(province).identity.name}的主管机关办理 / only ${province}'s filing authority (its provincial operators) may move this filing`);
  }
}

export async function recordEvent(manager: EntityManager, institutionId: string, from: FilingStatus | null, to: FilingStatus, caller: Caller, reason: string | null): Promise<FilingEvent> {
  const step = (await manager.countBy(FilingEvent, { institutionId })) + 1;
  const event = manager.create(FilingEvent, { id: crypto.randomUUID(), institutionId, step, fromStatus: from, toStatus: to, actorSubject: caller.subject, actorRole: caller.role, reason, occurredAt: new Date() });
  await manager.insert(FilingEvent, event);
  return event;
}

export interface MoveOptions {
  reason?: string | null;
  reasonRequired?: boolean;
  today?: string;
  /** Extra checks and changes for this move, inside the transaction. */
  apply?: (institution: Institution, manager: EntityManager) => Promise<Partial<Institution>>;
  /** Sequences the move may draw from, created before the transaction starts. */
  sequences?: (institution: Institution) => string[];
}

function allowedMoves(from: FilingStatus): string {
  const moves = FILING_TRANSITIONS[from].map((to) => `${MOVE_NAMES[`${from}>${to}`]}（→${STATUS_NAMES[to]}）`);
  return moves.length ? moves.join('、') : '无（终态）';
}

/** Moves a filing one step, in one transaction, recording who, when and why. */
export async function moveFiling(ctx: SubgraphContext<unknown>, id: string, to: FilingStatus, options: MoveOptions = {}): Promise<Institution> {
  const today = options.today ?? todayInChina();
  const reason = readReason(options.reason, options.reasonRequired ?? false);
  const before = await ctx.db.getRepository(Institution).findOneBy({ id });
  if (!before) throw new NotFoundError('机构 institution', id);
  assertFilingAuthority(ctx.caller, before.province);
  for (const name of options.sequences?.(before) ?? []) await ensureSequence(ctx.db, name);

  return inTransaction(ctx.db, async (manager) => {
    const institution = await manager.findOneByOrFail(Institution, { id });
    const from = effectiveStatus(institution, today);
    if (!FILING_TRANSITIONS[from].includes(to)) {
      throw new ConflictError(
        `备案状态为“${STATUS_NAMES[from]}”，不能变为“${STATUS_NAMES[to]}”；当前可执行：${allowedMoves(from)} / cannot move a ${from} filing to ${to}`,
        { from, to, allowed: FILING_TRANSITIONS[from] },
      );
    }
    const changes: Partial<Institution> = { ...(options.apply ? await options.apply(institution, manager) : {}), filingStatus: to, updatedAt: new Date() };
    // Guarded on the stored status, so two operators moving the same filing cannot both succeed.
    await updateIfUnchanged(manager, Institution, { id, filingStatus: institution.filingStatus }, changes, '备案状态');
    if (from !== institution.filingStatus) await recordEvent(manager, id, institution.filingStatus, from, ctx.caller, '资质有效期届满 / the filing term ended');
    await recordEvent(manager, id, from, to, ctx.caller, reason);
    return manager.findOneByOrFail(Institution, { id });
  });
}

export function filingNumberSequence(province: string, year: string): string {
  return `filing-number:${province}:${year}`;
}

/** The province's second approval sequence (e.g. Liaoning 附件5 机构序列码), if its module defines one. */
export function orderSequence(institution: Institution): { sequence: string; prefix: string } | { refusal: string } | null {
  return filingOrderSequence(institution.province, { track: institution.track, cityCode: institution.cityCode, kind: institution.kind });
}

/**
 * Approval: every required material provided; a filing number from the province's yearly sequence; a
 * term where the rules set one; and the province's order sequence where its module defines one (Liaoning
 * skill-level schools: the 附件5 city, kind and order).
 */
export function approveFiling(ctx: SubgraphContext<unknown>, id: string, filedOn?: string | null): Promise<Institution> {
  const date = filedOn ?? todayInChina();
  return moveFiling(ctx, id, 'FILED', {
    today: date,
    sequences: (i) => {
      const order = orderSequence(i);
      return [filingNumberSequence(i.province, date.slice(0, 4)), ...(order && 'sequence' in order ? [order.sequence] : [])];
    },
    apply: async (institution, manager) => {
      const provided = await manager.findBy(FilingMaterialRecord, { institutionId: institution.id });
      const missing = missingFilingMaterials(institution.province, institution.track, provided.map((m) => m.code));
      if (missing.length) {
        throw new ConflictError(`备案材料不全，不能批准：缺少${missing.map((m) => m.name).join('；')} / required materials are missing`, { missing: missing.map((m) => m.code) });
      }
      const rules = trackRules(institution.province, institution.track);
      const years = rules.institutionFilingValidityYears.value;
      const serial = await nextInSequence(manager, filingNumberSequence(institution.province, date.slice(0, 4)));
      const changes: Partial<Institution> = {
        filingNumber: `${getProvince(institution.province).identity.divisionCode}-${date.slice(0, 4)}-${String(serial).padStart(5, '0')}`,
        filedOn: date,
        filingValidUntil: years ? addDays(addMonths(date, years * 12), -1) : null,
      };
      const order = orderSequence(institution);
      if (order && 'refusal' in order) throw new ConflictError(order.refusal);
      if (order && !institution.sequenceCode) {
        const serial = await nextInSequence(manager, order.sequence, 999);
        changes.sequenceCode = `${order.prefix}${String(serial).padStart(3, '0')}`;
      }
      return changes;
    },
  });
}
