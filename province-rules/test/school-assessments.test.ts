import { describe, expect, it } from 'vitest';
import {
  SUMMARY_LEVEL_COLUMNS,
  assessmentPassMark,
  assessmentPasses,
  assessmentScoreProblem,
  excludedOccupationRefusal,
  occupationLevelRefusal,
  provinceCityName,
  provincesWithSchoolAssessments,
  retentionRule,
  schoolAssessmentRules,
  trackActivityRefusal,
  trackRules,
} from '../src';
import { readSeed } from './seeds';

const notice = readSeed('001_b2a4f6fe6a0064a5.txt');
const squash = (s: string) => s.replace(/\s+/g, '');
const rules = schoolAssessmentRules('LIAONING').rules;

describe('辽人社〔2020〕32号: school skill-level recognition, from the notice\'s own words', () => {
  it.each([
    ['candidates', rules.candidates, '技工院校面向本院校学生进行职业技能等级认定', 'OWN_STUDENTS'],
    ['methods', rules.methods, '综合运用理论知识考试、技能操作考核、竞赛选拔等多种评价方式', ['EXAM', 'COMPETITION']],
    ['examSubjects', rules.examSubjects, '采用理论知识考试、实际操作考核的方式组织评价', ['THEORY', 'PRACTICAL']],
    ['excludedCategories', rules.excludedCategories, '准入类职业（工种）不纳入职业技能等级认定范围', ['准入类']],
    ['review', rules.review, '认定结果报各市公共就业服务机构主管部门审核规范', { tier: 'CITY', body: '各市公共就业服务机构主管部门' }],
    ['monthlySummary', rules.monthlySummary, '于月末报至各市公共就业服务机构主管部门', { form: '技工院校职业技能等级认定结果汇总表（附件7）', due: 'MONTH_END', to: '各市公共就业服务机构主管部门' }],
    ['filingExtension', rules.filingExtension, '资质期满后，根据技工院校意愿、评估结果等决定是否予以延期', { decidedAtExpiry: true, extensionYears: null }],
    ['addOccupationsDuringTerm', rules.addOccupationsDuringTerm, '在资质有效期内申请增加职业技能等级认定职业（工种）的，参照上述有关实施程序执行', true],
    ['upload', rules.upload, '上传至省人事考试中心职业技能等级证书信息查询系统', expect.stringContaining('省人事考试中心')],
  ])('%s: stated, with the words the notice uses', (_name, rule, words, value) => {
    expect(squash(notice)).toContain(squash(words));
    expect(rule.stated).toBe(true);
    expect(rule.source.quote && squash(rule.source.quote)).toContain(squash(words));
    expect(rule.value).toEqual(value);
  });

  it('states no pass mark and no scale: the work plan gives the mark, and the rule says so', () => {
    // The notice's only words on how students are assessed; no number anywhere near them.
    expect(notice).not.toMatch(/60\s*分/);
    expect(rules.passMark).toMatchObject({ value: null, stated: false });
    expect(rules.fullMarks).toMatchObject({ value: 100, stated: false });
    expect(() => assessmentPassMark('LIAONING', null)).toThrow(/工作方案/);
    expect(assessmentPassMark('LIAONING', 70)).toMatchObject({ passMark: 70, basis: 'WORK_PLAN' });
    expect(() => assessmentPassMark('LIAONING', 101)).toThrow(/0-100/);
    expect(() => assessmentPassMark('LIAONING', 0)).toThrow();
  });

  it.each([
    [{ THEORY: 60, PRACTICAL: 60 }, 60, true],
    [{ THEORY: 59.9, PRACTICAL: 100 }, 60, false],
    [{ THEORY: 80, PRACTICAL: null }, 60, false],
    [{ THEORY: 70, PRACTICAL: 70 }, 75, false],
  ])('theory and practical are each assessed (三(二)1): %o at %d passes = %s', (scores, mark, passes) => {
    expect(assessmentPasses(mark, scores, rules.examSubjects.value!)).toBe(passes);
  });

  it.each([[100, null], [0, null], [59.5, null], [100.5, /0-100/], [-1, /0-100/], [60.25, /1位小数/]])('score %d: %s', (score, problem) => {
    const found = assessmentScoreProblem('LIAONING', score);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it.each([
    ['TECHNICIAN_COLLEGE', [1, 2, 3, 4, 5], [], '原则上技师学院可备案开展各等级认定'],
    ['SENIOR_TECHNICAL_SCHOOL', [3, 4, 5], [1, 2], '高级技工学校可备案开展高级工（三级）及以下等级认定'],
    ['TECHNICAL_SCHOOL', [4, 5], [1, 2, 3], '技工学校可备案开展中级工（四级）、初级工（五级）认定'],
  ])('二(三) %s may assess %j and not %j', (kind, allowed, refused, words) => {
    expect(squash(notice)).toContain(squash(words));
    for (const level of allowed) expect(occupationLevelRefusal('LIAONING', kind, level)).toBeNull();
    for (const level of refused) expect(occupationLevelRefusal('LIAONING', kind, level)).toMatch(/二\(三\)/);
  });

  it('excludes 准入类 occupations only (二(一))', () => {
    expect(excludedOccupationRefusal('LIAONING', '准入类')).toMatch(/不纳入职业技能等级认定范围/);
    expect(excludedOccupationRefusal('LIAONING', '水平评价类')).toBeNull();
  });

  it('keeps paper records 36 months and electronic 60 (四(四)4)', () => {
    expect(squash(notice)).toContain('纸质材料保管不少于3年，电子材料不少于5年');
    expect(retentionRule('LIAONING', 'PAPER', 'SKILL_LEVEL').value).toBe(36);
    expect(retentionRule('LIAONING', 'ELECTRONIC', 'SKILL_LEVEL').value).toBe(60);
    expect(trackRules('LIAONING', 'SKILL_LEVEL').institutionFilingValidityYears.value).toBe(3);
  });

  it('keeps tracks apart: no special-ability batch at a skill-level filing, and the reverse', () => {
    expect(trackActivityRefusal('LIAONING', 'SKILL_LEVEL', 'SKILL_LEVEL')).toBeNull();
    expect(trackActivityRefusal('LIAONING', 'SKILL_LEVEL', 'SPECIAL_ABILITY')?.reason).toMatch(/备案的是职业技能等级认定.*不能开展专项职业能力考核/);
    expect(trackActivityRefusal('LIAONING', 'SPECIAL_ABILITY', 'SKILL_LEVEL')?.reason).toMatch(/备案的是专项职业能力考核.*不能开展职业技能等级认定/);
    expect(trackActivityRefusal('JIANGSU', 'SPECIAL_ABILITY', 'SKILL_LEVEL')?.reason).toMatch(/没有职业技能等级认定/);
  });

  it('only the provinces whose notices provide it run school assessments', () => {
    expect(provincesWithSchoolAssessments()).toEqual(['LIAONING']);
    expect(() => schoolAssessmentRules('SHANDONG')).toThrow(/未规定技工院校职业技能等级认定/);
  });

  it('附件7 columns run 初级工（五级） … 高级技师（一级） as the form prints them', () => {
    const header = squash(notice.slice(notice.indexOf('技工院校职业技能等级认定结果汇总表', notice.indexOf('附件7'))));
    const names = SUMMARY_LEVEL_COLUMNS.map((c) => c.name);
    let at = 0;
    for (const name of names) {
      const found = header.indexOf(name, at);
      expect(found, name).toBeGreaterThan(-1);
      at = found;
    }
    expect(SUMMARY_LEVEL_COLUMNS.map((c) => c.level)).toEqual([5, 4, 3, 2, 1]);
  });

  it('names Liaoning\'s cities for the summary header (附件5 list)', () => {
    expect(provinceCityName('LIAONING', '210202')).toBe('大连市');
    expect(provinceCityName('LIAONING', '211100')).toBe('盘锦市');
    expect(provinceCityName('SHANDONG', '370100')).toBeNull();
  });
});
