import { addMonths, parseDate } from './dates';
import { getProvince } from './registry';
import { cite } from './sources';
import type { Citation } from './types';

/**
 * Examiner eligibility (考评员资格) as data the examiners subgraph stores, judged by each province's
 * routes. "Related" is province-edited data: the occupations and professional fields mapped to a
 * catalog project.
 */
export type TitleGrade = '初级' | '中级' | '副高' | '正高';
export type CardKind = 'EXAMINER' | 'SUPERVISOR';
export type CardStatus = 'VALID' | 'SUSPENDED' | 'REVOKED';

export interface ExaminerEvidence {
  skillCertificates: { occupationCode: string; level: number }[];
  titles: { field: string; grade: TitleGrade }[];
  specialAbilityCertificates: { projectId: string; obtainedOn: string }[];
  institutionRoles: ('MANAGER' | 'TEACHER')[];
  /** 专项职业能力考评员资格, for the projects it names. */
  specialAbilityExaminerQualifications: { projectIds: string[] }[];
  /** 职业资格评价考评员资格, for the occupations it covers. */
  occupationalExaminerQualifications: { occupationCodes: string[] }[];
  /** Shaoguan related-occupation stand-ins for a new project (五). */
  standIns: { projectId: string; startsOn: string }[];
  cards: { number: string; kind: CardKind; projectIds: string[]; issuedOn: string; validUntil: string; status: CardStatus }[];
}

export interface ProjectRelations {
  /** Occupation codes (职业编码) related to the project. */
  occupationCodes: string[];
  /** Professional-title fields (专业) related to the project. */
  fields: string[];
}

export interface RouteResult {
  code: string;
  description: string;
  met: boolean;
  /** Why it is not met, when not. */
  reason: string | null;
  source: Citation;
}

export interface EligibilityOutcome {
  eligible: boolean;
  /** Routes to eligibility (any one suffices) and whether each is met. */
  routes: RouteResult[];
  /** The card on duty (baseline: a valid card for the role and project on the date). */
  card: RouteResult;
}

/** What a province's examiner rules decide: which routes a person meets for a project on a date. */
export type ExaminerRoutes = (evidence: ExaminerEvidence, projectId: string, date: string, related: ProjectRelations) => RouteResult[];

const route = (code: string, description: string, source: Citation, met: boolean, reason: string): RouteResult => ({ code, description, met, reason: met ? null : reason, source });

export const liaoningExaminerRoutes: ExaminerRoutes = (e, projectId, date, related) => [
  route(
    'SKILL_LEVEL_3_OR_HIGHER',
    '取得相关职业领域高级（三级）以上技能等级证书',
    cite('LIAONING_SPECIAL', '四(五)1(1)'),
    e.skillCertificates.some((c) => c.level >= 1 && c.level <= 3 && related.occupationCodes.includes(c.occupationCode)),
    '无与本项目相关职业的三级及以上技能等级证书',
  ),
  route(
    'TITLE_INTERMEDIATE_OR_HIGHER',
    '取得相关职业中级以上专业技术职称证书',
    cite('LIAONING_SPECIAL', '四(五)1(2)'),
    e.titles.some((t) => t.grade !== '初级' && related.fields.includes(t.field)),
    '无与本项目相关专业的中级及以上职称',
  ),
  route(
    'CERTIFICATE_3_YEARS_AND_ROLE',
    '取得相应专项职业能力证书3年以上，且为职业教育培训机构、经营性企业管理者或教学师资者',
    cite('LIAONING_SPECIAL', '四(五)1(3)'),
    e.institutionRoles.length > 0 && e.specialAbilityCertificates.some((c) => c.projectId === projectId && addMonths(c.obtainedOn, 36) <= date),
    e.institutionRoles.length === 0 ? '不是培训机构或企业的管理者、教学师资' : '未取得本项目专项职业能力证书满3年',
  ),
];

const saQualification = (e: ExaminerEvidence, projectId: string) => e.specialAbilityExaminerQualifications.some((q) => q.projectIds.includes(projectId));

export const jiangsuExaminerRoutes: ExaminerRoutes = (e, projectId, _date, related) => [
  route('SPECIAL_ABILITY_EXAMINER', '具有相应专项职业能力考核考评员资质', cite('JIANGSU', '三(二)5'), saQualification(e, projectId), '无本项目专项职业能力考评员资质'),
  route(
    'OCCUPATIONAL_EXAMINER_COVERING',
    '具备覆盖专项职业能力考核内容的职业资格评价考评员资质',
    cite('JIANGSU', '三(二)5'),
    e.occupationalExaminerQualifications.some((q) => q.occupationCodes.some((c) => related.occupationCodes.includes(c))),
    '职业资格评价考评员资质未覆盖本项目相关职业',
  ),
];

export const shaoguanExaminerRoutes: ExaminerRoutes = (e, projectId, date) => {
  const standIn = e.standIns.find((s) => s.projectId === projectId && date >= s.startsOn);
  const standInValid = standIn !== undefined && date < addMonths(standIn.startsOn, 6);
  return [
    route('SPECIAL_ABILITY_EXAMINER', '具有相应专项职业能力考评资格的考评员', cite('SHAOGUAN', '五'), saQualification(e, projectId), '无本项目专项职业能力考评资格'),
    route(
      'RELATED_OCCUPATION_STAND_IN',
      '项目开发或考核初期考评员不足时，市技能中心短期（一般不超过6个月）派遣的相近或相关职业考评人员',
      cite('SHAOGUAN', '五'),
      standInValid,
      standIn ? `临时派遣自${standIn.startsOn}起已满6个月（至${addMonths(standIn.startsOn, 6)}止）` : '无本项目的临时派遣授权',
    ),
  ];
};

export const shandongExaminerRoutes: ExaminerRoutes = (e, projectId, date) => [
  route(
    'CITY_CENTRE_CARD',
    '由市职业技能鉴定（指导）中心派遣、佩带证卡的考评人员',
    cite('SHANDONG', '规则 四(三)'),
    e.cards.some((c) => c.kind === 'EXAMINER' && c.status === 'VALID' && c.projectIds.includes(projectId) && c.issuedOn <= date && date <= c.validUntil),
    '无市中心核发的本项目考评员证卡',
  ),
];

const ROUTES: Record<string, ExaminerRoutes> = {
  LIAONING: liaoningExaminerRoutes,
  JIANGSU: jiangsuExaminerRoutes,
  GUANGDONG_SHAOGUAN: shaoguanExaminerRoutes,
  SHANDONG: shandongExaminerRoutes,
};

/** The province's routes: its module's `hooks.examinerRoutes` (how a new province brings its own), else the table above. */
function routesOf(province: string): ExaminerRoutes {
  return getProvince(province).hooks?.examinerRoutes ?? ROUTES[province] ?? (() => []);
}

/** The card a person on duty needs: valid on the date, of the role, for the project (any project for a stand-in). */
export function cardCheck(province: string, evidence: ExaminerEvidence, kind: CardKind, projectId: string | null, date: string, anyProject = false): RouteResult {
  const rule = getProvince(province).tracks[0].validCardOnDuty;
  const cards = evidence.cards.filter((c) => c.kind === kind);
  const covering = cards.filter((c) => anyProject || projectId === null || c.projectIds.includes(projectId));
  const valid = covering.find((c) => c.status === 'VALID' && c.issuedOn <= date && date <= c.validUntil);
  let reason = '无证卡';
  if (!valid) {
    if (cards.length && !covering.length) reason = '证卡不含本项目';
    else if (covering.some((c) => c.status === 'SUSPENDED')) reason = '证卡已暂停';
    else if (covering.some((c) => c.status === 'REVOKED')) reason = '证卡已吊销';
    else if (covering.some((c) => date > c.validUntil)) reason = `证卡已于${covering.map((c) => c.validUntil).sort().at(-1)}到期`;
    else if (covering.some((c) => date < c.issuedOn)) reason = '证卡尚未生效';
  }
  return route(kind === 'EXAMINER' ? 'VALID_EXAMINER_CARD' : 'VALID_SUPERVISOR_CARD', kind === 'EXAMINER' ? '持有效考评员证卡上岗' : '持有效质量督导员证卡上岗', rule.source, Boolean(valid), reason);
}

/** Whether a person may examine `projectId` on `date` in `province`: one route met and a valid card. */
export function examinerEligibility(province: string, evidence: ExaminerEvidence, projectId: string, date: string, related: ProjectRelations): EligibilityOutcome {
  parseDate(date);
  const routes = routesOf(province)(evidence, projectId, date, related);
  const viaStandIn = routes.some((r) => r.code === 'RELATED_OCCUPATION_STAND_IN' && r.met) && !routes.some((r) => r.code !== 'RELATED_OCCUPATION_STAND_IN' && r.met);
  const card = cardCheck(province, evidence, "EXAMINER", projectId, date, viaStandIn);
  return { eligible: routes.some((r) => r.met) && card.met, routes, card };
}

/** Whether a person may supervise on `date`: a valid supervisor card (质量督导员证卡). */
export function supervisorEligibility(province: string, evidence: ExaminerEvidence, date: string): EligibilityOutcome {
  const card = cardCheck(province, evidence, "SUPERVISOR", null, date);
  return { eligible: card.met, routes: [], card };
}

/** Years a newly issued examiner card is valid, where the province states it (Liaoning: 3). */
export function examinerCardYears(province: string): number | null {
  return getProvince(province).tracks[0].examinerCardValidityYears.value;
}
