import { getProvince } from './registry';
import type { ExaminerRoutes } from './examiners';
import type { ExchangeRoute } from './exchange';
import type { Citation, Rule, Track } from './types';
import type { YearBoundData } from './year-data';

/**
 * Province behaviour the subgraphs call generically. A subgraph never asks "is this Liaoning?": it
 * asks the province's module through these functions, and a module that does not define a hook gets
 * the behaviour the notices share. A fifth province is a module with its own hooks, nothing more.
 */
export const BATCH_MODES = ['REGULAR', 'UNIFIED', 'SEPARATE'] as const;
export type BatchMode = (typeof BATCH_MODES)[number];

/** Facts about a batch being declared, as every province's declaration hook receives them. */
export interface DeclarationFacts {
  mode: string;
  startDate: string;
  endDate: string;
  declaredOn: string;
  /** Every exam day, startDate to endDate. */
  days: string[];
  /** GB/T 2260 division of the institution running the site, when known. */
  siteCityCode: string | null;
}

export interface FilingFacts {
  track: string;
  /** GB/T 2260 division of the institution. */
  cityCode: string;
  kind: string;
}

export interface SiteFacts {
  kind: 'FIXED' | 'TEMPORARY' | 'MOBILE';
  restrictedArea?: 'MILITARY' | 'JUDICIAL' | null;
  approvedByCityCentre?: boolean;
}

export interface ProvinceHooks {
  /** How batches are scheduled; without this hook every batch is REGULAR. */
  batchModes?: { modes: BatchMode[]; source: Citation };
  /** Province-specific reasons a batch may not be declared (schedules, cut-offs, places). */
  declarationViolations?(facts: DeclarationFacts, data: YearBoundData): string[];
  /** Candidates may be recorded in a priority group (就业重点群体); the notice that says so. */
  priorityGroups?: Citation;
  /** Related-occupation stand-in examiners may be authorised; the notice that says so. */
  examinerStandIns?: Citation;
  /** Projects carry the province's publication batch number within this range. */
  projectBatches?: { from: number; to: number; source: Citation };
  /**
   * A second, province-wide institution sequence assigned on approval (Liaoning 附件5 机构序列码).
   * Returns the sequence to draw from and the code prefix, a refusal, or null when none applies.
   */
  filingOrderSequence?(institution: FilingFacts): { sequence: string; prefix: string } | { refusal: string } | null;
  /** Why a fixed-contracted-only province refuses this site, or null. */
  siteRefusal?(site: SiteFacts): string | null;
  /** Who may examine (考评员 routes) in this province, each route with its citation. */
  examinerRoutes?: ExaminerRoutes;
  /** Why an institution of `kind` may not file occupations at `level` (1 highest … 5 lowest), or null. */
  occupationLevelRefusal?(kind: string, level: number): string | null;
  /** The official name of a city (地级市) of the province from a GB/T 2260 code inside it, or null. */
  cityName?(division: string): string | null;
  /** How certificate data travels to the query systems, per track (see exchange.ts); default: per province, not stated. */
  exchange?: Partial<Record<Track, Rule<ExchangeRoute>>>;
}

function hooks(province: string): ProvinceHooks {
  return getProvince(province).hooks ?? {};
}

const REGULAR_ONLY: BatchMode[] = ['REGULAR'];

/** Batch modes the province uses, in the order its notice names them. */
export function batchModes(province: string): BatchMode[] {
  return hooks(province).batchModes?.modes ?? REGULAR_ONLY;
}

/**
 * Every reason the province's rules refuse to declare a batch. Throws YearDataMissingError (the
 * notice or the calendar year is not loaded) rather than guessing.
 */
export function provinceDeclarationViolations(province: string, facts: DeclarationFacts, data: YearBoundData): string[] {
  const modes = batchModes(province);
  const name = getProvince(province).identity.name;
  if (!modes.includes(facts.mode as BatchMode)) {
    const source = hooks(province).batchModes?.source;
    return [`${name}批次的组织方式须为：${modes.join('、')}${source ? `（${source.document} ${source.section}）` : ''} / ${province} batches are ${modes.join(' or ')}, not ${facts.mode}`];
  }
  return hooks(province).declarationViolations?.(facts, data) ?? [];
}

/** Null when the province records priority groups; otherwise why not. */
export function priorityGroupRefusal(province: string): string | null {
  return hooks(province).priorityGroups ? null : `${getProvince(province).identity.name}的通知未规定就业重点群体 / ${province}'s notices have no priority groups`;
}

/** Null when the province authorises stand-in examiners; otherwise why not. */
export function standInRefusal(province: string): string | null {
  return hooks(province).examinerStandIns ? null : `${getProvince(province).identity.name}的通知未规定临时派遣相近职业考评人员 / ${province}'s notices have no stand-in examiners`;
}

/** Null when `batch` (null = none) is acceptable for the province's projects; otherwise why not. */
export function projectBatchRefusal(province: string, batch: number | null | undefined): string | null {
  if (batch === null || batch === undefined) return null;
  const range = hooks(province).projectBatches;
  const name = getProvince(province).identity.name;
  if (!range) return `${name}的项目没有发布批次 / ${province} projects carry no publication batch`;
  if (!Number.isInteger(batch) || batch < range.from || batch > range.to) return `${name}项目发布批次须为${range.from}-${range.to}（${range.source.document} ${range.source.section}）/ batch must be ${range.from}-${range.to}`;
  return null;
}

export function filingOrderSequence(province: string, institution: FilingFacts): { sequence: string; prefix: string } | { refusal: string } | null {
  return hooks(province).filingOrderSequence?.(institution) ?? null;
}

export function provinceSiteRefusal(province: string, site: SiteFacts): string | null {
  return hooks(province).siteRefusal?.(site) ?? null;
}

export function occupationLevelRefusal(province: string, kind: string, level: number): string | null {
  if (!Number.isInteger(level) || level < 1 || level > 5) return `等级须为1-5 / level must be 1-5, got ${level}`;
  return hooks(province).occupationLevelRefusal?.(kind, level) ?? null;
}

/** The city's official name where the province's module knows it, else null (callers show the code). */
export function provinceCityName(province: string, division: string): string | null {
  return hooks(province).cityName?.(division) ?? null;
}
