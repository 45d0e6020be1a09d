import { useQuery } from 'urql';
import { Chart } from '../components/Chart';
import { DataTable } from '../components/DataTable';
import { ErrorBox, Loading } from '../components/State';
import { DEADLINE_NAMES, PROVINCE_NAMES, useI18n } from '../i18n';
import { ComplianceQuery } from '../operations';

/**
 * Extension point for the certificate exchange (issue 11): when the graph has upload batches, a
 * query for each province's pending and rejected records goes into operations.ts and its table
 * replaces this note. Until then the board says plainly that there is nothing to show yet.
 */
function PendingUploads() {
  const { t } = useI18n();
  return (
    <div className="card note" data-testid="pending-uploads">
      <h3>{t('pendingUploads')}</h3>
      <p>{t('pendingUploadsNote')}</p>
    </div>
  );
}

const citation = (c: { document: string; section: string; quote?: string | null }) => `${c.document} ${c.section}${c.quote ? `：「${c.quote}」` : ''}`;

export function Compliance() {
  const { t, name } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ComplianceQuery, variables: { first: 200 } });
  const board = data?.complianceBoard;
  type Row = NonNullable<typeof board>['overdue'][number];
  const deadlineRows = (rows: Row[]) =>
    rows.map((r) => [name(PROVINCE_NAMES, r.batch.province), r.batch.code, name(DEADLINE_NAMES, r.deadline.kind), r.deadline.dueDate, r.deadline.metOn ?? '', r.daysLate, citation(r.citation)]);
  const deadlineColumns = [t('province'), t('batch'), t('kind'), t('due'), t('metOn'), t('daysLate'), t('basis')];

  return (
    <section className="page" data-testid="page-compliance">
      <h2>{t('compliance')}{board ? ` · ${board.asOf}` : ''}</h2>
      {error && <ErrorBox error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {board && data && (
        <>
          <div className="figures">
            <div className="figure"><span className="label">{t('overdue')}</span><span className="value" data-testid="figure-overdueTotal">{board.overdueTotal}</span></div>
            <div className="figure"><span className="label">{t('metLate')}</span><span className="value" data-testid="figure-metLateTotal">{board.metLateTotal}</span></div>
            <div className="figure"><span className="label">{t('refusedPanels')}</span><span className="value" data-testid="figure-refusedPanelsTotal">{board.refusedPanelsTotal}</span></div>
          </div>
          <div className="grid2">
            <div className="card">
              <h3>{t('byProvince')}</h3>
              <Chart
                testId="chart-compliance"
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: { top: 0 },
                  grid: { left: 40, right: 16, top: 36, bottom: 28 },
                  xAxis: { type: 'category', data: board.byProvince.map((r) => name(PROVINCE_NAMES, r.province)) },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    { name: t('metOnTime'), type: 'bar', stack: 'd', data: board.byProvince.map((r) => r.deadlinesMetOnTime) },
                    { name: t('metLate'), type: 'bar', stack: 'd', data: board.byProvince.map((r) => r.deadlinesMetLate) },
                    { name: t('overdue'), type: 'bar', stack: 'd', data: board.byProvince.map((r) => r.deadlinesOverdue) },
                  ],
                }}
              />
            </div>
            <PendingUploads />
          </div>
          <h3>{t('overdue')} ({board.overdue.length < board.overdueTotal ? `${t('shown')} ${board.overdue.length} / ` : ''}{board.overdueTotal})</h3>
          <DataTable testId="table-overdue" numeric={[5]} table={{ name: t('overdue'), columns: deadlineColumns, rows: deadlineRows(board.overdue) }} />
          <h3>{t('metLate')} ({board.metLateTotal})</h3>
          <DataTable testId="table-late" numeric={[5]} table={{ name: t('metLate'), columns: deadlineColumns, rows: deadlineRows(board.metLate) }} />
          <h3>{t('refusedPanels')} ({board.refusedPanelsTotal})</h3>
          <DataTable
            testId="table-refused"
            table={{
              name: t('refusedPanels'),
              columns: [t('province'), t('batch'), t('refusedAt'), t('reasons')],
              rows: board.refusedPanels.map((r) => [name(PROVINCE_NAMES, r.province), r.batch.code, String(r.refusedAt).replace('T', ' ').slice(0, 16), r.violations.join('；')]),
            }}
          />
          <h3>{t('byProvince')}</h3>
          <DataTable
            testId="table-compliance-province"
            numeric={[1, 2, 3, 4, 5]}
            table={{
              name: `${t('compliance')}-${t('byProvince')}`,
              columns: [t('province'), t('deadlinesDue'), t('metOnTime'), t('metLate'), t('overdue'), t('archivesDue')],
              rows: board.byProvince.map((r) => [name(PROVINCE_NAMES, r.province), r.deadlinesDue, r.deadlinesMetOnTime, r.deadlinesMetLate, r.deadlinesOverdue, r.archivesDueForPurge]),
            }}
          />
          <h3>{t('workload')}</h3>
          <DataTable
            testId="table-workload"
            numeric={[2, 3, 4, 5]}
            table={{
              name: t('workload'),
              columns: [t('province'), t('examiner'), t('days'), t('examined'), 'LEADER', 'SUPERVISOR'],
              rows: data.examinerWorkload.map((w) => [name(PROVINCE_NAMES, w.province), w.examiner.name ?? w.examiner.id, w.days, w.examinerDays, w.leaderDays, w.supervisorDays]),
            }}
          />
        </>
      )}
    </section>
  );
}
