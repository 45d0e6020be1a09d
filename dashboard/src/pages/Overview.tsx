import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Chart } from '../components/Chart';
import { DataTable } from '../components/DataTable';
import { EMPTY_FILTER, Filters, toStatsFilter, type FilterState } from '../components/Filters';
import { ErrorBox, Loading } from '../components/State';
import { num, pct } from '../format';
import { GROUP_NAMES, PROVINCE_NAMES, useI18n } from '../i18n';
import { OverviewQuery } from '../operations';
import { CITY_NAMES } from '../regions';

/** Sums per-province monthly rows into one series per month (the API keeps provinces apart). */
function monthly<T extends { month?: string | null }>(rows: T[], pick: (r: T) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) if (r.month) out.set(r.month, (out.get(r.month) ?? 0) + pick(r));
  return out;
}

export function Overview() {
  const i18n = useI18n();
  const { t, name } = i18n;
  const [filter, setFilter] = useState<FilterState>(EMPTY_FILTER);
  const variables = useMemo(() => ({ filter: toStatsFilter(filter) }), [filter]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: OverviewQuery, variables });

  const view = useMemo(() => {
    if (!data) return null;
    const total = data.total[0];
    const certs = data.certificatesTotal[0] ?? { issued: 0, revoked: 0 };
    const examinedByMonth = monthly(data.byMonth, (r) => r.candidatesExamined);
    const passedByMonth = monthly(data.byMonth, (r) => r.candidatesPassed);
    const declaredByMonth = monthly(data.byMonth, (r) => r.batchesDeclared);
    const issuedByMonth = monthly(data.certificatesByMonth, (r) => r.issued);
    // Months with something to draw (the MONTH rows also carry months that only have deadlines or archive dates).
    const months = [...new Set([...examinedByMonth.keys(), ...declaredByMonth.keys(), ...issuedByMonth.keys()])]
      .filter((m) => (examinedByMonth.get(m) ?? 0) + (declaredByMonth.get(m) ?? 0) + (issuedByMonth.get(m) ?? 0) > 0)
      .sort();
    const certsByProvince = new Map(data.certificatesByProvince.map((c) => [c.province, c]));
    return { total, certs, months, examinedByMonth, passedByMonth, declaredByMonth, issuedByMonth, certsByProvince };
  }, [data]);

  const figures: [string, string, string][] = view
    ? [
        ['batchesDeclared', t('batchesDeclared'), num(view.total?.batchesDeclared ?? 0)],
        ['candidatesExamined', t('candidatesExamined'), num(view.total?.candidatesExamined ?? 0)],
        ['candidatesPassed', t('candidatesPassed'), num(view.total?.candidatesPassed ?? 0)],
        ['passRate', t('passRate'), pct(view.total?.passRate)],
        ['certificatesIssued', t('certificatesIssued'), num(view.certs.issued)],
        ['certificatesRevoked', t('certificatesRevoked'), num(view.certs.revoked)],
        ['deadlinesOverdue', t('overdue'), num(view.total?.deadlinesOverdue ?? 0)],
        ['archivesDueForPurge', t('archivesDue'), num(view.total?.archivesDueForPurge ?? 0)],
      ]
    : [];

  return (
    <section className="page" data-testid="page-overview">
      <h2>{t('overview')}</h2>
      <Filters value={filter} onApply={setFilter} />
      {error && <ErrorBox error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {view && data && (
        <>
          <div className="figures" data-testid="figures">
            {figures.map(([key, label, value]) => (
              <div className="figure" key={key} data-figure={key}>
                <span className="label">{label}</span>
                <span className="value" data-testid={`figure-${key}`}>{value}</span>
              </div>
            ))}
          </div>
          <div className="grid2">
            <div className="card">
              <h3>{t('monthlyTrend')}</h3>
              <Chart
                testId="chart-trend"
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: { top: 0 },
                  grid: { left: 40, right: 16, top: 36, bottom: 28 },
                  xAxis: { type: 'category', data: view.months },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    { name: t('candidatesExamined'), type: 'bar', data: view.months.map((m) => view.examinedByMonth.get(m) ?? 0) },
                    { name: t('candidatesPassed'), type: 'bar', data: view.months.map((m) => view.passedByMonth.get(m) ?? 0) },
                    { name: t('certificatesIssued'), type: 'line', data: view.months.map((m) => view.issuedByMonth.get(m) ?? 0) },
                    { name: t('batchesDeclared'), type: 'line', data: view.months.map((m) => view.declaredByMonth.get(m) ?? 0) },
                  ],
                }}
              />
            </div>
            <div className="card">
              <h3>{t('passRateByProvince')}</h3>
              <Chart
                testId="chart-province"
                option={{
                  tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${v}%` },
                  grid: { left: 40, right: 16, top: 16, bottom: 28 },
                  xAxis: { type: 'category', data: data.byProvince.map((r) => name(PROVINCE_NAMES, r.province)) },
                  yAxis: { type: 'value', max: 100 },
                  series: [{ name: t('passRate'), type: 'bar', data: data.byProvince.map((r) => (r.passRate == null ? 0 : Math.round(r.passRate * 1000) / 10)), label: { show: true, position: 'top', formatter: '{c}%' } }],
                }}
              />
            </div>
            <div className="card">
              <h3>{t('passRateByCity')}</h3>
              <Chart
                testId="chart-city"
                option={{
                  tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${v}%` },
                  grid: { left: 40, right: 16, top: 16, bottom: 48 },
                  xAxis: { type: 'category', data: data.byCity.map((r) => name(CITY_NAMES, r.cityCode) || '—'), axisLabel: { interval: 0, rotate: 20 } },
                  yAxis: { type: 'value', max: 100 },
                  series: [{ name: t('passRate'), type: 'bar', data: data.byCity.map((r) => (r.passRate == null ? 0 : Math.round(r.passRate * 1000) / 10)) }],
                }}
              />
            </div>
            <div className="card">
              <h3>{t('priorityGroups')}</h3>
              <Chart
                testId="chart-groups"
                option={{
                  tooltip: { trigger: 'item' },
                  legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
                  series: [
                    {
                      name: t('candidatesExamined'),
                      type: 'pie',
                      radius: ['35%', '65%'],
                      center: ['35%', '50%'],
                      data: (view.total?.priorityGroups ?? []).filter((g) => g.group !== 'NONE' && g.examined > 0).map((g) => ({ name: name(GROUP_NAMES, g.group), value: g.examined })),
                    },
                  ],
                }}
              />
            </div>
          </div>
          <h3>{t('byProvince')}</h3>
          <DataTable
            testId="table-province"
            numeric={[1, 2, 3, 4, 5, 6, 7, 8]}
            table={{
              name: `${t('byProvince')}`,
              columns: [t('province'), t('batchesDeclared'), t('candidatesExamined'), t('candidatesPassed'), t('passRate'), t('certificatesIssued'), t('overdue'), t('metLate'), t('archivesDue')],
              rows: data.byProvince.map((r) => [
                name(PROVINCE_NAMES, r.province),
                r.batchesDeclared,
                r.candidatesExamined,
                r.candidatesPassed,
                pct(r.passRate),
                view.certsByProvince.get(r.province)?.issued ?? 0,
                r.deadlinesOverdue,
                r.deadlinesMetLate,
                r.archivesDueForPurge,
              ]),
            }}
          />
          <h3>{t('byCity')}</h3>
          <DataTable
            testId="table-city"
            numeric={[2, 3, 4, 5]}
            table={{
              name: `${t('byCity')}`,
              columns: [t('province'), t('city'), t('batchesDeclared'), t('candidatesExamined'), t('candidatesPassed'), t('passRate')],
              rows: data.byCity.map((r) => [name(PROVINCE_NAMES, r.province), `${name(CITY_NAMES, r.cityCode)} ${r.cityCode ?? ''}`.trim(), r.batchesDeclared, r.candidatesExamined, r.candidatesPassed, pct(r.passRate)]),
            }}
          />
          <h3>{t('priorityGroups')}</h3>
          <DataTable
            testId="table-groups"
            numeric={[1, 2, 3]}
            table={{
              name: `${t('priorityGroups')}`,
              columns: [t('group'), t('examined'), t('candidatesPassed'), t('passRate')],
              rows: (view.total?.priorityGroups ?? []).map((g) => [name(GROUP_NAMES, g.group), g.examined, g.passed, pct(g.passRate)]),
            }}
          />
        </>
      )}
    </section>
  );
}
