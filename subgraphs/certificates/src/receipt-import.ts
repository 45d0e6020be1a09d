import { decodeText, parseCsv, readXlsx } from '@skillfed/common/tabular';
import iconv from 'iconv-lite';
import type { ExchangeFileFormat } from './upload-batch.enums';

/**
 * 回执 / the query system's answer to a batch: one line per certificate number with accepted or
 * rejected and, when rejected, why. Read from CSV (UTF-8 with or without BOM, or GBK/GB18030 as Excel
 * saves it), XLSX (first sheet) or JSON Lines. Headings in English or Chinese; an optional date
 * column (日期) gives the day each line was processed.
 */
export interface ReceiptLine {
  line: number;
  number: string;
  accepted: boolean | null;
  reason: string | null;
  /** The day the query system processed the line, when the receipt says (else the import's date). */
  date: string | null;
  /** What the line says when it is unreadable. */
  problem?: string;
}

const NUMBER_HEADINGS = ['number', 'certificatenumber', '证书编号', '编号'];
const OUTCOME_HEADINGS = ['outcome', 'result', 'status', '结果', '回执结果', '状态', '处理结果'];
const REASON_HEADINGS = ['reason', 'message', '原因', '退回原因', '说明'];
const DATE_HEADINGS = ['date', 'processedon', 'acknowledgedon', '日期', '回执日期', '处理日期'];
const ACCEPTED = new Set(['accepted', 'accept', 'ok', 'success', 'true', '1', '接收', '已接收', '通过', '成功', '入库']);
const REJECTED = new Set(['rejected', 'reject', 'error', 'failed', 'false', '0', '退回', '已退回', '拒绝', '不通过', '失败']);

export class ReceiptFileError extends Error {}

function outcomeOf(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (ACCEPTED.has(v)) return true;
  if (REJECTED.has(v)) return false;
  return null;
}

function column(headings: string[], names: string[]): number {
  return headings.findIndex((h) => names.includes(h.replace(/\s+/g, '').toLowerCase()));
}

function fromTable(records: { line: number; fields: string[] }[]): ReceiptLine[] {
  if (!records.length) throw new ReceiptFileError('回执文件为空 / the receipt file is empty');
  const [head, ...rows] = records;
  const headings = head.fields.map((h) => h.trim());
  const n = column(headings, NUMBER_HEADINGS);
  const o = column(headings, OUTCOME_HEADINGS);
  const r = column(headings, REASON_HEADINGS);
  const d = column(headings, DATE_HEADINGS);
  if (n < 0 || o < 0) {
    throw new ReceiptFileError(`第${head.line}行须有表头"证书编号,结果,原因"（或 number,outcome,reason），实为：${headings.join(',').slice(0, 200)} / the first line must name the number and outcome columns`);
  }
  return rows.map((row) => line(row.line, row.fields[n] ?? '', row.fields[o] ?? '', r >= 0 ? row.fields[r] ?? '' : '', d >= 0 ? row.fields[d] ?? '' : ''));
}

function realDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function line(at: number, number: string, outcome: string, reason: string, date = ''): ReceiptLine {
  const accepted = outcomeOf(outcome);
  const day = date.trim().replace(/\//g, '-').slice(0, 10);
  const base = { line: at, number: number.trim(), accepted, reason: reason.trim() || null, date: day || null };
  if (day && !realDate(day)) return { ...base, date: null, problem: `日期"${date.trim().slice(0, 20)}"无效，应为YYYY-MM-DD / date must be YYYY-MM-DD` };
  if (!base.number) return { ...base, problem: '缺少证书编号 / no certificate number' };
  if (base.number.length > 40) return { ...base, number: base.number.slice(0, 40), problem: '证书编号超过40个字符 / number longer than 40 characters' };
  if (accepted === null) return { ...base, problem: `结果"${outcome.trim().slice(0, 20)}"无法识别，应为 接收/退回（accepted/rejected）/ outcome must be accepted or rejected` };
  if (base.reason && [...base.reason].length > 500) return { ...base, reason: [...base.reason].slice(0, 500).join(''), problem: '原因超过500字 / reason longer than 500 characters' };
  if (accepted === false && !base.reason) return { ...base, problem: '退回须写明原因 / a rejected row needs its reason' };
  return base;
}

function fromJsonLines(text: string): ReceiptLine[] {
  const lines: ReceiptLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      lines.push({ line: i + 1, number: '', accepted: null, reason: null, date: null, problem: '不是有效的JSON / not valid JSON' });
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      lines.push({ line: i + 1, number: '', accepted: null, reason: null, date: null, problem: '每行应为一个JSON对象 / each line must be a JSON object' });
      return;
    }
    const o = value as Record<string, unknown>;
    const pick = (names: string[]) => {
      const key = Object.keys(o).find((k) => names.includes(k.toLowerCase()));
      const v = key === undefined ? '' : o[key];
      return typeof v === 'boolean' ? (v ? 'accepted' : 'rejected') : v === null || v === undefined ? '' : String(v);
    };
    lines.push(line(i + 1, pick(NUMBER_HEADINGS), pick([...OUTCOME_HEADINGS, 'accepted']), pick(REASON_HEADINGS), pick(DATE_HEADINGS)));
  });
  return lines;
}

/** Reads a receipt; `format` CSV also accepts GBK (detected). Throws ReceiptFileError for a file that cannot be read at all. */
export async function readReceipt(bytes: Buffer, format: ExchangeFileFormat): Promise<ReceiptLine[]> {
  // The shared readers (common/tabular.ts, also used by the catalog and candidate imports) throw plain
  // errors with a bilingual message; here they are the file's fault.
  const unreadable = (error: unknown) => new ReceiptFileError((error as Error).message);
  if (format === 'XLSX') return fromTable(await readXlsx(bytes).catch((error) => Promise.reject(unreadable(error))));
  const text = format === 'CSV_GBK' ? iconv.decode(bytes, 'gb18030') : decodeText(bytes).text;
  if (format === 'JSONL') return fromJsonLines(text);
  try {
    return fromTable(parseCsv(text));
  } catch (error) {
    if (error instanceof ReceiptFileError) throw error;
    throw unreadable(error);
  }
}
