import crypto from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  cityCovers,
  inTransaction,
  isDuplicateKey,
  recordAudit,
  todayInChina,
  type Caller,
} from '@skillfed/common';
import { exchangeScopeOf, hasProvince, type Track } from '@skillfed/province-rules';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReceiptLine } from './receipt-import';
import { UploadBatch, UploadBatchRow } from './upload-batch.entity';

export interface ExchangeActor {
  caller: Caller;
  requestId?: string;
}

/** Events that change what the query system holds; a reprint (same number, same data) does not. */
export const EXCHANGED_ACTIONS = ['ISSUED', 'ISSUED_AS_REPLACEMENT', 'REVOKED'] as const;

/**
 * Who may build, send, export and acknowledge a batch: the uploading body. The province's operators
 * for every batch of their province; a city's operators for batches of their city (where the city
 * uploads). National administrators read batches and reconciliation but never take the file: it
 * carries holders' names and ID numbers in clear.
 */
export function assertExchangeAccess(caller: Caller, batch: { province: string; cityCode: string }, mode: 'READ' | 'WRITE'): void {
  switch (caller.role) {
    case 'PUBLIC':
      throw new UnauthenticatedError('证书数据上报需登录 / sign in to work with upload batches');
    case 'NATIONAL_ADMIN':
      if (mode === 'READ') return;
      throw new ForbiddenError('上报文件含持证人身份信息，仅由上报的省（市）经办人生成、报送和下载 / only the uploading province or city operator handles upload files');
    case 'PROVINCE_OPERATOR':
      if (caller.provinces.includes(batch.province)) return;
      break;
    case 'CITY_OPERATOR':
      if (caller.provinces.includes(batch.province) && batch.cityCode !== '' && cityCovers(caller.cityCodes, batch.cityCode)) return;
      break;
    default:
      break;
  }
  throw new ForbiddenError(`无权操作${batch.province}${batch.cityCode ? `（市 ${batch.cityCode}）` : ''}的证书数据上报 / not an operator of this province${batch.cityCode ? ' or city' : ''}`);
}

/** Province, track and city checked against the province's exchange rule. */
export function readScope(province: string, kind: string, cityCode: string | null | undefined): { province: string; kind: Track; cityCode: string } {
  if (!hasProvince(province)) throw new BadUserInputError(`未知省份 ${province} / unknown province`, { field: 'province' });
  if (kind !== 'SPECIAL_ABILITY' && kind !== 'SKILL_LEVEL') throw new BadUserInputError('证书种类应为 SPECIAL_ABILITY 或 SKILL_LEVEL / unknown kind', { field: 'kind' });
  const scope = exchangeScopeOf(province, kind, cityCode?.trim() || null);
  if ('refusal' in scope) throw new BadUserInputError(scope.refusal, { field: 'cityCode' });
  return { province, kind, cityCode: scope.cityCode };
}

/**
 * 生成上报批次: every certificate of the scope whose latest ISSUED / ISSUED_AS_REPLACEMENT / REVOKED
 * event no batch row covers yet, and which is in no open batch, becomes one row — in one
 * INSERT … SELECT, so a batch of a million certificates never passes through this process. A
 * correction's old certificate is not sent again: the new certificate's row (CORRECTED) names it.
 * Returns null when nothing is pending (an audit row still says the build was asked for).
 */
export async function buildUploadBatch(db: DataSource, actor: ExchangeActor, input: { province: string; kind: string; cityCode?: string | null }): Promise<UploadBatch | null> {
  const scope = readScope(input.province, input.kind, input.cityCode);
  assertExchangeAccess(actor.caller, scope, 'WRITE');
  try {
    return await inTransaction(db, async (manager) => {
      const last = await manager
        .createQueryBuilder(UploadBatch, 'b')
        .select('MAX(b.sequence)', 'n')
        .where('b.province = :province AND b.kind = :kind AND b.city_code = :cityCode', scope)
        .getRawOne<{ n: number | string | null }>();
      const id = crypto.randomUUID();
      const now = new Date();
      // Inserting the batch first takes the scope's next sequence: a concurrent build of the same
      // scope waits on (or fails against) the unique index instead of collecting the same rows.
      await manager.insert(UploadBatch, {
        id,
        ...scope,
        sequence: Number(last?.n ?? 0) + 1,
        status: 'BUILT',
        rowCount: 0,
        acceptedCount: 0,
        rejectedCount: 0,
        builtAt: now,
        builtBy: actor.caller.subject,
        sentOn: null,
        sentBy: null,
        acknowledgedOn: null,
      });
      const actions = EXCHANGED_ACTIONS.map(() => '?').join(', ');
      const city = scope.cityCode ? 'AND c.city_code LIKE ?' : '';
      await manager.query(
        `INSERT INTO upload_batch_rows (batch_id, certificate_id, number, event_step, change_kind, certificate_status, outcome, reason, outcome_on, open_certificate_id)
         SELECT ?, c.id, c.number, e.step,
                CASE e.action WHEN 'ISSUED' THEN 'ISSUED' WHEN 'ISSUED_AS_REPLACEMENT' THEN 'CORRECTED' ELSE 'REVOKED' END,
                c.status, 'PENDING', NULL, NULL, c.id
           FROM certificates c
           JOIN certificate_events e ON e.certificate_id = c.id
            AND e.step = (SELECT MAX(e2.step) FROM certificate_events e2 WHERE e2.certificate_id = c.id AND e2.action IN (${actions}))
          WHERE c.province = ? AND c.kind = ? ${city}
            AND NOT EXISTS (SELECT 1 FROM upload_batch_rows r WHERE r.certificate_id = c.id AND (r.event_step >= e.step OR r.open_certificate_id IS NOT NULL))`,
        [id, ...EXCHANGED_ACTIONS, scope.province, scope.kind, ...(scope.cityCode ? [`${scope.cityCode.slice(0, 4)}%`] : [])],
      );
      const counted = await manager.createQueryBuilder(UploadBatchRow, 'r').select('COUNT(*)', 'n').where('r.batch_id = :id', { id }).getRawOne<{ n: number | string }>();
      const rows = Number(counted?.n ?? 0);
      if (rows === 0) {
        await manager.delete(UploadBatch, { id });
        await recordAudit(manager, actor, { action: 'buildUploadBatch', targetType: 'UploadBatch', targetId: null, province: scope.province, detail: 'NOTHING_PENDING' });
        return null;
      }
      await manager.update(UploadBatch, { id }, { rowCount: rows });
      await recordAudit(manager, actor, { action: 'buildUploadBatch', targetType: 'UploadBatch', targetId: id, province: scope.province, detail: `rows=${rows}` });
      return manager.findOneByOrFail(UploadBatch, { id });
    });
  } catch (error) {
    if (isDuplicateKey(error)) throw new ConflictError('同一范围正在生成另一个上报批次，请稍后重试 / another batch of this scope is being built; retry', { reason: 'BUILD_IN_PROGRESS' });
    throw error;
  }
}

export async function loadBatch(db: DataSource | EntityManager, id: string): Promise<UploadBatch> {
  const batch = await db.getRepository(UploadBatch).findOneBy({ id });
  if (!batch) throw new NotFoundError('上报批次 upload batch', id);
  return batch;
}

/**
 * 报送: BUILT → SENT. Sending a batch that is already SENT (or acknowledged) changes nothing and
 * returns it as it is: a retried upload must not move a batch backwards or stamp a second date.
 */
export async function markUploadBatchSent(db: DataSource, actor: ExchangeActor, id: string, on?: string | null): Promise<UploadBatch> {
  const batch = await loadBatch(db, id);
  assertExchangeAccess(actor.caller, batch, 'WRITE');
  return inTransaction(db, async (manager) => {
    const moved = await manager.update(UploadBatch, { id, status: 'BUILT' }, { status: 'SENT', sentOn: on ?? todayInChina(), sentBy: actor.caller.subject });
    await recordAudit(manager, actor, { action: 'markUploadBatchSent', targetType: 'UploadBatch', targetId: id, province: batch.province, detail: moved.affected ? null : `ALREADY_${batch.status}` });
    return loadBatch(manager, id);
  });
}

export interface ReceiptProblem {
  line: number;
  number: string | null;
  reason: string;
}

export interface ReceiptOutcomeReport {
  batch: UploadBatch;
  dryRun: boolean;
  applied: boolean;
  lines: number;
  accepted: number;
  rejected: number;
  unchanged: number;
  problemCount: number;
  problems: ReceiptProblem[];
}

export const MAX_LISTED_PROBLEMS = 1000;
const CHUNK = 500;

/**
 * 回执导入: marks each row of a SENT batch accepted or rejected (with the reason). All or nothing: a
 * line naming a number that is not in this batch (unknown, or another batch's), a line repeating a
 * number, or one that contradicts an outcome already recorded is reported and nothing is written.
 * Importing the same receipt again changes nothing. When every row has its outcome the batch is
 * ACKNOWLEDGED (all accepted) or PARTLY_REJECTED; rejected certificates wait for a correction
 * (correctCertificate), whose new certificate goes into the next batch.
 */
export async function importUploadReceipt(db: DataSource, actor: ExchangeActor, id: string, lines: ReceiptLine[], options: { acknowledgedOn?: string | null; dryRun?: boolean } = {}): Promise<ReceiptOutcomeReport> {
  const batch = await loadBatch(db, id);
  assertExchangeAccess(actor.caller, batch, 'WRITE');
  if (batch.status === 'BUILT') throw new ConflictError('批次尚未报送，不能导入回执（先 markUploadBatchSent）/ the batch was not sent yet', { status: batch.status });
  const on = options.acknowledgedOn ?? todayInChina();
  const problems: ReceiptProblem[] = [];
  const seen = new Map<string, number>();
  const usable: ReceiptLine[] = [];
  for (const line of lines) {
    if (line.problem) problems.push({ line: line.line, number: line.number || null, reason: line.problem });
    else if (seen.has(line.number)) problems.push({ line: line.line, number: line.number, reason: `证书编号与第${seen.get(line.number)}行重复 / repeats line ${seen.get(line.number)}` });
    else {
      seen.set(line.number, line.line);
      usable.push(line);
    }
  }
  const rows = new Map<string, UploadBatchRow>();
  for (let i = 0; i < usable.length; i += CHUNK) {
    const part = usable.slice(i, i + CHUNK).map((l) => l.number);
    for (const row of await db.getRepository(UploadBatchRow).createQueryBuilder('r').where('r.batch_id = :id AND r.number IN (:...part)', { id, part }).getMany()) rows.set(row.number, row);
  }
  const missing = usable.filter((l) => !rows.has(l.number)).map((l) => l.number);
  const elsewhere = new Map<string, number>();
  for (let i = 0; i < missing.length; i += CHUNK) {
    const part = missing.slice(i, i + CHUNK);
    const found: { number: string; sequence: number }[] = await db
      .createQueryBuilder()
      .select('r.number', 'number')
      .addSelect('b.sequence', 'sequence')
      .from(UploadBatchRow, 'r')
      .innerJoin(UploadBatch, 'b', 'b.id = r.batch_id')
      .where('r.number IN (:...part) AND b.province = :province', { part, province: batch.province })
      .getRawMany();
    for (const f of found) elsewhere.set(f.number, Number(f.sequence));
  }
  const missingSet = new Set(missing);
  const known = new Set<string>();
  for (let i = 0; i < missing.length; i += CHUNK) {
    const part = missing.slice(i, i + CHUNK).filter((n) => !elsewhere.has(n));
    if (!part.length) continue;
    const found: { number: string }[] = await db.createQueryBuilder().select('c.number', 'number').from('certificates', 'c').where('c.number IN (:...part) AND c.province = :province', { part, province: batch.province }).getRawMany();
    for (const f of found) known.add(f.number);
  }
  const accept: ReceiptLine[] = [];
  const reject: ReceiptLine[] = [];
  let unchanged = 0;
  for (const line of usable) {
    if (missingSet.has(line.number)) {
      const other = elsewhere.get(line.number);
      problems.push({
        line: line.line,
        number: line.number,
        reason:
          other !== undefined
            ? `证书编号不在本批次（在本省第${other}批）/ the number belongs to another batch (no. ${other}), not this one`
            : known.has(line.number)
              ? '证书编号不在本批次（尚未上报）/ the number is not in this batch (not uploaded yet)'
              : '未知证书编号 / unknown certificate number',
      });
      continue;
    }
    const row = rows.get(line.number)!;
    const outcome = line.accepted ? 'ACCEPTED' : 'REJECTED';
    if (row.outcome === 'PENDING') (line.accepted ? accept.push(line) : reject.push(line));
    else if (row.outcome === outcome && (outcome === 'ACCEPTED' || row.reason === line.reason)) unchanged++;
    else problems.push({ line: line.line, number: line.number, reason: `该行已记录为${row.outcome === 'ACCEPTED' ? '接收' : '退回'}，与本回执不符 / already recorded as ${row.outcome}` });
  }
  problems.sort((a, b) => a.line - b.line);
  const report = (b: UploadBatch, applied: boolean): ReceiptOutcomeReport => ({
    batch: b,
    dryRun: options.dryRun ?? false,
    applied,
    lines: lines.length,
    accepted: accept.length,
    rejected: reject.length,
    unchanged,
    problemCount: problems.length,
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
  });
  if (options.dryRun || problems.length) return report(batch, false);
  const updated = await inTransaction(db, async (manager) => {
    const byDate = new Map<string, string[]>();
    for (const line of accept) {
      const numbers = byDate.get(line.date ?? on);
      if (numbers) numbers.push(line.number);
      else byDate.set(line.date ?? on, [line.number]);
    }
    for (const [day, numbers] of byDate) {
      for (let i = 0; i < numbers.length; i += CHUNK) {
        await manager
          .createQueryBuilder()
          .update(UploadBatchRow)
          .set({ outcome: 'ACCEPTED', reason: null, outcomeOn: day, openCertificateId: null })
          .where('batch_id = :id AND outcome = :pending AND number IN (:...part)', { id, pending: 'PENDING', part: numbers.slice(i, i + CHUNK) })
          .execute();
      }
    }
    // Rejections are few and each has its own reason.
    for (const line of reject) {
      await manager.update(UploadBatchRow, { batchId: id, number: line.number, outcome: 'PENDING' }, { outcome: 'REJECTED', reason: line.reason, outcomeOn: line.date ?? on, openCertificateId: null });
    }
    const counts: { outcome: string; n: number | string }[] = await manager.createQueryBuilder(UploadBatchRow, 'r').select('r.outcome', 'outcome').addSelect('COUNT(*)', 'n').where('r.batch_id = :id', { id }).groupBy('r.outcome').getRawMany();
    const count = (o: string) => Number(counts.find((c) => c.outcome === o)?.n ?? 0);
    const done = count('PENDING') === 0;
    // The batch is acknowledged on the day its last row got its outcome.
    const last = done ? await manager.createQueryBuilder(UploadBatchRow, 'r').select('MAX(r.outcome_on)', 'd').where('r.batch_id = :id', { id }).getRawOne<{ d: string | null }>() : null;
    const status = done ? (count('REJECTED') > 0 ? 'PARTLY_REJECTED' : 'ACKNOWLEDGED') : batch.status;
    await manager.update(UploadBatch, { id }, { acceptedCount: count('ACCEPTED'), rejectedCount: count('REJECTED'), status, acknowledgedOn: done ? String(last?.d ?? on).slice(0, 10) : null });
    await recordAudit(manager, actor, { action: 'importUploadReceipt', targetType: 'UploadBatch', targetId: id, province: batch.province, detail: `accepted=${accept.length};rejected=${reject.length};unchanged=${unchanged}` });
    return loadBatch(manager, id);
  });
  return report(updated, true);
}
