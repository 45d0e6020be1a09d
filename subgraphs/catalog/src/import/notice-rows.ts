import type { AnnualNotice } from '@skillfed/province-rules';
import { decodeText, parseCsv, type Encoding } from './csv';

/**
 * Annual notices from a file. JSON: one notice or an array, in the shape `annualNotices { content }`
 * returns (so an exported record re-imports as is). CSV: the notice's schedule table, one row per
 * sitting, with the notice-level columns repeated on every row (as a spreadsheet export has them):
 *
 *   province,year,document,title,testData,scheduleSection,month,flowReportDue,confirmationDue,examDates,
 *   separateSection,cutoffDay,rollForward,examWindowFromDay,examWindowToDay,cityDivision,cityName,note
 *
 * examDates are separated by ; / or 、. Several notices may share one file (grouped by province+year).
 */
export const NOTICE_CSV_COLUMNS = [
  'province', 'year', 'document', 'title', 'testData', 'scheduleSection', 'month', 'flowReportDue', 'confirmationDue', 'examDates',
  'separateSection', 'cutoffDay', 'rollForward', 'examWindowFromDay', 'examWindowToDay', 'cityDivision', 'cityName', 'note',
] as const;

const NOTICE_LEVEL = ['document', 'title', 'testData', 'scheduleSection', 'separateSection', 'cutoffDay', 'rollForward', 'examWindowFromDay', 'examWindowToDay', 'cityDivision', 'cityName', 'note'] as const;

export interface NoticeFile {
  encoding: Encoding;
  notices: { line: number; notice: AnnualNotice }[];
  problems: { line: number; reason: string }[];
}

const YES = ['是', 'true', 'TRUE', '1', 'Y', 'yes'];
const NO = ['否', 'false', 'FALSE', '0', 'N', 'no', ''];

export function readNoticeFile(format: 'CSV' | 'JSON', bytes: Uint8Array): NoticeFile {
  const { text, encoding } = decodeText(bytes);
  const problems: NoticeFile['problems'] = [];
  if (format === 'JSON') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return { encoding, notices: [], problems: [{ line: 0, reason: `JSON 无法解析 / not valid JSON: ${(error as Error).message.slice(0, 200)}` }] };
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    const notices: NoticeFile['notices'] = [];
    list.forEach((raw, i) => {
      const shape = jsonShapeProblem(raw);
      if (shape) problems.push({ line: i + 1, reason: shape });
      else {
        const n = raw as AnnualNotice;
        const b = n.separateBatch;
        const separateBatch = b ? { ...b, quote: b.quote ?? null, rollForwardToWorkingDay: b.rollForwardToWorkingDay ?? true, avoidUnifiedDates: b.avoidUnifiedDates ?? true, cityDivision: b.cityDivision ?? null, cityName: b.cityName ?? null } : null;
        notices.push({ line: i + 1, notice: { ...n, seed: n.seed ?? null, note: n.note ?? null, testData: Boolean(n.testData), keyDates: n.keyDates ?? [], unifiedSchedule: n.unifiedSchedule ?? null, separateBatch } });
      }
    });
    return { encoding, notices, problems };
  }
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    return { encoding, notices: [], problems: [{ line: 0, reason: (error as Error).message }] };
  }
  if (records.length < 2) return { encoding, notices: [], problems: [{ line: 1, reason: '文件须有表头和至少一行 / a header and at least one row are required' }] };
  const header = records[0].fields.map((h) => h.trim());
  const unknown = header.filter((h) => !(NOTICE_CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) problems.push({ line: 1, reason: `未知列：${unknown.join('、')}；可用列：${NOTICE_CSV_COLUMNS.join(',')} / unknown columns` });
  for (const required of ['province', 'year', 'document', 'title']) if (!header.includes(required)) problems.push({ line: 1, reason: `缺少列 ${required} / missing column` });
  if (problems.length) return { encoding, notices: [], problems };
  const groups = new Map<string, { line: number; first: Record<string, string>; notice: AnnualNotice }>();
  for (const { line, fields } of records.slice(1)) {
    const row = Object.fromEntries(header.map((h, i) => [h, (fields[i] ?? '').trim()]));
    const year = Number(row.year);
    if (!/^\d{4}$/.test(row.year)) {
      problems.push({ line, reason: `年度“${row.year}”应为四位年份 / year must be four digits` });
      continue;
    }
    const key = `${row.province}:${year}`;
    let group = groups.get(key);
    if (!group) {
      const int = (name: string) => {
        const value = row[name] ?? '';
        if (!/^\d{1,2}$/.test(value)) problems.push({ line, reason: `${name}“${value}”应为整数 / must be a whole number` });
        return Number(value);
      };
      const bool = (name: string, fallback: boolean) => {
        const value = row[name] ?? '';
        if (value === '') return fallback;
        if (YES.includes(value)) return true;
        if (NO.includes(value)) return false;
        problems.push({ line, reason: `${name}应填“是”或“否”，实际为“${value}” / expected yes or no` });
        return fallback;
      };
      const separate = row.separateSection
        ? {
            section: row.separateSection,
            quote: null,
            cutoffDay: int('cutoffDay'),
            rollForwardToWorkingDay: bool('rollForward', true),
            examWindowFromDay: int('examWindowFromDay'),
            examWindowToDay: int('examWindowToDay'),
            cityDivision: row.cityDivision || null,
            cityName: row.cityName || null,
            avoidUnifiedDates: true,
          }
        : null;
      const notice: AnnualNotice = {
        province: row.province,
        year,
        document: row.document,
        title: row.title,
        seed: null,
        testData: bool('testData', false),
        note: row.note || null,
        unifiedSchedule: row.scheduleSection ? { section: row.scheduleSection, quote: null, sittings: [] } : null,
        separateBatch: separate,
        keyDates: [],
      };
      group = { line, first: row, notice };
      groups.set(key, group);
    } else {
      for (const column of NOTICE_LEVEL) {
        if ((row[column] ?? '') !== (group.first[column] ?? '')) problems.push({ line, reason: `${key}的${column}与第${group.line}行不一致 / ${column} differs from line ${group.line}` });
      }
    }
    if (row.month) {
      if (!group.notice.unifiedSchedule) problems.push({ line, reason: '有考核批次的行须填 scheduleSection / a sitting needs scheduleSection' });
      else group.notice.unifiedSchedule.sittings.push({ month: row.month, flowReportDue: row.flowReportDue, confirmationDue: row.confirmationDue, examDates: row.examDates.split(/[;；/、]/).map((d) => d.trim()).filter(Boolean) });
    }
  }
  return { encoding, notices: [...groups.values()].map((g) => ({ line: g.line, notice: g.notice })), problems };
}

/** Just enough type checking that validateAnnualNotice can read the value. */
function jsonShapeProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return '每条通知须为 JSON 对象 / each notice must be an object';
  const n = raw as Record<string, unknown>;
  for (const key of ['province', 'document', 'title']) if (typeof n[key] !== 'string') return `${key} 须为字符串 / ${key} must be a string`;
  if (typeof n.year !== 'number') return 'year 须为数字 / year must be a number';
  const s = n.unifiedSchedule as Record<string, unknown> | null | undefined;
  if (s != null && (typeof s !== 'object' || typeof s.section !== 'string' || !Array.isArray(s.sittings))) return 'unifiedSchedule 须含 section 和 sittings 数组 / unifiedSchedule needs section and sittings';
  if (s?.sittings) {
    for (const sitting of s.sittings as unknown[]) {
      const x = sitting as Record<string, unknown>;
      if (typeof x !== 'object' || x === null || typeof x.month !== 'string' || typeof x.flowReportDue !== 'string' || typeof x.confirmationDue !== 'string' || !Array.isArray(x.examDates) || !x.examDates.every((d) => typeof d === 'string')) {
        return 'sittings 每项须含 month、flowReportDue、confirmationDue、examDates / malformed sitting';
      }
    }
  }
  const b = n.separateBatch as Record<string, unknown> | null | undefined;
  if (b != null && (typeof b !== 'object' || typeof b.section !== 'string' || typeof b.cutoffDay !== 'number' || typeof b.examWindowFromDay !== 'number' || typeof b.examWindowToDay !== 'number')) {
    return 'separateBatch 须含 section、cutoffDay、examWindowFromDay、examWindowToDay / malformed separateBatch';
  }
  if (n.keyDates != null && (!Array.isArray(n.keyDates) || !n.keyDates.every((k) => typeof k === 'object' && k !== null && typeof k.key === 'string' && typeof k.date === 'string' && typeof k.section === 'string' && typeof k.description === 'string'))) {
    return 'keyDates 每项须含 key、date、section、description / malformed keyDates';
  }
  return null;
}
