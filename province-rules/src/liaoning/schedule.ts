import type { DeclarationFacts } from '../hooks';
import { SEEDS, cite } from '../sources';
import { requireNotice, type AnnualNotice, type AnnualNoticeSpec, type UnifiedSitting, type YearBoundData } from '../year-data';

/**
 * Liaoning's yearly exam arrangements (三(三)): a unified schedule and a rule for separately scheduled
 * batches, both set by the centre's annual notice. The 2023 notice (辽就〔2023〕4号) is bundled as the
 * seeded record, word for word; later years are loaded as data (loadAnnualNotice / importAnnualNotices).
 */
export const LIAONING_PROVINCE = 'LIAONING';

const sittings2023: UnifiedSitting[] = [
  ['04', '04-10', '04-14', '04-22', '04-23'],
  ['05', '05-15', '05-19', '05-26', '05-27'],
  ['06', '06-12', '06-16', '06-24', '06-25'],
  ['07', '07-11', '07-14', '07-23', '07-24'],
  ['08', '08-14', '08-18', '08-26', '08-27'],
  ['09', '09-11', '09-15', '09-23', '09-24'],
  ['10', '10-16', '10-20', '10-28', '10-29'],
  ['11', '11-13', '11-17', '11-25', '11-26'],
  ['12', '12-11', '12-15', '12-23', '12-24'],
].map(([m, flow, confirm, d1, d2]) => ({ month: `2023-${m}`, flowReportDue: `2023-${flow}`, confirmationDue: `2023-${confirm}`, examDates: [`2023-${d1}`, `2023-${d2}`] }));

/** 辽就〔2023〕4号 as the seeded annual notice: the 附表 as printed (7月: 23/24, a Sunday and a Monday). */
export const LIAONING_2023_NOTICE: AnnualNotice = {
  province: LIAONING_PROVINCE,
  year: 2023,
  document: SEEDS.LIAONING_SPECIAL.document,
  title: '关于开展2023年省本级专项职业能力考核工作的通知',
  seed: SEEDS.LIAONING_SPECIAL.seed,
  testData: false,
  note: '附表照通知原样收录（7月考核日为23/24日，即周日、周一）/ the table as printed',
  unifiedSchedule: {
    section: '三(三) 附表',
    quote: '以下附表为 2023 年实施的专项职业能力考核的统一考核时间安排。',
    sittings: sittings2023,
  },
  separateBatch: {
    section: '三(三)',
    quote:
      '单独批次实施的专项申报应于每月 25 日（或顺延至 25 日后最近的工作日）前完成，符合开考要求的，于下月上旬或中旬组织实施。注：单独批次实施须安排在沈阳市域内实施（如相应地市暂不具备考核条件且培训考核达到一定规模的，可与省考试中心沟通协调、具体实施），考核日期原则上应避开统一考核时间。',
    cutoffDay: 25,
    rollForwardToWorkingDay: true,
    examWindowFromDay: 1,
    examWindowToDay: 20,
    cityDivision: '210100',
    cityName: '沈阳市',
    avoidUnifiedDates: true,
  },
  keyDates: [
    { key: 'PLAN_DECLARATION_DUE', date: '2023-04-25', section: '四(一)', description: '报名机构申报《2023年省本级专项职业能力考核申报计划表》（附件3）', quote: '请拟于2023年实施专项考核的报名机构于4月25日前申报《2023年省本级专项职业能力考核申报计划表》（见附件3）。' },
    { key: 'UNIFIED_SITE_APPLICATION_DUE', date: '2023-04-25', section: '四(二)', description: '拟承担省本级统一鉴定考点的机构申报', quote: '请拟申请承担2023年省本级统一鉴定考点的机构于4月25日前依据《关于开展省本级专项职业能力统考及考点征集工作的通知》（辽人考函〔2022〕21号）相关要求申报。' },
    { key: 'UNIFIED_SITE_AGREEMENT_DUE', date: '2023-05-25', section: '四(二)', description: '与选定考点签署2023年省本级统一鉴定考点使用协议', quote: '5月25日前与相应考点签署2023年省本级统一鉴定考点使用协议。' },
    { key: 'DEFERRED_BATCH_REDECLARATION_DUE', date: '2023-04-25', section: '四(三)', description: '2022年因疫情未实施的考核重新申报考核流转单', quote: '因2022年疫情影响已完成考核申报但并未实施的考核机构，应于4月25日前重新申报相应考核流转单' },
    { key: 'DEFERRED_BATCHES_HELD_BY', date: '2023-05-31', section: '四(三)', description: '力争完成缓考批次的组织实施', quote: '力争于5月31日前完成缓考批次的组织实施。' },
    { key: 'NEW_PROJECT_PROPOSALS_DUE', date: '2023-05-31', section: '四(四)', description: '申报拟新增专项职业能力考核项目相关材料', quote: '请有关单位于5月31日前申报拟新增专项职业能力考核项目相关材料。' },
  ],
};

export const LIAONING_ANNUAL_NOTICE: AnnualNoticeSpec = {
  issuer: '辽宁省就业和人才服务中心',
  title: (year) => `关于开展${year}年省本级专项职业能力考核工作的通知`,
  requires: ['unifiedSchedule', 'separateBatch'],
  bundled: [LIAONING_2023_NOTICE],
};

export const UNIFIED_SCHEDULE_SOURCE = cite('LIAONING_SPECIAL', '三(三) 附表', '2023 年实施的专项职业能力考核的统一考核时间安排');
export const SEPARATE_BATCH_SOURCE = cite('LIAONING_SPECIAL', '三(三)', LIAONING_2023_NOTICE.separateBatch!.quote!);

export class ScheduleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleError';
  }
}

function parseMonth(month: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new ScheduleError(`月份须为 YYYY-MM / month must be written YYYY-MM, got ${JSON.stringify(month)}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

function shiftMonth(month: string, by: number): string {
  const { year, month: m } = parseMonth(month);
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Sittings of `year` in its loaded notice; NoticeMissingError when no notice for the year is loaded. */
export function unifiedSittings(year: number, data: YearBoundData): UnifiedSitting[] {
  return requireNotice(data, LIAONING_PROVINCE, year).unifiedSchedule?.sittings ?? [];
}

/**
 * The day a separate batch declared in `month` (YYYY-MM) must be in by, under the notice of that year:
 * the cut-off day, or the nearest working day after it when the notice rolls it forward (顺延).
 */
export function separateBatchCutoff(month: string, data: YearBoundData): string {
  const { year } = parseMonth(month);
  const rule = requireNotice(data, LIAONING_PROVINCE, year).separateBatch;
  if (!rule) throw new ScheduleError(`辽宁${year}年通知未规定单独批次 / the ${year} notice sets no separate batches`);
  const day = `${month}-${String(rule.cutoffDay).padStart(2, '0')}`;
  return rule.rollForwardToWorkingDay ? data.calendar.nextWorkingDayOnOrAfter(day) : day;
}

/** The exam window after a declaration in `month`: the stated days of the next month (上旬或中旬). */
export function separateBatchExamWindow(month: string, data: YearBoundData): { from: string; to: string } {
  const { year } = parseMonth(month);
  const rule = requireNotice(data, LIAONING_PROVINCE, year).separateBatch;
  if (!rule) throw new ScheduleError(`辽宁${year}年通知未规定单独批次 / the ${year} notice sets no separate batches`);
  const next = shiftMonth(month, 1);
  const pad = (d: number) => String(d).padStart(2, '0');
  return { from: `${next}-${pad(rule.examWindowFromDay)}`, to: `${next}-${pad(rule.examWindowToDay)}` };
}

/** True when `date` is a unified exam day of its year's notice, which separate batches should avoid. */
export function isUnifiedExamDate(date: string, data: YearBoundData): boolean {
  return unifiedSittings(Number(date.slice(0, 4)), data).some((s) => s.examDates.includes(date));
}

/**
 * Liaoning's declaration rules (三(三)): a unified batch sits on its year's schedule and reports its flow
 * by the due day; a separate batch is declared by the cut-off of the month before, sits on the stated
 * days of the following month, in the stated city, off the unified days. Missing notices throw
 * NoticeMissingError (the batch cannot be judged until the notice is loaded); other problems are returned.
 */
export function liaoningDeclarationViolations(f: DeclarationFacts, data: YearBoundData): string[] {
  const violations: string[] = [];
  const year = Number(f.startDate.slice(0, 4));
  if (f.mode === 'UNIFIED') {
    const notice = requireNotice(data, LIAONING_PROVINCE, year);
    const schedule = notice.unifiedSchedule;
    const sitting = schedule?.sittings.find((s) => f.days.every((d) => s.examDates.includes(d)));
    const where = `${notice.document} ${schedule?.section ?? ''}`.trim();
    if (!sitting) violations.push(`统一考核须在${year}年统一考核时间表的考核日（${where}）/ unified batches sit on the schedule's exam days`);
    else if (f.declaredOn > sitting.flowReportDue) violations.push(`统一考核须于${sitting.flowReportDue}前上报考核流转（${where}）/ the flow report was due ${sitting.flowReportDue}`);
  } else if (f.mode === 'SEPARATE') {
    const examMonth = f.startDate.slice(0, 7);
    const declareMonth = shiftMonth(examMonth, -1);
    const rule = requireNotice(data, LIAONING_PROVINCE, Number(declareMonth.slice(0, 4))).separateBatch;
    const examNotice = requireNotice(data, LIAONING_PROVINCE, year);
    if (!rule) return [`辽宁${declareMonth.slice(0, 4)}年通知未规定单独批次 / that year's notice sets no separate batches`];
    const cutoff = separateBatchCutoff(declareMonth, data);
    if (f.declaredOn > cutoff) violations.push(`单独批次须于${cutoff}前申报（每月${rule.cutoffDay}日${rule.rollForwardToWorkingDay ? '，遇非工作日顺延' : ''}；${rule.section}）/ missed the cut-off ${cutoff}`);
    const window = separateBatchExamWindow(declareMonth, data);
    if (f.startDate < window.from || f.endDate > window.to) violations.push(`单独批次于下月${rule.examWindowFromDay}-${rule.examWindowToDay}日组织实施（${rule.section}）/ separate batches sit on days ${rule.examWindowFromDay}-${rule.examWindowToDay} of the next month`);
    if (rule.avoidUnifiedDates && f.days.some((d) => examNotice.unifiedSchedule?.sittings.some((s) => s.examDates.includes(d)))) {
      violations.push('单独批次原则上应避开统一考核时间 / separate batches avoid the unified exam days');
    }
    if (rule.cityDivision && f.siteCityCode && !f.siteCityCode.startsWith(rule.cityDivision.slice(0, 4))) {
      violations.push(`单独批次须安排在${rule.cityName}域内实施（${rule.section} 注）/ separate batches are held in ${rule.cityName}`);
    }
  }
  return violations;
}
