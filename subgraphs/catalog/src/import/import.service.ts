import crypto from 'node:crypto';
import { inTransaction } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { Occupation } from '../occupation.entity';
import { Project } from '../project.entity';
import { decodeText, parseCsv, type CsvRecord, type Encoding } from './csv';
import { readXlsx } from './xlsx';
import { OCCUPATION_COLUMNS, PROJECT_COLUMNS, toOccupationRow, toProjectRow, type ImportProblem, type OccupationRow, type ProjectRow } from './rows';

export type ImportKind = 'PROJECTS' | 'OCCUPATIONS';
export type ImportFormat = 'CSV' | 'JSON' | 'XLSX';

export interface ImportRequest {
  kind: ImportKind;
  format: ImportFormat;
  /** Projects are imported into one province's catalog; occupations are national. */
  province: string | null;
  bytes: Uint8Array;
  dryRun: boolean;
  /** Progress of the writing step, for a command line's bar: (rows written, rows to write). */
  progress?: (done: number, total: number) => void;
}

export interface ImportReport {
  dryRun: boolean;
  encoding: Encoding | null;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Whether anything was written: never when there is any problem. */
  applied: boolean;
  problems: ImportProblem[];
}

async function readRecords(request: ImportRequest, columns: Record<string, string>, problems: ImportProblem[]): Promise<{ encoding: Encoding | null; rows: { line: number; raw: Record<string, unknown> }[] }> {
  // An .xlsx is a ZIP of XML: no text encoding to guess (reported as null).
  const { text, encoding } = request.format === 'XLSX' ? { text: '', encoding: null } : decodeText(request.bytes);
  if (request.format === 'JSON') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      problems.push({ line: 1, field: null, reason: `JSON 无法解析：${(error as Error).message} / not valid JSON` });
      return { encoding, rows: [] };
    }
    if (!Array.isArray(parsed)) {
      problems.push({ line: 1, field: null, reason: 'JSON 须为对象数组 / JSON must be an array of objects' });
      return { encoding, rows: [] };
    }
    // "Line" of a JSON row is its 1-based position in the array.
    return { encoding, rows: parsed.map((raw, i) => ({ line: i + 1, raw: Object.fromEntries(Object.entries((raw ?? {}) as object).map(([k, v]) => [columns[k] ?? columns[k.toLowerCase()] ?? k, v])) })) };
  }
  let records: CsvRecord[];
  try {
    records = request.format === 'XLSX' ? await readXlsx(request.bytes) : parseCsv(text);
  } catch (error) {
    problems.push({ line: 1, field: null, reason: (error as Error).message });
    return { encoding, rows: [] };
  }
  const [header, ...body] = records;
  if (!header) {
    problems.push({ line: 1, field: null, reason: '文件为空 / the file is empty' });
    return { encoding, rows: [] };
  }
  const mapped = header.fields.map((h) => columns[h.trim()] ?? columns[h.trim().toLowerCase()] ?? null);
  header.fields.forEach((h, i) => {
    if (!mapped[i]) problems.push({ line: header.line, field: h, reason: `未知列“${h.trim()}” / unknown column` });
  });
  if (!mapped.includes('code') || !mapped.includes('name')) problems.push({ line: header.line, field: null, reason: '须有编码和名称两列 / code and name columns are required' });
  return {
    encoding,
    rows: body.map((r) => {
      if (r.fields.length !== header.fields.length) problems.push({ line: r.line, field: null, reason: `列数为${r.fields.length}，表头为${header.fields.length} / wrong number of columns` });
      return { line: r.line, raw: Object.fromEntries(mapped.map((m, i) => [m ?? `_${i}`, r.fields[i]])) };
    }),
  };
}

const sameProject = (existing: Project, row: ProjectRow) =>
  existing.name === row.name &&
  existing.seq === row.seq &&
  existing.origin === row.origin &&
  existing.batch === row.batch &&
  existing.status === row.status &&
  existing.modes === row.modes.join(',') &&
  existing.theorySeparate === row.theorySeparate &&
  existing.durationMinutes === row.durationMinutes;

/**
 * Imports a catalog file. A dry run reports every bad row with its line and reason; a real run writes
 * all rows in one transaction or, when any row is bad, nothing. Rows equal to what is stored count as
 * unchanged, so importing the same file again changes nothing. A code or name already used by another
 * project of the province (in the file or stored) is refused.
 */
export async function importCatalog(db: DataSource, request: ImportRequest): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const columns = request.kind === 'PROJECTS' ? PROJECT_COLUMNS : OCCUPATION_COLUMNS;
  const { encoding, rows } = await readRecords(request, columns, problems);
  const report = (counts: { created: number; updated: number; unchanged: number }, applied: boolean): ImportReport => ({
    dryRun: request.dryRun,
    encoding,
    total: rows.length,
    ...counts,
    applied,
    problems: problems.sort((a, b) => a.line - b.line),
  });
  if (request.kind === 'PROJECTS') {
    const province = request.province!;
    const valid = rows.map((r) => toProjectRow(r.raw, r.line, province, problems)).filter((r): r is ProjectRow => r !== null);
    const byCode = new Map<string, number>();
    const byName = new Map<string, number>();
    for (const row of valid) {
      if (byCode.has(row.code)) problems.push({ line: row.line, field: 'code', reason: `编码“${row.code}”与第${byCode.get(row.code)}行重复 / duplicate code in the file` });
      if (byName.has(row.name)) problems.push({ line: row.line, field: 'name', reason: `名称“${row.name}”与第${byName.get(row.name)}行重复 / duplicate name in the file` });
      byCode.set(row.code, byCode.get(row.code) ?? row.line);
      byName.set(row.name, byName.get(row.name) ?? row.line);
    }
    const stored = await db.getRepository(Project).findBy({ province });
    const storedByCode = new Map(stored.map((p) => [p.code, p]));
    const storedByName = new Map(stored.map((p) => [p.name, p]));
    const plan: { row: ProjectRow; existing: Project | null }[] = [];
    for (const row of valid) {
      const existing = storedByCode.get(row.code) ?? null;
      const named = storedByName.get(row.name);
      if (existing && existing.name !== row.name) problems.push({ line: row.line, field: 'code', reason: `编码“${row.code}”已用于“${existing.name}” / code already used by another project` });
      else if (!existing && named) problems.push({ line: row.line, field: 'name', reason: `名称“${row.name}”已用于编码“${named.code}” / name already used by another project` });
      else plan.push({ row, existing });
    }
    const counts = {
      created: plan.filter((p) => !p.existing).length,
      updated: plan.filter((p) => p.existing && !sameProject(p.existing, p.row)).length,
      unchanged: plan.filter((p) => p.existing && sameProject(p.existing, p.row)).length,
    };
    if (problems.length || request.dryRun) return report(problems.length ? { created: 0, updated: 0, unchanged: 0 } : counts, false);
    await inTransaction(db, async (manager) => {
      const now = new Date();
      request.progress?.(0, plan.length);
      for (const [i, { row, existing }] of plan.entries()) {
        request.progress?.(i + 1, plan.length);
        const values = { name: row.name, seq: row.seq, origin: row.origin, batch: row.batch, status: row.status, modes: row.modes.join(','), theorySeparate: row.theorySeparate, durationMinutes: row.durationMinutes, updatedAt: now };
        if (!existing) await manager.insert(Project, { id: crypto.randomUUID(), province, code: row.code, ...values, createdAt: now });
        else if (!sameProject(existing, row)) await manager.update(Project, { id: existing.id }, values);
      }
    });
    return report(counts, true);
  }
  const valid = rows.map((r) => toOccupationRow(r.raw, r.line, problems)).filter((r): r is OccupationRow => r !== null);
  const seen = new Map<string, number>();
  for (const row of valid) {
    const key = `${row.code}|${row.workType ?? ''}`;
    if (seen.has(key)) problems.push({ line: row.line, field: 'code', reason: `职业编码“${row.code}”${row.workType ? `工种“${row.workType}”` : ''}与第${seen.get(key)}行重复 / duplicate occupation in the file` });
    seen.set(key, seen.get(key) ?? row.line);
  }
  const stored = new Map((await db.getRepository(Occupation).find()).map((o) => [`${o.code}|${o.workTypeKey}`, o]));
  const same = (o: Occupation, r: OccupationRow) => o.name === r.name && o.levelHighest === r.levelHighest && o.levelLowest === r.levelLowest;
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const row of valid) {
    const existing = stored.get(`${row.code}|${row.workType ?? ''}`);
    counts[!existing ? 'created' : same(existing, row) ? 'unchanged' : 'updated']++;
  }
  if (problems.length || request.dryRun) return report(problems.length ? { created: 0, updated: 0, unchanged: 0 } : counts, false);
  await inTransaction(db, async (manager) => {
    request.progress?.(0, valid.length);
    for (const [i, row] of valid.entries()) {
      request.progress?.(i + 1, valid.length);
      const existing = stored.get(`${row.code}|${row.workType ?? ''}`);
      const values = { name: row.name, levelHighest: row.levelHighest, levelLowest: row.levelLowest };
      if (!existing) await manager.insert(Occupation, { id: crypto.randomUUID(), code: row.code, workType: row.workType, workTypeKey: row.workType ?? '', ...values });
      else if (!same(existing, row)) await manager.update(Occupation, { id: existing.id }, values);
    }
  });
  return report(counts, true);
}
