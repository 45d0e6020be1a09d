import { describe, expect, it } from 'vitest';
import { INSTITUTION_KINDS, filingEligibility, missingFilingMaterials, trackRules, type InstitutionKindCode, type Track } from '../src';

describe('who may apply for filing', () => {
  it.each<[string, Track, InstitutionKindCode, object, boolean, RegExp | null]>([
    ['LIAONING', 'SPECIAL_ABILITY', 'PROVINCIAL_INDUSTRY_ORGANISATION', {}, true, null],
    ['LIAONING', 'SPECIAL_ABILITY', 'EMPLOYER', {}, true, null],
    ['LIAONING', 'SPECIAL_ABILITY', 'COLLEGE', {}, true, null],
    ['LIAONING', 'SPECIAL_ABILITY', 'SOCIAL_TRAINING_INSTITUTION', {}, false, /已参与完成专项职业能力考核项目立项或曾参与过省本级鉴定考核工作/],
    ['LIAONING', 'SPECIAL_ABILITY', 'SOCIAL_TRAINING_INSTITUTION', { priorProjectDevelopment: true }, true, null],
    ['LIAONING', 'SPECIAL_ABILITY', 'SOCIAL_TRAINING_INSTITUTION', { priorProvincialAssessment: true }, true, null],
    ['LIAONING', 'SPECIAL_ABILITY', 'ASSESSMENT_BODY', {}, false, /二\(一\)/],
    ['LIAONING', 'SPECIAL_ABILITY', 'OTHER', {}, false, /备案范围/],
    ['LIAONING', 'SKILL_LEVEL', 'TECHNICIAN_COLLEGE', {}, true, null],
    ['LIAONING', 'SKILL_LEVEL', 'TECHNICAL_SCHOOL', {}, true, null],
    ['LIAONING', 'SKILL_LEVEL', 'EMPLOYER', {}, false, /技工院校/],
    ['LIAONING', 'SKILL_LEVEL', 'COLLEGE', {}, false, /技工院校/],
  ])('%s %s %s %o → %s', (province, track, kind, facts, eligible, reason) => {
    const decision = filingEligibility(province, track, kind, facts);
    expect(decision.eligible).toBe(eligible);
    if (reason) expect(decision.reason).toMatch(reason);
    else expect(decision.reason).toBeNull();
  });

  it.each(['SHANDONG', 'GUANGDONG_SHAOGUAN', 'JIANGSU'])('%s restricts no kind', (province) => {
    for (const kind of INSTITUTION_KINDS) expect(filingEligibility(province, null, kind).eligible).toBe(true);
    expect(trackRules(province).filing.eligibility.stated).toBe(false);
  });
});

describe('materials a filing needs', () => {
  it.each<[string, Track, string[]]>([
    ['LIAONING', 'SPECIAL_ABILITY', ['FILING_FORM', 'LEGAL_PERSON_CERTIFICATE', 'TEACHER_LIST', 'FACILITIES_LIST', 'TEACHING_PLAN']],
    ['LIAONING', 'SKILL_LEVEL', ['APPLICATION_FORM', 'WORK_PLAN', 'FINANCIAL_AND_MANAGEMENT_RULES', 'OCCUPATIONS_AND_STANDARDS', 'ASSET_PROOF', 'ORGANISATION_AND_STAFF']],
    ['SHANDONG', 'SPECIAL_ABILITY', ['SITE_APPLICATION_FORM', 'FACILITY_IMAGES', 'MANAGEMENT_RULES']],
    ['JIANGSU', 'SPECIAL_ABILITY', ['FILING_FORM', 'FACILITY_IMAGES']],
    ['GUANGDONG_SHAOGUAN', 'SPECIAL_ABILITY', []],
  ])('%s %s: %j', (province, track, codes) => {
    expect(missingFilingMaterials(province, track, []).map((m) => m.code)).toEqual(codes);
    expect(missingFilingMaterials(province, track, codes)).toEqual([]);
    if (codes.length > 1) expect(missingFilingMaterials(province, track, codes.slice(1)).map((m) => m.code)).toEqual([codes[0]]);
  });
});
