import { BUNDLED_CALENDAR, type WorkingCalendar } from './calendar';
import { addMonths, parseDate } from './dates';
import { getProvince, listProvinces } from './registry';
import {
  DEADLINE_KINDS,
  RECORD_KINDS,
  type Citation,
  type Deadline,
  type DeadlineKind,
  type ExaminerPanel,
  type RecordKind,
  type Rule,
  type Track,
  type TrackRules,
} from './types';

export class RuleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleInputError';
  }
}

/** The rules of `track` in `province`; without a track, the province's first (default) track. */
export function trackRules(province: string, track?: Track | null): TrackRules {
  const module = getProvince(province);
  if (!track) return module.tracks[0];
  const rules = module.tracks.find((t) => t.track === track);
  if (!rules) {
    throw new RuleInputError(`${module.identity.name}没有${track === 'SKILL_LEVEL' ? '职业技能等级认定' : '专项职业能力考核'}的规则 / ${province} has no ${track} track (it has ${module.tracks.map((t) => t.track).join(', ')})`);
  }
  return rules;
}

export function retentionRule(province: string, kind: RecordKind, track?: Track | null): Rule<number> {
  return trackRules(province, track).retentionMonths[kind];
}

/**
 * The last day a record must be kept: `months` after the exam date. Null when the notice states no
 * period, so the record cannot be purged until the province sets a policy.
 */
export function retainUntil(province: string, track: Track | null | undefined, kind: RecordKind, examDate: string): { date: string | null; rule: Rule<number> } {
  parseDate(examDate);
  const rule = retentionRule(province, kind, track);
  return { date: rule.value === null ? null : addMonths(examDate, rule.value), rule };
}

/**
 * Examiners a sitting of `candidates` needs: the stated minimum, or candidates / ratio rounded up,
 * whichever is more. Where a notice states no minimum the requirement is 1 (someone must score).
 */
export function requiredExaminers(province: string, candidates: number, track?: Track | null): { count: number; rule: Rule<ExaminerPanel> } {
  if (!Number.isInteger(candidates) || candidates <= 0) throw new RuleInputError(`考生人数须为正整数 / candidates must be a positive integer, got ${candidates}`);
  const rule = trackRules(province, track).examinerPanel;
  const panel = rule.value;
  const byRatio = panel?.candidatesPerExaminer ? Math.ceil(candidates / panel.candidatesPerExaminer) : 1;
  return { count: Math.max(panel?.minExaminers ?? 1, byRatio, 1), rule };
}

export function deadlineRule(province: string, kind: DeadlineKind, track?: Track | null): Rule<Deadline> {
  return trackRules(province, track).deadlines[kind];
}

/**
 * The due date of a working-day deadline counted from `anchorDate`; null when the notice sets none.
 * Pass the calendar with the loaded years (YearBoundData.calendar); the default knows bundled years only.
 */
export function dueDate(province: string, kind: DeadlineKind, anchorDate: string, track?: Track | null, calendar: WorkingCalendar = BUNDLED_CALENDAR): { date: string | null; rule: Rule<Deadline> } {
  const rule = deadlineRule(province, kind, track);
  return { date: rule.value ? calendar.addWorkingDays(anchorDate, rule.value.workingDays) : null, rule };
}

export interface ComparedValue {
  province: string;
  track: Track;
  value: string | null;
  stated: boolean;
  source: Citation;
  note?: string;
}

export interface RuleComparison {
  rule: string;
  description: string;
  values: ComparedValue[];
}

function show(rule: Rule<unknown>, render: (value: any) => string | null = (v) => String(v)): Omit<ComparedValue, 'province' | 'track'> {
  return { value: rule.value === null ? null : render(rule.value), stated: rule.stated, source: rule.source, ...(rule.note ? { note: rule.note } : {}) };
}

const COMPARED: { rule: string; description: string; pick: (t: TrackRules) => Omit<ComparedValue, 'province' | 'track'> }[] = [
  { rule: 'passScore', description: '合格分数线（百分制）/ pass mark', pick: (t) => show(t.passScore) },
  { rule: 'minimumAge', description: '最低年龄 / minimum age', pick: (t) => show(t.minimumAge) },
  { rule: 'validCardOnDuty', description: '考评员、督导员须持有效证卡上岗 / valid card on duty', pick: (t) => show(t.validCardOnDuty) },
  ...RECORD_KINDS.map((kind) => ({ rule: `retentionMonths.${kind}`, description: `档案保存期（月）${kind} / retention in months`, pick: (t: TrackRules) => show(t.retentionMonths[kind]) })),
  { rule: 'examinerPanel.minExaminers', description: '考评组最少人数 / minimum examiners', pick: (t) => show(t.examinerPanel, (p: ExaminerPanel) => (p.minExaminers === null ? null : String(p.minExaminers))) },
  { rule: 'examinerPanel.candidatesPerExaminer', description: '考生与考评员配比 / candidates per examiner', pick: (t) => show(t.examinerPanel, (p: ExaminerPanel) => (p.candidatesPerExaminer === null ? null : String(p.candidatesPerExaminer))) },
  { rule: 'examinerPanel.leaderRequired', description: '须设考评组长 / panel leader required', pick: (t) => show(t.examinerPanel, (p: ExaminerPanel) => (p.leaderRequired === null ? null : String(p.leaderRequired))) },
  { rule: 'certificateIssuer', description: '发证机构 / certificate issuer', pick: (t) => show(t.certificateIssuer, (i) => `${i.tier} ${i.body}`) },
  { rule: 'certificates.numbering', description: '证书编号格式 / certificate number format', pick: (t) => show(t.certificates.numbering, (n) => n.description) },
  { rule: 'certificates.passRule', description: '合格规则（科目、汇总）/ pass rule', pick: (t) => show(t.certificates.passRule, (r) => `${r.scoring === 'SUMMED' ? '汇总评分' : '各科目'} ${r.subjects.join('+')} ≥ ${r.passMark}/${r.fullMarks}`) },
  { rule: 'certificates.holderConfirmation', description: '发证前确认持证人信息 / holder data confirmed before issue', pick: (t) => show(t.certificates.holderConfirmation, (h) => String(h.requiredBeforeIssue)) },
  { rule: 'certificates.cancellation', description: '取消批次成绩并吊销证书 / cancelling results revokes certificates', pick: (t) => show(t.certificates.cancellation, (c) => String(c.revokesCertificates)) },
  { rule: 'certificates.carriers', description: '证书载体 / certificate carriers', pick: (t) => show(t.certificates.carriers, (c) => c.join(',')) },
  ...DEADLINE_KINDS.map((kind) => ({ rule: `deadline.${kind}`, description: `工作日期限 ${kind} / working-day deadline`, pick: (t: TrackRules) => show(t.deadlines[kind], (d: Deadline) => `${d.workingDays} working days from ${d.from}`) })),
  { rule: 'fee', description: '收费 / fee', pick: (t) => show(t.fee, (f) => (f.perCandidateYuan !== null ? `${f.perCandidateYuan} 元/人` : f.pricingDocument)) },
  { rule: 'sites', description: '考场 / exam sites', pick: (t) => show(t.sites, (s) => `${s.term}${s.fixedContractedOnly ? '；仅签约定点考场' : ''}${s.temporaryAllowed ? '' : '；不得设临时或移动考场'}`) },
  { rule: 'publicQuery', description: '证书查询 / public certificate query', pick: (t) => show(t.publicQuery) },
  { rule: 'examinerCardValidityYears', description: '考评员证卡有效期（年）/ examiner card validity', pick: (t) => show(t.examinerCardValidityYears) },
  { rule: 'institutionFilingValidityYears', description: '机构资质有效期（年）/ institution filing validity', pick: (t) => show(t.institutionFilingValidityYears) },
  { rule: 'filing.authority', description: '机构备案受理机关 / filing authority', pick: (t) => show(t.filing.authority) },
  { rule: 'filing.eligibility', description: '可申请备案的机构 / who may apply', pick: (t) => show(t.filing.eligibility, (groups: { description: string }[]) => groups.map((g) => g.description).join('；')) },
  { rule: 'filing.materials', description: '备案材料 / filing materials', pick: (t) => show(t.filing.materials, (items: { name: string }[]) => items.map((m) => m.name).join('；')) },
];

/** Every comparable rule across every registered province and track, with citations. */
export function compareProvinceRules(): RuleComparison[] {
  return COMPARED.map(({ rule, description, pick }) => ({
    rule,
    description,
    values: listProvinces().flatMap((p) => p.tracks.map((t) => ({ province: p.identity.code, track: t.track, ...pick(t) }))),
  }));
}
