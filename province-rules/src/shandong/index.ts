import { cite } from '../sources';
import type { ProvinceModule } from '../types';

export const shandong: ProvinceModule = {
  identity: {
    code: 'SHANDONG',
    name: '山东省',
    nameEn: 'Shandong',
    divisionCode: '370000',
    tracks: ['SPECIAL_ABILITY'],
    sources: [cite('SHANDONG', '全文')],
  },
};
