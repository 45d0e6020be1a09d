import { BadUserInputError, ForbiddenError, ProvinceCodeEnum, assertProvinceAccess, readReason, type SubgraphContext } from '@skillfed/common';
import { hasProvince, listProvinces, type AnnualNotice, type HolidayArrangement } from '@skillfed/province-rules';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ImportFormat } from './import/import.resolver';
import { readNoticeFile } from './import/notice-rows';
import { AnnualNoticeRow, HolidayArrangementRow } from './year-data.entity';
import { loadAnnualNotices, loadHolidayArrangement, toArrangement, toNotice } from './year-data.service';
import {
  AnnualNoticeInput,
  AnnualNoticeLoadReport,
  AnnualNoticeType,
  HolidayArrangementInput,
  HolidayArrangementLoadReport,
  HolidayArrangementType,
  type LoadHistory,
} from './year-data.types';
import { IsNull, type FindOptionsWhere } from 'typeorm';

type Ctx = SubgraphContext<unknown>;
const MAX_BYTES = 1024 * 1024;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function history(row: HolidayArrangementRow | AnnualNoticeRow): LoadHistory {
  return { version: row.version, current: row.supersededAt === null, loadedBy: row.loadedBy, loadedAt: iso(row.loadedAt), supersededAt: iso(row.supersededAt), reason: row.reason };
}

const BUNDLED_HISTORY: LoadHistory = { version: 0, current: true, loadedBy: null, loadedAt: null, supersededAt: null, reason: null };

function arrangementType(row: HolidayArrangementRow): HolidayArrangementType {
  const a = toArrangement(row);
  return { year: a.year, document: a.document, title: a.title ?? null, holidays: a.holidays, workingWeekends: a.workingWeekends, testData: Boolean(a.testData), history: history(row) };
}

function noticeType(notice: AnnualNotice, row: AnnualNoticeRow | null, current = true): AnnualNoticeType {
  return {
    province: notice.province,
    year: notice.year,
    document: notice.document,
    title: notice.title,
    seed: notice.seed ?? null,
    testData: Boolean(notice.testData),
    note: notice.note ?? null,
    origin: row ? 'LOADED' : 'BUNDLED',
    unifiedSchedule: notice.unifiedSchedule,
    separateBatch: notice.separateBatch,
    keyDates: notice.keyDates,
    history: row ? history(row) : { ...BUNDLED_HISTORY, current },
    content: JSON.stringify(notice),
  } as AnnualNoticeType;
}

function inputToNotice(input: AnnualNoticeInput): AnnualNotice {
  return {
    province: input.province,
    year: input.year,
    document: input.document,
    title: input.title,
    seed: null,
    testData: input.testData,
    note: input.note ?? null,
    unifiedSchedule: input.unifiedSchedule ? { section: input.unifiedSchedule.section, quote: input.unifiedSchedule.quote ?? null, sittings: input.unifiedSchedule.sittings.map((s) => ({ ...s })) } : null,
    separateBatch: input.separateBatch ? { ...input.separateBatch, quote: input.separateBatch.quote ?? null, cityDivision: input.separateBatch.cityDivision ?? null, cityName: input.separateBatch.cityName ?? null } : null,
    keyDates: input.keyDates.map((k) => ({ ...k, quote: k.quote ?? null })),
  };
}

/** Only a province's own operators (or a national administrator) load its notices. */
function assertNoticeKeeper(caller: Ctx['caller'], province: string): void {
  if (caller.role !== 'NATIONAL_ADMIN' && caller.role !== 'PROVINCE_OPERATOR') throw new ForbiddenError('年度通知由本省主管机关或全国管理员加载 / only the province\'s operators or a national administrator load its notices');
  assertProvinceAccess(caller, province);
}

/**
 * Year-bound records as data: the State Council's holiday arrangement for each year (national
 * administrators) and each province's annual notice (its operators), with dry runs and history.
 */
@Resolver()
export class YearDataResolver {
  @Query(() => [HolidayArrangementType], { description: '已加载的节假日安排及其历史（随版本发布的年份见 workingDayCalendar）/ loaded arrangements with history. Bounded: at most 500 (one per year and version).' })
  async holidayArrangements(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('includeSuperseded', { defaultValue: false }) includeSuperseded: boolean,
    @Ctx() ctx: Ctx,
  ): Promise<HolidayArrangementType[]> {
    const where: FindOptionsWhere<HolidayArrangementRow> = { ...(year != null ? { year } : {}), ...(includeSuperseded ? {} : { supersededAt: IsNull() }) };
    const rows = await ctx.db.getRepository(HolidayArrangementRow).find({ where, order: { year: 'ASC', version: 'DESC' }, take: 500 });
    return rows.map(arrangementType);
  }

  @Query(() => [HolidayArrangementType], { description: '现行的已加载节假日安排（各子图据此计算工作日）/ loaded arrangements in force. Bounded: at most 500 (one per loaded year).' })
  async currentHolidayArrangements(@Ctx() ctx: Ctx): Promise<HolidayArrangementType[]> {
    return this.holidayArrangements(null, false, ctx);
  }

  @Query(() => [AnnualNoticeType], { description: '省份年度通知（含随版本发布的，如辽就〔2023〕4号）及加载历史 / annual notices, bundled and loaded, with history. Bounded: at most 500 (one per province, year and version).' })
  async annualNotices(
    @Arg('province', () => ProvinceCodeEnum(), { nullable: true }) province: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('includeSuperseded', { defaultValue: false }) includeSuperseded: boolean,
    @Ctx() ctx: Ctx,
  ): Promise<AnnualNoticeType[]> {
    const where: FindOptionsWhere<AnnualNoticeRow> = { ...(province ? { province } : {}), ...(year != null ? { year } : {}), ...(includeSuperseded ? {} : { supersededAt: IsNull() }) };
    const rows = await ctx.db.getRepository(AnnualNoticeRow).find({ where, order: { province: 'ASC', year: 'ASC', version: 'DESC' }, take: 500 });
    const loaded = new Set(rows.filter((r) => r.supersededAt === null).map((r) => `${r.province}:${r.year}`));
    const bundled = listProvinces()
      .flatMap((p) => p.annualNotice?.bundled ?? [])
      .filter((n) => (!province || n.province === province) && (year == null || n.year === year))
      .filter((n) => includeSuperseded || !loaded.has(`${n.province}:${n.year}`))
      .map((n) => noticeType(n, null, !loaded.has(`${n.province}:${n.year}`)));
    return [...bundled, ...rows.map((r) => noticeType(toNotice(r), r))].sort((a, b) => a.province.localeCompare(b.province) || a.year - b.year || b.history.version - a.history.version);
  }

  @Query(() => [AnnualNoticeType], { description: '现行的已加载年度通知（各子图据此判断）/ loaded notices in force. Bounded: one per province and loaded year.' })
  async currentAnnualNotices(@Ctx() ctx: Ctx): Promise<AnnualNoticeType[]> {
    const rows = await ctx.db.getRepository(AnnualNoticeRow).find({ where: { supersededAt: IsNull() }, order: { province: 'ASC', year: 'ASC' } });
    return rows.map((r) => noticeType(toNotice(r), r));
  }

  @Authorized('NATIONAL_ADMIN')
  @Mutation(() => HolidayArrangementLoadReport, {
    description: '加载一年的国务院节假日安排（全国管理员）；校验一致性，试运行不写入，重复加载同一年产生新版本并保留历史 / load a year of the State Council arrangement',
  })
  async loadHolidayArrangement(
    @Arg('input') input: HolidayArrangementInput,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<HolidayArrangementLoadReport> {
    if (input.holidays.length + input.workingWeekends.length > 400) throw new BadUserInputError('日期过多（一年最多400个）/ too many dates', { field: 'holidays' });
    const arrangement: HolidayArrangement = { year: input.year, document: input.document, title: input.title ?? null, holidays: input.holidays, workingWeekends: input.workingWeekends, testData: input.testData };
    const outcome = await loadHolidayArrangement(ctx, arrangement, { dryRun, reason: readReason(reason, false) });
    return { dryRun, applied: outcome.applied, unchanged: outcome.unchanged, problems: outcome.problems, arrangement: outcome.record ? arrangementType(outcome.record) : null };
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => AnnualNoticeLoadReport, { description: '加载省份年度通知（本省经办人或全国管理员）；试运行不写入；保留历史 / load a province\'s annual notice' })
  async loadAnnualNotice(
    @Arg('input') input: AnnualNoticeInput,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<AnnualNoticeLoadReport> {
    assertNoticeKeeper(ctx.caller, input.province);
    if ((input.unifiedSchedule?.sittings.length ?? 0) > 24 || input.keyDates.length > 100) throw new BadUserInputError('考核批次或时间节点过多 / too many sittings or key dates', { field: 'input' });
    return this.apply(ctx, [{ line: 1, notice: inputToNotice(input) }], dryRun, reason, null, []);
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => AnnualNoticeLoadReport, { description: '从 CSV（考核时间表，每行一个批次）或 JSON 导入年度通知；默认试运行；全部成功或全部不写 / import notices from a file' })
  async importAnnualNotices(
    @Arg('format', () => ImportFormat) format: 'CSV' | 'JSON',
    @Arg('contentBase64') contentBase64: string,
    @Arg('dryRun', { defaultValue: true }) dryRun: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<AnnualNoticeLoadReport> {
    if (contentBase64.length > (MAX_BYTES * 4) / 3 + 4) throw new BadUserInputError(`文件超过 ${MAX_BYTES / 1024} KB / the file is larger than ${MAX_BYTES / 1024} KB`, { field: 'contentBase64' });
    if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64)) throw new BadUserInputError('contentBase64 不是有效的 Base64 / not base64', { field: 'contentBase64' });
    const file = readNoticeFile(format, Buffer.from(contentBase64, 'base64'));
    if (file.notices.length > 50) throw new BadUserInputError('一次最多导入50份通知 / at most 50 notices per file', { field: 'contentBase64' });
    for (const { notice } of file.notices) if (hasProvince(notice.province)) assertNoticeKeeper(ctx.caller, notice.province);
    return this.apply(ctx, file.notices, dryRun, reason, file.encoding, file.problems);
  }

  private async apply(ctx: Ctx, notices: { line: number; notice: AnnualNotice }[], dryRun: boolean, reason: string | null, encoding: string | null, fileProblems: { line: number; reason: string }[]): Promise<AnnualNoticeLoadReport> {
    const why = readReason(reason, false);
    if (fileProblems.length || notices.length === 0) {
      return { dryRun, applied: false, encoding, problems: fileProblems.length ? fileProblems : [{ line: 0, reason: '文件中没有通知 / no notice in the file' }], notices: [] };
    }
    const result = await loadAnnualNotices(ctx, notices.map((n) => n.notice), { dryRun, reason: why });
    return {
      dryRun,
      applied: result.applied,
      encoding,
      problems: result.problems.map((p) => ({ line: notices[p.index].line, reason: p.reason })),
      // Not written (dry run or refused): shown as it would be loaded, not yet in force.
      notices: result.outcomes.map((o) => (result.applied || o.unchanged ? noticeType(o.notice, o.row) : { ...noticeType(o.notice, null, false), origin: 'LOADED' as const })),
    };
  }
}
