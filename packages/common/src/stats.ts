import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { BadUserInputError } from './errors';
import { ProvinceCodeEnum } from './province-code';

/**
 * Maintained summary counters (issue 13). Every write that changes a reported figure adds its delta
 * here in the same transaction, so a report sums a few hundred summary rows instead of scanning
 * millions of detail rows. Each fact is kept at several grains, and a report reads the coarsest grain
 * that still has the columns it groups or filters by:
 *
 * - CITY: province × city × month (the overview, trends, pass rate by province and city)
 * - INSTITUTION: province × city × institution × month (drill-down to institutions)
 * - SUBJECT: province × subject × month (per project, or occupation + level)
 * - INSTITUTION_SUBJECT: all of them (an institution's projects, or a project within a city)
 * - EXAMINER: province × city × examiner × month (workload; subject holds the examiner id)
 *
 * Each subgraph has its own `stat_counters` table in its own database, like `sequences`. Blank
 * dimensions are stored as '' (not NULL) so they take part in the primary key.
 */
export const STAT_GRAINS = ['CITY', 'INSTITUTION', 'SUBJECT', 'INSTITUTION_SUBJECT', 'EXAMINER'] as const;
export type StatGrain = (typeof STAT_GRAINS)[number];
export const DEFAULT_GRAINS: StatGrain[] = ['CITY', 'INSTITUTION', 'SUBJECT', 'INSTITUTION_SUBJECT'];

@Entity('stat_counters')
export class StatCounter {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  grain: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  metric: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  province: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @PrimaryColumn({ name: 'city_code', type: 'varchar', length: 12 })
  cityCode: string;

  @PrimaryColumn({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  subject: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  category: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  value: number;
}

/** Primary key order = the reports' access path: grain, metric, province, then a month range. */
export class CreateStatCounters1764000000000 implements MigrationInterface {
  name = 'CreateStatCounters1764000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    const key = (name: string, length: number) => ({ name, type: 'varchar', length: String(length), isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'stat_counters',
        columns: [key('grain', 20), key('metric', 40), key('province', 32), key('month', 7), key('city_code', 12), key('institution_id', 36), key('subject', 64), key('category', 40), { name: 'value', type: 'bigint', isNullable: false }],
      }),
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('stat_counters');
  }
}

/** One countable fact: `delta` of `metric` for these dimensions in this month (YYYY-MM). */
export interface StatFact {
  metric: string;
  province: string;
  month: string;
  cityCode?: string | null;
  institutionId?: string | null;
  subject?: string | null;
  category?: string | null;
  delta: number;
  /** Defaults to DEFAULT_GRAINS. */
  grains?: StatGrain[];
}

type Row = Omit<StatCounter, 'value'> & { value: number };

function project(fact: StatFact, grain: StatGrain): Row {
  const city = fact.cityCode ?? '';
  const institution = fact.institutionId ?? '';
  const subject = fact.subject ?? '';
  const base = { grain, metric: fact.metric, province: fact.province, month: fact.month, category: fact.category ?? '', value: fact.delta };
  switch (grain) {
    case 'CITY':
      return { ...base, cityCode: city, institutionId: '', subject: '' };
    case 'INSTITUTION':
      return { ...base, cityCode: city, institutionId: institution, subject: '' };
    case 'SUBJECT':
      return { ...base, cityCode: '', institutionId: '', subject };
    case 'INSTITUTION_SUBJECT':
      return { ...base, cityCode: city, institutionId: institution, subject };
    case 'EXAMINER':
      return { ...base, cityCode: city, institutionId: '', subject };
  }
}

const KEY_COLUMNS = ['grain', 'metric', 'province', 'month', 'city_code', 'institution_id', 'subject', 'category'] as const;

/**
 * Adds the facts' deltas inside the caller's transaction. Rows are summed first and written in key
 * order, so two transactions touching the same counters lock them in the same order (no deadlock
 * between them on InnoDB). One statement per counter row: an upsert on the primary key.
 */
export async function bumpStats(manager: EntityManager, facts: StatFact[]): Promise<void> {
  const rows = new Map<string, Row>();
  for (const fact of facts) {
    if (!fact.delta) continue;
    if (!/^\d{4}-\d{2}$/.test(fact.month)) throw new Error(`stat fact month must be YYYY-MM, got ${fact.month}`);
    for (const grain of fact.grains ?? DEFAULT_GRAINS) {
      const row = project(fact, grain);
      const key = [row.grain, row.metric, row.province, row.month, row.cityCode, row.institutionId, row.subject, row.category].join('\u0000');
      const existing = rows.get(key);
      if (existing) existing.value += row.value;
      else rows.set(key, row);
    }
  }
  const ordered = [...rows.entries()].filter(([, r]) => r.value !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const mysql = manager.connection.options.type === 'mysql' || manager.connection.options.type === 'mariadb';
  const sql = `INSERT INTO stat_counters (${KEY_COLUMNS.join(', ')}, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ${
    mysql ? 'ON DUPLICATE KEY UPDATE value = value + VALUES(value)' : `ON CONFLICT (${KEY_COLUMNS.join(', ')}) DO UPDATE SET value = value + excluded.value`
  }`;
  for (const [, r] of ordered) await manager.query(sql, [r.grain, r.metric, r.province, r.month, r.cityCode, r.institutionId, r.subject, r.category, r.value]);
}

/** Negates facts, to take back what a row contributed before it changes or leaves the report. */
export const negate = (facts: StatFact[]): StatFact[] => facts.map((f) => ({ ...f, delta: -f.delta }));

export const monthOf = (date: string): string => date.slice(0, 7);

// ---- the report side -------------------------------------------------------------------------

export const StatsGroupBy = { TOTAL: 'TOTAL', PROVINCE: 'PROVINCE', CITY: 'CITY', INSTITUTION: 'INSTITUTION', PROJECT: 'PROJECT', MONTH: 'MONTH' } as const;
export type StatsGroupBy = (typeof StatsGroupBy)[keyof typeof StatsGroupBy];
registerEnumType(StatsGroupBy, {
  name: 'StatsGroupBy',
  description: '统计分组 / how a report is grouped',
  valuesConfig: {
    TOTAL: { description: '合计 / one row' },
    PROVINCE: { description: '按省 / per province' },
    CITY: { description: '按市 / per city' },
    INSTITUTION: { description: '按机构 / per institution' },
    PROJECT: { description: '按项目（或职业及等级）/ per project, or occupation and level' },
    MONTH: { description: '按月 / per month' },
  },
});

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: '统计筛选（月份含首尾）/ report filter; months are inclusive' })
export class StatsFilter {
  @Field(() => [ProvinceCodeEnum()], { nullable: true, description: '省份；省级经办人只能看本省 / provinces (operators: their own only)' })
  provinces?: string[] | null;

  @Field(() => [String], { nullable: true, description: '地市行政区划代码 / city division codes' })
  cityCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: '机构 / institution' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: '项目（或职业及等级）/ project' })
  projectId?: string | null;

  @Field(() => String, { nullable: true, description: '起始月份 YYYY-MM / first month' })
  fromMonth?: string | null;

  @Field(() => String, { nullable: true, description: '截止月份 YYYY-MM / last month' })
  toMonth?: string | null;
}

/** Validated filter with the caller's province scope applied (null provinces = every province). */
export interface StatsQuery {
  provinces: string[] | null;
  cityCodes: string[] | null;
  institutionId: string | null;
  subject: string | null;
  fromMonth: string | null;
  toMonth: string | null;
}

export function readStatsFilter(filter: StatsFilter | null | undefined, scope: (requested: string[] | null) => string[] | null): StatsQuery {
  const f = filter ?? {};
  for (const [field, value] of [['fromMonth', f.fromMonth], ['toMonth', f.toMonth]] as const) {
    if (value != null && !MONTH.test(value)) throw new BadUserInputError(`${field} 须为 YYYY-MM 格式，实际为「${value}」/ ${field} must be YYYY-MM`, { field });
  }
  if (f.fromMonth && f.toMonth && f.fromMonth > f.toMonth) throw new BadUserInputError('fromMonth 不能晚于 toMonth / fromMonth is after toMonth', { field: 'fromMonth' });
  const cities = f.cityCodes?.length ? f.cityCodes : null;
  for (const c of cities ?? []) if (!/^\d{6}$/.test(c)) throw new BadUserInputError(`地市代码应为6位数字，实际为「${c}」/ city codes are 6 digits`, { field: 'cityCodes' });
  if ((cities?.length ?? 0) > 100 || (f.provinces?.length ?? 0) > 40) throw new BadUserInputError('筛选条件过多 / too many filter values', { field: 'filter' });
  return {
    provinces: scope(f.provinces?.length ? [...new Set(f.provinces)] : null),
    cityCodes: cities,
    institutionId: f.institutionId ?? null,
    subject: f.projectId ?? null,
    fromMonth: f.fromMonth ?? null,
    toMonth: f.toMonth ?? null,
  };
}

/** The group key of a report row; dimensions the report is not grouped by are null. */
export interface StatsKey {
  province: string | null;
  cityCode: string | null;
  institutionId: string | null;
  subject: string | null;
  month: string | null;
}

export interface StatsBucket {
  key: StatsKey;
  /** metric → category → sum */
  values: Map<string, Map<string, number>>;
}

export function sumOf(bucket: StatsBucket | undefined, metric: string, category?: string): number {
  const m = bucket?.values.get(metric);
  if (!m) return 0;
  if (category !== undefined) return m.get(category) ?? 0;
  let total = 0;
  for (const v of m.values()) total += v;
  return total;
}

const GROUP_COLUMN: Record<StatsGroupBy, string | null> = { TOTAL: null, PROVINCE: 'province', CITY: 'city_code', INSTITUTION: 'institution_id', PROJECT: 'subject', MONTH: 'month' };

/** The coarsest grain that has every column the report groups or filters by. */
export function grainFor(groupBy: StatsGroupBy, q: StatsQuery): StatGrain {
  const institution = groupBy === 'INSTITUTION' || q.institutionId !== null;
  const subject = groupBy === 'PROJECT' || q.subject !== null;
  const city = groupBy === 'CITY' || q.cityCodes !== null;
  if (institution && subject) return 'INSTITUTION_SUBJECT';
  if (institution) return 'INSTITUTION';
  if (subject) return city ? 'INSTITUTION_SUBJECT' : 'SUBJECT';
  return 'CITY';
}

/**
 * Sums counters grouped by one dimension (the province is always part of the key, so provinces stay
 * apart and operators' scopes hold). Reads only summary rows: its cost follows the number of
 * provinces × cities × months (× institutions or projects when asked for), not the detail tables.
 */
export async function readStats(db: DataSource | EntityManager, metrics: string[], groupBy: StatsGroupBy, q: StatsQuery, grain: StatGrain = grainFor(groupBy, q)): Promise<StatsBucket[]> {
  if (q.provinces !== null && q.provinces.length === 0) return [];
  const manager = 'manager' in db ? db.manager : db;
  const qb = manager
    .createQueryBuilder()
    .from(StatCounter, 's')
    .select('s.metric', 'metric')
    .addSelect('s.category', 'category')
    .addSelect('SUM(s.value)', 'total')
    .where('s.grain = :grain', { grain })
    .andWhere('s.metric IN (:...metrics)', { metrics })
    .groupBy('s.metric')
    .addGroupBy('s.category');
  const column = GROUP_COLUMN[groupBy];
  const keyColumns = column && column !== 'province' ? ['province', column] : ['province'];
  const grouped = groupBy === 'TOTAL' ? [] : keyColumns;
  for (const c of grouped) qb.addSelect(`s.${c}`, c).addGroupBy(`s.${c}`);
  if (q.provinces) qb.andWhere('s.province IN (:...provinces)', { provinces: q.provinces });
  if (q.cityCodes) qb.andWhere('s.city_code IN (:...cities)', { cities: q.cityCodes });
  if (q.institutionId) qb.andWhere('s.institution_id = :institution', { institution: q.institutionId });
  if (q.subject && grain !== 'EXAMINER') qb.andWhere('s.subject = :subject', { subject: q.subject });
  if (q.fromMonth) qb.andWhere('s.month >= :from', { from: q.fromMonth });
  if (q.toMonth) qb.andWhere('s.month <= :to', { to: q.toMonth });
  const raw: Record<string, string | number>[] = await qb.getRawMany();
  const buckets = new Map<string, StatsBucket>();
  for (const r of raw) {
    const key: StatsKey = {
      province: grouped.includes('province') ? String(r.province) : null,
      cityCode: grouped.includes('city_code') ? String(r.city_code) : null,
      institutionId: grouped.includes('institution_id') ? String(r.institution_id) : null,
      subject: grouped.includes('subject') ? String(r.subject) : null,
      month: grouped.includes('month') ? String(r.month) : null,
    };
    const id = JSON.stringify(key);
    let bucket = buckets.get(id);
    if (!bucket) buckets.set(id, (bucket = { key, values: new Map() }));
    let m = bucket.values.get(String(r.metric));
    if (!m) bucket.values.set(String(r.metric), (m = new Map()));
    m.set(String(r.category), (m.get(String(r.category)) ?? 0) + Number(r.total));
  }
  return [...buckets.values()].sort((a, b) => (JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1));
}

export const bucketId = (key: StatsKey): string => JSON.stringify(key);

/** Empties a subgraph's counters before a rebuild from the detail rows (backfill, repair). */
export async function clearStats(manager: EntityManager, metrics?: string[]): Promise<void> {
  if (metrics) await manager.createQueryBuilder().delete().from(StatCounter).where('metric IN (:...metrics)', { metrics }).execute();
  else await manager.clear(StatCounter);
}
