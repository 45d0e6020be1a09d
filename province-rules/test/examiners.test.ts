import { describe, expect, it } from 'vitest';
import { examinerEligibility, supervisorEligibility, type ExaminerEvidence } from '../src';

const P = 'project-1';
const related = { occupationCodes: ['4-03-02-02'], fields: ['烹饪'] };
const card = { number: 'C1', kind: 'EXAMINER' as const, projectIds: [P], issuedOn: '2023-01-01', validUntil: '2025-12-31', status: 'VALID' as const };
const none: ExaminerEvidence = {
  skillCertificates: [], titles: [], specialAbilityCertificates: [], institutionRoles: [],
  specialAbilityExaminerQualifications: [], occupationalExaminerQualifications: [], standIns: [], cards: [card],
};
const met = (province: string, evidence: ExaminerEvidence, date = '2024-06-01') => {
  const outcome = examinerEligibility(province, evidence, P, date, related);
  return { eligible: outcome.eligible, routes: outcome.routes.filter((r) => r.met).map((r) => r.code), card: outcome.card.met, cardReason: outcome.card.reason };
};

describe('examiner eligibility by province (and the card on duty)', () => {
  it.each<[string, string, Partial<ExaminerEvidence>, boolean, string[]]>([
    // Liaoning 辽就〔2023〕4号 四(五)1
    ['LIAONING', 'related level-3 certificate', { skillCertificates: [{ occupationCode: '4-03-02-02', level: 3 }] }, true, ['SKILL_LEVEL_3_OR_HIGHER']],
    ['LIAONING', 'related level-4 certificate', { skillCertificates: [{ occupationCode: '4-03-02-02', level: 4 }] }, false, []],
    ['LIAONING', 'unrelated level-2 certificate', { skillCertificates: [{ occupationCode: '6-18-01-01', level: 2 }] }, false, []],
    ['LIAONING', 'related 中级 title', { titles: [{ field: '烹饪', grade: '中级' }] }, true, ['TITLE_INTERMEDIATE_OR_HIGHER']],
    ['LIAONING', 'related 初级 title', { titles: [{ field: '烹饪', grade: '初级' }] }, false, []],
    ['LIAONING', 'unrelated 正高 title', { titles: [{ field: '机械', grade: '正高' }] }, false, []],
    ['LIAONING', 'project certificate 3 years + teacher', { specialAbilityCertificates: [{ projectId: P, obtainedOn: '2021-06-01' }], institutionRoles: ['TEACHER'] }, true, ['CERTIFICATE_3_YEARS_AND_ROLE']],
    ['LIAONING', 'project certificate 3 years less a day + manager', { specialAbilityCertificates: [{ projectId: P, obtainedOn: '2021-06-02' }], institutionRoles: ['MANAGER'] }, false, []],
    ['LIAONING', 'project certificate 3 years, no role', { specialAbilityCertificates: [{ projectId: P, obtainedOn: '2020-01-01' }] }, false, []],
    // Jiangsu 三(二)5
    ['JIANGSU', 'special-ability examiner for the project', { specialAbilityExaminerQualifications: [{ projectIds: [P] }] }, true, ['SPECIAL_ABILITY_EXAMINER']],
    ['JIANGSU', 'special-ability examiner for another project', { specialAbilityExaminerQualifications: [{ projectIds: ['other'] }] }, false, []],
    ['JIANGSU', 'occupational examiner covering the content', { occupationalExaminerQualifications: [{ occupationCodes: ['4-03-02-02'] }] }, true, ['OCCUPATIONAL_EXAMINER_COVERING']],
    ['JIANGSU', 'occupational examiner not covering it', { occupationalExaminerQualifications: [{ occupationCodes: ['6-18-01-01'] }] }, false, []],
    // Shaoguan 五
    ['GUANGDONG_SHAOGUAN', 'special-ability examiner', { specialAbilityExaminerQualifications: [{ projectIds: [P] }] }, true, ['SPECIAL_ABILITY_EXAMINER']],
    ['GUANGDONG_SHAOGUAN', 'occupational examiner only', { occupationalExaminerQualifications: [{ occupationCodes: ['4-03-02-02'] }] }, false, []],
    // Shandong 规则 四(三)
    ['SHANDONG', 'city centre card for the project', {}, true, ['CITY_CENTRE_CARD']],
    ['SHANDONG', 'card for another project', { cards: [{ ...card, projectIds: ['other'] }] }, false, []],
  ])('%s: %s → %s', (province, _label, evidence, eligible, routes) => {
    const outcome = met(province, { ...none, ...evidence });
    expect(outcome.eligible).toBe(eligible);
    expect(outcome.routes).toEqual(routes);
  });

  it('Shaoguan stand-in: eligible the day before six months end, not on the day', () => {
    const evidence = { ...none, standIns: [{ projectId: P, startsOn: '2024-01-15' }], cards: [{ ...card, projectIds: ['related-project'] }] };
    expect(met('GUANGDONG_SHAOGUAN', evidence, '2024-01-15').eligible).toBe(true);
    expect(met('GUANGDONG_SHAOGUAN', evidence, '2024-07-14').eligible).toBe(true);
    const after = examinerEligibility('GUANGDONG_SHAOGUAN', evidence, P, '2024-07-15', related);
    expect(after.eligible).toBe(false);
    expect(after.routes.find((r) => r.code === 'RELATED_OCCUPATION_STAND_IN')?.reason).toContain('已满6个月');
  });

  it.each([
    ['2025-12-31', true, null],
    ['2026-01-01', false, /到期/],
    ['2022-12-31', false, /尚未生效/],
  ])('a card valid until 2025-12-31 on %s: %s', (date, ok, reason) => {
    const outcome = met('JIANGSU', { ...none, specialAbilityExaminerQualifications: [{ projectIds: [P] }] }, date);
    expect(outcome.card).toBe(ok);
    if (reason) expect(outcome.cardReason).toMatch(reason);
  });

  it.each([
    ['SUSPENDED', /暂停/],
    ['REVOKED', /吊销/],
  ] as const)('a %s card makes its holder ineligible', (status, reason) => {
    const outcome = met('JIANGSU', { ...none, specialAbilityExaminerQualifications: [{ projectIds: [P] }], cards: [{ ...card, status }] });
    expect(outcome).toMatchObject({ eligible: false, card: false });
    expect(outcome.cardReason).toMatch(reason);
  });

  it('supervisors need a valid supervisor card', () => {
    expect(supervisorEligibility('LIAONING', none, '2024-06-01').eligible).toBe(false);
    expect(supervisorEligibility('LIAONING', { ...none, cards: [{ ...card, kind: 'SUPERVISOR', projectIds: [] }] }, '2024-06-01').eligible).toBe(true);
  });
});
