import type { RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import type { Caller } from '@skillfed/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ARRANGEMENT_2027, TEST_LIAONING_2025_NOTICE } from '../../../province-rules/test/fixtures';
import { createServer } from '../src';

const databases = await testDatabases();
const { testData: _t, ...arrangementFields } = TEST_ARRANGEMENT_2027;

describe.each(databases)('year-bound data in the catalog on $name', (database) => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await (await createServer({ database: database.config('catalog'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false })).listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });
  const ask = async (query: string, variables: Record<string, unknown> = {}, caller: Caller = callers.anonymous) => (await subgraphRequest(running.url, query, { variables, caller })).body;
  const LOAD_ARRANGEMENT = `mutation ($input: HolidayArrangementInput!, $dryRun: Boolean, $reason: String) {
    loadHolidayArrangement(input: $input, dryRun: $dryRun, reason: $reason) { dryRun applied unchanged problems arrangement { year document testData holidays history { version current loadedBy reason } } } }`;

  it('computes into 2027 only after a national administrator loads the (test) 2027 arrangement, keeping its history', async () => {
    const before = await ask('{ addWorkingDays(date: "2026-12-25", days: 10) }');
    expect(before.errors?.[0].extensions).toMatchObject({ code: 'YEAR_DATA_NOT_LOADED', year: 2027 });
    const input = { ...arrangementFields, testData: true };

    expect((await ask(LOAD_ARRANGEMENT, { input }, callers.operator('LIAONING'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dry = await ask(LOAD_ARRANGEMENT, { input, dryRun: true }, callers.admin);
    expect(dry.data.loadHolidayArrangement).toMatchObject({ dryRun: true, applied: false, problems: [], arrangement: null });
    expect((await ask('{ addWorkingDays(date: "2026-12-25", days: 10) }')).errors?.[0].extensions?.code).toBe('YEAR_DATA_NOT_LOADED');

    const bad = await ask(LOAD_ARRANGEMENT, { input: { ...input, workingWeekends: ['2027-01-04', '2027-01-01'] } }, callers.admin);
    expect(bad.data.loadHolidayArrangement.applied).toBe(false);
    expect(bad.data.loadHolidayArrangement.problems.join('\n')).toContain('“2027-01-04”不是周末');
    expect(bad.data.loadHolidayArrangement.problems.join('\n')).toContain('2027-01-01既是放假日又是调休上班日');
    expect((await ask(LOAD_ARRANGEMENT, { input: { ...input, year: 2028 } }, callers.admin)).data.loadHolidayArrangement.problems.join()).toContain('须先加载2027年');

    const loaded = await ask(LOAD_ARRANGEMENT, { input, reason: '测试数据' }, callers.admin);
    expect(loaded.data.loadHolidayArrangement).toMatchObject({ applied: true, arrangement: { year: 2027, testData: true, history: { version: 1, current: true, loadedBy: callers.admin.subject, reason: '测试数据' } } });
    expect((await ask('{ addWorkingDays(date: "2026-12-25", days: 10) }')).data.addWorkingDays).toBe('2027-01-11');
    expect((await ask('{ dayKind(date: "2027-02-13") }')).data.dayKind).toBe('ADJUSTED_WORKDAY');
    const calendar = await ask('{ workingDayCalendar { toYear loadedYears { year document testData } } }');
    expect(calendar.data.workingDayCalendar).toEqual({ toYear: 2027, loadedYears: [{ year: 2027, document: TEST_ARRANGEMENT_2027.document, testData: true }] });
    // The 2027 CANDIDATE_REVIEW rule of Jiangsu (10 working days) now has a due date across the new year.
    expect((await ask('{ province(code: JIANGSU) { rules { deadline(kind: CANDIDATE_REVIEW) { dueDate(from: "2026-12-25") } } } }')).data.province.rules.deadline.dueDate).toBe('2027-01-11');

    expect((await ask(LOAD_ARRANGEMENT, { input }, callers.admin)).data.loadHolidayArrangement).toMatchObject({ applied: false, unchanged: true });
    const corrected = await ask(LOAD_ARRANGEMENT, { input: { ...input, workingWeekends: [...input.workingWeekends, '2027-01-09'] }, reason: '更正' }, callers.admin);
    expect(corrected.data.loadHolidayArrangement.arrangement.history).toMatchObject({ version: 2, current: true });
    const history = await ask('{ holidayArrangements(year: 2027, includeSuperseded: true) { history { version current supersededAt } } }');
    expect(history.data.holidayArrangements.map((h: { history: { version: number; current: boolean } }) => [h.history.version, h.history.current])).toEqual([[2, true], [1, false]]);
    expect((await ask('{ dayKind(date: "2027-01-09") }')).data.dayKind).toBe('ADJUSTED_WORKDAY');
    // Each applied version leaves its own audit row, written in the load's transaction.
    const audit = await ask('{ catalogAuditEvents(filter: { action: "LOAD_HOLIDAY_ARRANGEMENT" }, first: 10) { nodes { subject detail outcome } } }', {}, callers.admin);
    expect(audit.data.catalogAuditEvents.nodes.map((n: { detail: string }) => n.detail.split(' ').slice(0, 2).join(' ')).sort()).toEqual(['2027 v1', '2027 v2']);
  });

  it('refuses a 2025 Liaoning schedule until the 2025 notice is loaded; loads it with a dry run and keeps history', async () => {
    const missing = await ask('{ province(code: LIAONING) { unifiedSittings(year: 2025) { month } separateBatchCutoff(month: "2025-05") } }');
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'YEAR_DATA_NOT_LOADED', kind: 'ANNUAL_NOTICE', province: 'LIAONING', year: 2025, load: 'loadAnnualNotice' });
    expect(missing.errors?.[0].message).toContain('关于开展2025年省本级专项职业能力考核工作的通知');

    const bundled = await ask('{ annualNotices(province: LIAONING) { year document origin seed testData separateBatch { cutoffDay section } keyDates { key date } history { version current } } }');
    expect(bundled.data.annualNotices).toEqual([
      expect.objectContaining({ year: 2023, document: '辽就〔2023〕4号', origin: 'BUNDLED', testData: false, separateBatch: { cutoffDay: 25, section: '三(三)' }, history: { version: 0, current: true } }),
    ]);
    expect(bundled.data.annualNotices[0].keyDates).toContainEqual({ key: 'PLAN_DECLARATION_DUE', date: '2023-04-25' });

    const IMPORT = 'mutation ($format: ImportFormat!, $content: String!, $dryRun: Boolean) { importAnnualNotices(format: $format, contentBase64: $content, dryRun: $dryRun) { dryRun applied encoding problems { line reason } notices { year origin document history { version current } } } }';
    const json = Buffer.from(JSON.stringify(TEST_LIAONING_2025_NOTICE)).toString('base64');
    expect((await ask(IMPORT, { format: 'JSON', content: json }, callers.operator('SHANDONG'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dry = await ask(IMPORT, { format: 'JSON', content: json }, callers.operator('LIAONING'));
    expect(dry.data.importAnnualNotices).toMatchObject({ dryRun: true, applied: false, problems: [], notices: [{ year: 2025, origin: 'LOADED', history: { current: false } }] });
    expect((await ask('{ province(code: LIAONING) { separateBatchCutoff(month: "2025-05") } }')).errors?.[0].extensions?.code).toBe('YEAR_DATA_NOT_LOADED');

    // CSV: one row per sitting; a row whose sittings disagree on the notice-level columns is refused, nothing written.
    const header = 'province,year,document,title,testData,scheduleSection,month,flowReportDue,confirmationDue,examDates,separateSection,cutoffDay,rollForward,examWindowFromDay,examWindowToDay,cityDivision,cityName';
    const row = (month: string, flow: string, confirm: string, exams: string, cutoff = '25') => `LIAONING,2025,${TEST_LIAONING_2025_NOTICE.document},${TEST_LIAONING_2025_NOTICE.title},是,三(三) 附表,${month},${flow},${confirm},${exams},三(三),${cutoff},是,1,20,210100,沈阳市`;
    const csv = (rows: string[]) => Buffer.from([header, ...rows].join('\r\n')).toString('base64');
    const clash = await ask(IMPORT, { format: 'CSV', content: csv([row('2025-05', '2025-05-12', '2025-05-16', '2025-05-24;2025-05-25'), row('2025-06', '2025-06-09', '2025-06-13', '2025-06-21/2025-06-22', '20')]), dryRun: false }, callers.operator('LIAONING'));
    expect(clash.data.importAnnualNotices).toMatchObject({ applied: false, problems: [{ line: 3, reason: expect.stringContaining('cutoffDay') }] });
    const wrongOrder = await ask(IMPORT, { format: 'CSV', content: csv([row('2025-05', '2025-05-20', '2025-05-16', '2025-05-24')]), dryRun: false }, callers.operator('LIAONING'));
    expect(wrongOrder.data.importAnnualNotices.problems[0].reason).toContain('不晚于参考确认截止');

    const applied = await ask(IMPORT, { format: 'CSV', content: csv([row('2025-05', '2025-05-12', '2025-05-16', '2025-05-24;2025-05-25'), row('2025-06', '2025-06-09', '2025-06-13', '2025-06-21/2025-06-22')]), dryRun: false }, callers.operator('LIAONING'));
    expect(applied.data.importAnnualNotices).toMatchObject({ applied: true, encoding: 'UTF-8', notices: [{ year: 2025, origin: 'LOADED', history: { version: 1, current: true } }] });
    const now = await ask('{ province(code: LIAONING) { unifiedSittings(year: 2025) { month examDates } separateBatchCutoff(month: "2025-05") } }');
    expect(now.data.province).toEqual({ unifiedSittings: [{ month: '2025-05', examDates: ['2025-05-24', '2025-05-25'] }, { month: '2025-06', examDates: ['2025-06-21', '2025-06-22'] }], separateBatchCutoff: '2025-05-26' });

    const LOAD = 'mutation ($input: AnnualNoticeInput!) { loadAnnualNotice(input: $input) { applied problems { reason } notices { history { version current } separateBatch { cutoffDay } } } }';
    const { seed: _s, ...fields } = TEST_LIAONING_2025_NOTICE;
    const again = await ask(LOAD, { input: { ...fields, separateBatch: { ...fields.separateBatch, cutoffDay: 24 } } }, callers.admin);
    expect(again.data.loadAnnualNotice).toMatchObject({ applied: true, notices: [{ history: { version: 2, current: true }, separateBatch: { cutoffDay: 24 } }] });
    const history = await ask('{ annualNotices(province: LIAONING, year: 2025, includeSuperseded: true) { history { version current } } }');
    expect(history.data.annualNotices.map((n: { history: { version: number } }) => n.history.version)).toEqual([2, 1]);
    expect((await ask('{ province(code: LIAONING) { separateBatchCutoff(month: "2025-04") } }')).data.province.separateBatchCutoff).toBe('2025-04-24');
  });
});
