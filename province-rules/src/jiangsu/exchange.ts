import { cite } from '../sources';
import { stated, type Rule, type Track } from '../types';
import type { ExchangeRoute } from '../exchange';

/** 江苏: each city centre issues and reports its results to the provincial centre periodically (004 六(二)). */
export const jiangsuExchange: Partial<Record<Track, Rule<ExchangeRoute>>> = {
  SPECIAL_ABILITY: stated(
    { scope: 'CITY', route: '设区市职业技能鉴定中心 → 省职业技能鉴定中心 / city centre → provincial centre' },
    cite('JIANGSU', '六(二)', '考核发证结果定期报省职业技能鉴定中心统计汇总'),
    '通知未规定上报周期 / the notice sets no period',
  ),
};
