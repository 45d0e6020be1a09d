import crypto from 'node:crypto';
import { BadUserInputError, ConflictError, inTransaction, recordAudit, type AuditContext } from '@skillfed/common';
import { decodeText, looksLikeXlsx, parseCsv, readXlsx, type CsvRecord } from '@skillfed/common/tabular';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { checkCandidate, MAX_CANDIDATES_PER_BATCH, type CandidateField, type CheckedCandidate } from '../candidate.service';
import { ExamBatch } from '../exam-batch.entity';
import { PRIORITY_GROUP_LABELS, type PriorityGroup } from '../exam-batch.enums';
import { Candidate } from '../workflow.entity';

export type CandidateFileFormat = 'CSV' | 'XLSX';

/** The largest file taken (bytes): 1000 rows of XLSX are about 34 KB (measured). */
export const MAX_CANDIDATE_FILE_BYTES = 2 * 1024 * 1024;

export interface CandidateImportProblem {
  /** The row as Excel shows it (the heading is row 1); null for a problem with the whole file. */
  row: number | null;
  /** The column heading as written in the file. */
  column: string | null;
  field: CandidateField | null;
  reason: string;
}

export interface CandidateImportReport {
  batchId: string;
  format: CandidateFileFormat;
  encoding: string | null;
  dryRun: boolean;
  applied: boolean;
  /** Data rows read. */
  total: number;
  /** Rows without a problem. */
  valid: number;
  /** Rows written (0 unless applied). */
  imported: number;
  candidateCount: number;
  problems: CandidateImportProblem[];
}

/** Progress of the long steps, for a command line's bar: (phase, done, total). */
export type ProgressFn = (phase: 'check' | 'write', done: number, total: number) => void;

// Headings as people write them, in Chinese or English; compared without spaces, case or a leading '*'.
const HEADINGS: Record<string, CandidateField> = {
  姓名: 'name',
  name: 'name',
  身份证号: 'residentId',
  身份证号码: 'residentId',
  公民身份号码: 'residentId',
  residentid: 'residentId',
  idnumber: 'residentId',
  手机号: 'phone',
  手机号码: 'phone',
  联系电话: 'phone',
  phone: 'phone',
  mobile: 'phone',
  重点群体: 'priorityGroup',
  就业重点群体: 'priorityGroup',
  prioritygroup: 'priorityGroup',
  项目id: 'projectId',
  projectid: 'projectId',
};
const REQUIRED: CandidateField[] = ['name', 'residentId', 'phone'];

const normalise = (heading: string) => heading.replace(/[\s*＊]/g, '').toLowerCase();

/** Accepts the enum name or its Chinese label (as the notice words it); blank and 无 mean NONE. */
function readPriorityGroup(text: string): PriorityGroup | null {
  const t = text.trim();
  if (t === '' || t === '无' || t === '否') return 'NONE';
  for (const [key, label] of Object.entries(PRIORITY_GROUP_LABELS)) {
    if (t.toUpperCase() === key || t === label) return key as PriorityGroup;
  }
  return null;
}

function priorityGroupChoices(): string {
  return Object.entries(PRIORITY_GROUP_LABELS)
    .filter(([key]) => key !== 'NONE')
    .map(([key, label]) => `${label}（${key}）`)
    .join('、');
}

async function readRecords(bytes: Buffer, format: CandidateFileFormat | null): Promise<{ format: CandidateFileFormat; encoding: string | null; records: CsvRecord[] }> {
  const detected: CandidateFileFormat = format ?? (looksLikeXlsx(bytes) ? 'XLSX' : 'CSV');
  if (detected === 'XLSX') {
    try {
      return { format: detected, encoding: null, records: await readXlsx(bytes) };
    } catch (error) {
      throw new BadUserInputError((error as Error).message, { field: 'contentBase64' });
    }
  }
  if (looksLikeXlsx(bytes)) throw new BadUserInputError('文件是 XLSX，不是 CSV / the file is an .xlsx workbook, not CSV', { field: 'format' });
  const { text, encoding } = decodeText(bytes);
  try {
    return { format: detected, encoding, records: parseCsv(text) };
  } catch (error) {
    throw new BadUserInputError((error as Error).message, { field: 'contentBase64' });
  }
}

/**
 * Bulk registration of a draft batch's candidates from a CSV (UTF-8 or GBK) or XLSX file. Every row is
 * checked by the same rules as `addCandidate` (checkCandidate), plus duplicates within the file and
 * against the batch, and the batch's capacity; every problem is reported with its row and column. A
 * dry run writes nothing (only the audit record); a real run writes all rows in one transaction, or
 * nothing when any row has a problem. Personal data is never put in a problem's text.
 */
export async function importCandidates(
  db: DataSource,
  actor: AuditContext,
  batch: ExamBatch,
  file: { bytes: Buffer; format: CandidateFileFormat | null },
  dryRun: boolean,
  progress: ProgressFn = () => {},
): Promise<CandidateImportReport> {
  if (batch.status !== 'DRAFT') throw new ConflictError('只能在草稿阶段登记考生 / candidates are registered while the batch is a draft', { status: batch.status });
  if (file.bytes.length === 0) throw new BadUserInputError('文件为空 / the file is empty', { field: 'contentBase64' });
  if (file.bytes.length > MAX_CANDIDATE_FILE_BYTES) throw new BadUserInputError(`文件超过 ${MAX_CANDIDATE_FILE_BYTES / 1024 / 1024} MB / the file is larger than ${MAX_CANDIDATE_FILE_BYTES / 1024 / 1024} MB`, { field: 'contentBase64' });
  const { format, encoding, records } = await readRecords(file.bytes, file.format);
  const [header, ...rows] = records;
  if (!header) throw new BadUserInputError('文件没有表头 / the file has no heading row', { field: 'contentBase64' });
  if (rows.length > MAX_CANDIDATES_PER_BATCH) {
    throw new BadUserInputError(`一个文件最多${MAX_CANDIDATES_PER_BATCH}名考生，本文件${rows.length}行 / at most ${MAX_CANDIDATES_PER_BATCH} candidates per file, this one has ${rows.length} rows`, { field: 'contentBase64' });
  }

  const problems: CandidateImportProblem[] = [];
  const columns = new Map<CandidateField, number>();
  header.fields.forEach((heading, i) => {
    const field = HEADINGS[normalise(heading)];
    if (!field) problems.push({ row: header.line, column: heading, field: null, reason: `不认识的列“${heading}”：可用 姓名、身份证号、手机号、重点群体、项目ID / unknown column` });
    else if (columns.has(field)) problems.push({ row: header.line, column: heading, field, reason: '列重复 / the column appears twice' });
    else columns.set(field, i);
  });
  for (const field of REQUIRED) {
    if (!columns.has(field)) problems.push({ row: header.line, column: null, field, reason: `缺少必填列（${field === 'name' ? '姓名' : field === 'residentId' ? '身份证号' : '手机号'}）/ missing required column ${field}` });
  }
  if (problems.length) return refused(problems, 0);

  const headingOf = (field: CandidateField) => (columns.has(field) ? header.fields[columns.get(field)!] : null);
  const cell = (record: CsvRecord, field: CandidateField) => (columns.has(field) ? (record.fields[columns.get(field)!] ?? '').trim() : '');

  const good: { line: number; candidate: CheckedCandidate }[] = [];
  const firstRowOf = new Map<string, number>();
  progress('check', 0, rows.length);
  rows.forEach((record, index) => {
    const rowProblems: CandidateImportProblem[] = [];
    if (record.fields.length > header.fields.length && record.fields.slice(header.fields.length).some((f) => f.trim() !== '')) {
      rowProblems.push({ row: record.line, column: null, field: null, reason: '本行的列比表头多 / more cells than headings' });
    }
    const groupText = cell(record, 'priorityGroup');
    const priorityGroup = readPriorityGroup(groupText);
    if (priorityGroup === null) rowProblems.push({ row: record.line, column: headingOf('priorityGroup'), field: 'priorityGroup', reason: `重点群体应为空、无，或：${priorityGroupChoices()} / unknown priority group` });
    const checked = checkCandidate(batch, {
      name: cell(record, 'name'),
      residentId: cell(record, 'residentId'),
      phone: cell(record, 'phone'),
      priorityGroup: priorityGroup ?? 'NONE',
      projectId: cell(record, 'projectId') || batch.projectId,
    });
    for (const p of checked.problems) rowProblems.push({ row: record.line, column: headingOf(p.field), field: p.field, reason: p.reason });
    if (checked.candidate) {
      const earlier = firstRowOf.get(checked.candidate.residentIdBidx);
      if (earlier !== undefined) rowProblems.push({ row: record.line, column: headingOf('residentId'), field: 'residentId', reason: `与第${earlier}行为同一考生（身份证号相同）/ the same person as row ${earlier}` });
      else firstRowOf.set(checked.candidate.residentIdBidx, record.line);
    }
    if (rowProblems.length) problems.push(...rowProblems);
    else good.push({ line: record.line, candidate: checked.candidate! });
    progress('check', index + 1, rows.length);
  });

  // Already in the batch: one indexed look-up per 500 people (uq_candidates_registration_bidx).
  const registered = await alreadyRegistered(db.manager, batch, good.map((g) => g.candidate.residentIdBidx));
  const fresh = good.filter((g) => {
    if (!registered.has(g.candidate.residentIdBidx)) return true;
    problems.push({ row: g.line, column: headingOf('residentId'), field: 'residentId', reason: '该考生已登记本批次同一项目 / this person is already registered for the project in this batch' });
    return false;
  });
  const existing = await db.getRepository(Candidate).countBy({ batchId: batch.id });
  if (existing + rows.length > MAX_CANDIDATES_PER_BATCH) {
    problems.push({ row: null, column: null, field: null, reason: `本批次已有${existing}名考生，加上本文件${rows.length}行超过每批次${MAX_CANDIDATES_PER_BATCH}名 / the batch would exceed ${MAX_CANDIDATES_PER_BATCH} candidates` });
  }
  // By row, then in the file's column order, as the person fixing the file reads it.
  const columnOrder = (p: CandidateImportProblem) => (p.column === null ? -1 : header.fields.indexOf(p.column));
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnOrder(a) - columnOrder(b));

  if (dryRun || problems.length) return refused(problems, fresh.length, existing);

  const written = await inTransaction(db, async (manager) => {
    // Re-read inside the transaction: a concurrent call may have moved the batch or added the same people.
    const current = await manager.findOneByOrFail(ExamBatch, { id: batch.id });
    if (current.status !== 'DRAFT') throw new ConflictError('只能在草稿阶段登记考生 / candidates are registered while the batch is a draft', { status: current.status });
    if ((await alreadyRegistered(manager, batch, fresh.map((g) => g.candidate.residentIdBidx))).size) {
      throw new ConflictError('导入期间有考生被登记到本批次，请重新试运行 / candidates were registered meanwhile; run the dry run again');
    }
    const CHUNK = 100;
    progress('write', 0, fresh.length);
    for (let i = 0; i < fresh.length; i += CHUNK) {
      const chunk = fresh.slice(i, i + CHUNK).map((g) => manager.create(Candidate, { id: crypto.randomUUID(), batchId: batch.id, ...g.candidate }));
      await manager.insert(Candidate, chunk);
      progress('write', Math.min(i + CHUNK, fresh.length), fresh.length);
    }
    const count = await manager.countBy(Candidate, { batchId: batch.id });
    if (count > MAX_CANDIDATES_PER_BATCH) throw new ConflictError(`每批次最多${MAX_CANDIDATES_PER_BATCH}名考生 / a batch holds at most ${MAX_CANDIDATES_PER_BATCH} candidates`, { limit: MAX_CANDIDATES_PER_BATCH });
    await manager.update(ExamBatch, { id: batch.id }, { candidateCount: count, updatedAt: new Date() });
    await recordAudit(manager, actor, { action: 'importCandidates', targetType: 'ExamBatch', targetId: batch.id, province: batch.province, outcome: 'SUCCESS', detail: `IMPORTED:${fresh.length}` });
    return { imported: fresh.length, count };
  });
  return report([], fresh.length, written.imported, written.count);

  /** Nothing written: the audit trail still records who checked which batch, and the outcome. */
  async function refused(found: CandidateImportProblem[], valid: number, candidateCount = batch.candidateCount): Promise<CandidateImportReport> {
    await recordAudit(db.manager, actor, {
      action: 'importCandidates',
      targetType: 'ExamBatch',
      targetId: batch.id,
      province: batch.province,
      outcome: found.length ? 'REFUSED' : 'SUCCESS',
      detail: `${dryRun ? 'DRY_RUN' : 'NOT_WRITTEN'}:rows=${rows?.length ?? 0},problems=${found.length}`,
    });
    return report(found, valid, 0, candidateCount);
  }

  function report(found: CandidateImportProblem[], valid: number, imported: number, candidateCount = batch.candidateCount): CandidateImportReport {
    return { batchId: batch.id, format, encoding, dryRun, applied: imported > 0, total: rows.length, valid, imported, candidateCount, problems: found };
  }
}

async function alreadyRegistered(manager: EntityManager, batch: ExamBatch, bidxs: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < bidxs.length; i += 500) {
    const rows = await manager.getRepository(Candidate).find({ where: { batchId: batch.id, projectId: batch.projectId, residentIdBidx: In(bidxs.slice(i, i + 500)) }, select: { id: true, residentIdBidx: true } });
    for (const r of rows) found.add(r.residentIdBidx);
  }
  return found;
}
