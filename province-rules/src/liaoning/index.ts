import { cite } from '../sources';
import type { ProvinceModule } from '../types';
import { liaoningExamSchedule } from './schedule';
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
  examSchedule: liaoningExamSchedule,
};
