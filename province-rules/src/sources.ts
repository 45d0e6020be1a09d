import type { Citation } from './types';

/** The five notices in shared/seeds/, the primary sources. */
export const SEEDS = {
  LIAONING_SPECIAL: { seed: '000_be377803e45a90ae.txt', document: '辽就〔2023〕4号' },
  LIAONING_SCHOOL: { seed: '001_b2a4f6fe6a0064a5.txt', document: '辽人社〔2020〕32号' },
  SHANDONG: { seed: '002_43331e755dba7571.txt', document: '鲁人社字〔2020〕100号' },
  SHAOGUAN: { seed: '003_f29e80c751188933.txt', document: '韶关市人社局《关于进一步规范专项职业能力考核工作的通知》(2022-08-10)' },
  JIANGSU: { seed: '004_469aab12e320b3cf.txt', document: '江苏省人社厅《关于进一步规范专项职业能力考核工作的通知》(2019-11-18)' },
} as const;

export type SeedKey = keyof typeof SEEDS;

export function cite(seed: SeedKey, section: string, quote?: string): Citation {
  return { ...SEEDS[seed], section, ...(quote ? { quote } : {}) };
}
