import packaged from 'chinese-days/dist/chinese-days.json';
import { addDays, parseDate, weekday } from '../dates';
import { CALENDAR_OVERRIDES, type YearArrangement } from './overrides';

/**
 * The PRC statutory working-day calendar: weekends and public holidays off, adjusted working weekends
 * (调休) on. Data: the chinese-days package (State Council arrangements 2004 onwards) plus
 * CALENDAR_OVERRIDES for years it lacks. A date in a year neither covers is an error, never a guess.
 */
export class CalendarCoverageError extends Error {
  constructor(readonly date: string, readonly coverage: { from: number; to: number }) {
    super(`${date.slice(0, 4)}年的节假日安排尚未收录（已收录 ${coverage.from}-${coverage.to} 年）/ no holiday arrangement is known for ${date} (covered: ${coverage.from}-${coverage.to})`);
    this.name = 'CalendarCoverageError';
  }
}

const holidays = new Set(Object.keys(packaged.holidays));
const workingWeekends = new Set(Object.keys(packaged.workdays));
const years = new Set([...holidays].map((d) => Number(d.slice(0, 4))));

function apply(arrangement: YearArrangement): void {
  for (const d of arrangement.holidays) holidays.add(d);
  for (const d of arrangement.workingWeekends) workingWeekends.add(d);
  years.add(arrangement.year);
}
CALENDAR_OVERRIDES.forEach(apply);

/** First and last year with a known arrangement; years in between are all covered. */
export function calendarCoverage(): { from: number; to: number } {
  const sorted = [...years].sort((a, b) => a - b);
  return { from: sorted[0], to: sorted[sorted.length - 1] };
}

function assertCovered(date: string): void {
  parseDate(date);
  const year = Number(date.slice(0, 4));
  if (!years.has(year)) throw new CalendarCoverageError(date, calendarCoverage());
}

export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'ADJUSTED_WORKDAY';

export function dayKind(date: string): DayKind {
  assertCovered(date);
  if (holidays.has(date)) return 'HOLIDAY';
  if (workingWeekends.has(date)) return 'ADJUSTED_WORKDAY';
  const day = weekday(date);
  return day === 0 || day === 6 ? 'WEEKEND' : 'WORKDAY';
}

export function isWorkingDay(date: string): boolean {
  const kind = dayKind(date);
  return kind === 'WORKDAY' || kind === 'ADJUSTED_WORKDAY';
}

/**
 * The date `days` working days after `date` (the start day itself is not counted): "within 10 working
 * days of declaration" means on or before addWorkingDays(declaration, 10).
 */
export function addWorkingDays(date: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`工作日天数须为非负整数 / days must be a non-negative integer, got ${days}`);
  assertCovered(date);
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** `date` itself when it is a working day, otherwise the next working day after it. */
export function nextWorkingDayOnOrAfter(date: string): string {
  let current = date;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  assertCovered(from);
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) if (isWorkingDay(current)) count++;
  return count;
}
