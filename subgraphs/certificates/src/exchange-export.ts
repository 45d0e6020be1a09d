import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { EXCHANGE_COLUMNS, type ExchangeRecord } from './exchange-records';
import type { ExchangeFileFormat } from './upload-batch.enums';

/**
 * Streams exchange records into a file format without holding the batch: each page is written, then
 * the writer waits for the destination to drain before asking for the next page.
 *
 * - CSV: RFC 4180, CRLF; UTF-8 with a BOM (Excel needs it to read UTF-8), or GBK as GB18030 (a
 *   superset: every GBK character is encoded as GBK would, and rare name characters outside GBK
 *   survive instead of becoming "?").
 * - XLSX: exceljs' streaming WorkbookWriter, one committed row at a time, no shared strings.
 * - JSONL: one JSON object per line, UTF-8, keys as in ExchangeRecord.
 */
export interface ExportOptions {
  format: ExchangeFileFormat;
  /** UTF-8 CSV only: start with a BOM (default true). */
  bom?: boolean;
  onPage?(rows: number): void;
}

export const CONTENT_TYPES: Record<ExchangeFileFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  CSV_GBK: 'text/csv; charset=gb18030',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  JSONL: 'application/x-ndjson; charset=utf-8',
};

export const EXTENSIONS: Record<ExchangeFileFormat, string> = { CSV: 'csv', CSV_GBK: 'csv', XLSX: 'xlsx', JSONL: 'jsonl' };

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(values: (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

async function write(out: Writable, chunk: Buffer | string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Writes every page to `out` and ends it; returns the number of records. */
export async function writeExchangeFile(pages: AsyncIterable<ExchangeRecord[]>, out: Writable, options: ExportOptions): Promise<number> {
  let count = 0;
  if (options.format === 'XLSX') {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    const sheet = workbook.addWorksheet('证书数据');
    sheet.addRow(EXCHANGE_COLUMNS.map((c) => c.heading)).commit();
    for await (const page of pages) {
      for (const record of page) sheet.addRow(EXCHANGE_COLUMNS.map((c) => record[c.key] ?? null)).commit();
      count += page.length;
      options.onPage?.(page.length);
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await workbook.commit();
    return count;
  }
  const encode = options.format === 'CSV_GBK' ? (text: string) => iconv.encode(text, 'gb18030') : (text: string) => Buffer.from(text, 'utf8');
  if (options.format === 'CSV' || options.format === 'CSV_GBK') {
    const bom = options.format === 'CSV' && options.bom !== false ? '\uFEFF' : '';
    await write(out, encode(bom + csvLine(EXCHANGE_COLUMNS.map((c) => c.heading))));
  }
  for await (const page of pages) {
    let text = '';
    if (options.format === 'JSONL') {
      for (const record of page) text += `${JSON.stringify(record)}\n`;
    } else {
      for (const record of page) text += csvLine(EXCHANGE_COLUMNS.map((c) => record[c.key]));
    }
    await write(out, encode(text));
    count += page.length;
    options.onPage?.(page.length);
  }
  out.end();
  await once(out, 'finish').catch(() => undefined);
  return count;
}
