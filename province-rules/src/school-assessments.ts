import { getProvince, listProvinces } from './registry';
import { RuleInputError, trackRules } from './rules';
import type { Citation, Rule, Track, TrackRules } from './types';

/**
 * Skill-level recognition by schools for their own students (职业技能等级认定, a school assessing and
 * certifying its students): who is assessed, how, who reviews the results, the monthly summary, and
 * the filing term's extension. A track that runs it carries `schoolAssessment` in its TrackRules; the
 * exams, certificates and institutions subgraphs call the functions here without naming a province.
 */
export type AssessmentMethod = 'EXAM' | 'COMPETITION';
export type AssessmentSubject = 'THEORY' | 'PRACTICAL';

export interface SchoolAssessmentRules {
  /** Who may be assessed: the school's own students only. */
  candidates: Rule<'OWN_STUDENTS'>;
  /** 考核测评 (theory + practical) and 竞赛选拔 (direct recognition from a competition result). */
  methods: Rule<AssessmentMethod[]>;
  /** Subjects of an EXAM assessment, each scored separately. */
  examSubjects: Rule<AssessmentSubject[]>;
  /** Full marks of a subject; where the notice is silent, the value used and `stated: false`. */
  fullMarks: Rule<number>;
  /** The pass mark; `value: null, stated: false` means each assessment takes it from the school's work plan. */
  passMark: Rule<number>;
  /** Occupation categories outside recognition (准入类). */
  excludedCategories: Rule<string[]>;
  /** Who reviews results before certificates are issued, in the notice's words. */
  review: Rule<{ tier: 'CITY'; body: string }>;
  /** The monthly results summary: which form, when, to whom. */
  monthlySummary: Rule<{ form: string; due: 'MONTH_END'; to: string }>;
  /** Whether a filing may be extended when its term ends, and for how long (null: not stated). */
  filingExtension: Rule<{ decidedAtExpiry: boolean; extensionYears: number | null }>;
  /** Occupations may be added during the term, through the same procedure as the filing. */
  addOccupationsDuringTerm: Rule<boolean>;
  /** Where the city sends issued certificates' data. */
  upload: Rule<string>;
}

export class SchoolAssessmentRuleError extends RuleInputError {}

/** The track of `province` whose rules include school assessments, with them; throws when none does. */
export function schoolAssessmentRules(province: string): { track: Track; rules: SchoolAssessmentRules; trackRules: TrackRules } {
  const module = getProvince(province);
  const found = module.tracks.find((t) => t.schoolAssessment);
  if (!found?.schoolAssessment) {
    throw new SchoolAssessmentRuleError(`${module.identity.name}的通知未规定技工院校职业技能等级认定 / ${province}'s notices have no school skill-level recognition`);
  }
  return { track: found.track, rules: found.schoolAssessment, trackRules: found };
}

/** Provinces whose notices provide school assessments (for documentation and tests). */
export function provincesWithSchoolAssessments(): string[] {
  return listProvinces().filter((p) => p.tracks.some((t) => t.schoolAssessment)).map((p) => p.identity.code);
}

const TRACK_NAMES: Record<Track, string> = { SPECIAL_ABILITY: '专项职业能力考核', SKILL_LEVEL: '职业技能等级认定' };

/**
 * Why an institution filed for `filedTrack` may not run an activity of `requestedTrack` (a
 * special-ability batch at a school filed only for skill levels, or the reverse), citing what the
 * filing covers; null when the tracks agree.
 */
export function trackActivityRefusal(province: string, filedTrack: string, requestedTrack: Track): { reason: string; source: Citation } | null {
  if (filedTrack === requestedTrack) return null;
  const module = getProvince(province);
  if (!module.tracks.some((t) => t.track === requestedTrack)) {
    const source = module.identity.sources[0];
    return { reason: `${module.identity.name}没有${TRACK_NAMES[requestedTrack]} / ${province} has no ${requestedTrack} track`, source };
  }
  const filed = (module.tracks.find((t) => t.track === filedTrack) ?? trackRules(province, requestedTrack)).filing.eligibility.source;
  const name = TRACK_NAMES[filedTrack as Track] ?? filedTrack;
  return {
    reason: `该机构备案的是${name}（${filed.document} ${filed.section}），不能开展${TRACK_NAMES[requestedTrack]} / the institution is filed for ${filedTrack}, not ${requestedTrack}`,
    source: filed,
  };
}

export interface PassMarkChoice {
  passMark: number;
  /** 'RULE' when the notice states it; 'WORK_PLAN' when it comes from the school's work plan. */
  basis: 'RULE' | 'WORK_PLAN';
  rule: Rule<number>;
}

/**
 * The pass mark of an assessment: the notice's where it states one, else the work plan's (which must
 * then be given, within full marks). Throws SchoolAssessmentRuleError saying which.
 */
export function assessmentPassMark(province: string, workPlanMark: number | null | undefined): PassMarkChoice {
  const { rules } = schoolAssessmentRules(province);
  const full = rules.fullMarks.value ?? 100;
  if (rules.passMark.stated && rules.passMark.value !== null) return { passMark: rules.passMark.value, basis: 'RULE', rule: rules.passMark };
  if (workPlanMark === null || workPlanMark === undefined) {
    throw new SchoolAssessmentRuleError(
      `通知未规定合格线（${rules.passMark.source.document} ${rules.passMark.source.section}），须按学校工作方案填写合格线 / the notice sets no pass mark: give the work plan's`,
    );
  }
  if (!Number.isFinite(workPlanMark) || workPlanMark <= 0 || workPlanMark > full) {
    throw new SchoolAssessmentRuleError(`合格线须在0-${full}之间（满分${full}）/ the pass mark must be within 0-${full}`);
  }
  return { passMark: workPlanMark, basis: 'WORK_PLAN', rule: rules.passMark };
}

/** Why an occupation of `category` may not be assessed (准入类), or null. */
export function excludedOccupationRefusal(province: string, category: string | null | undefined): string | null {
  if (!category) return null;
  const { rules } = schoolAssessmentRules(province);
  const excluded = rules.excludedCategories.value ?? [];
  if (!excluded.includes(category)) return null;
  return `${category}职业（工种）不纳入职业技能等级认定范围（${rules.excludedCategories.source.document} ${rules.excludedCategories.source.section}）/ ${category} occupations are outside recognition`;
}

/** A subject score on the rule's full marks with at most one decimal; the problem, or null. */
export function assessmentScoreProblem(province: string, score: number): string | null {
  const full = schoolAssessmentRules(province).rules.fullMarks.value ?? 100;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > full) return `成绩须在0-${full}之间，实际为${score} / a score is 0-${full}`;
  if (Math.abs(score * 10 - Math.round(score * 10)) > 1e-9) return `成绩最多1位小数，实际为${score} / at most one decimal place`;
  return null;
}

/** An EXAM candidate passes when every subject reaches the pass mark; a missing subject does not pass. */
export function assessmentPasses(passMark: number, scores: Partial<Record<AssessmentSubject, number | null>>, subjects: readonly AssessmentSubject[]): boolean {
  return subjects.length > 0 && subjects.every((s) => typeof scores[s] === 'number' && (scores[s] as number) >= passMark);
}

/** The five levels as 附件7's columns name them, left to right (五级 … 一级). */
export const SUMMARY_LEVEL_COLUMNS: { level: number; name: string }[] = [
  { level: 5, name: '初级工（五级）' },
  { level: 4, name: '中级工（四级）' },
  { level: 3, name: '高级工（三级）' },
  { level: 2, name: '技师（二级）' },
  { level: 1, name: '高级技师（一级）' },
];
