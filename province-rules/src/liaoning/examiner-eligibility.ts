import { addMonths } from '../dates';
import { cite } from '../sources';
import type { Citation } from '../types';

/** Evidence an applicant brings (附件4), as the routes of 辽就〔2023〕4号 四(五)1 read it. */
export interface LiaoningExaminerEvidence {
  /** Skill-level certificates in an occupation related to the project: level 1 (highest) … 5. */
  relatedSkillLevels: number[];
  /** Professional titles in a related occupation: 初级, 中级, 副高, 正高. */
  relatedTitles: ('初级' | '中级' | '副高' | '正高')[];
  /** Dates the project's own special-ability certificate was obtained. */
  projectCertificateObtainedOn: string[];
  /** Manager or teacher at a vocational training institution or business. */
  managerOrTeacher: boolean;
}

export interface EligibilityRoute {
  code: 'SKILL_LEVEL_3_OR_HIGHER' | 'TITLE_INTERMEDIATE_OR_HIGHER' | 'CERTIFICATE_3_YEARS_AND_ROLE';
  description: string;
  source: Citation;
}

export const LIAONING_EXAMINER_ROUTES: EligibilityRoute[] = [
  { code: 'SKILL_LEVEL_3_OR_HIGHER', description: '取得相关职业领域高级（三级）以上技能等级证书', source: cite('LIAONING_SPECIAL', '四(五)1(1)') },
  { code: 'TITLE_INTERMEDIATE_OR_HIGHER', description: '取得相关职业中级以上专业技术职称证书', source: cite('LIAONING_SPECIAL', '四(五)1(2)') },
  {
    code: 'CERTIFICATE_3_YEARS_AND_ROLE',
    description: '取得相应专项职业能力证书3年以上，且为职业教育培训机构、经营性企业管理者或教学师资者',
    source: cite('LIAONING_SPECIAL', '四(五)1(3)'),
  },
];

/** The routes an applicant meets on `onDate` (须具备以下条件之一者: any one suffices). */
export function liaoningExaminerRoutesMet(evidence: LiaoningExaminerEvidence, onDate: string): EligibilityRoute[] {
  const met = new Set<EligibilityRoute['code']>();
  if (evidence.relatedSkillLevels.some((level) => level >= 1 && level <= 3)) met.add('SKILL_LEVEL_3_OR_HIGHER');
  if (evidence.relatedTitles.some((t) => t !== '初级')) met.add('TITLE_INTERMEDIATE_OR_HIGHER');
  // "3年以上": held for three full years on the date.
  if (evidence.managerOrTeacher && evidence.projectCertificateObtainedOn.some((d) => addMonths(d, 36) <= onDate)) met.add('CERTIFICATE_3_YEARS_AND_ROLE');
  return LIAONING_EXAMINER_ROUTES.filter((r) => met.has(r.code));
}
