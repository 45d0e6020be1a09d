import { cite } from '../sources';
import type { ProvinceModule } from '../types';

export const liaoning: ProvinceModule = {
  identity: {
    code: 'LIAONING',
    name: '辽宁省',
    nameEn: 'Liaoning',
    divisionCode: '210000',
    tracks: ['SPECIAL_ABILITY', 'SKILL_LEVEL'],
    sources: [cite('LIAONING_SPECIAL', '全文'), cite('LIAONING_SCHOOL', '全文')],
  },
};
