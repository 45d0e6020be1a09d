import type { AnnualNotice, HolidayArrangement } from '../src';

/**
 * TEST DATA — made up, not published by anyone. The real 2027 holiday arrangement and Liaoning's 2025
 * notice are not in the seeds, so tests load these clearly marked stand-ins (testData: true, document
 * numbers saying 测试数据) to prove that loading a year makes it usable. Never load them in production.
 */
export const TEST_ARRANGEMENT_2027: HolidayArrangement = {
  year: 2027,
  document: '测试数据 TEST-2027（虚构，非国务院通知）',
  title: '【测试数据】2027年部分节假日安排（虚构）',
  testData: true,
  holidays: [
    '2027-01-01', '2027-01-02', '2027-01-03',
    '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12',
    '2027-04-05',
    '2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05',
    '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07',
  ],
  workingWeekends: ['2027-02-13', '2027-04-25', '2027-09-26', '2027-10-09'],
};

/** A fictional Liaoning 2025 notice: same rules as 2023, two made-up sittings. */
export const TEST_LIAONING_2025_NOTICE: AnnualNotice = {
  province: 'LIAONING',
  year: 2025,
  document: '测试数据 辽就〔2025〕TEST号（虚构）',
  title: '【测试数据】关于开展2025年省本级专项职业能力考核工作的通知（虚构）',
  seed: null,
  testData: true,
  note: '测试用虚构记录，不是官方通知 / made-up test record, not an official notice',
  unifiedSchedule: {
    section: '三(三) 附表',
    quote: null,
    sittings: [
      { month: '2025-05', flowReportDue: '2025-05-12', confirmationDue: '2025-05-16', examDates: ['2025-05-24', '2025-05-25'] },
      { month: '2025-06', flowReportDue: '2025-06-09', confirmationDue: '2025-06-13', examDates: ['2025-06-21', '2025-06-22'] },
    ],
  },
  separateBatch: {
    section: '三(三)',
    quote: null,
    cutoffDay: 25,
    rollForwardToWorkingDay: true,
    examWindowFromDay: 1,
    examWindowToDay: 20,
    cityDivision: '210100',
    cityName: '沈阳市',
    avoidUnifiedDates: true,
  },
  keyDates: [{ key: 'PLAN_DECLARATION_DUE', date: '2025-04-25', section: '四(一)', description: '申报计划表（测试数据）', quote: null }],
};
