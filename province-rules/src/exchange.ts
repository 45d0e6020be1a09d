import { getProvince } from './registry';
import { trackRules } from './rules';
import type { Citation, Deadline, Rule, Track } from './types';

/**
 * Exchange with the certificate query systems (the provincial query system and MOHRSS's national
 * networked query): how a province groups its upload batches, and by when certificate data must be
 * online. Pure data; the certificates subgraph asks these generically.
 */

/** PROVINCE: one batch stream per province and track; CITY: one per city (the city uploads). */
export type ExchangeScope = 'PROVINCE' | 'CITY';

export interface ExchangeRoute {
  scope: ExchangeScope;
  /** Who hands the data to whom, in the notice's words. */
  route: string;
}

export interface ExchangeRules {
  route: Rule<ExchangeRoute>;
  /**
   * Working days within which certificate data must be online, counted from the certificate's issue
   * date (the day the batch's certificate data is generated). Null where the notice sets no period.
   */
  uploadDeadline: Rule<Deadline>;
}

/** The province's own words where it has them; otherwise one batch per province and track, not stated. */
export function exchangeRules(province: string, track?: Track | null): ExchangeRules {
  const module = getProvince(province);
  const rules = trackRules(province, track);
  const given = module.hooks?.exchange?.[rules.track];
  const fallback: Citation = { ...module.identity.sources[0], section: '全文' };
  const route: Rule<ExchangeRoute> = given ?? {
    value: { scope: 'PROVINCE', route: '发证机构 → 省级证书查询系统 / issuer → provincial query system' },
    stated: false,
    source: fallback,
    note: '通知未规定证书数据上报全国联网查询系统的方式；默认按省、按证书种类成批上报，可在省规则中替换 / the notice states no upload route; one batch per province and track by default, configurable',
  };
  return { route, uploadDeadline: rules.deadlines.CERTIFICATE_PUBLICATION };
}

/**
 * Checks a batch scope against the rule: a CITY-scoped track needs a city (GB/T 2260, the prefecture
 * is used), a PROVINCE-scoped one takes none. Returns the normalised city ('' for province-wide) or a
 * refusal in words.
 */
export function exchangeScopeOf(province: string, track: Track, cityCode: string | null | undefined): { cityCode: string } | { refusal: string } {
  const { route } = exchangeRules(province, track);
  const scope = route.value?.scope ?? 'PROVINCE';
  const basis = `${route.source.document} ${route.source.section}`;
  const division = getProvince(province).identity.divisionCode;
  if (scope === 'PROVINCE') {
    if (cityCode) return { refusal: `本省该类证书按省成批上报，不按市（${basis}）/ this track uploads per province, not per city` };
    return { cityCode: '' };
  }
  if (!cityCode) return { refusal: `本省该类证书由各市上报，须指定市代码（${basis}）/ this track uploads per city: give cityCode` };
  if (!/^\d{6}$/.test(cityCode)) return { refusal: '市代码须为6位行政区划代码 / cityCode must be a 6-digit GB/T 2260 code' };
  if (cityCode.slice(0, 2) !== division.slice(0, 2)) return { refusal: `市代码${cityCode}不属于本省（${division}）/ the city is not in the province` };
  return { cityCode: `${cityCode.slice(0, 4)}00` };
}
