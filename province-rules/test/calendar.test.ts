import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, addWorkingDays, calendarCoverage, dayKind, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBetween } from '../src';

// State Council arrangements: 2023 国办发明电〔2022〕16号, 2024 国办发明电〔2023〕7号, 2025 国办发明电〔2024〕12号.
describe('PRC working-day calendar', () => {
  it.each([
    // Spring Festival
    ['2023-01-21', false, 'HOLIDAY'], ['2023-01-27', false, 'HOLIDAY'], ['2023-01-28', true, 'ADJUSTED_WORKDAY'], ['2023-01-29', true, 'ADJUSTED_WORKDAY'], ['2023-01-30', true, 'WORKDAY'],
    ['2024-02-04', true, 'ADJUSTED_WORKDAY'], ['2024-02-10', false, 'HOLIDAY'], ['2024-02-17', false, 'HOLIDAY'], ['2024-02-18', true, 'ADJUSTED_WORKDAY'],
    ['2025-01-26', true, 'ADJUSTED_WORKDAY'], ['2025-01-28', false, 'HOLIDAY'], ['2025-02-04', false, 'HOLIDAY'], ['2025-02-08', true, 'ADJUSTED_WORKDAY'],
    // Dragon Boat 2023: Sunday 25 June worked
    ['2023-06-22', false, 'HOLIDAY'], ['2023-06-24', false, 'HOLIDAY'], ['2023-06-25', true, 'ADJUSTED_WORKDAY'],
    // Mid-Autumn + National Day
    ['2023-09-29', false, 'HOLIDAY'], ['2023-10-06', false, 'HOLIDAY'], ['2023-10-07', true, 'ADJUSTED_WORKDAY'], ['2023-10-08', true, 'ADJUSTED_WORKDAY'],
    ['2024-09-29', true, 'ADJUSTED_WORKDAY'], ['2024-10-01', false, 'HOLIDAY'], ['2024-10-07', false, 'HOLIDAY'], ['2024-10-12', true, 'ADJUSTED_WORKDAY'],
    ['2025-09-28', true, 'ADJUSTED_WORKDAY'], ['2025-10-08', false, 'HOLIDAY'], ['2025-10-11', true, 'ADJUSTED_WORKDAY'],
    // ordinary days
    ['2023-11-25', false, 'WEEKEND'], ['2023-11-27', true, 'WORKDAY'],
  ])('%s is a working day: %s (%s)', (date, working, kind) => {
    expect(isWorkingDay(date)).toBe(working);
    expect(dayKind(date)).toBe(kind);
  });

  it.each([
    ['2023-09-27', 10, '2023-10-17'], // across Mid-Autumn/National Day, counting the 调休 Saturday and Sunday
    ['2023-09-27', 0, '2023-09-27'],
    ['2024-02-08', 3, '2024-02-19'], // across Spring Festival 2024, 2-18 (Sunday) worked
    ['2025-01-24', 2, '2025-01-27'], // 1-26 (Sunday) is a 调休 working day
    ['2025-01-24', 3, '2025-02-05'], // then Spring Festival 1-28..2-4
    ['2023-06-21', 1, '2023-06-25'], // Dragon Boat: the next working day is the 调休 Sunday
    ['2024-12-31', 1, '2025-01-02'],
  ])('%s + %i working days = %s', (date, days, expected) => {
    expect(addWorkingDays(date, days)).toBe(expected);
    if (days > 0) expect(workingDaysBetween(date, expected)).toBe(days);
  });

  it('finds the next working day on or after a date', () => {
    expect(nextWorkingDayOnOrAfter('2023-10-01')).toBe('2023-10-07');
    expect(nextWorkingDayOnOrAfter('2023-11-27')).toBe('2023-11-27');
  });

  it('refuses dates outside the known arrangements instead of guessing', () => {
    const { from, to } = calendarCoverage();
    expect(from).toBe(2004);
    expect(to).toBeGreaterThanOrEqual(2026);
    expect(() => isWorkingDay(`${to + 1}-03-02`)).toThrow(CalendarCoverageError);
    expect(() => isWorkingDay('2003-12-31')).toThrow(CalendarCoverageError);
    expect(() => addWorkingDays(`${to}-12-30`, 30)).toThrow(CalendarCoverageError);
  });

  it('refuses malformed input', () => {
    expect(() => isWorkingDay('2023-02-29')).toThrow(/YYYY-MM-DD/);
    expect(() => addWorkingDays('2023-01-03', -1)).toThrow(/non-negative/);
  });
});
