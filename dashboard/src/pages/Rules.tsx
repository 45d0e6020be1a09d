import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { DataTable } from '../components/DataTable';
import { ErrorBox, Loading } from '../components/State';
import { PROVINCE_NAMES, useI18n } from '../i18n';
import { RulesQuery } from '../operations';

const PROVINCES = Object.keys(PROVINCE_NAMES);

/** The provinces' rules side by side, each value with its notice and section (compareProvinceRules). */
export function Rules() {
  const { t, name } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RulesQuery });
  const [search, setSearch] = useState('');
  const [track, setTrack] = useState('SPECIAL_ABILITY');
  const rows = useMemo(() => {
    if (!data) return [];
    const s = search.trim().toLowerCase();
    return data.compareProvinceRules
      .filter((r) => !s || r.rule.toLowerCase().includes(s) || r.description.toLowerCase().includes(s))
      .map((r) => [
        `${r.description} (${r.rule})`,
        ...PROVINCES.map((p) => {
          const v = r.values.find((x) => x.province === p && x.track === track);
          if (!v) return '—';
          return `${v.stated ? (v.value ?? '') : `${t('notStated')}${v.value ? `（${v.value}）` : ''}`}\n[${v.source.document} ${v.source.section}]`;
        }),
      ]);
  }, [data, search, track, t]);
  return (
    <section className="page" data-testid="page-rules">
      <h2>{t('rules')}</h2>
      <div className="filters">
        <label>
          {t('filterRules')}
          <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder="retention / 期限" />
        </label>
        <label>
          Track
          <select value={track} onChange={(e) => setTrack(e.target.value)} data-testid="rules-track">
            <option value="SPECIAL_ABILITY">专项职业能力考核</option>
            <option value="SKILL_LEVEL">职业技能等级认定</option>
          </select>
        </label>
      </div>
      {error && <ErrorBox error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && <DataTable testId="table-rules" table={{ name: t('rules'), columns: [t('rule'), ...PROVINCES.map((p) => name(PROVINCE_NAMES, p))], rows }} />}
    </section>
  );
}
