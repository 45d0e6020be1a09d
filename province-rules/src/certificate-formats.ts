import { stated, type Citation, type Rule, type Track } from './types';

/**
 * Certificate rule shapes and the formats province modules declare (data only: no registry import,
 * so province modules can use it while the registry loads them).
 */
export const SCORE_SUBJECTS = ['THEORY', 'PRACTICAL'] as const;
/** 科目: 理论知识 (theory) and 操作技能 (practical). */
export type ScoreSubject = (typeof SCORE_SUBJECTS)[number];
export const SUBJECT_NAMES: Record<ScoreSubject, string> = { THEORY: '理论知识', PRACTICAL: '操作技能' };

export interface PassRule {
  /**
   * PER_SUBJECT: every subject scored on 100, each must reach the pass mark (各项目、各科目采取百分制).
   * SUMMED: one summed score (汇总评分) per candidate in the single subject listed.
   */
  scoring: 'PER_SUBJECT' | 'SUMMED';
  /** Subjects a batch of this track may score. */
  subjects: ScoreSubject[];
  passMark: number;
  fullMarks: number;
  /** Decimal places a score may carry. */
  decimals: number;
}

export type CertificateCarrier = 'PAPER' | 'ELECTRONIC';

export type NumberScheme = 'LIAONING_SKILL_LEVEL' | 'ISSUER_YEAR_SERIAL';

export interface CertificateNumbering {
  scheme: NumberScheme;
  /** The format in words (Chinese first). */
  description: string;
  /** Anchored regular expression every number of this track matches. */
  pattern: string;
  /** First character(s) that keep this track's numbers apart from every other track's. */
  prefix: string;
  /** Digits of the serial; the serial counts per issuer and year (per institution, year and level for 附件5). */
  serialDigits: number;
}

export interface HolderConfirmation {
  /** Certificates may not be issued before the institution confirmed (or corrected) holders' data. */
  requiredBeforeIssue: boolean;
}

export interface ResultCancellation {
  /** Whether cancelling a batch's results revokes the certificates issued from them. */
  revokesCertificates: boolean;
}

export interface CertificateRules {
  kind: Track;
  numbering: Rule<CertificateNumbering>;
  passRule: Rule<PassRule>;
  holderConfirmation: Rule<HolderConfirmation>;
  cancellation: Rule<ResultCancellation>;
  /** Carriers a certificate may have; the first is the default. */
  carriers: Rule<CertificateCarrier[]>;
}

export const PASS_RULE_DEFAULTS = { fullMarks: 100, decimals: 1 } as const;

/**
 * Special-ability numbers: no notice defines them. `Z` + the issuer's GB/T 2260 code (6) + year (2) +
 * serial (7), 16 characters: unique across the federation because division codes are, counted per
 * issuer and year. A province that receives MOHRSS's 编号办法 replaces this value.
 */
export function issuerYearSerial(source: Citation, note: string): Rule<CertificateNumbering> {
  // stated: false with a value: the format is ours, configurable, and says so.
  return { value: ISSUER_YEAR_SERIAL, stated: false, source, note };
}

export const ISSUER_YEAR_SERIAL: CertificateNumbering = {
  scheme: 'ISSUER_YEAR_SERIAL',
  description: 'Z + 发证机构行政区划代码6位 + 年份2位 + 流水号7位（共16位）/ Z, issuer division code, year, serial',
  pattern: '^Z\\d{6}\\d{2}\\d{7}$',
  prefix: 'Z',
  serialDigits: 7,
};

export const LIAONING_SKILL_LEVEL_NUMBERING: CertificateNumbering = {
  scheme: 'LIAONING_SKILL_LEVEL',
  description: '1位字母+21位数字：类别(Y/S)+备案途径4位+省21+机构序列码6位+年份2位+等级1位+序列码6位（附件5）',
  pattern: '^[YS]\\d{4}21\\d{6}\\d{2}[1-5]\\d{6}$',
  prefix: 'Y|S',
  serialDigits: 6,
};

export function passRuleStated(rule: PassRule, source: Citation, note?: string): Rule<PassRule> {
  return stated(rule, source, note);
}
