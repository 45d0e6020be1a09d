import type { RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { JIANGSU_PROJECTS, calendarCoverage } from '@skillfed/province-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src';

// The rules API reads no table, but the server needs its database; SQLite is enough here.
const [sqlite] = await testDatabases();

describe('province rules through the catalog subgraph', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await (await createServer({ database: sqlite.config('catalog'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true })).listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await sqlite.cleanup();
  });
  const ask = async (query: string, variables?: Record<string, unknown>) => (await subgraphRequest(running.url, query, { variables, caller: callers.anonymous })).body;

  it('answers the issue\'s operations as written', async () => {
    const provinces = await ask('{ provinces { code name divisionCode } }');
    expect(provinces.data.provinces.map((p: { divisionCode: string }) => p.divisionCode)).toEqual(['210000', '370000', '440200', '320000']);

    const shandong = await ask(`{ province(code: SHANDONG) { rules {
        passScore minimumAge feePerCandidate
        retentionMonths(record: VIDEO)
        requiredExaminers(candidates: 45)
        examinerPanel { minExaminers candidatesPerExaminer leaderRequired stated source { document section } }
        certificateIssuer { tier body }
        deadline(kind: SCORE_REPORT) { workingDays stated source { document section } }
    } } }`);
    expect(shandong.errors).toBeUndefined();
    expect(shandong.data.province.rules).toEqual({
      passScore: 60,
      minimumAge: 16,
      feePerCandidate: null,
      retentionMonths: 6,
      requiredExaminers: 3,
      examinerPanel: { minExaminers: 3, candidatesPerExaminer: null, leaderRequired: null, stated: true, source: { document: '鲁人社字〔2020〕100号', section: '附件2 备注; 规则 四(三)' } },
      certificateIssuer: { tier: 'CITY', body: '市职业技能鉴定（指导）中心' },
      deadline: { workingDays: 3, stated: true, source: { document: '鲁人社字〔2020〕100号', section: '规则 四(四)' } },
    });

    const liaoning = await ask('{ province(code: LIAONING) { unifiedSittings(year: 2023) { month flowReportDue confirmationDue examDates } separateBatchCutoff(month: "2023-11") } }');
    expect(liaoning.data.province.unifiedSittings).toHaveLength(9);
    expect(liaoning.data.province.unifiedSittings[0]).toEqual({ month: '2023-04', flowReportDue: '2023-04-10', confirmationDue: '2023-04-14', examDates: ['2023-04-22', '2023-04-23'] });
    expect(liaoning.data.province.separateBatchCutoff).toBe('2023-11-27');

    const jiangsu = await ask('{ province(code: JIANGSU) { projects(first: 100, search: "家具") { totalCount nodes { seq name origin } } } }');
    expect(jiangsu.data.province.projects.totalCount).toBe(JIANGSU_PROJECTS.filter((p) => p.name.includes('家具')).length);

    const calendar = await ask('{ isWorkingDay(date: "2023-06-25") addWorkingDays(date: "2023-09-27", days: 10) }');
    expect(calendar.data).toEqual({ isWorkingDay: true, addWorkingDays: '2023-10-17' });

    const decoded = await ask('{ decodeSkillCertificateNumber(number: "S000021014012233000123") { evaluatorType filingRoute provinceCode cityCode cityName institutionKind filingOrder year level serial } }');
    expect(decoded.data.decodeSkillCertificateNumber).toEqual({
      evaluatorType: 'S', filingRoute: '0000', provinceCode: '21', cityCode: '01', cityName: '沈阳市', institutionKind: '4', filingOrder: 12, year: 2023, level: 3, serial: 123,
    });

    const checks = await ask('{ checkResidentId(id: "11010519491231002X") { valid reason birthDate } checkCreditCode(code: "91350100M000100Y43") { valid reason } }');
    expect(checks.data).toEqual({ checkResidentId: { valid: true, reason: null, birthDate: '1949-12-31' }, checkCreditCode: { valid: true, reason: null } });

    const compared = await ask('{ compareProvinceRules { rule values { province value stated source { document section } } } }');
    const video = compared.data.compareProvinceRules.find((c: { rule: string }) => c.rule === 'retentionMonths.VIDEO');
    expect(video.values.map((v: { province: string; value: string | null; stated: boolean }) => [v.province, v.value, v.stated])).toEqual([
      ['LIAONING', '12', true],
      ['LIAONING', '60', true],
      ['SHANDONG', '6', true],
      ['GUANGDONG_SHAOGUAN', '36', true],
      ['JIANGSU', null, false],
    ]);
  });

  it.each([
    ['LIAONING', 'SPECIAL_ABILITY', 'VIDEO', 12],
    ['LIAONING', 'SKILL_LEVEL', 'PAPER', 36],
    ['LIAONING', 'SKILL_LEVEL', 'ELECTRONIC', 60],
    ['GUANGDONG_SHAOGUAN', null, 'PAPER', 36],
    ['JIANGSU', null, 'PAPER', null],
  ])('%s %s retention of %s is %s months', async (province, track, record, months) => {
    const body = await ask(`query ($t: Track) { province(code: ${province}) { rules { retentionMonths(record: ${record}, track: $t) } } }`, { t: track });
    expect(body.data.province.rules.retentionMonths).toBe(months);
  });

  it('serves each track, panels, deadlines with due dates, fees and retain-until dates', async () => {
    const body = await ask(`{
      shaoguan: province(code: GUANGDONG_SHAOGUAN) { rules { requiredExaminers(candidates: 45) examinerPanel { minExaminers candidatesPerExaminer leaderRequired stated } deadline(kind: CANDIDATE_REVIEW) { workingDays from dueDate(from: "2023-09-27") } retainUntil(record: VIDEO, examDate: "2024-03-16") sites { fixedContractedOnly temporaryAllowed temporaryException } } }
      liaoning: province(code: LIAONING) { trackRules { track certificateIssuer { tier body } fee { perCandidateYuan payBeforeExam paymentNoticeValidDays } institutionFilingValidityYears { value stated } } }
      jiangsu: province(code: JIANGSU) { rules { requiredExaminers(candidates: 45) retainUntil(record: PAPER, examDate: "2024-06-15") retention(record: PAPER) { months stated note } fee { pricingDocument } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.shaoguan.rules).toMatchObject({
      requiredExaminers: 5,
      examinerPanel: { minExaminers: 3, candidatesPerExaminer: 10, leaderRequired: true, stated: true },
      deadline: { workingDays: 10, from: 'DECLARATION', dueDate: '2023-10-17' },
      retainUntil: '2027-03-16',
      sites: { fixedContractedOnly: true, temporaryAllowed: false },
    });
    expect(body.data.liaoning.trackRules).toEqual([
      { track: 'SPECIAL_ABILITY', certificateIssuer: { tier: 'PROVINCE', body: '辽宁省人事考试中心（省考试中心）' }, fee: { perCandidateYuan: 100, payBeforeExam: true, paymentNoticeValidDays: 15 }, institutionFilingValidityYears: { value: null, stated: false } },
      { track: 'SKILL_LEVEL', certificateIssuer: { tier: 'INSTITUTION', body: '技工院校（谁评价、谁发证、谁负责）' }, fee: { perCandidateYuan: null, payBeforeExam: null, paymentNoticeValidDays: null }, institutionFilingValidityYears: { value: 3, stated: true } },
    ]);
    expect(body.data.jiangsu.rules).toMatchObject({ requiredExaminers: 3, retainUntil: null, retention: { months: null, stated: false }, fee: { pricingDocument: expect.stringContaining('苏价费〔2006〕232号') } });
  });

  it.each([
    ['{ decodeSkillCertificateNumber(number: "S00002101401223300012") { year } }', '长度'],
    ['{ decodeSkillCertificateNumber(number: "S00002101401223 000123") { year } }', '空格'],
    ['{ decodeSkillCertificateNumber(number: "S000021014012230000123") { year } }', '第16位'],
    ['{ decodeSkillCertificateNumber(number: "S000021014012236000123") { year } }', '第16位'],
    ['{ decodeSkillCertificateNumber(number: "S000021994012233000123") { year } }', '第8-9位'],
    ['{ decodeSkillCertificateNumber(number: "S000021014012233000000") { year } }', '第17-22位'],
    ['{ province(code: LIAONING) { separateBatchCutoff(month: "2023-13") } }', 'YYYY-MM'],
    ['{ province(code: JIANGSU) { separateBatchCutoff(month: "2023-11") } }', '单独批次'],
    ['{ addWorkingDays(date: "2023-09-27", days: -1) }', 'non-negative'],
    ['{ addWorkingDays(date: "2023-02-30", days: 1) }', 'YYYY-MM-DD'],
    ['{ province(code: SHANDONG) { rules { requiredExaminers(candidates: 0) } } }', 'positive integer'],
    ['{ province(code: SHANDONG) { rules(track: SKILL_LEVEL) { passScore } } }', 'SKILL_LEVEL'],
    ['{ province(code: LIAONING) { unifiedSittings(year: 99) { month } } }', 'year'],
  ])('%s → BAD_USER_INPUT naming the problem', async (query, reason) => {
    const body = await ask(query);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toContain(reason);
  });

  it('names the year and the notice to load when the calendar does not reach a date', async () => {
    const year = calendarCoverage().to + 1;
    const body = await ask(`{ isWorkingDay(date: "${year}-01-05") }`);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'YEAR_DATA_NOT_LOADED', kind: 'HOLIDAY_ARRANGEMENT', year, load: 'loadHolidayArrangement' });
    expect(body.errors?.[0].message).toContain(`国务院办公厅关于${year}年部分节假日安排的通知`);
  });

  it('never echoes the resident ID it checks', async () => {
    const body = await ask('{ checkResidentId(id: "110105194912310021") { valid reason birthDate } }');
    expect(body.data.checkResidentId.valid).toBe(false);
    expect(JSON.stringify(body)).not.toContain('110105194912310021');
  });
});
