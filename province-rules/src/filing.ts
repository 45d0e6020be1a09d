import { getProvince } from './registry';
import { trackRules } from './rules';
import type { ApplicantFacts, Citation, FilingMaterial, InstitutionKindCode, Track } from './types';

export interface EligibilityDecision {
  eligible: boolean;
  /** Why not, in Chinese and English; null when eligible. */
  reason: string | null;
  source: Citation;
}

/** Whether an institution of `kind` may apply for filing in `province`'s `track` (explained when not). */
export function filingEligibility(province: string, track: Track | null | undefined, kind: InstitutionKindCode, facts: ApplicantFacts = {}): EligibilityDecision {
  const rule = trackRules(province, track).filing.eligibility;
  if (!rule.stated || rule.value === null) return { eligible: true, reason: null, source: rule.source };
  const group = rule.value.find((g) => g.kinds.includes(kind));
  const name = getProvince(province).identity.name;
  if (!group) {
    const allowed = rule.value.map((g) => g.description).join('；');
    return { eligible: false, reason: `${name}备案范围为：${allowed}（${rule.source.document} ${rule.source.section}）/ kind ${kind} is outside the filing scope`, source: rule.source };
  }
  if (group.condition && !group.condition.met(facts)) {
    return { eligible: false, reason: `${group.description}须满足：${group.condition.description}（${rule.source.document} ${rule.source.section}）/ condition not met`, source: rule.source };
  }
  return { eligible: true, reason: null, source: rule.source };
}

/** Required materials not yet provided; empty when the filing may be approved. */
export function missingFilingMaterials(province: string, track: Track | null | undefined, provided: Iterable<string>): FilingMaterial[] {
  const have = new Set(provided);
  return (trackRules(province, track).filing.materials.value ?? []).filter((m) => !have.has(m.code));
}
