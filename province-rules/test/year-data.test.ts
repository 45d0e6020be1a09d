import { describe, expect, it } from 'vitest';
import {
  BUNDLED_CALENDAR,
  CalendarCoverageError,
  LIAONING_2023_NOTICE,
  NoticeMissingError,
  WorkingCalendar,
  bundledYearData,
  provinceDeclarationViolations,
  separateBatchCutoff,
  unifiedSittings,
  validateAnnualNotice,
  validateHolidayArrangement,
  yearBoundData,
} from '../src';
import { TEST_ARRANGEMENT_2027, TEST_LIAONING_2025_NOTICE } from './fixtures';
import { readSeed } from './seeds';

describe('holiday arrangements as data', () => {
  it('refuses a deadline running into a year not loaded, naming the year and what to load', () => {
    expect(() => BUNDLED_CALENDAR.addWorkingDays('2026-12-25', 10)).toThrow(CalendarCoverageError);
    expect(() => BUNDLED_CALENDAR.addWorkingDays('2026-12-25', 10)).toThrow(/2027年的节假日安排尚未加载.*国务院办公厅关于2027年部分节假日安排的通知/);
  });

  it('counts into 2027 once the (test) 2027 arrangement is loaded', () => {
    expect(validateHolidayArrangement(TEST_ARRANGEMENT_2027)).toEqual([]);
    const calendar = WorkingCalendar.withArrangements([TEST_ARRANGEMENT_2027]);
    // 12-28..31 are 4 working days, 2027-01-01..03 off, then 01-04..08 and 01-11.
    expect(calendar.addWorkingDays('2026-12-25', 10)).toBe('2027-01-11');
    expect(calendar.dayKind('2027-02-13')).toBe('ADJUSTED_WORKDAY');
    expect(calendar.dayKind('2027-02-08')).toBe('HOLIDAY');
    expect(calendar.coverage().to).toBe(2027);
    expect(calendar.sourceOf(2027)).toEqual({ origin: 'LOADED', document: TEST_ARRANGEMENT_2027.document, testData: true });
    expect(() => calendar.isWorkingDay('2028-01-03')).toThrow(/2028年/);
  });

  it.each([
    [{ year: 2025 }, /chinese-days/],
    [{ year: 2028 }, /须先加载2027年/],
    [{ document: ' ' }, /文号/],
    [{ holidays: [] }, /放假日期不能为空/],
    [{ holidays: [...TEST_ARRANGEMENT_2027.holidays, '2026-12-31'] }, /不是2027年的日期/],
    [{ holidays: [...TEST_ARRANGEMENT_2027.holidays, '2027-02-30'] }, /不是有效日期/],
    [{ holidays: [...TEST_ARRANGEMENT_2027.holidays, '2027-01-01'] }, /重复/],
    [{ workingWeekends: ['2027-01-01'] }, /既是放假日又是调休上班日/],
    [{ workingWeekends: ['2027-01-04'] }, /不是周末/],
    [{ holidays: TEST_ARRANGEMENT_2027.holidays.filter((d) => d !== '2027-10-02') }, /缺少法定节日 2027-10-02/],
  ])('refuses an inconsistent arrangement %#', (change, problem) => {
    const problems = validateHolidayArrangement({ ...TEST_ARRANGEMENT_2027, ...change });
    expect(problems.join('\n')).toMatch(problem);
  });

  it('never lets a loaded copy change a bundled year', () => {
    const calendar = WorkingCalendar.withArrangements([{ ...TEST_ARRANGEMENT_2027, year: 2024, holidays: ['2024-03-04'] }]);
    expect(calendar.isWorkingDay('2024-03-04')).toBe(true);
  });
});

describe('annual notices as data', () => {
  it('bundles 辽就〔2023〕4号 word for word', () => {
    const seed = readSeed('000_be377803e45a90ae.txt').replace(/\s+/g, '');
    expect(validateAnnualNotice(LIAONING_2023_NOTICE)).toEqual([]);
    expect(seed).toContain(LIAONING_2023_NOTICE.document);
    expect(seed).toContain(LIAONING_2023_NOTICE.title);
    for (const part of [LIAONING_2023_NOTICE.unifiedSchedule!, LIAONING_2023_NOTICE.separateBatch!, ...LIAONING_2023_NOTICE.keyDates]) {
      expect(seed).toContain(part.quote!.replace(/\s+/g, ''));
    }
  });

  it('refuses a Liaoning separate batch in 2025 until the 2025 notice is loaded, then applies it', () => {
    const facts = { mode: 'SEPARATE', startDate: '2025-06-10', endDate: '2025-06-10', declaredOn: '2025-05-20', days: ['2025-06-10'], siteCityCode: '210102' };
    expect(() => provinceDeclarationViolations('LIAONING', facts, bundledYearData())).toThrow(NoticeMissingError);
    expect(() => provinceDeclarationViolations('LIAONING', facts, bundledYearData())).toThrow(/辽宁省2025年的年度通知尚未加载.*关于开展2025年省本级专项职业能力考核工作的通知/);
    expect(validateAnnualNotice(TEST_LIAONING_2025_NOTICE)).toEqual([]);
    const data = yearBoundData({ notices: [TEST_LIAONING_2025_NOTICE] });
    expect(provinceDeclarationViolations('LIAONING', facts, data)).toEqual([]);
    // 2025-05-25 is a Sunday: the cut-off rolls to Monday the 26th.
    expect(separateBatchCutoff('2025-05', data)).toBe('2025-05-26');
    expect(provinceDeclarationViolations('LIAONING', { ...facts, declaredOn: '2025-05-27' }, data).join()).toContain('2025-05-26');
    expect(provinceDeclarationViolations('LIAONING', { ...facts, startDate: '2025-06-21', endDate: '2025-06-21', days: ['2025-06-21'] }, data).join()).toMatch(/1-20日/);
    expect(provinceDeclarationViolations('LIAONING', { ...facts, siteCityCode: '210202' }, data).join()).toContain('沈阳市');
    expect(provinceDeclarationViolations('LIAONING', { ...facts, mode: 'REGULAR' }, data).join()).toContain('UNIFIED、SEPARATE');
    expect(unifiedSittings(2025, data)).toHaveLength(2);
  });

  it('lets a loaded record supersede a bundled one for its year', () => {
    const corrected = { ...LIAONING_2023_NOTICE, document: '更正 测试数据', separateBatch: { ...LIAONING_2023_NOTICE.separateBatch!, cutoffDay: 20 } };
    expect(separateBatchCutoff('2023-04', yearBoundData({ notices: [corrected] }))).toBe('2023-04-20');
    expect(separateBatchCutoff('2023-04', bundledYearData())).toBe('2023-04-25');
  });

  it.each([
    [{ province: 'NOWHERE' }, /未知省份/],
    [{ province: 'SHANDONG' }, /不使用年度通知/],
    [{ document: '' }, /文号/],
    [{ unifiedSchedule: null }, /统一考核时间安排/],
    [{ separateBatch: null }, /单独批次规则/],
    [{ unifiedSchedule: { section: '三(三)', sittings: [{ month: '2024-05', flowReportDue: '2024-05-01', confirmationDue: '2024-05-02', examDates: ['2024-05-10'] }] } }, /须为2025年的月份/],
    [{ unifiedSchedule: { section: '三(三)', sittings: [{ month: '2025-05', flowReportDue: '2025-05-20', confirmationDue: '2025-05-16', examDates: ['2025-05-24'] }] } }, /不晚于参考确认截止/],
    [{ unifiedSchedule: { section: '三(三)', sittings: [{ month: '2025-05', flowReportDue: '2025-05-12', confirmationDue: '2025-05-16', examDates: ['2025-06-01'] }] } }, /须在该月/],
    [{ separateBatch: { ...TEST_LIAONING_2025_NOTICE.separateBatch!, cutoffDay: 31 } }, /1-28/],
    [{ separateBatch: { ...TEST_LIAONING_2025_NOTICE.separateBatch!, cityDivision: '370100' } }, /不在本省/],
    [{ keyDates: [{ key: 'bad key', date: '2025-13-01', section: '四', description: 'x' }] }, /大写字母[\s\S]*不是有效/],
  ])('refuses an inconsistent notice %#', (change, problem) => {
    expect(validateAnnualNotice({ ...TEST_LIAONING_2025_NOTICE, ...(change as object) }).join('\n')).toMatch(problem);
  });
});
