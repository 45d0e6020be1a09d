import type { ProvinceHooks } from './hooks';
import type { AnnualNoticeSpec } from './year-data';

/** Where a rule comes from: the seed file of the notice, its document number, and the section. */
export interface Citation {
  /** File under shared/seeds/ holding the notice's original text. */
  seed: string;
  /** Official document number or title, e.g. 辽就〔2023〕4号. */
  document: string;
  /** Section of the notice, e.g. 三(五) or 附件5. */
  section: string;
  /** The notice's own words for this rule, where short enough to quote. */
  quote?: string;
}

/**
 * A rule value together with its legal basis. When the notice does not state a value,
 * `value` is null and `stated` is false: the system says so instead of inventing a number.
 */
export interface Rule<T> {
  value: T | null;
  stated: boolean;
  source: Citation;
  note?: string;
}

export function stated<T>(value: T, source: Citation, note?: string): Rule<T> {
  return { value, stated: true, source, ...(note ? { note } : {}) };
}

export function notStated<T>(source: Citation, note?: string): Rule<T> {
  return { value: null, stated: false, source, ...(note ? { note } : {}) };
}

/** The two assessment tracks the notices describe. */
export type Track = 'SPECIAL_ABILITY' | 'SKILL_LEVEL';

/** One province's (or city's) identity in the federation. */
export interface ProvinceIdentity {
  /** GraphQL enum value, upper snake case, e.g. GUANGDONG_SHAOGUAN. */
  code: string;
  /** Official Chinese name of the jurisdiction, e.g. 广东省韶关市. */
  name: string;
  /** English name. */
  nameEn: string;
  /** GB/T 2260 administrative division code, e.g. 440200. */
  divisionCode: string;
  /** Tracks this jurisdiction's notices cover. */
  tracks: Track[];
  /** The notices this module encodes. */
  sources: Citation[];
}

export const RECORD_KINDS = ['VIDEO', 'PAPER', 'ELECTRONIC'] as const;
/** Kinds of archived record the notices give retention periods for. */
export type RecordKind = (typeof RECORD_KINDS)[number];

export const DEADLINE_KINDS = ['INSTITUTION_FILING', 'CANDIDATE_REVIEW', 'SCORE_REPORT', 'HOLDER_INFO_CONFIRMATION', 'CERTIFICATE_PUBLICATION'] as const;
/** Deadlines the notices count in working days. */
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The event a working-day deadline counts from. */
export type DeadlineAnchor = 'NOTICE_ISSUED' | 'DECLARATION' | 'EXAM_END' | 'RESULTS_PUBLISHED';

export interface Deadline {
  workingDays: number;
  from: DeadlineAnchor;
  /** Who must act by the deadline, in the notice's words. */
  actor: string;
}

export interface ExaminerPanel {
  /** Fewest examiners on a sitting's panel; null where the notice sets none. */
  minExaminers: number | null;
  /** Candidates one examiner may assess (Shaoguan 10:1); null where no ratio is set. */
  candidatesPerExaminer: number | null;
  /** Whether one examiner must lead the panel (考评组长). */
  leaderRequired: boolean | null;
}

export type IssuerTier = 'PROVINCE' | 'CITY' | 'INSTITUTION';

export interface CertificateIssuer {
  tier: IssuerTier;
  /** The issuing body, in the notice's words. */
  body: string;
}

export interface Fee {
  /** Yuan per candidate, where the notice states an amount. */
  perCandidateYuan: number | null;
  /** The pricing document that sets the fee, where the notice names one instead of an amount. */
  pricingDocument: string | null;
  /** Whether the fee must be paid before the exam or the batch is not examined. */
  payBeforeExam: boolean | null;
  /** Days a payment notice (缴款通知书) stays valid. */
  paymentNoticeValidDays: number | null;
  /** Subsidy rules candidates may claim under, where the notice names them. */
  subsidyDocuments: string[];
}

export interface SitePolicy {
  /** The notice's term for an exam site. */
  term: string;
  /** Only fixed sites under a signed agreement (签约制、定点考场). */
  fixedContractedOnly: boolean;
  /** Temporary or mobile sites allowed at all. */
  temporaryAllowed: boolean;
  /** The one exception for a temporary site, where the notice makes one. */
  temporaryException: string | null;
  /** A maximum number of workstations set by evaluation. */
  maxWorkstationsByEvaluation: boolean;
  /** Video requirement on site. */
  videoMonitoring: string | null;
}

/** Institution kinds as the notices name them (000 二(一); 001 二(三), 附件5 第10位; 002 规则 二; 004 三(一)). */
export const INSTITUTION_KINDS = [
  'PROVINCIAL_INDUSTRY_ORGANISATION',
  'EMPLOYER',
  'COLLEGE',
  'SOCIAL_TRAINING_INSTITUTION',
  'ASSESSMENT_BODY',
  'TECHNICIAN_COLLEGE',
  'SENIOR_TECHNICAL_SCHOOL',
  'TECHNICAL_SCHOOL',
  'CENTRAL_ENTERPRISE_BRANCH',
  'PROVINCIAL_ENTERPRISE',
  'MUNICIPAL_ENTERPRISE',
  'INDUSTRY_ASSOCIATION',
  'OTHER',
] as const;
export type InstitutionKindCode = (typeof INSTITUTION_KINDS)[number];

/** Facts an applicant declares that a kind's condition may depend on. */
export interface ApplicantFacts {
  /** Has taken part in developing a special-ability project (已参与完成专项职业能力考核项目立项). */
  priorProjectDevelopment?: boolean;
  /** Has taken part in provincial-level assessment before (曾参与过省本级鉴定考核工作). */
  priorProvincialAssessment?: boolean;
}

export interface KindEligibility {
  kinds: InstitutionKindCode[];
  /** The notice's words for who qualifies. */
  description: string;
  /** Extra condition these kinds must meet, if any. */
  condition?: { description: string; met(facts: ApplicantFacts): boolean };
}

export interface FilingMaterial {
  code: string;
  name: string;
}

export interface FilingRules {
  /** Who files (受理、备案) institutions in this province and track, in the notice's words. */
  authority: Rule<string>;
  /** Kinds that may apply; `stated: false` means the notice restricts no kind. */
  eligibility: Rule<KindEligibility[]>;
  /** Materials a filing needs before it can be approved; `stated: false` means none are listed. */
  materials: Rule<FilingMaterial[]>;
}

/** The rules of one assessment track in one province. */
export interface TrackRules {
  /** Certificates: numbering, pass rule, holder confirmation, cancellation, carriers (certificate-formats.ts). */
  certificates: import('./certificate-formats').CertificateRules;
  track: Track;
  passScore: Rule<number>;
  minimumAge: Rule<number>;
  validCardOnDuty: Rule<boolean>;
  /** Months a record must be kept from the exam date. */
  retentionMonths: Record<RecordKind, Rule<number>>;
  examinerPanel: Rule<ExaminerPanel>;
  certificateIssuer: Rule<CertificateIssuer>;
  deadlines: Record<DeadlineKind, Rule<Deadline>>;
  fee: Rule<Fee>;
  sites: Rule<SitePolicy>;
  /** Where the public looks certificates up. */
  publicQuery: Rule<string>;
  /** Years an examiner card (证卡) stays valid. */
  examinerCardValidityYears: Rule<number>;
  /** Years an institution's filing (资质) stays valid. */
  institutionFilingValidityYears: Rule<number>;
  /** Institution filing: authority, who may apply, required materials. */
  filing: FilingRules;
  /** Schools assessing their own students (technical-school skill-level recognition); absent where no notice provides it. */
  schoolAssessment?: import('./school-assessments').SchoolAssessmentRules;
}

/** What every province module provides: its identity and the rules of each track it runs. */
export interface ProvinceModule {
  identity: ProvinceIdentity;
  /** At least one track; the first is the default when a caller names none. */
  tracks: TrackRules[];
  /** Only where the province publishes a yearly notice its rules depend on (schedules, cut-offs). */
  annualNotice?: AnnualNoticeSpec;
  /** Province behaviour subgraphs call generically (see hooks.ts). */
  hooks?: ProvinceHooks;
  /** States the batch workflow adds for this province, with why (see workflow.ts). */
  workflowExtraStates?: { state: 'ATTENDANCE_CONFIRMED' | 'PAID'; source: Citation }[];
}
