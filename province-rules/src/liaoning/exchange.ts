import { cite } from '../sources';
import { stated, type Rule, type Track } from '../types';
import type { ExchangeRoute } from '../exchange';

/**
 * 辽宁: special-ability certificate data goes online from the provincial centre (000 三(七)); the
 * technical schools' certificate data goes school → city → the provincial query system → the
 * national networked query (001 四(四)2), so those batches are built per city.
 */
export const liaoningExchange: Partial<Record<Track, Rule<ExchangeRoute>>> = {
  SPECIAL_ABILITY: stated(
    { scope: 'PROVINCE', route: '省考试中心 → 中心网站证书查询（ln.nvq.net.cn）/ provincial centre → its query site' },
    cite('LIAONING_SPECIAL', '三(七)', '20个工作日内将证书数据上网并通过中心网站（ln.nvq.net.cn）向社会提供证书信息查询服务'),
  ),
  SKILL_LEVEL: stated(
    { scope: 'CITY', route: '技工院校 → 市公共就业服务机构主管部门 → 省人事考试中心证书信息查询系统 → 全国联网查询系统 / school → city → provincial system → national query' },
    cite('LIAONING_SCHOOL', '四(四)2', '各市公共就业服务机构主管部门将审核通过的证书发放数据上传至省人事考试中心职业技能等级证书信息查询系统'),
  ),
};
