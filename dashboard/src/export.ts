/** A table as the user sees it: header labels and rows of display values. */
export interface TableData {
  name: string;
  columns: string[];
  rows: (string | number | null)[][];
}

function download(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const cell = (v: string | number | null) => {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV in UTF-8 with a byte-order mark, so Excel on Chinese Windows opens the Chinese text correctly. */
export function toCsv(table: TableData): string {
  return [table.columns, ...table.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function exportCsv(table: TableData): void {
  download(new Blob(['\ufeff', toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${table.name}.csv`);
}

/** XLSX through exceljs, loaded only when asked for (it is the largest part of the bundle). */
export async function exportXlsx(table: TableData): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => (v == null ? '' : v)));
  sheet.columns.forEach((c, i) => (c.width = Math.min(60, Math.max(10, ...[table.columns[i], ...table.rows.map((r) => r[i])].map((v) => String(v ?? '').length * 2)))));
  const buffer = await workbook.xlsx.writeBuffer();
  download(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${table.name}.xlsx`);
}
