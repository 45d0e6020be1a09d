import { useState } from 'react';
import type { ProvinceCode, StatsFilter } from '../gql/graphql';
import { PROVINCE_NAMES, useI18n } from '../i18n';
import { CITY_NAMES, citiesOf } from '../regions';

export interface FilterState {
  fromMonth: string;
  toMonth: string;
  province: string;
  cityCode: string;
}

export const EMPTY_FILTER: FilterState = { fromMonth: '', toMonth: '', province: '', cityCode: '' };

/** The StatsFilter the API takes, from the form's state (blank fields are left out). */
export function toStatsFilter(f: FilterState): StatsFilter {
  return {
    ...(f.fromMonth ? { fromMonth: f.fromMonth } : {}),
    ...(f.toMonth ? { toMonth: f.toMonth } : {}),
    ...(f.province ? { provinces: [f.province as ProvinceCode] } : {}),
    ...(f.cityCode ? { cityCodes: [f.cityCode] } : {}),
  };
}

export function Filters({ value, onApply }: { value: FilterState; onApply: (f: FilterState) => void }) {
  const { t, name } = useI18n();
  const [draft, setDraft] = useState(value);
  const set = (patch: Partial<FilterState>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      className="filters"
      data-testid="filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <label>
        {t('from')}
        <input type="month" name="fromMonth" value={draft.fromMonth} onChange={(e) => set({ fromMonth: e.target.value })} />
      </label>
      <label>
        {t('to')}
        <input type="month" name="toMonth" value={draft.toMonth} onChange={(e) => set({ toMonth: e.target.value })} />
      </label>
      <label>
        {t('province')}
        <select name="province" value={draft.province} onChange={(e) => set({ province: e.target.value, cityCode: '' })}>
          <option value="">{t('all')}</option>
          {Object.keys(PROVINCE_NAMES).map((p) => <option key={p} value={p}>{name(PROVINCE_NAMES, p)}</option>)}
        </select>
      </label>
      <label>
        {t('city')}
        <select name="cityCode" value={draft.cityCode} onChange={(e) => set({ cityCode: e.target.value })}>
          <option value="">{t('all')}</option>
          {citiesOf(draft.province || null).map((c) => <option key={c} value={c}>{name(CITY_NAMES, c)}</option>)}
        </select>
      </label>
      <button type="submit" data-testid="apply-filters">{t('apply')}</button>
      <button
        type="button"
        onClick={() => {
          setDraft(EMPTY_FILTER);
          onApply(EMPTY_FILTER);
        }}
      >
        {t('reset')}
      </button>
    </form>
  );
}
