import { cite, type SeedKey } from './sources';
import { DEADLINE_KINDS, notStated, stated, type Citation, type DeadlineKind, type Rule, type TrackRules } from './types';

/**
 * What all four notices share. Each province cites its own section; a province whose notice is silent
 * on a shared rule gets the baseline value marked `stated: false`, citing the notices that do state it.
 */
export const BASELINE_SOURCES: Citation[] = [
  cite('LIAONING_SPECIAL', '三(四)', '汇总评分为60分及以上确定为考核合格'),
  cite('SHAOGUAN', '六(五)', '获得 60 分或 60 分以上者为合格'),
  cite('JIANGSU', '三(二)4', '获得 60 分或 60 分以上者为合格'),
];

export const PASS_SCORE = 60;
/** 法定劳动年龄: the Labour Law (劳动法 第十五条) forbids employing anyone under 16. */
export const MINIMUM_AGE = 16;

export function passScore(seed: SeedKey, section: string, quote: string): Rule<number> {
  return stated(PASS_SCORE, cite(seed, section, quote), '百分制 / out of 100');
}

export function passScoreByBaseline(seed: SeedKey): Rule<number> {
  return {
    value: PASS_SCORE,
    stated: false,
    source: cite(seed, '全文'),
    note: `基线：本省通知未规定合格分数线，适用其他三地通知共同规定的60分（${BASELINE_SOURCES.map((s) => `${s.document} ${s.section}`).join('；')}）/ baseline: the notice sets no pass mark`,
  };
}

export function minimumAge(seed: SeedKey, section: string, quote: string): Rule<number> {
  return stated(MINIMUM_AGE, cite(seed, section, quote), '达到法定劳动年龄，即年满16周岁（《劳动法》第十五条）/ legal working age, 16');
}

export function cardOnDuty(seed: SeedKey, section: string, quote: string): Rule<boolean> {
  return stated(true, cite(seed, section, quote));
}

/** Every deadline kind, not stated unless `given` states it. */
export function deadlines(seed: SeedKey, given: Partial<Record<DeadlineKind, TrackRules['deadlines'][DeadlineKind]>>, silentNote?: string): TrackRules['deadlines'] {
  return Object.fromEntries(
    DEADLINE_KINDS.map((kind) => [kind, given[kind] ?? notStated(cite(seed, '全文'), silentNote ?? '通知未以工作日规定此期限 / the notice sets no working-day deadline for this')]),
  ) as TrackRules['deadlines'];
}
