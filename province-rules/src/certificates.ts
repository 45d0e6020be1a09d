import { getProvince } from './registry';
import { encodeSkillCertificateNumber, liaoningCityCode, liaoningKindDigit } from './liaoning/certificate-number';
import { trackRules } from './rules';
import type { IssuerTier, Rule, Track, TrackRules } from './types';
import type { CertificateNumbering, CertificateRules, PassRule } from './certificate-formats';

export * from './certificate-formats';

/**
 * Certificates: who issues, how numbers look, how results pass, whether holders' data must be
 * confirmed first, and whether a batch's results may be cancelled. Pure data + functions; the
 * certificates and exams subgraphs call these generically and never branch on a province.
 */

export function certificateRules(province: string, track?: Track | null): CertificateRules & { issuer: TrackRules['certificateIssuer'] } {
  const rules = trackRules(province, track);
  return { ...rules.certificates, issuer: rules.certificateIssuer };
}

/** The caller shape the rules need (the shared kit's Caller satisfies it). */
export interface IssuingCaller {
  role: string;
  provinces: string[];
  cityCodes?: string[];
  institutionId?: string;
}

export interface IssuingTarget {
  province: string;
  track?: Track | null;
  institutionId: string;
  /** The institution's GB/T 2260 code (county or city). */
  institutionCity: string;
}

export interface IssuerDecision {
  allowed: boolean;
  tier: IssuerTier;
  body: string;
  /** Who the issuer is as data: the province's or city's division code, or the institution id. */
  code: string;
  /** The role (and scope) that acts as this issuer, in words for the FORBIDDEN message. */
  required: string;
  rule: Rule<{ tier: IssuerTier; body: string }>;
}

const ROLE_FOR_TIER: Record<IssuerTier, string> = { PROVINCE: 'PROVINCE_OPERATOR', CITY: 'CITY_OPERATOR', INSTITUTION: 'INSTITUTION_STAFF' };

/** The issuer's city code for a county or city code: the prefecture (xxxx00). */
export function prefectureOf(division: string): string {
  return `${division.slice(0, 4)}00`;
}

/**
 * Who issues a batch's certificates under the province's rule, and whether `caller` is that issuer:
 * provincial centre → PROVINCE_OPERATOR of the province; city centre → CITY_OPERATOR whose cities
 * include the institution's; the institution itself → its INSTITUTION_STAFF. Nobody else, not even
 * a national administrator: the notices name the issuer.
 */
export function decideIssuer(caller: IssuingCaller, target: IssuingTarget): IssuerDecision {
  const identity = getProvince(target.province).identity;
  const rule = trackRules(target.province, target.track).certificateIssuer;
  if (!rule.value) throw new Error(`${target.province}: no certificate issuer rule`);
  const { tier, body } = rule.value;
  const role = ROLE_FOR_TIER[tier];
  const inProvince = caller.provinces.includes(target.province);
  const city = prefectureOf(target.institutionCity);
  const basis = `${rule.source.document} ${rule.source.section}`;
  if (tier === 'PROVINCE') {
    return { allowed: caller.role === role && inProvince, tier, body, code: identity.divisionCode, required: `${body}：${role}（${target.province}）；${basis}`, rule };
  }
  if (tier === 'CITY') {
    const covers = (caller.cityCodes ?? []).some((c) => c.slice(0, 4) === city.slice(0, 4));
    return { allowed: caller.role === role && inProvince && covers, tier, body, code: city, required: `${body}：${role}（${target.province}，市代码 ${city}）；${basis}`, rule };
  }
  return {
    allowed: caller.role === role && inProvince && caller.institutionId === target.institutionId,
    tier,
    body,
    code: target.institutionId,
    required: `${body}：${role}（机构 ${target.institutionId}）；${basis}`,
    rule,
  };
}

export interface InstitutionNumberFacts {
  /** 附件5 第1位: Y 用人单位 / S 社会培训评价组织. */
  evaluatorType?: 'Y' | 'S';
  /** 附件5 第2-5位: 0000 filed with the province. */
  filingRoute?: string;
  /** 附件5 第8-13位 as assigned at filing (city 2 + kind 1 + order 3). */
  sequenceCode?: string | null;
  kind?: string;
  cityCode?: string;
}

/**
 * The serial scope of a certificate (the sequence row that counts it) and a function that formats
 * serial n. One place decides both so the scope and the printed number can never disagree.
 */
export function numberingFor(
  numbering: CertificateNumbering,
  facts: { issuerCode: string; year: number; level?: number | null; institution?: InstitutionNumberFacts },
): { scope: string; max: number; format(serial: number): string } {
  const yy = String(facts.year % 100).padStart(2, '0');
  if (numbering.scheme === 'LIAONING_SKILL_LEVEL') {
    const inst = facts.institution ?? {};
    const level = facts.level;
    if (!level || level < 1 || level > 5) throw new Error('附件5 第16位：职业技能等级证书须有等级1-5 / a skill-level certificate needs a level 1-5');
    const seq = inst.sequenceCode ?? null;
    if (!seq || !/^\d{6}$/.test(seq)) throw new Error('附件5 第8-13位：机构尚无序列码（备案时赋码）/ the institution has no 附件5 sequence code from its filing');
    const parts = {
      evaluatorType: inst.evaluatorType ?? 'S',
      filingRoute: inst.filingRoute ?? '0000',
      cityCode: seq.slice(0, 2),
      institutionKind: seq[2],
      filingOrder: Number(seq.slice(3, 6)),
      year: facts.year,
      level,
    };
    const head = encodeSkillCertificateNumber({ ...parts, serial: 1 }).slice(0, 16);
    return { scope: `certificate:${head}`, max: 999_999, format: (serial) => encodeSkillCertificateNumber({ ...parts, serial }) };
  }
  if (!/^\d{6}$/.test(facts.issuerCode)) throw new Error(`发证机构代码须为6位行政区划代码 / issuer code must be a 6-digit division code, got ${facts.issuerCode}`);
  const head = `${numbering.prefix}${facts.issuerCode}${yy}`;
  const max = 10 ** numbering.serialDigits - 1;
  return {
    scope: `certificate:${head}`,
    max,
    format: (serial) => {
      if (!Number.isInteger(serial) || serial < 1 || serial > max) throw new Error(`流水号须为1-${max} / serial out of range: ${serial}`);
      return `${head}${String(serial).padStart(numbering.serialDigits, '0')}`;
    },
  };
}

export { liaoningCityCode, liaoningKindDigit };

/** Whether a score is well-formed under the pass rule (0..fullMarks, at most `decimals` places). */
export function scoreProblem(rule: PassRule, score: number): string | null {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > rule.fullMarks) return `成绩须在0-${rule.fullMarks}之间（百分制），实际为${score} / a score is 0-${rule.fullMarks}`;
  const scaled = score * 10 ** rule.decimals;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-9) return `成绩最多${rule.decimals}位小数，实际为${score} / at most ${rule.decimals} decimal place(s)`;
  return null;
}

/**
 * A candidate passes when every subject the batch scores reaches the pass mark (PER_SUBJECT), or
 * the one summed score does (SUMMED). A candidate missing a subject's score does not pass.
 */
export function candidatePasses(rule: PassRule, batchSubjects: readonly string[], scores: ReadonlyMap<string, number>): boolean {
  if (batchSubjects.length === 0) return false;
  return batchSubjects.every((subject) => {
    const value = scores.get(subject);
    return value !== undefined && value >= rule.passMark;
  });
}

