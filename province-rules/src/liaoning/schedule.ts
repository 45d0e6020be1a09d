import { nextWorkingDayOnOrAfter } from '../calendar';
import { cite } from '../sources';
import type { ExamSchedule, UnifiedSitting } from '../types';


export const UNIFIED_SCHEDULE_SOURCE = cite('LIAONING_SPECIAL', '三(三) 附表', '2023 年实施的专项职业能力考核的统一考核时间安排');

/** The table as printed (7月: 23/24, a Sunday and a Monday, as the notice has it). */
export const UNIFIED_SITTINGS: Record<number, UnifiedSitting[]> = {
  2023: [
    ['04', '04-10', '04-14', '04-22', '04-23'],
    ['05', '05-15', '05-19', '05-26', '05-27'],
    ['06', '06-12', '06-16', '06-24', '06-25'],
    ['07', '07-11', '07-14', '07-23', '07-24'],
    ['08', '08-14', '08-18', '08-26', '08-27'],
    ['09', '09-11', '09-15', '09-23', '09-24'],
    ['10', '10-16', '10-20', '10-28', '10-29'],
    ['11', '11-13', '11-17', '11-25', '11-26'],
    ['12', '12-11', '12-15', '12-23', '12-24'],
  ].map(([m, flow, confirm, d1, d2]) => ({
    month: `2023-${m}`,
    flowReportDue: `2023-${flow}`,
    confirmationDue: `2023-${confirm}`,
    examDates: [`2023-${d1}`, `2023-${d2}`],
  })),
};

/** Sittings of `year`; empty for a year no notice in the system publishes a schedule for. */
export function unifiedSittings(year: number): UnifiedSitting[] {
  return UNIFIED_SITTINGS[year] ?? [];
}

export const SEPARATE_BATCH_SOURCE = cite(
  'LIAONING_SPECIAL',
  '三(三)',
  '单独批次实施的专项申报应于每月 25 日（或顺延至 25 日后最近的工作日）前完成，符合开考要求的，于下月上旬或中旬组织实施。注：单独批次实施须安排在沈阳市域内实施…考核日期原则上应避开统一考核时间',
);

/** The years whose separate-batch rule a notice in the system states (辽就〔2023〕4号 is for 2023). */
export const SEPARATE_BATCH_YEARS = [2023];

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

/**
 * The day a separate batch declared in `month` must be in by: the 25th, or the nearest working day
 * after it when the 25th is not a working day.
 */
export function separateBatchCutoff(month: string): string {
  const { year } = parseMonth(month);
  if (!SEPARATE_BATCH_YEARS.includes(year)) {
    throw new ScheduleError(`系统中的辽宁通知（辽就〔2023〕4号）只规定了 ${SEPARATE_BATCH_YEARS.join('、')} 年的单独批次安排 / the Liaoning notice in the system covers ${SEPARATE_BATCH_YEARS.join(', ')} only`);
  }
  return nextWorkingDayOnOrAfter(`${month}-25`);
}

/** The exam window that follows: early or mid next month (上旬或中旬, days 1-20). */
export function separateBatchExamWindow(month: string): { from: string; to: string } {
  separateBatchCutoff(month);
  const { year, month: m } = parseMonth(month);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${next}-01`, to: `${next}-20` };
}

/** Separate batches are held in Shenyang (沈阳市, 210100) unless the centre agrees otherwise. */
export const SEPARATE_BATCH_CITY = { code: '210100', name: '沈阳市' };

/** True when `date` is a unified exam day, which separate batches should avoid. */
export function isUnifiedExamDate(date: string): boolean {
  return unifiedSittings(Number(date.slice(0, 4))).some((s) => s.examDates.includes(date));
}

export const liaoningExamSchedule: ExamSchedule = {
  source: UNIFIED_SCHEDULE_SOURCE,
  unifiedSittings,
  separateBatchCutoff,
  separateBatchSource: SEPARATE_BATCH_SOURCE,
};
