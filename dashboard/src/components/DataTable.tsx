import { useState } from 'react';
import { exportCsv, exportXlsx, type TableData } from '../export';
import { useI18n } from '../i18n';

/**
 * A table that shows exactly what it exports: the same columns and display values go to CSV and XLSX.
 * `onRowClick` makes rows a drill-down link.
 */
export function DataTable({ table, testId, onRowClick, numeric = [] }: { table: TableData; testId: string; onRowClick?: (index: number) => void; numeric?: number[] }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <div className="table-wrap" data-testid={testId}>
      <div className="table-tools">
        <button onClick={() => exportCsv(table)} data-testid={`${testId}-csv`}>{t('exportCsv')}</button>
        <button
          disabled={busy}
          data-testid={`${testId}-xlsx`}
          onClick={() => {
            setBusy(true);
            exportXlsx(table).finally(() => setBusy(false));
          }}
        >
          {t('exportXlsx')}
        </button>
      </div>
      {table.rows.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <div className="scroll">
          <table>
            <thead>
              <tr>{table.columns.map((c) => <th key={c}>{c}</th>)}</tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i} className={onRowClick ? 'link' : undefined} onClick={onRowClick ? () => onRowClick(i) : undefined}>
                  {row.map((v, j) => (
                    <td key={j} className={numeric.includes(j) ? 'num' : undefined}>{v ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
