import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { DataTable } from '../components/DataTable';
import { ErrorBox, Loading } from '../components/State';
import { num, pct } from '../format';
import { DEADLINE_NAMES, PROVINCE_NAMES, useI18n } from '../i18n';
import { BatchesDrillQuery, InstitutionsDrillQuery, ProvincesDrillQuery } from '../operations';
import type { ProvinceCode } from '../gql/graphql';
import { CITY_NAMES } from '../regions';

type Level = { province?: string; institution?: { id: string; name: string } };

function Provinces({ onPick }: { onPick: (province: string) => void }) {
  const { t, name } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProvincesDrillQuery, variables: {} });
  if (error) return <ErrorBox error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  const issued = new Map(data.certificateStats.map((c) => [c.province, c.issued]));
  const rows = data.examStats;
  return (
    <DataTable
      testId="drill-provinces"
      numeric={[1, 2, 3, 4, 5, 6]}
      onRowClick={(i) => onPick(rows[i].province!)}
      table={{
        name: t('byProvince'),
        columns: [t('province'), t('batchesDeclared'), t('candidatesExamined'), t('candidatesPassed'), t('passRate'), t('certificatesIssued'), t('overdue')],
        rows: rows.map((r) => [name(PROVINCE_NAMES, r.province), r.batchesDeclared, r.candidatesExamined, r.candidatesPassed, pct(r.passRate), issued.get(r.province) ?? 0, r.deadlinesOverdue]),
      }}
    />
  );
}

function Institutions({ province, onPick }: { province: string; onPick: (i: { id: string; name: string }) => void }) {
  const { t, name } = useI18n();
  const variables = useMemo(() => ({ filter: { provinces: [province as ProvinceCode] } }), [province]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: InstitutionsDrillQuery, variables });
  if (error) return <ErrorBox error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  const issued = new Map(data.certificateStats.map((c) => [c.institution?.id, c.issued]));
  const rows = data.examStats.filter((r) => r.institution);
  return (
    <DataTable
      testId="drill-institutions"
      numeric={[2, 3, 4, 5, 6, 7]}
      onRowClick={(i) => onPick({ id: rows[i].institution!.id, name: rows[i].institution!.name })}
      table={{
        name: `${name(PROVINCE_NAMES, province)}-${t('institution')}`,
        columns: [t('institution'), t('city'), t('batchesDeclared'), t('candidatesExamined'), t('candidatesPassed'), t('passRate'), t('certificatesIssued'), t('overdue')],
        rows: rows.map((r) => [r.institution!.name, name(CITY_NAMES, r.institution!.cityCode), r.batchesDeclared, r.candidatesExamined, r.candidatesPassed, pct(r.passRate), issued.get(r.institution!.id) ?? 0, r.deadlinesOverdue]),
      }}
    />
  );
}

function Batches({ institutionId }: { institutionId: string }) {
  const { t, name } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: BatchesDrillQuery, variables: { institutionId, after } });
  if (error) return <ErrorBox error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  const page = data?.examBatches;
  if (!page) return null;
  return (
    <>
      <p className="hint">{t('total')}: {num(page.totalCount)}</p>
      <DataTable
        testId="drill-batches"
        numeric={[4]}
        table={{
          name: `${t('batch')}-${institutionId.slice(0, 8)}`,
          columns: [t('code'), t('project'), t('startDate'), t('status'), t('candidates'), t('kind')],
          rows: page.nodes.map((b) => [
            b.code,
            b.project?.name ?? '',
            b.startDate === b.endDate ? b.startDate : `${b.startDate} – ${b.endDate}`,
            b.status,
            b.candidateCount,
            (b.deadlines ?? []).map((d) => `${name(DEADLINE_NAMES, d.kind)} ${d.dueDate}${d.metOn ? ` ✓${d.metOn}` : ''}`).join('；'),
          ]),
        }}
      />
      {page.pageInfo.hasNextPage && <button onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>→</button>}
    </>
  );
}

/** Province → institution → batch, each level from the summary tables except the batch list itself. */
export function Drill() {
  const { t, name } = useI18n();
  const [level, setLevel] = useState<Level>({});
  return (
    <section className="page" data-testid="page-drill">
      <h2>{t('drill')}</h2>
      <nav className="crumbs" data-testid="crumbs">
        <a href="#/drill" onClick={(e) => { e.preventDefault(); setLevel({}); }}>{t('all')}</a>
        {level.province && (
          <>
            {' › '}
            <a href="#/drill" onClick={(e) => { e.preventDefault(); setLevel({ province: level.province }); }}>{name(PROVINCE_NAMES, level.province)}</a>
          </>
        )}
        {level.institution && <> {' › '} <span>{level.institution.name}</span></>}
      </nav>
      <p className="hint">{t('clickToDrill')}</p>
      {!level.province && <Provinces onPick={(province) => setLevel({ province })} />}
      {level.province && !level.institution && <Institutions province={level.province} onPick={(institution) => setLevel({ province: level.province, institution })} />}
      {level.institution && <Batches institutionId={level.institution.id} />}
    </section>
  );
}
