/**
 * Reading the files people keep their lists in: CSV as Excel saves it (UTF-8 with or without BOM, or
 * GBK/GB18030) and .xlsx workbooks. Shared by the catalog and candidate imports; a subpath export
 * (`@skillfed/common/tabular`) so services that never import do not load exceljs.
 */
import ExcelJS from 'exceljs';

/**
 * A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, commas. Returns each record with
 * the physical line it starts on, so import errors can name the line a user sees in Excel.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0].trim() !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
  }
  if (quoted) throw new Error(`第${recordLine}行引号未闭合 / unclosed quote starting on line ${recordLine}`);
  if (field !== '' || fields.length) endRecord();
  return records;
}

export type Encoding = 'UTF-8' | 'GB18030';

/**
 * UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030, the superset of GBK that
 * Excel in Chinese offices writes. Returns the text and which decoding was used.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}


/** The ZIP signature every .xlsx starts with; lets a caller tell an XLSX upload from a CSV one. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * One cell as the text a user sees: numbers without float noise, dates as YYYY-MM-DD (Excel stores a
 * typed date as a date, not as text), formulas by their cached result, rich text and links by their text.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in value) return String((value as { error: string }).error);
  }
  return String(value);
}

/**
 * Reads the first worksheet of an .xlsx file (the format Excel saves by default) into the same records
 * the CSV reader returns; a record's line is the sheet's row number, as Excel shows it.
 */
export async function readXlsx(bytes: Uint8Array): Promise<CsvRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new Error('XLSX 文件无法读取 / not a readable .xlsx file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: CsvRecord[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: string[] = [];
    for (let c = 1; c <= width; c++) fields.push(cellText(row.getCell(c).value).trim());
    // Trailing empty cells are formatting, not columns.
    while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
    if (fields.some((f) => f !== '')) records.push({ line: rowNumber, fields });
  });
  // Rows shorter than the header because their last cells are empty are padded back to the header.
  const header = records[0]?.fields.length ?? 0;
  for (const r of records) while (r.fields.length < header) r.fields.push('');
  return records;
}

/** Writes records to an .xlsx (first sheet); used for sample files and tests. */
export async function writeXlsx(rows: (string | number)[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
