import { describe, expect, it } from 'vitest';
import {
  CertificateNumberError,
  LEVEL_SCOPE,
  LIAONING_CITIES,
  SEPARATE_BATCH_SOURCE,
  UNIFIED_SCHEDULE_SOURCE,
  decodeSkillCertificateNumber,
  encodeSkillCertificateNumber,
  isUnifiedExamDate,
  levelOutsideScope,
  liaoningCityCode,
  liaoningKindDigit,
  liaoningExaminerRoutesMet,
  separateBatchCutoff,
  separateBatchExamWindow,
  serialScope,
  trackRules,
  unifiedSittings,
  NoticeMissingError,
  bundledYearData,
  type SchoolKind,
} from '../src';

const data = bundledYearData();
import { readSeed } from './seeds';

const notice = readSeed('000_be377803e45a90ae.txt');
const pad = (n: string) => n.padStart(2, '0');
// 三(三) 附表 rows as printed: "4 月<TAB>4 月 10 日<TAB>4 月 14 日<TAB>4 月 22/23 日"
const printedRows = notice
  .split('\n')
  .map((line) => /^(\d+)\s*月\t(\d+)\s*月\s*(\d+)\s*日\t(\d+)\s*月\s*(\d+)\s*日\t(\d+)\s*月\s*(\d+)\/(\d+)\s*日/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({
    month: `2023-${pad(m[1])}`,
    flowReportDue: `2023-${pad(m[2])}-${pad(m[3])}`,
    confirmationDue: `2023-${pad(m[4])}-${pad(m[5])}`,
    examDates: [`2023-${pad(m[6])}-${pad(m[7])}`, `2023-${pad(m[6])}-${pad(m[8])}`],
  }));

describe('Liaoning 2023 unified schedule (辽就〔2023〕4号 三(三))', () => {
  it('has the nine sittings of the notice, April to December', () => {
    expect(printedRows).toHaveLength(9);
    expect(unifiedSittings(2023, data)).toHaveLength(9);
    expect(UNIFIED_SCHEDULE_SOURCE.section).toContain('三(三)');
  });

  it.each(printedRows)('$month: flow report $flowReportDue, confirmation $confirmationDue, exams $examDates', (row) => {
    expect(unifiedSittings(2023, data).find((s) => s.month === row.month)).toEqual(row);
  });

  it('knows no schedule for other years rather than inventing one', () => {
    expect(() => unifiedSittings(2024, data)).toThrow(NoticeMissingError);
    expect(() => unifiedSittings(2024, data)).toThrow(/2024年的年度通知尚未加载.*关于开展2024年省本级专项职业能力考核工作的通知/);
  });

  it('recognises unified exam days', () => {
    expect(isUnifiedExamDate('2023-11-25', data)).toBe(true);
    expect(isUnifiedExamDate('2023-11-24', data)).toBe(false);
  });
});

describe('Liaoning separate batches: by the 25th, or the nearest working day after it', () => {
  it.each([
    ['2023-01', '2023-01-28'], // 25th falls in Spring Festival; 28th is a 调休 Saturday
    ['2023-02', '2023-02-27'], // Saturday
    ['2023-03', '2023-03-27'], // Saturday
    ['2023-04', '2023-04-25'],
    ['2023-05', '2023-05-25'],
    ['2023-06', '2023-06-25'], // Sunday, but a 调休 working day
    ['2023-07', '2023-07-25'],
    ['2023-08', '2023-08-25'],
    ['2023-09', '2023-09-25'],
    ['2023-10', '2023-10-25'],
    ['2023-11', '2023-11-27'], // Saturday
    ['2023-12', '2023-12-25'],
  ])('%s → %s', (month, cutoff) => expect(separateBatchCutoff(month, data)).toBe(cutoff));

  it('holds the exam early or mid next month', () => {
    expect(separateBatchExamWindow('2023-12', data)).toEqual({ from: '2024-01-01', to: '2024-01-20' });
    expect(SEPARATE_BATCH_SOURCE.quote).toContain('沈阳市域内');
  });

  it.each(['2023-13', '2023-1', 'Nov 2023', '2024-03'])('refuses %s', (month) => expect(() => separateBatchCutoff(month, data)).toThrow());
});

describe('skill-level certificate number (辽人社〔2020〕32号 附件5)', () => {
  it('decodes every field', () => {
    expect(decodeSkillCertificateNumber('S000021014012233000123')).toEqual({
      evaluatorType: 'S',
      evaluatorTypeName: '社会培训评价组织',
      filingRoute: '0000',
      filingRouteName: '向省人社厅备案',
      provinceCode: '21',
      cityCode: '01',
      cityName: '沈阳市',
      institutionKind: '4',
      institutionKindName: '技工院校',
      filingOrder: 12,
      year: 2023,
      level: 3,
      levelName: '三级/高级工',
      serial: 123,
    });
  });

  it.each(Object.entries(LIAONING_CITIES))('city %s is %s', (code, city) => {
    expect(decodeSkillCertificateNumber(`Y123421${code}1001205000001`).cityName).toBe(city.name);
  });

  it.each([
    ['S00002101401223300012', '长度'],
    ['S000021014012233000123X', '长度'],
    ['S00002101401223 000123', '空格'],
    ['A000021014012233000123', '第1位'],
    ['S0000210140122330001a3', '第2-22位'],
    ['S000037014012233000123', '第6-7位'],
    ['S000021154012233000123', '第8-9位'],
    ['S000021004012233000123', '第8-9位'],
    ['S000021074012233000123'.slice(0, 9) + '7' + '012233000123', '第10位'],
    ['S000021014000233000123', '第11-13位'],
    ['S000021014012230000123', '第16位'],
    ['S000021014012236000123', '第16位'],
    ['S000021014012233000000', '第17-22位'],
  ])('rejects %s naming %s', (number, part) => {
    expect(() => decodeSkillCertificateNumber(number)).toThrow(CertificateNumberError);
    expect(() => decodeSkillCertificateNumber(number)).toThrow(part);
  });

  it('round-trips through encode and groups serials per institution, year and level', () => {
    const parts = { evaluatorType: 'Y' as const, filingRoute: '0042', cityCode: '14', institutionKind: '2', filingOrder: 999, year: 2025, level: 5, serial: 999_999 };
    const number = encodeSkillCertificateNumber(parts);
    expect(number).toBe('Y004221142999255999999');
    expect(decodeSkillCertificateNumber(number)).toMatchObject({ ...parts, year: 2025 });
    expect(serialScope(number)).toBe('Y00422114299925' + '5');
    expect(() => encodeSkillCertificateNumber({ ...parts, serial: 0 })).toThrow('第17-22位');
    expect(() => encodeSkillCertificateNumber({ ...parts, filingOrder: 1000 })).toThrow('第11-13位');
  });
});

describe('technical-school level scope (辽人社〔2020〕32号 二(三))', () => {
  it.each<[SchoolKind, number[], number[]]>([
    ['TECHNICIAN_COLLEGE', [1, 2, 3, 4, 5], []],
    ['SENIOR_TECHNICAL_SCHOOL', [3, 4, 5], [1, 2]],
    ['TECHNICAL_SCHOOL', [4, 5], [1, 2, 3]],
  ])('%s may assess %j and not %j', (kind, allowed, refused) => {
    for (const level of allowed) expect(levelOutsideScope(kind, level)).toBeNull();
    for (const level of refused) expect(levelOutsideScope(kind, level)).toContain(LEVEL_SCOPE[kind].name);
    expect(levelOutsideScope(kind, 6)).toMatch(/1-5/);
  });
});

describe('Liaoning examiner routes (辽就〔2023〕4号 四(五)1) and card', () => {
  const none = { relatedSkillLevels: [], relatedTitles: [], projectCertificateObtainedOn: [], managerOrTeacher: false };
  it.each([
    ['a related level-3 certificate', { ...none, relatedSkillLevels: [3] }, ['SKILL_LEVEL_3_OR_HIGHER']],
    ['a related level-4 certificate only', { ...none, relatedSkillLevels: [4] }, []],
    ['a related 中级 title', { ...none, relatedTitles: ['中级' as const] }, ['TITLE_INTERMEDIATE_OR_HIGHER']],
    ['a related 初级 title only', { ...none, relatedTitles: ['初级' as const] }, []],
    ['the certificate 3 years and a teacher role', { ...none, projectCertificateObtainedOn: ['2020-09-15'], managerOrTeacher: true }, ['CERTIFICATE_3_YEARS_AND_ROLE']],
    ['the certificate one day short of 3 years', { ...none, projectCertificateObtainedOn: ['2020-09-16'], managerOrTeacher: true }, []],
    ['the certificate 3 years but no role', { ...none, projectCertificateObtainedOn: ['2019-01-01'] }, []],
  ])('%s', (_label, evidence, routes) => {
    expect(liaoningExaminerRoutesMet(evidence, '2023-09-15').map((r) => r.code)).toEqual(routes);
  });

  it('cards are valid 3 years', () => expect(trackRules('LIAONING').examinerCardValidityYears.value).toBe(3));
});

describe('Liaoning institution sequence parts (附件5 第8-10位)', () => {
  it.each([
    ['210102', '01'],
    ['210211', '02'],
    ['211100', '13'],
    ['211402', '14'],
    ['370100', null],
  ])('division %s is city %s', (division, code) => expect(liaoningCityCode(division)).toBe(code));

  it.each([
    ['CENTRAL_ENTERPRISE_BRANCH', '1'],
    ['PROVINCIAL_ENTERPRISE', '2'],
    ['MUNICIPAL_ENTERPRISE', '3'],
    ['TECHNICAL_SCHOOL', '4'],
    ['TECHNICIAN_COLLEGE', '4'],
    ['INDUSTRY_ASSOCIATION', '5'],
    ['SOCIAL_TRAINING_INSTITUTION', '6'],
  ])('kind %s is digit %s', (kind, digit) => expect(liaoningKindDigit(kind)).toBe(digit));
});
