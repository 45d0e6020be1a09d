import { cite } from '../sources';
import type { ProvinceModule } from '../types';
import { LIAONING_CITIES, liaoningCityCode, liaoningKindDigit } from './certificate-number';
import { liaoningExchange } from './exchange';
import { LIAONING_ANNUAL_NOTICE, liaoningDeclarationViolations } from './schedule';
import { levelOutsideScope, type SchoolKind, LEVEL_SCOPE } from './skill-level';
import { liaoningSkillLevel } from './skill-level';
import { liaoningSpecialAbility } from './special-ability';

export * from './certificate-number';
export * from './examiner-eligibility';
export * from './schedule';
export { LEVEL_NAMES, LEVEL_SCOPE, levelOutsideScope, liaoningSkillLevel, type SchoolKind } from './skill-level';
export { liaoningSpecialAbility } from './special-ability';

export const liaoning: ProvinceModule = {
  identity: {
    code: 'LIAONING',
    name: '辽宁省',
    nameEn: 'Liaoning',
    divisionCode: '210000',
    tracks: ['SPECIAL_ABILITY', 'SKILL_LEVEL'],
    sources: [cite('LIAONING_SPECIAL', '全文'), cite('LIAONING_SCHOOL', '全文')],
  },
  tracks: [liaoningSpecialAbility, liaoningSkillLevel],
  annualNotice: LIAONING_ANNUAL_NOTICE,
  hooks: {
    batchModes: { modes: ['UNIFIED', 'SEPARATE'], source: cite('LIAONING_SPECIAL', '一(二); 三(三)', '采取统一考核为主，单独批次实施为辅的方式组织实施') },
    declarationViolations: liaoningDeclarationViolations,
    projectBatches: { from: 1, to: 5, source: cite('LIAONING_SPECIAL', '三(二)', '省就业和人才服务中心正式发文颁布的 5 批专项职业能力考核项目 320 项') },
    filingOrderSequence: (institution) => {
      // 附件5 (辽人社〔2020〕32号): skill-level schools get a city + kind + order sequence code.
      if (institution.track !== 'SKILL_LEVEL') return null;
      const city = liaoningCityCode(institution.cityCode);
      if (!city) return { refusal: '辽宁机构序列码须有01-14市代码 / the institution\'s city is not one of Liaoning\'s 14 cities' };
      const prefix = `${city}${liaoningKindDigit(institution.kind)}`;
      return { sequence: `liaoning-order:${prefix}`, prefix };
    },
    occupationLevelRefusal: (kind, level) => (kind in LEVEL_SCOPE ? levelOutsideScope(kind as SchoolKind, level) : null),
    cityName: (division) => {
      const city = liaoningCityCode(division);
      return city ? LIAONING_CITIES[city].name : null;
    },
    exchange: liaoningExchange,
  },
  workflowExtraStates: [
    { state: 'ATTENDANCE_CONFIRMED', source: cite('LIAONING_SPECIAL', '三(三) 表注2', '参考确认即实际参加考核的确认数据，将此作为考核缴费依据') },
    { state: 'PAID', source: cite('LIAONING_SPECIAL', '三(三) 表注3; 三(六)', '机构缴费应在参考确认后至考核实施前完成，逾期未完成缴费的，相应机构将不予考核') },
  ],
};
