import { describe, expect, it } from 'vitest';
import {
  candidatePasses,
  certificateRules,
  decideIssuer,
  decodeSkillCertificateNumber,
  numberingFor,
  scoreProblem,
  type IssuingCaller,
  type Track,
} from '../src';

describe('certificate rules per province and track, from the notices', () => {
  it.each<[string, Track, string, string, boolean, 'SUMMED' | 'PER_SUBJECT', string[], boolean, string]>([
    // province, track, issuer tier, number scheme, numbering stated, scoring, subjects, holder confirmation, pass-rule section
    ['LIAONING', 'SPECIAL_ABILITY', 'PROVINCE', 'ISSUER_YEAR_SERIAL', false, 'SUMMED', ['PRACTICAL'], true, '三(四)'],
    ['LIAONING', 'SKILL_LEVEL', 'INSTITUTION', 'LIAONING_SKILL_LEVEL', true, 'PER_SUBJECT', ['THEORY', 'PRACTICAL'], false, '三(二)'],
    ['SHANDONG', 'SPECIAL_ABILITY', 'CITY', 'ISSUER_YEAR_SERIAL', false, 'PER_SUBJECT', ['THEORY', 'PRACTICAL'], false, '全文'],
    ['GUANGDONG_SHAOGUAN', 'SPECIAL_ABILITY', 'CITY', 'ISSUER_YEAR_SERIAL', false, 'PER_SUBJECT', ['THEORY', 'PRACTICAL'], false, '六(五)'],
    ['JIANGSU', 'SPECIAL_ABILITY', 'CITY', 'ISSUER_YEAR_SERIAL', false, 'PER_SUBJECT', ['THEORY', 'PRACTICAL'], false, '三(二)4'],
  ])('%s %s: issued by %s, numbered %s', (province, track, tier, scheme, numberingStated, scoring, subjects, confirm, section) => {
    const rules = certificateRules(province, track);
    expect(rules.issuer.value?.tier).toBe(tier);
    expect(rules.numbering.value?.scheme).toBe(scheme);
    expect(rules.numbering.stated).toBe(numberingStated);
    if (!numberingStated) expect(rules.numbering.note).toMatch(/未规定|未载明/);
    expect(rules.passRule.value).toMatchObject({ scoring, subjects, passMark: 60, fullMarks: 100, decimals: 1 });
    expect(rules.passRule.source.section).toBe(section);
    expect(rules.holderConfirmation.value?.requiredBeforeIssue).toBe(confirm);
  });

  it('Liaoning alone states cancelling a batch\'s results (000 五)', () => {
    expect(certificateRules('LIAONING', 'SPECIAL_ABILITY').cancellation).toMatchObject({ stated: true, value: { revokesCertificates: true }, source: { section: '五' } });
    for (const p of ['SHANDONG', 'GUANGDONG_SHAOGUAN', 'JIANGSU']) expect(certificateRules(p).cancellation.stated).toBe(false);
  });
});

describe('who issues (the rule decides, FORBIDDEN names the issuer)', () => {
  const school = { province: 'LIAONING', track: 'SKILL_LEVEL' as const, institutionId: '11111111-1111-1111-1111-111111111111', institutionCity: '210102' };
  const special = { province: 'LIAONING', institutionId: school.institutionId, institutionCity: '210102' };
  const jinan = { province: 'SHANDONG', institutionId: school.institutionId, institutionCity: '370102' };
  const c = (role: string, provinces: string[], extra: Partial<IssuingCaller> = {}): IssuingCaller => ({ role, provinces, ...extra });
  it.each<[string, typeof special, IssuingCaller, boolean]>([
    ['Liaoning centre issues special ability', special, c('PROVINCE_OPERATOR', ['LIAONING']), true],
    ['not a Shandong operator', special, c('PROVINCE_OPERATOR', ['SHANDONG']), false],
    ['not a national admin', special, c('NATIONAL_ADMIN', []), false],
    ['not a Shenyang city operator', special, c('CITY_OPERATOR', ['LIAONING'], { cityCodes: ['210100'] }), false],
    ['a school issues its own skill levels', school, c('INSTITUTION_STAFF', ['LIAONING'], { institutionId: school.institutionId }), true],
    ['not another school', school, c('INSTITUTION_STAFF', ['LIAONING'], { institutionId: '22222222-2222-2222-2222-222222222222' }), false],
    ['not the provincial centre for a school', school, c('PROVINCE_OPERATOR', ['LIAONING']), false],
    ['Jinan centre for a Jinan institution', jinan, c('CITY_OPERATOR', ['SHANDONG'], { cityCodes: ['370100', '370200'] }), true],
    ['not the Qingdao centre', jinan, c('CITY_OPERATOR', ['SHANDONG'], { cityCodes: ['370200'] }), false],
    ['not the Shandong province operator', jinan, c('PROVINCE_OPERATOR', ['SHANDONG']), false],
  ])('%s', (_name, target, caller, allowed) => {
    const decision = decideIssuer(caller, target);
    expect(decision.allowed).toBe(allowed);
    expect(decision.required).toContain(decision.body);
  });

  it('names the issuer body and its code', () => {
    expect(decideIssuer(c('PROVINCE_OPERATOR', ['LIAONING']), special)).toMatchObject({ tier: 'PROVINCE', code: '210000', body: expect.stringContaining('省人事考试中心') });
    expect(decideIssuer(c('CITY_OPERATOR', ['SHANDONG'], { cityCodes: ['370100'] }), jinan)).toMatchObject({ tier: 'CITY', code: '370100' });
    expect(decideIssuer(c('PROVINCE_OPERATOR', ['SHANDONG']), jinan).required).toMatch(/CITY_OPERATOR.*370100.*鲁人社字/);
  });
});

describe('numbers', () => {
  it('Liaoning skill levels exactly per 附件5: 22 characters, serial per institution, year and level', () => {
    const n = numberingFor(certificateRules('LIAONING', 'SKILL_LEVEL').numbering.value!, { issuerCode: 'x', year: 2024, level: 3, institution: { sequenceCode: '014007' } });
    const first = n.format(1);
    expect(first).toBe('S000021014007243000001');
    expect(first).toHaveLength(22);
    expect(decodeSkillCertificateNumber(n.format(999_999))).toMatchObject({ cityName: '沈阳市', institutionKind: '4', filingOrder: 7, year: 2024, level: 3, serial: 999_999 });
    expect(n.scope).toBe('certificate:S000021014007243');
    expect(() => n.format(1_000_000)).toThrow(/1-999999/);
    expect(() => numberingFor(certificateRules('LIAONING', 'SKILL_LEVEL').numbering.value!, { issuerCode: 'x', year: 2024, level: 3, institution: { sequenceCode: null } })).toThrow(/序列码/);
  });

  it('special-ability numbers: Z + issuer division code + year + 7-digit serial, scoped per issuer and year', () => {
    const rule = certificateRules('SHANDONG').numbering.value!;
    const n = numberingFor(rule, { issuerCode: '370100', year: 2024 });
    expect(n.format(42)).toBe('Z370100240000042');
    expect(new RegExp(rule.pattern).test(n.format(42))).toBe(true);
    expect(n.scope).toBe('certificate:Z37010024');
    expect(numberingFor(rule, { issuerCode: '370200', year: 2024 }).scope).not.toBe(n.scope);
  });
});

describe('scores and the pass rule', () => {
  const perSubject = certificateRules('JIANGSU').passRule.value!;
  const summed = certificateRules('LIAONING').passRule.value!;
  it.each<[number, string | null]>([
    [60, null], [59.5, null], [100, null], [0, null], [100.5, '0-100'], [-1, '0-100'], [60.25, '1位小数'], [Number.NaN, '0-100'],
  ])('score %s', (score, problem) => {
    const found = scoreProblem(perSubject, score);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
  it.each<[string, Record<string, number>, string[], boolean]>([
    ['both subjects ≥ 60', { THEORY: 60, PRACTICAL: 75.5 }, ['THEORY', 'PRACTICAL'], true],
    ['theory 59.9 fails the project', { THEORY: 59.9, PRACTICAL: 100 }, ['THEORY', 'PRACTICAL'], false],
    ['a missing subject fails', { PRACTICAL: 90 }, ['THEORY', 'PRACTICAL'], false],
    ['practical only', { PRACTICAL: 60 }, ['PRACTICAL'], true],
  ])('%s', (_name, scores, subjects, passes) => {
    expect(candidatePasses(perSubject, subjects, new Map(Object.entries(scores)))).toBe(passes);
  });
  it('Liaoning: one summed score', () => {
    expect(candidatePasses(summed, ['PRACTICAL'], new Map([['PRACTICAL', 60]]))).toBe(true);
    expect(candidatePasses(summed, ['PRACTICAL'], new Map([['PRACTICAL', 59.9]]))).toBe(false);
  });
});
