import packaged from 'chinese-days/dist/chinese-days.json';
import { addDays, parseDate, weekday } from '../dates';
import { YearDataMissingError } from '../year-data-error';

/**
 * The PRC statutory working-day calendar: weekends and public holidays off, adjusted working weekends
 * (调休) on. Bundled years come from the chinese-days package (State Council arrangements 2004 onwards);
 * later years are arrangements a national administrator loads from the State Council General Office's
 * annual notice (国务院办公厅关于X年部分节假日安排的通知), which the subgraphs keep as data and pass in
 * as a `WorkingCalendar`. A date in a year neither covers is an error, never a guess.
 */
export interface HolidayArrangement {
  year: number;
  /** Document number of the State Council notice, e.g. 国办发明电〔2025〕7号. */
  document: string;
  /** Title of the notice, e.g. 国务院办公厅关于2026年部分节假日安排的通知. */
  title?: string | null;
  /** Statutory holidays and the rest days joined to them (放假), YYYY-MM-DD. */
  holidays: string[];
  /** Weekend days that are working days (调休上班), YYYY-MM-DD. */
  workingWeekends: string[];
  /** True for made-up arrangements loaded by tests or demos; never for a published notice. */
  testData?: boolean;
}

/** Raised for a date in a year without a known arrangement; says which year and what to load. */
export class CalendarCoverageError extends YearDataMissingError {
  readonly year: number;
  constructor(readonly date: string, readonly coverage: { from: number; to: number }) {
    const year = Number(date.slice(0, 4));
    super(
      `${year}年的节假日安排尚未加载（已收录 ${coverage.from}-${coverage.to} 年），不能计算 ${date} 起的工作日：请全国管理员加载《国务院办公厅关于${year}年部分节假日安排的通知》（loadHolidayArrangement）` +
        ` / no holiday arrangement is loaded for ${year} (covered: ${coverage.from}-${coverage.to}), so working days at ${date} cannot be counted: a national administrator loads the State Council's ${year} holiday arrangement (loadHolidayArrangement)`,
      { kind: 'HOLIDAY_ARRANGEMENT', year, load: 'loadHolidayArrangement' },
    );
    this.year = year;
    this.name = 'CalendarCoverageError';
  }
}

export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'ADJUSTED_WORKDAY';

const BUNDLED_HOLIDAYS = new Set(Object.keys(packaged.holidays));
const BUNDLED_WORKING_WEEKENDS = new Set(Object.keys(packaged.workdays));
/** Years the chinese-days package covers; loaded arrangements may not replace these. */
export const BUNDLED_CALENDAR_YEARS: readonly number[] = [...new Set([...BUNDLED_HOLIDAYS].map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
export const BUNDLED_CALENDAR_SOURCE = '国务院办公厅历年部分节假日安排的通知（chinese-days 数据包）';

/**
 * An immutable working-day calendar: the bundled years plus the arrangements given. Pure data, so a
 * subgraph builds one from the arrangements it has loaded and passes it into the rule functions.
 */
export class WorkingCalendar {
  private readonly holidays: Set<string>;
  private readonly workingWeekends: Set<string>;
  private readonly years: Set<number>;
  private readonly loadedYears: Map<number, HolidayArrangement>;

  private constructor(loaded: HolidayArrangement[]) {
    this.holidays = new Set(BUNDLED_HOLIDAYS);
    this.workingWeekends = new Set(BUNDLED_WORKING_WEEKENDS);
    this.years = new Set(BUNDLED_CALENDAR_YEARS);
    this.loadedYears = new Map();
    for (const arrangement of loaded) {
      // Bundled years stay the package's: a loaded copy cannot silently change a published year.
      if (BUNDLED_CALENDAR_YEARS.includes(arrangement.year)) continue;
      this.loadedYears.set(arrangement.year, arrangement);
      for (const d of arrangement.holidays) this.holidays.add(d);
      for (const d of arrangement.workingWeekends) this.workingWeekends.add(d);
      this.years.add(arrangement.year);
    }
  }

  /** The bundled years only. */
  static bundled(): WorkingCalendar {
    return new WorkingCalendar([]);
  }

  /** The bundled years plus these loaded arrangements (validate them first with validateHolidayArrangement). */
  static withArrangements(arrangements: HolidayArrangement[]): WorkingCalendar {
    return new WorkingCalendar(arrangements);
  }

  /** First and last covered year. Loading refuses gaps, so the years in between are all covered. */
  coverage(): { from: number; to: number } {
    const sorted = [...this.years].sort((a, b) => a - b);
    return { from: sorted[0], to: sorted[sorted.length - 1] };
  }

  covers(year: number): boolean {
    return this.years.has(year);
  }

  /** Where a year's days come from: the package, a loaded arrangement, or nowhere yet. */
  sourceOf(year: number): { origin: 'BUNDLED'; document: string } | { origin: 'LOADED'; document: string; testData: boolean } | null {
    const loaded = this.loadedYears.get(year);
    if (loaded) return { origin: 'LOADED', document: loaded.document, testData: Boolean(loaded.testData) };
    return BUNDLED_CALENDAR_YEARS.includes(year) ? { origin: 'BUNDLED', document: BUNDLED_CALENDAR_SOURCE } : null;
  }

  private assertCovered(date: string): void {
    parseDate(date);
    if (!this.years.has(Number(date.slice(0, 4)))) throw new CalendarCoverageError(date, this.coverage());
  }

  dayKind(date: string): DayKind {
    this.assertCovered(date);
    if (this.holidays.has(date)) return 'HOLIDAY';
    if (this.workingWeekends.has(date)) return 'ADJUSTED_WORKDAY';
    const day = weekday(date);
    return day === 0 || day === 6 ? 'WEEKEND' : 'WORKDAY';
  }

  isWorkingDay(date: string): boolean {
    const kind = this.dayKind(date);
    return kind === 'WORKDAY' || kind === 'ADJUSTED_WORKDAY';
  }

  /**
   * The date `days` working days after `date` (the start day itself is not counted): "within 10 working
   * days of declaration" means on or before addWorkingDays(declaration, 10).
   */
  addWorkingDays(date: string, days: number): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`工作日天数须为非负整数 / days must be a non-negative integer, got ${days}`);
    this.assertCovered(date);
    let current = date;
    let left = days;
    while (left > 0) {
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) left--;
    }
    return current;
  }

  /** `date` itself when it is a working day, otherwise the next working day after it. */
  nextWorkingDayOnOrAfter(date: string): string {
    let current = date;
    while (!this.isWorkingDay(current)) current = addDays(current, 1);
    return current;
  }

  /** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: string, to: string): number {
    this.assertCovered(from);
    let count = 0;
    for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) if (this.isWorkingDay(current)) count++;
    return count;
  }
}

/** The bundled years only: what a caller gets when it passes no loaded calendar. */
export const BUNDLED_CALENDAR = WorkingCalendar.bundled();

export function calendarCoverage(calendar: WorkingCalendar = BUNDLED_CALENDAR): { from: number; to: number } {
  return calendar.coverage();
}
export function dayKind(date: string, calendar: WorkingCalendar = BUNDLED_CALENDAR): DayKind {
  return calendar.dayKind(date);
}
export function isWorkingDay(date: string, calendar: WorkingCalendar = BUNDLED_CALENDAR): boolean {
  return calendar.isWorkingDay(date);
}
export function addWorkingDays(date: string, days: number, calendar: WorkingCalendar = BUNDLED_CALENDAR): string {
  return calendar.addWorkingDays(date, days);
}
export function nextWorkingDayOnOrAfter(date: string, calendar: WorkingCalendar = BUNDLED_CALENDAR): string {
  return calendar.nextWorkingDayOnOrAfter(date);
}
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar = BUNDLED_CALENDAR): number {
  return calendar.workingDaysBetween(from, to);
}

const DATE_IN = (year: number) => new RegExp(`^${year}-\\d{2}-\\d{2}$`);

/**
 * Every reason an arrangement cannot be loaded, all at once: the year (not bundled, no gap after the
 * covered years), the document number, real dates inside the year without repeats, no date both a
 * holiday and a working day, 调休 working days on weekends only, holidays on weekdays not silently
 * missing the fixed-date statutory holidays (元旦 1月1日, 劳动节 5月1日, 国庆节 10月1-3日, which
 * 《全国年节及纪念日放假办法》 fixes by date; the lunar ones cannot be checked without a lunar calendar).
 */
export function validateHolidayArrangement(arrangement: HolidayArrangement, calendar: WorkingCalendar = BUNDLED_CALENDAR): string[] {
  const problems: string[] = [];
  const { year } = arrangement;
  if (!Number.isInteger(year) || year < 2004 || year > 2100) return [`年份须为2004-2100的整数 / year must be 2004-2100, got ${year}`];
  if (BUNDLED_CALENDAR_YEARS.includes(year)) problems.push(`${year}年已由 chinese-days 数据包收录，不能覆盖（如有更正请升级数据包）/ ${year} is bundled (chinese-days); update the package to correct it`);
  const { to } = calendar.coverage();
  if (!calendar.covers(year) && year !== to + 1) problems.push(`须先加载${to + 1}年（已收录至${to}年，不能留空档）/ load ${to + 1} first: years must follow without a gap`);
  const document = arrangement.document?.trim() ?? '';
  if (!document) problems.push('须填写国务院通知文号 / the notice\'s document number is required');
  else if ([...document].length > 200) problems.push('文号超过200字 / document number longer than 200 characters');
  if (arrangement.holidays.length === 0) problems.push('放假日期不能为空 / holidays are required');
  const seen = new Map<string, string>();
  const check = (list: string[], what: string, onWeekend: boolean) => {
    for (const date of list) {
      if (!DATE_IN(year).test(date)) {
        problems.push(`${what}“${date}”不是${year}年的日期 / ${date} is not a date in ${year}`);
        continue;
      }
      try {
        parseDate(date);
      } catch {
        problems.push(`${what}“${date}”不是有效日期 / ${date} is not a real date`);
        continue;
      }
      const before = seen.get(date);
      if (before === what) problems.push(`${what}“${date}”重复 / ${date} is listed twice`);
      else if (before) problems.push(`${date}既是放假日又是调休上班日 / ${date} is both a holiday and a working day`);
      seen.set(date, what);
      const day = weekday(date);
      if (onWeekend && day !== 0 && day !== 6) problems.push(`调休上班日“${date}”不是周末 / working day ${date} is not a Saturday or Sunday`);
    }
  };
  check(arrangement.holidays, '放假日', false);
  check(arrangement.workingWeekends, '调休上班日', true);
  const holidays = new Set(arrangement.holidays);
  for (const fixed of ['01-01', '05-01', '10-01', '10-02', '10-03']) {
    if (!holidays.has(`${year}-${fixed}`)) problems.push(`放假日缺少法定节日 ${year}-${fixed}（《全国年节及纪念日放假办法》）/ statutory holiday ${year}-${fixed} is missing`);
  }
  return problems;
}
