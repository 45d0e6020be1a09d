import crypto from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  blindIndex,
  createLogger,
  ensureSequence,
  insertRows,
  inTransaction,
  isDuplicateKey,
  readReason,
  recordAudit,
  reserveInSequence,
  todayInChina,
  type Caller,
} from '@skillfed/common';
import { certificateRules, decideIssuer, numberingFor, type Track } from '@skillfed/province-rules';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { adjustCertificateTotals } from './certificate-totals';
import { onCertificatesIssued, onCertificatesRevoked } from './stats.service';
import { markRevoked } from './status-list.service';
import { CarrierRecord, Certificate, CertificateBatch, CertificateEvent } from './certificate.entity';
import type { CarrierKind, CertificateAction } from './certificate.enums';
import type { HolderFacts, InstitutionFacts, ResultsSource } from './results-source';

export const NAME_INDEX = 'certificate-holder-name';
export const ID_INDEX = 'certificate-holder-id';

/** Names compare after NFKC and without spaces (全角/半角, "张 三"); ID numbers with an upper-case X. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}
export function normaliseResidentId(id: string): string {
  return id.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export interface Actor {
  caller: Caller;
  requestId?: string;
}

export interface IssueOutcome {
  examBatchId: string;
  issued: number;
  alreadyIssued: boolean;
  totalForBatch: number;
  firstNumber: string | null;
  lastNumber: string | null;
  message: string;
}

const CHUNK = 500;
const logger = createLogger('certificates');

/** Creates the batch's bookkeeping row outside the issuing transaction (as ensureSequence does). */
async function ensureBatchRow(db: DataSource, examBatchId: string, province: string): Promise<void> {
  if (await db.getRepository(CertificateBatch).existsBy({ examBatchId })) return;
  try {
    await db.getRepository(CertificateBatch).insert({ examBatchId, province, issuedCount: 0, issuedOn: null, issuedBy: null, cancelledOn: null, cancelReason: null, cancelCitation: null });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

function trackOf(institution: InstitutionFacts): Track {
  return institution.track === 'SKILL_LEVEL' ? 'SKILL_LEVEL' : 'SPECIAL_ABILITY';
}

/**
 * issueCertificates: one certificate per passing candidate of a published batch, numbered and recorded
 * in one transaction, only by the issuer the province's rule names. A second call issues nothing.
 */
export async function issueBatch(db: DataSource, actor: Actor, source: ResultsSource, examBatchId: string, options: { issuedOn?: string | null; carrier?: CarrierKind | null } = {}): Promise<IssueOutcome> {
  const { caller } = actor;
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  const batch = await source.batch(examBatchId, caller);
  if (!batch) throw new NotFoundError('考核批次 exam batch', examBatchId);
  const institution = await source.institution(batch.institutionId, caller);
  if (!institution) throw new NotFoundError('机构 institution', batch.institutionId);
  const track = trackOf(institution);
  const decision = decideIssuer(caller, { province: batch.province, track, institutionId: institution.id, institutionCity: institution.cityCode });
  if (!decision.allowed) {
    throw Object.assign(new ForbiddenError(`本批次证书应由${decision.required}颁发 / certificates of this batch are issued by ${decision.tier} ${decision.body}`), {});
  }
  const rules = certificateRules(batch.province, track);
  const issuedOn = options.issuedOn ?? todayInChina();
  const existing = await db.getRepository(CertificateBatch).findOneBy({ examBatchId });
  if (existing?.cancelledOn) throw new ConflictError('该批次成绩已取消，不能发证 / the batch\'s results were cancelled', { reason: 'RESULTS_CANCELLED' });
  if (batch.status !== 'RESULTS_PUBLISHED' && !existing?.issuedOn) {
    throw new ConflictError(`批次状态为${batch.status}，成绩发布后才能发证（证书只来自真实考核）/ certificates come only from published results`, { status: batch.status });
  }
  if (issuedOn < batch.endDate) throw new BadUserInputError(`发证日期不能早于考核结束日${batch.endDate} / issuedOn is before the exam ended`, { field: 'issuedOn' });
  const confirmation = rules.holderConfirmation;
  if (confirmation.value?.requiredBeforeIssue && !batch.holderInfoConfirmedOn) {
    throw new ConflictError(
      `须先确认获证考生个人信息（${confirmation.source.document} ${confirmation.source.section}）：机构确认或更正后方可发证 / holders' data must be confirmed first`,
      { reason: 'HOLDER_INFO_NOT_CONFIRMED', source: { document: confirmation.source.document, section: confirmation.source.section } },
    );
  }
  const carriers = rules.carriers.value ?? ['PAPER'];
  const carrier = options.carrier ?? carriers[0];
  if (!carriers.includes(carrier)) throw new BadUserInputError(`本省证书载体为${carriers.join('、')} / carrier must be one of ${carriers.join(', ')}`, { field: 'carrier' });
  if (existing?.issuedOn) {
    // Repeat the deadline step: a first call may have failed after its commit.
    await source.certificatesPublished(examBatchId, existing.issuedOn, caller);
    return already(examBatchId, existing.issuedCount, db);
  }

  const started = performance.now();
  const holders = await source.passingHolders(examBatchId, caller);
  const fetched = performance.now();
  const year = Number(issuedOn.slice(0, 4));
  if (track === 'SKILL_LEVEL' && !batch.level) throw new ConflictError('职业技能等级批次须有等级 / a skill-level batch needs a level', { reason: 'NO_LEVEL' });
  let numbering: ReturnType<typeof numberingFor>;
  try {
    numbering = numberingFor(rules.numbering.value!, { issuerCode: decision.code, year, level: batch.level ?? null, institution: { sequenceCode: institution.sequenceCode } });
  } catch (error) {
    throw new ConflictError((error as Error).message, { reason: 'NUMBERING' });
  }
  await ensureSequence(db, numbering.scope);
  await ensureBatchRow(db, examBatchId, batch.province);

  const outcome = await inTransaction(db, async (manager) => {
    // The conditional update takes the batch row's lock: a concurrent second call waits, then finds it issued.
    const claimed = await manager
      .createQueryBuilder()
      .update(CertificateBatch)
      .set({ issuedOn, issuedBy: caller.subject, issuedCount: holders.length })
      .where('exam_batch_id = :id AND issued_on IS NULL AND cancelled_on IS NULL', { id: examBatchId })
      .execute();
    if (!claimed.affected) return null;
    const first = holders.length ? await reserveInSequence(manager, numbering.scope, holders.length, numbering.max) : 0;
    const now = new Date();
    const certificates: Partial<Certificate>[] = [];
    const events: Partial<CertificateEvent>[] = [];
    const carrierRows: Partial<CarrierRecord>[] = [];
    holders.forEach((holder: HolderFacts, i: number) => {
      const id = crypto.randomUUID();
      const serial = first + i;
      certificates.push({
        id,
        number: numbering.format(serial),
        serialScope: numbering.scope,
        serial,
        kind: track,
        province: batch.province,
        cityCode: institution.cityCode,
        holderName: holder.name,
        holderNameIndex: blindIndex(NAME_INDEX, normaliseName(holder.name)),
        holderResidentId: holder.residentId,
        holderIdIndex: blindIndex(ID_INDEX, normaliseResidentId(holder.residentId)),
        candidateId: holder.candidateId,
        institutionId: institution.id,
        projectId: batch.projectId,
        occupationCode: batch.occupationCode ?? null,
        level: batch.level ?? null,
        examBatchId,
        issuerTier: decision.tier,
        issuerBody: decision.body,
        issuerCode: decision.code,
        subjectScoresJson: JSON.stringify(holder.scores),
        issuedOn,
        status: 'VALID',
        statusReason: null,
        statusCitation: null,
        statusBy: null,
        statusOn: null,
        replacesId: null,
        replacedById: null,
        carrier,
        createdAt: now,
        updatedAt: now,
      });
      events.push({ id: crypto.randomUUID(), certificateId: id, step: 1, action: 'ISSUED', reason: null, citation: `${decision.rule.source.document} ${decision.rule.source.section}`, relatedId: null, actorSubject: caller.subject, actorRole: caller.role, occurredAt: now });
      carrierRows.push({ id: crypto.randomUUID(), certificateId: id, sequence: 1, carrier, issuedOn, reason: null });
    });
    await insertRows(manager, Certificate, certificates);
    await insertRows(manager, CertificateEvent, events);
    await insertRows(manager, CarrierRecord, carrierRows);
    await adjustCertificateTotals(manager, { [batch.province]: certificates.length });
    // After the totals, as in corrections: every writer takes the counter rows in the same order.
    await onCertificatesIssued(manager, certificates as Certificate[]);
    await recordAudit(manager, actor, { action: 'ISSUE_CERTIFICATES', targetType: 'ExamBatch', targetId: examBatchId, province: batch.province });
    return {
      examBatchId,
      issued: holders.length,
      alreadyIssued: false,
      totalForBatch: holders.length,
      firstNumber: (certificates[0]?.number as string) ?? null,
      lastNumber: (certificates[certificates.length - 1]?.number as string) ?? null,
      message: `已颁发${holders.length}张证书 / issued ${holders.length} certificates`,
    } satisfies IssueOutcome;
  });
  if (!outcome) {
    const row = await db.getRepository(CertificateBatch).findOneByOrFail({ examBatchId });
    if (row.cancelledOn) throw new ConflictError('该批次成绩已取消，不能发证 / the batch\'s results were cancelled', { reason: 'RESULTS_CANCELLED' });
    return already(examBatchId, row.issuedCount, db);
  }
  const written = performance.now();
  // Outside the transaction: exams owns the deadline. A failure here leaves the certificates issued and
  // is retried by calling issueCertificates again (idempotent), which repeats this step.
  await source.certificatesPublished(examBatchId, issuedOn, caller);
  // Where a large or slow issue spends its time (the benchmark's P4 reads this): counts and durations
  // only; small batches (the demo seed issues dozens) log at debug.
  const totalMs = performance.now() - started;
  logger[outcome.issued >= 1000 || totalMs >= 2000 ? 'info' : 'debug']('certificates_issued', {
    examBatchId,
    issued: outcome.issued,
    fetchMs: Math.round(fetched - started),
    writeMs: Math.round(written - fetched),
    publishMs: Math.round(performance.now() - written),
    requestId: actor.requestId,
  });
  return outcome;
}

async function already(examBatchId: string, count: number, db: DataSource): Promise<IssueOutcome> {
  const rows = await db.getRepository(Certificate).find({ where: { examBatchId, replacesId: IsNull() }, order: { serial: 'ASC' }, select: { number: true, serial: true } as never, take: 1 });
  return {
    examBatchId,
    issued: 0,
    alreadyIssued: true,
    totalForBatch: count,
    firstNumber: rows[0]?.number ?? null,
    lastNumber: null,
    message: `该批次证书已颁发（${count}张），本次未颁发新证书 / already issued (${count}); nothing issued now`,
  };
}

/** The issuer of a certificate under the rule, or FORBIDDEN naming it. */
export function assertIssuerOf(caller: Caller, certificate: Certificate): ReturnType<typeof decideIssuer> {
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  const decision = decideIssuer(caller, { province: certificate.province, track: certificate.kind as Track, institutionId: certificate.institutionId, institutionCity: certificate.cityCode });
  if (!decision.allowed) throw new ForbiddenError(`本证书由${decision.required}管理 / only the issuer (${decision.tier} ${decision.body}) may change this certificate`);
  return decision;
}

async function nextSteps(manager: EntityManager, ids: string[]): Promise<Map<string, number>> {
  const steps = new Map<string, number>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows: { id: string; step: number }[] = await manager
      .createQueryBuilder(CertificateEvent, 'e')
      .select('e.certificateId', 'id')
      .addSelect('MAX(e.step)', 'step')
      .where('e.certificateId IN (:...ids)', { ids: ids.slice(i, i + CHUNK) })
      .groupBy('e.certificateId')
      .getRawMany();
    for (const row of rows) steps.set(row.id, Number(row.step) + 1);
  }
  return steps;
}

async function loadForChange(manager: EntityManager, id: string): Promise<Certificate> {
  const certificate = await manager.findOneBy(Certificate, { id });
  if (!certificate) throw new NotFoundError('证书 certificate', id);
  return certificate;
}

export function readCitation(citation: string | null | undefined): string {
  const text = citation?.trim() ?? '';
  if (!text) throw new BadUserInputError('须注明依据（文件及条款）/ a citation (document and section) is required', { field: 'citation' });
  if ([...text].length > 200) throw new BadUserInputError('依据不能超过200字 / citation is longer than 200 characters', { field: 'citation' });
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new BadUserInputError('依据含控制字符 / citation contains control characters', { field: 'citation' });
  return text;
}

/** Revokes one VALID certificate with a reason and a citation; only its issuer may. */
export async function revokeCertificate(db: DataSource, actor: Actor, id: string, reason: string, citation: string, on?: string | null): Promise<Certificate> {
  const why = readReason(reason, true)!;
  const basis = readCitation(citation);
  const certificate = await db.getRepository(Certificate).findOneBy({ id });
  if (!certificate) throw new NotFoundError('证书 certificate', id);
  assertIssuerOf(actor.caller, certificate);
  const date = on ?? todayInChina();
  return inTransaction(db, async (manager) => {
    const changed = await manager.update(Certificate, { id, status: 'VALID' }, { status: 'REVOKED', statusReason: why, statusCitation: basis, statusBy: actor.caller.subject, statusOn: date, updatedAt: new Date() });
    if (!changed.affected) throw new ConflictError(`证书状态为${certificate.status}，只有有效证书可撤销 / only a VALID certificate can be revoked`, { status: certificate.status });
    // The status-list bit flips with the certificate: a fresh list says REVOKED from this commit on.
    await markRevoked(manager, [id]);
    await onCertificatesRevoked(manager, [certificate], date);
    const step = (await nextSteps(manager, [id])).get(id) ?? 1;
    await manager.insert(CertificateEvent, { id: crypto.randomUUID(), certificateId: id, step, action: 'REVOKED', reason: why, citation: basis, relatedId: null, actorSubject: actor.caller.subject, actorRole: actor.caller.role, occurredAt: new Date() });
    await recordAudit(manager, actor, { action: 'REVOKE_CERTIFICATE', targetType: 'Certificate', targetId: id, province: certificate.province });
    return loadForChange(manager, id);
  });
}

export interface CorrectionInput {
  holderName?: string | null;
  residentId?: string | null;
  reason: string;
}

/**
 * Corrected holder data gives a new certificate (new number, today's scope) that points back to the
 * old one; the old one becomes REPLACED. Both changes and their events commit together.
 */
export async function correctCertificate(db: DataSource, actor: Actor, source: ResultsSource, id: string, input: CorrectionInput, on?: string | null): Promise<Certificate> {
  const why = readReason(input.reason, true)!;
  const old = await db.getRepository(Certificate).findOneBy({ id });
  if (!old) throw new NotFoundError('证书 certificate', id);
  const decision = assertIssuerOf(actor.caller, old);
  if (old.status !== 'VALID') throw new ConflictError(`证书状态为${old.status}，只有有效证书可更正换发 / only a VALID certificate can be corrected`, { status: old.status });
  const name = input.holderName?.trim() || null;
  const residentId = input.residentId?.trim() ? normaliseResidentId(input.residentId) : null;
  if (!name && !residentId) throw new BadUserInputError('须提供更正后的姓名或身份证号 / give the corrected name or ID number', { field: 'holderName' });
  if (name && ([...name].length > 50 || /[\u0000-\u001f\u007f]/.test(name))) throw new BadUserInputError('姓名须为1-50个字符 / holderName must be 1-50 characters', { field: 'holderName' });
  if (residentId && !/^\d{17}[\dX]$/.test(residentId)) throw new BadUserInputError('身份证号格式不正确 / residentId must be 18 characters', { field: 'residentId' });
  const issuedOn = on ?? todayInChina();
  const institution = old.kind === 'SKILL_LEVEL' ? await source.institution(old.institutionId, actor.caller) : null;
  const rules = certificateRules(old.province, old.kind as Track);
  const numbering = numberingFor(rules.numbering.value!, { issuerCode: decision.code, year: Number(issuedOn.slice(0, 4)), level: old.level, institution: { sequenceCode: institution?.sequenceCode ?? null } });
  await ensureSequence(db, numbering.scope);
  return inTransaction(db, async (manager) => {
    const now = new Date();
    const newId = crypto.randomUUID();
    const changed = await manager.update(Certificate, { id, status: 'VALID' }, { status: 'REPLACED', statusReason: why, statusCitation: null, statusBy: actor.caller.subject, statusOn: issuedOn, replacedById: newId, updatedAt: now });
    if (!changed.affected) throw new ConflictError('证书已被他人修改，请刷新后重试 / it changed meanwhile; reload and retry');
    // The old certificate's QR code stops verifying: its status bit flips in this transaction.
    await markRevoked(manager, [id]);
    const serial = await reserveInSequence(manager, numbering.scope, 1, numbering.max);
    const holderName = name ?? old.holderName;
    const holderResidentId = residentId ?? old.holderResidentId;
    await insertRows(manager, Certificate, [
      {
        ...old,
        id: newId,
        number: numbering.format(serial),
        serialScope: numbering.scope,
        serial,
        holderName,
        holderNameIndex: blindIndex(NAME_INDEX, normaliseName(holderName)),
        holderResidentId,
        holderIdIndex: blindIndex(ID_INDEX, normaliseResidentId(holderResidentId)),
        issuedOn,
        status: 'VALID',
        statusReason: null,
        statusCitation: null,
        statusBy: null,
        statusOn: null,
        replacesId: old.id,
        replacedById: null,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    const step = (await nextSteps(manager, [id])).get(id) ?? 1;
    const event = (certificateId: string, s: number, action: CertificateAction, relatedId: string) => ({ id: crypto.randomUUID(), certificateId, step: s, action, reason: why, citation: null, relatedId, actorSubject: actor.caller.subject, actorRole: actor.caller.role, occurredAt: now });
    await manager.insert(CertificateEvent, [event(id, step, 'REPLACED', newId), event(newId, 1, 'ISSUED_AS_REPLACEMENT', id)]);
    await manager.insert(CarrierRecord, { id: crypto.randomUUID(), certificateId: newId, sequence: 1, carrier: old.carrier, issuedOn, reason: null });
    await adjustCertificateTotals(manager, { [old.province]: 1 });
    // The corrected certificate is a new one issued that day (换发); the replaced one stays counted as issued.
    await onCertificatesIssued(manager, [{ ...old, issuedOn }]);
    await recordAudit(manager, actor, { action: 'CORRECT_CERTIFICATE', targetType: 'Certificate', targetId: id, province: old.province });
    return loadForChange(manager, newId);
  });
}

/** A lost or damaged paper certificate: a new carrier under the same number, recorded. */
export async function reprintCertificate(db: DataSource, actor: Actor, id: string, carrier: CarrierKind, reason: string, on?: string | null): Promise<Certificate> {
  const why = readReason(reason, true)!;
  const certificate = await db.getRepository(Certificate).findOneBy({ id });
  if (!certificate) throw new NotFoundError('证书 certificate', id);
  assertIssuerOf(actor.caller, certificate);
  if (certificate.status !== 'VALID') throw new ConflictError(`证书状态为${certificate.status}，只有有效证书可补发 / only a VALID certificate can be reprinted`, { status: certificate.status });
  const carriers = certificateRules(certificate.province, certificate.kind as Track).carriers.value ?? ['PAPER'];
  if (!carriers.includes(carrier)) throw new BadUserInputError(`本省证书载体为${carriers.join('、')} / carrier must be one of ${carriers.join(', ')}`, { field: 'carrier' });
  const date = on ?? todayInChina();
  return inTransaction(db, async (manager) => {
    const last = await manager.createQueryBuilder(CarrierRecord, 'r').select('MAX(r.sequence)', 'n').where('r.certificateId = :id', { id }).getRawOne<{ n: number }>();
    await manager.insert(CarrierRecord, { id: crypto.randomUUID(), certificateId: id, sequence: Number(last?.n ?? 0) + 1, carrier, issuedOn: date, reason: why });
    await manager.update(Certificate, { id }, { carrier, updatedAt: new Date() });
    const step = (await nextSteps(manager, [id])).get(id) ?? 1;
    await manager.insert(CertificateEvent, { id: crypto.randomUUID(), certificateId: id, step, action: 'REPRINTED', reason: why, citation: null, relatedId: null, actorSubject: actor.caller.subject, actorRole: actor.caller.role, occurredAt: new Date() });
    await recordAudit(manager, actor, { action: 'REPRINT_CERTIFICATE', targetType: 'Certificate', targetId: id, province: certificate.province });
    return loadForChange(manager, id);
  });
}

/**
 * Cancelling a batch's results (辽宁 000 五): records the cancellation and revokes every VALID
 * certificate of the batch in one transaction, and blocks any later issuing. Idempotent.
 */
export async function revokeBatch(db: DataSource, actor: Actor, examBatchId: string, province: string, reason: string, citation: string, on?: string | null): Promise<number> {
  const { caller } = actor;
  if (caller.role !== 'PROVINCE_OPERATOR' || !caller.provinces.includes(province)) {
    throw new ForbiddenError(`取消批次成绩由${province}省级经办人（PROVINCE_OPERATOR）操作 / results are cancelled by the province's operator`);
  }
  const rule = certificateRules(province).cancellation;
  const why = readReason(reason, true)!;
  const basis = readCitation(citation);
  const date = on ?? todayInChina();
  await ensureBatchRow(db, examBatchId, province);
  return inTransaction(db, async (manager) => {
    const marked = await manager
      .createQueryBuilder()
      .update(CertificateBatch)
      .set({ cancelledOn: date, cancelReason: why, cancelCitation: basis })
      .where('exam_batch_id = :id AND cancelled_on IS NULL', { id: examBatchId })
      .execute();
    if (!marked.affected) return 0;
    if (!rule.value?.revokesCertificates) return 0;
    const valid = await manager.find(Certificate, { where: { examBatchId, status: 'VALID' }, select: { id: true, province: true, cityCode: true, institutionId: true, projectId: true, occupationCode: true, level: true, issuedOn: true } as never });
    const ids = valid.map((c) => c.id);
    if (ids.length) {
      const steps = await nextSteps(manager, ids);
      for (let i = 0; i < ids.length; i += CHUNK) {
        await manager.update(Certificate, { id: In(ids.slice(i, i + CHUNK)), status: 'VALID' }, { status: 'REVOKED', statusReason: why, statusCitation: basis, statusBy: caller.subject, statusOn: date, updatedAt: new Date() });
      }
      await onCertificatesRevoked(manager, valid, date);
      await markRevoked(manager, ids);
      const now = new Date();
      await insertRows(manager, CertificateEvent, ids.map((certificateId) => ({ id: crypto.randomUUID(), certificateId, step: steps.get(certificateId) ?? 1, action: 'REVOKED' as const, reason: why, citation: basis, relatedId: null, actorSubject: caller.subject, actorRole: caller.role, occurredAt: now })));
    }
    await recordAudit(manager, actor, { action: 'CANCEL_BATCH_RESULTS', targetType: 'ExamBatch', targetId: examBatchId, province });
    return ids.length;
  });
}
