import { BUNDLED_CALENDAR, WorkingCalendar, type HolidayArrangement } from './calendar';
import { parseDate } from './dates';
import { getProvince, hasProvince, isDivisionWithin, listProvinces } from './registry';
import type { Citation } from './types';
import { YearDataMissingError } from './year-data-error';

export { YearDataMissingError };

/**
 * Year-bound data: what a province's annual notice sets for one year (its exam schedule, the
 * separate-batch cut-off rule, key dates) and the State Council's holiday arrangements. These change
 * every year, so they are records operators load, not code. province-rules stays pure: the subgraphs
 * load the records and pass them in as a `YearBoundData`; rule functions only read it.
 */

/** The part of a notice a value comes from. */
export interface NoticePart {
  /** Section of the notice, e.g. 三(三) 附表. */
  section: string;
  /** The notice's own words, where short enough to quote. */
  quote?: string | null;
}

/** One sitting of a province-wide unified exam schedule. */
export interface UnifiedSitting {
  /** YYYY-MM of the sitting. */
  month: string;
  /** The flow report (考核流转) is due. */
  flowReportDue: string;
  /** System entry and attendance confirmation (参考确认) close. */
  confirmationDue: string;
  /** The exam days. */
  examDates: string[];
}

export interface UnifiedSchedule extends NoticePart {
  sittings: UnifiedSitting[];
}

/** A separately scheduled batch's rule: declared by the cut-off day of the month before, held early next month. */
export interface SeparateBatchRule extends NoticePart {
  /** Day of the month declarations must be in by (25 in 辽就〔2023〕4号). */
  cutoffDay: number;
  /** A cut-off on a non-working day moves to the next working day (顺延). */
  rollForwardToWorkingDay: boolean;
  /** Days of the following month the exam may fall on (上旬或中旬: 1-20). */
  examWindowFromDay: number;
  examWindowToDay: number;
  /** Where separate batches are held (沈阳市域内), GB/T 2260; null where the notice sets no place. */
  cityDivision: string | null;
  cityName: string | null;
  /** Separate batches avoid the unified exam days (原则上应避开统一考核时间). */
  avoidUnifiedDates: boolean;
}

/** Any other dated obligation the notice sets for its year (申报计划表 due, 考点协议 signed …). */
export interface KeyDate extends NoticePart {
  key: string;
  date: string;
  description: string;
}

/** A province's notice for one year, as loaded. */
export interface AnnualNotice {
  province: string;
  year: number;
  /** Document number, e.g. 辽就〔2023〕4号. */
  document: string;
  title: string;
  /** File under shared/seeds/ with the notice's text, where the system has it. */
  seed?: string | null;
  /** True for made-up records loaded by tests or demos; never for a published notice. */
  testData?: boolean;
  note?: string | null;
  unifiedSchedule: UnifiedSchedule | null;
  separateBatch: SeparateBatchRule | null;
  keyDates: KeyDate[];
}

/** What a province module says about its annual notice: who issues it and what it must contain. */
export interface AnnualNoticeSpec {
  /** The issuing body, e.g. 辽宁省就业和人才服务中心. */
  issuer: string;
  /** How the notice for `year` is titled, for the "load the notice" message. */
  title(year: number): string;
  /** Parts every year's notice must carry for the province's rules to work. */
  requires: ('unifiedSchedule' | 'separateBatch')[];
  /** Notices published in the seeds, served until (and unless) a loaded record supersedes them. */
  bundled: AnnualNotice[];
}

export class NoticeMissingError extends YearDataMissingError {
  constructor(province: string, year: number) {
    const module = getProvince(province);
    const spec = module.annualNotice;
    const title = spec ? spec.title(year) : `${year}年度通知`;
    super(
      `${module.identity.name}${year}年的年度通知尚未加载，不能按${year}年的安排申报：请加载${spec?.issuer ?? ''}《${title}》（loadAnnualNotice 或 importAnnualNotices）` +
        ` / no ${year} annual notice is loaded for ${province}: load "${title}" (loadAnnualNotice or importAnnualNotices)`,
      { kind: 'ANNUAL_NOTICE', year, province, load: 'loadAnnualNotice' },
    );
    this.name = 'NoticeMissingError';
  }
}

/** The year-bound data a rule may read: a calendar covering the loaded years, and the loaded notices. */
export interface YearBoundData {
  calendar: WorkingCalendar;
  /** The current notice of `province` for `year`, or null when none is loaded. */
  notice(province: string, year: number): AnnualNotice | null;
}

/** Loaded records on top of the bundled ones; a loaded notice supersedes a bundled one for its year. */
export function yearBoundData(loaded: { arrangements?: HolidayArrangement[]; notices?: AnnualNotice[] } = {}): YearBoundData {
  const calendar = loaded.arrangements?.length ? WorkingCalendar.withArrangements(loaded.arrangements) : BUNDLED_CALENDAR;
  const notices = new Map<string, AnnualNotice>();
  for (const p of listProvinces()) for (const n of p.annualNotice?.bundled ?? []) notices.set(`${n.province}:${n.year}`, n);
  for (const n of loaded.notices ?? []) notices.set(`${n.province}:${n.year}`, n);
  return { calendar, notice: (province, year) => notices.get(`${province}:${year}`) ?? null };
}

/** Bundled data only: chinese-days years and the notices in the seeds (for demo seeding and tests). */
export function bundledYearData(): YearBoundData {
  return yearBoundData();
}

/** The current notice, or NoticeMissingError naming the notice to load. */
export function requireNotice(data: YearBoundData, province: string, year: number): AnnualNotice {
  const notice = data.notice(province, year);
  if (!notice) throw new NoticeMissingError(province, year);
  return notice;
}

/** Citation of a notice part, in the shape every rule value carries. */
export function noticeCitation(notice: AnnualNotice, part: NoticePart): Citation {
  return { seed: notice.seed ?? '', document: notice.document, section: part.section, ...(part.quote ? { quote: part.quote } : {}) };
}

function isDate(value: string): boolean {
  try {
    parseDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Every reason a notice cannot be loaded, all at once. */
export function validateAnnualNotice(notice: AnnualNotice): string[] {
  const problems: string[] = [];
  if (!hasProvince(notice.province)) return [`未知省份代码 unknown province: ${notice.province}`];
  const module = getProvince(notice.province);
  const spec = module.annualNotice;
  if (!spec) return [`${module.identity.name}的规则不使用年度通知 / ${notice.province} has no annual notice in its rules`];
  const { year } = notice;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return [`年份须为2000-2100的整数 / year must be 2000-2100, got ${year}`];
  const text = (value: string | null | undefined, what: string, max: number) => {
    const v = value?.trim() ?? '';
    if (!v) problems.push(`须填写${what} / ${what} is required`);
    else if ([...v].length > max) problems.push(`${what}超过${max}字 / ${what} is longer than ${max} characters`);
  };
  text(notice.document, '文号', 100);
  text(notice.title, '通知标题', 200);
  const part = (p: NoticePart, what: string) => {
    text(p.section, `${what}所在条款`, 60);
    if (p.quote && [...p.quote].length > 1000) problems.push(`${what}原文超过1000字 / quote longer than 1000 characters`);
  };
  for (const required of spec.requires) if (!notice[required]) problems.push(`${module.identity.name}的年度通知须包含${required === 'unifiedSchedule' ? '统一考核时间安排' : '单独批次规则'} / ${required} is required`);
  const inYear = (date: string, what: string) => {
    if (!isDate(date)) problems.push(`${what}“${date}”不是有效的 YYYY-MM-DD 日期 / not a date`);
    return isDate(date);
  };
  if (notice.unifiedSchedule) {
    part(notice.unifiedSchedule, '统一考核时间安排');
    const months = new Set<string>();
    if (notice.unifiedSchedule.sittings.length === 0) problems.push('统一考核时间安排不能为空 / the schedule lists no sitting');
    for (const s of notice.unifiedSchedule.sittings) {
      const label = `${s.month}批次`;
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(s.month) || Number(s.month.slice(0, 4)) !== year) {
        problems.push(`考核批次“${s.month}”须为${year}年的月份 YYYY-MM / sitting month must be in ${year}`);
        continue;
      }
      if (months.has(s.month)) problems.push(`${label}重复 / ${s.month} listed twice`);
      months.add(s.month);
      if (s.examDates.length === 0) problems.push(`${label}没有考核日期 / no exam dates`);
      const dates = [s.flowReportDue, s.confirmationDue, ...s.examDates];
      if (!dates.every((d) => inYear(d, label))) continue;
      if (s.examDates.some((d) => !d.startsWith(s.month))) problems.push(`${label}的考核日期须在该月 / exam dates must fall in ${s.month}`);
      if (!(s.flowReportDue <= s.confirmationDue)) problems.push(`${label}：考核流转上报（${s.flowReportDue}）须不晚于参考确认截止（${s.confirmationDue}）/ flow report after confirmation`);
      if (s.examDates.some((d) => d <= s.confirmationDue)) problems.push(`${label}：考核日期须在参考确认截止（${s.confirmationDue}）之后 / exam dates must follow the confirmation`);
      if (new Set(s.examDates).size !== s.examDates.length) problems.push(`${label}考核日期重复 / duplicate exam date`);
    }
  }
  if (notice.separateBatch) {
    const r = notice.separateBatch;
    part(r, '单独批次规则');
    if (!Number.isInteger(r.cutoffDay) || r.cutoffDay < 1 || r.cutoffDay > 28) problems.push(`单独批次申报截止日须为每月1-28日 / cutoffDay must be 1-28, got ${r.cutoffDay}`);
    if (!Number.isInteger(r.examWindowFromDay) || !Number.isInteger(r.examWindowToDay) || r.examWindowFromDay < 1 || r.examWindowToDay > 28 || r.examWindowFromDay > r.examWindowToDay) {
      problems.push(`单独批次考核日须为下月的某几日（1-28，起不晚于止）/ exam window must be days 1-28 of the next month, got ${r.examWindowFromDay}-${r.examWindowToDay}`);
    }
    if ((r.cityDivision === null) !== (r.cityName === null)) problems.push('实施地须同时填写区划代码和名称 / city division and name go together');
    if (r.cityDivision !== null && !isDivisionWithin(notice.province, r.cityDivision)) problems.push(`实施地区划代码“${r.cityDivision}”不在本省 / the city is outside the province`);
  }
  const keys = new Set<string>();
  for (const k of notice.keyDates) {
    part(k, `时间节点 ${k.key}`);
    if (!/^[A-Z][A-Z0-9_]{0,59}$/.test(k.key)) problems.push(`时间节点代码“${k.key}”须为大写字母、数字、下划线 / key must be UPPER_SNAKE_CASE`);
    if (keys.has(k.key)) problems.push(`时间节点“${k.key}”重复 / key listed twice`);
    keys.add(k.key);
    inYear(k.date, `时间节点 ${k.key}`);
    text(k.description, `时间节点 ${k.key} 说明`, 300);
  }
  return problems;
}
