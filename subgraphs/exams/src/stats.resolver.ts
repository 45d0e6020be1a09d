import {
  BadUserInputError,
  ProvinceCodeEnum,
  StatsFilter,
  StatsGroupBy,
  bucketId,
  grainFor,
  readStats,
  readStatsFilter,
  scopeProvinceFilter,
  sumOf,
  todayInChina,
  type Caller,
  type StatsBucket,
  type StatsKey,
  type StatsQuery,
  type SubgraphContext,
} from '@skillfed/common';
import { dueDate, type DeadlineKind } from '@skillfed/province-rules';
import { Arg, Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ArchiveRecord } from './archive.entity';
import { ExaminerRef } from './booking.resolver';
import { ExamBatch } from './exam-batch.entity';
import { PriorityGroup } from './exam-batch.enums';
import type { Loaders } from './exam-batch.loader';
import { PanelRefusal } from './panel-refusal.entity';
import { InstitutionRef, ProjectRef } from './references';
import { CLOSED_BATCH_STATUSES, EXAM_METRICS as M } from './stats.service';
import { BatchDeadline } from './workflow.entity';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '重点群体统计（山东 三(一)）/ one Shandong priority group' })
class PriorityGroupStats {
  @Field(() => PriorityGroup)
  group: string;

  @Field(() => Int, { description: '参加考核人数 / examined' })
  examined: number;

  @Field(() => Int, { description: '合格人数 / passed' })
  passed: number;

  @Field(() => Float, { nullable: true, description: '合格率（0-1；无人参考时为空）/ pass rate' })
  passRate: number | null;
}

@ObjectType({ description: '考核统计（一组汇总；未分组的维度为空）/ exam figures for one group; dimensions not grouped by are null' })
export class ExamStats {
  @Field(() => ProvinceCodeEnum(), { nullable: true })
  province: string | null;

  @Field(() => String, { nullable: true, description: '地市代码（空串 = 未记录地市的旧批次）/ city code' })
  cityCode: string | null;

  @Field(() => InstitutionRef, { nullable: true })
  institution: InstitutionRef | null;

  @Field(() => ProjectRef, { nullable: true })
  project: ProjectRef | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  month: string | null;

  @Field(() => Int, { description: '申报批次数（按考核首日所在月）/ batches declared' })
  batchesDeclared: number;

  @Field(() => Int, { description: '参加考核人数（有成绩、成绩已发布）/ candidates examined' })
  candidatesExamined: number;

  @Field(() => Int, { description: '合格人数 / candidates passed' })
  candidatesPassed: number;

  @Field(() => Float, { nullable: true, description: '合格率（0-1）/ pass rate' })
  passRate: number | null;

  @Field(() => [PriorityGroupStats], { description: '按重点群体（山东；其他省份均为 NONE）/ by priority group. Bounded: the five Shandong priority groups and NONE.' })
  priorityGroups: PriorityGroupStats[];

  @Field(() => Int, { description: '应办期限数（按到期日所在月）/ deadlines due' })
  deadlinesDue: number;

  @Field(() => Int, { description: '按期完成 / met on time' })
  deadlinesMetOnTime: number;

  @Field(() => Int, { description: '逾期完成 / met late' })
  deadlinesMetLate: number;

  @Field(() => Int, { description: '已逾期未完成（截至今日）/ overdue today' })
  deadlinesOverdue: number;

  @Field(() => Int, { description: '保存期已满、可销毁的档案（截至今日，按保存至日所在月）/ archives due for purge' })
  archivesDueForPurge: number;

  @Field(() => Int, { nullable: true, description: '考评人员派遣人日（仅按省、市、月或合计分组时提供）/ examiner-days booked' })
  examinerDays: number | null;
}

@ObjectType({ description: '考评人员工作量 / an examiner\'s workload' })
class ExaminerWorkload {
  @Field(() => ExaminerRef)
  examiner: ExaminerRef;

  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field(() => Int, { description: '派遣人日合计 / days booked' })
  days: number;

  @Field(() => Int, { description: '任考评员 / as examiner' })
  examinerDays: number;

  @Field(() => Int, { description: '任考评组长 / as leader' })
  leaderDays: number;

  @Field(() => Int, { description: '任质量督导员 / as supervisor' })
  supervisorDays: number;
}

@ObjectType({ description: '期限依据 / where a deadline comes from' })
class DeadlineCitation {
  @Field()
  document: string;

  @Field()
  section: string;

  @Field(() => String, { nullable: true, description: '原文 / the notice\'s words' })
  quote: string | null;
}

@ObjectType({ description: '合规看板上的期限 / a deadline on the compliance board' })
class ComplianceDeadline {
  @Field(() => ExamBatch)
  batch: ExamBatch;

  @Field(() => BatchDeadline)
  deadline: BatchDeadline;

  @Field(() => Int, { description: '逾期天数（自然日；未完成者算至今日）/ calendar days late' })
  daysLate: number;

  @Field(() => DeadlineCitation)
  citation: DeadlineCitation;
}

@ObjectType({ description: '被拒的考评组 / a refused panel' })
class RefusedPanel {
  @Field(() => ID)
  id: string;

  @Field(() => ExamBatch)
  batch: ExamBatch;

  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field()
  refusedAt: Date;

  @Field()
  actorRole: string;

  @Field(() => [String], { description: '全部不合规之处 / every violation found. Bounded: the panel checks of one refusal.' })
  violations: string[];
}

@ObjectType({ description: '跨省合规看板 / the cross-province compliance board' })
class ComplianceBoard {
  @Field({ description: '截至 / as of (today in China)' })
  asOf: string;

  @Field(() => Int)
  overdueTotal: number;

  @Field(() => [ComplianceDeadline], { description: '逾期未完成（最早到期在前，前 first 条）/ overdue, oldest first. Bounded: by first (1-500).' })
  overdue: ComplianceDeadline[];

  @Field(() => Int)
  metLateTotal: number;

  @Field(() => [ComplianceDeadline], { description: '逾期完成（最近到期在前，前 first 条）/ met late, latest first. Bounded: by first (1-500).' })
  metLate: ComplianceDeadline[];

  @Field(() => Int)
  refusedPanelsTotal: number;

  @Field(() => [RefusedPanel], { description: '被拒的考评组（最近在前，前 first 条）/ refused panels, latest first. Bounded: by first (1-500).' })
  refusedPanels: RefusedPanel[];

  @Field(() => [ExamStats], { description: '各省期限汇总 / deadline figures per province. Bounded: one row per province.' })
  byProvince: ExamStats[];
}

const ratio = (passed: number, examined: number): number | null => (examined ? passed / examined : null);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const prevMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

function scope(caller: Caller) {
  return (requested: string[] | null) => {
    if (!requested) return scopeProvinceFilter(caller, null);
    for (const p of requested) scopeProvinceFilter(caller, p);
    return requested;
  };
}

const DETAIL_KEY: Record<StatsGroupBy, string | null> = { TOTAL: null, PROVINCE: 'b.province', CITY: "COALESCE(b.city_code, '')", INSTITUTION: 'b.institution_id', PROJECT: 'b.project_id', MONTH: null };

/** Filters on the batch columns, for the few detail reads (this month's overdue deadlines and archives). */
function whereBatch<T extends object>(qb: SelectQueryBuilder<T>, q: StatsQuery): SelectQueryBuilder<T> {
  if (q.provinces) qb.andWhere('b.province IN (:...provinces)', { provinces: q.provinces });
  if (q.cityCodes) qb.andWhere('b.city_code IN (:...cities)', { cities: q.cityCodes });
  if (q.institutionId) qb.andWhere('b.institution_id = :institution', { institution: q.institutionId });
  if (q.subject) qb.andWhere('b.project_id = :subject', { subject: q.subject });
  return qb;
}

/**
 * Counts of this month's rows that are already past (due or keep-until date before today), grouped
 * like the report. Reads one month of detail rows through the date index; earlier months come from
 * the counters, later months are not due yet.
 */
async function thisMonthPast(manager: EntityManager, kind: 'deadlines' | 'archives', groupBy: StatsGroupBy, q: StatsQuery, monthStart: string, today: string): Promise<Map<string, number>> {
  const qb: SelectQueryBuilder<object> =
    kind === 'deadlines'
      ? manager
          .createQueryBuilder(BatchDeadline, 'd')
          .innerJoin(ExamBatch, 'b', 'b.id = d.batch_id')
          .where('d.due_date >= :monthStart AND d.due_date < :today', { monthStart, today })
          .andWhere('d.met_on IS NULL')
          .andWhere('b.status NOT IN (:...closed)', { closed: CLOSED_BATCH_STATUSES })
      : manager
          .createQueryBuilder(ArchiveRecord, 'd')
          .innerJoin(ExamBatch, 'b', 'b.id = d.batch_id')
          .where('d.retain_until >= :monthStart AND d.retain_until < :today', { monthStart, today });
  whereBatch(qb, q).select('COUNT(*)', 'n').addSelect('b.province', 'province').groupBy('b.province');
  const column = DETAIL_KEY[groupBy];
  if (column && column !== 'b.province') qb.addSelect(column, 'k').addGroupBy(column);
  const rows: { n: string | number; province: string; k?: string }[] = await qb.getRawMany();
  const out = new Map<string, number>();
  for (const r of rows) {
    const key: StatsKey = {
      province: groupBy === 'TOTAL' ? null : r.province,
      cityCode: groupBy === 'CITY' ? String(r.k ?? '') : null,
      institutionId: groupBy === 'INSTITUTION' ? String(r.k) : null,
      subject: groupBy === 'PROJECT' ? String(r.k) : null,
      month: groupBy === 'MONTH' ? monthStart.slice(0, 7) : null,
    };
    out.set(bucketId(key), (out.get(bucketId(key)) ?? 0) + Number(r.n));
  }
  return out;
}

/** The exam report: counters for whole months, plus this month's freshly past rows for "as of today" figures. */
export async function examStats(manager: EntityManager, groupBy: StatsGroupBy, q: StatsQuery, today = todayInChina()): Promise<ExamStats[]> {
  const grain = grainFor(groupBy, q);
  const currentMonth = today.slice(0, 7);
  const monthStart = `${currentMonth}-01`;
  const all = await readStats(manager, Object.values(M), groupBy, q, grain);
  // Months wholly before this one: every unmet deadline there is overdue, every kept-until date passed.
  const pastTo = q.toMonth && q.toMonth < currentMonth ? q.toMonth : prevMonth(currentMonth);
  const past = !q.fromMonth || q.fromMonth <= pastTo ? await readStats(manager, [M.DEADLINES_DUE, M.DEADLINES_MET_ON_TIME, M.DEADLINES_MET_LATE, M.ARCHIVES_RETAINED], groupBy, { ...q, toMonth: pastTo }, grain) : [];
  const inRange = (!q.fromMonth || q.fromMonth <= currentMonth) && (!q.toMonth || q.toMonth >= currentMonth);
  const [freshOverdue, freshPurge] = inRange
    ? await Promise.all([thisMonthPast(manager, 'deadlines', groupBy, q, monthStart, today), thisMonthPast(manager, 'archives', groupBy, q, monthStart, today)])
    : [new Map<string, number>(), new Map<string, number>()];

  const buckets = new Map<string, StatsBucket>(all.map((b) => [bucketId(b.key), b]));
  const pastById = new Map(past.map((b) => [bucketId(b.key), b]));
  for (const id of [...pastById.keys(), ...freshOverdue.keys(), ...freshPurge.keys()]) if (!buckets.has(id)) buckets.set(id, { key: JSON.parse(id), values: new Map() });

  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, b]) => {
      const p = pastById.get(id);
      const examined = sumOf(b, M.CANDIDATES_EXAMINED);
      const passed = sumOf(b, M.CANDIDATES_PASSED);
      return {
        province: b.key.province,
        cityCode: b.key.cityCode,
        institution: b.key.institutionId ? { id: b.key.institutionId } : null,
        project: b.key.subject ? { id: b.key.subject } : null,
        month: b.key.month,
        batchesDeclared: sumOf(b, M.BATCHES_DECLARED),
        candidatesExamined: examined,
        candidatesPassed: passed,
        passRate: ratio(passed, examined),
        priorityGroups: Object.keys(PriorityGroup).map((group) => {
          const e = sumOf(b, M.CANDIDATES_EXAMINED, group);
          const s = sumOf(b, M.CANDIDATES_PASSED, group);
          return { group, examined: e, passed: s, passRate: ratio(s, e) };
        }),
        deadlinesDue: sumOf(b, M.DEADLINES_DUE),
        deadlinesMetOnTime: sumOf(b, M.DEADLINES_MET_ON_TIME),
        deadlinesMetLate: sumOf(b, M.DEADLINES_MET_LATE),
        deadlinesOverdue: sumOf(p, M.DEADLINES_DUE) - sumOf(p, M.DEADLINES_MET_ON_TIME) - sumOf(p, M.DEADLINES_MET_LATE) + (freshOverdue.get(id) ?? 0),
        archivesDueForPurge: sumOf(p, M.ARCHIVES_RETAINED) + (freshPurge.get(id) ?? 0),
        examinerDays: grain === 'CITY' ? sumOf(b, M.EXAMINER_DAYS) : null,
      };
    });
}

function citation(province: string, kind: string, anchor: string, stored: BatchDeadline): DeadlineCitation {
  try {
    const { rule } = dueDate(province, kind as DeadlineKind, anchor);
    return { document: rule.source.document, section: rule.source.section, quote: rule.source.quote ?? null };
  } catch {
    return { document: stored.sourceDocument, section: stored.sourceSection, quote: null };
  }
}

function readFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 500) throw new BadUserInputError(`first 须在 1 到 500 之间，实际为${first} / first must be 1-500`, { field: 'first' });
  return first;
}

@Resolver()
export class ExamStatsResolver {
  @Authorized()
  @Query(() => [ExamStats], { description: '考核统计（汇总表，不扫明细；省级经办人仅本省）/ exam figures from the maintained summary tables. Bounded: one row per group of the summary counters that the filter leaves (provinces, cities, months, or the institutions or projects in scope).' })
  async examStats(
    @Arg('groupBy', () => StatsGroupBy, { defaultValue: 'PROVINCE' }) groupBy: StatsGroupBy,
    @Arg('filter', () => StatsFilter, { nullable: true }) filter: StatsFilter | null,
    @Ctx() ctx: Ctx,
  ): Promise<ExamStats[]> {
    return examStats(ctx.db.manager, groupBy, readStatsFilter(filter, scope(ctx.caller)));
  }

  @Authorized()
  @Query(() => [ExaminerWorkload], { description: '考评人员工作量（派遣人日，多者在前）/ examiner workload, busiest first. Bounded: by first (1-500).' })
  async examinerWorkload(
    @Arg('filter', () => StatsFilter, { nullable: true }) filter: StatsFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Ctx,
  ): Promise<ExaminerWorkload[]> {
    const q = readStatsFilter(filter, scope(ctx.caller));
    if (q.institutionId || q.subject) throw new BadUserInputError('工作量按省、市、月统计，不按机构或项目 / workload is kept per province, city and month', { field: 'filter' });
    const buckets = await readStats(ctx.db.manager, [M.EXAMINER_DAYS], 'PROJECT', q, 'EXAMINER');
    return buckets
      .map((b) => ({
        examiner: { id: b.key.subject! },
        province: b.key.province!,
        days: sumOf(b, M.EXAMINER_DAYS),
        examinerDays: sumOf(b, M.EXAMINER_DAYS, 'EXAMINER'),
        leaderDays: sumOf(b, M.EXAMINER_DAYS, 'LEADER'),
        supervisorDays: sumOf(b, M.EXAMINER_DAYS, 'SUPERVISOR'),
      }))
      .filter((w) => w.days > 0)
      .sort((a, b) => b.days - a.days || (a.examiner.id < b.examiner.id ? -1 : 1))
      .slice(0, readFirst(first));
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Query(() => ComplianceBoard, { description: '合规看板：各省逾期与逾期完成的期限（含依据）、被拒的考评组及理由；省级经办人仅本省 / the compliance board across provinces in one call' })
  async complianceBoard(@Arg('first', () => Int, { defaultValue: 100 }) first: number, @Ctx() ctx: Ctx): Promise<ComplianceBoard> {
    const limit = readFirst(first);
    const provinces = scopeProvinceFilter(ctx.caller, null);
    const today = todayInChina();
    const manager = ctx.db.manager;
    const q: StatsQuery = { provinces, cityCodes: null, institutionId: null, subject: null, fromMonth: null, toMonth: null };
    const deadlines = (where: (qb: SelectQueryBuilder<BatchDeadline>) => void, order: 'ASC' | 'DESC') => {
      const qb = manager
        .createQueryBuilder(BatchDeadline, 'd')
        .innerJoin(ExamBatch, 'b', 'b.id = d.batch_id')
        .andWhere('b.status NOT IN (:...closed)', { closed: CLOSED_BATCH_STATUSES })
        .orderBy('d.dueDate', order)
        .addOrderBy('d.id', 'ASC')
        .limit(limit);
      if (provinces) qb.andWhere('b.province IN (:...provinces)', { provinces });
      where(qb);
      return qb.getMany();
    };
    const refusals = manager.createQueryBuilder(PanelRefusal, 'r').orderBy('r.refusedAt', 'DESC').addOrderBy('r.id', 'ASC').limit(limit);
    const refusalCount = manager.createQueryBuilder(PanelRefusal, 'r');
    if (provinces) {
      refusals.where('r.province IN (:...provinces)', { provinces });
      refusalCount.where('r.province IN (:...provinces)', { provinces });
    }
    const [overdue, metLate, refused, refusedTotal, byProvince] = await Promise.all([
      deadlines((qb) => qb.andWhere('d.met_on IS NULL').andWhere('d.due_date < :today', { today }), 'ASC'),
      deadlines((qb) => qb.andWhere('d.met_on > d.due_date'), 'DESC'),
      refusals.getMany(),
      // Refusals are rare events (a panel is refused, then fixed): counting them per province stays small.
      refusalCount.getCount(),
      examStats(manager, 'PROVINCE', q, today),
    ]);
    const batchIds = [...new Set([...overdue, ...metLate].map((d) => d.batchId).concat(refused.map((r) => r.batchId)))];
    const batches = new Map((await ctx.loaders.examBatchById.loadMany(batchIds)).filter((b): b is ExamBatch => !!b && !(b instanceof Error)).map((b) => [b.id, b]));
    const view = (d: BatchDeadline): ComplianceDeadline => {
      const batch = batches.get(d.batchId)!;
      return { batch, deadline: d, daysLate: daysBetween(d.dueDate, d.metOn ?? today), citation: citation(batch.province, d.kind, d.anchorDate, d) };
    };
    return {
      asOf: today,
      overdueTotal: byProvince.reduce((n, r) => n + r.deadlinesOverdue, 0),
      overdue: overdue.map(view),
      metLateTotal: byProvince.reduce((n, r) => n + r.deadlinesMetLate, 0),
      metLate: metLate.map(view),
      refusedPanelsTotal: refusedTotal,
      refusedPanels: refused.map((r) => ({ id: r.id, batch: batches.get(r.batchId)!, province: r.province, refusedAt: r.refusedAt, actorRole: r.actorRole, violations: JSON.parse(r.violations) as string[] })),
      byProvince,
    };
  }
}
