import { cite } from '../sources';
import type { ProvinceModule } from '../types';

export const jiangsu: ProvinceModule = {
  identity: {
    code: 'JIANGSU',
    name: '江苏省',
    nameEn: 'Jiangsu',
    divisionCode: '320000',
    tracks: ['SPECIAL_ABILITY'],
    sources: [cite('JIANGSU', '全文')],
  },
};
