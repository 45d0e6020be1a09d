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

/** What every province module provides. Rule families are added to this interface as they are encoded. */
export interface ProvinceModule {
  identity: ProvinceIdentity;
}
