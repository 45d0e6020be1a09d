import { cite } from '../sources';
import type { ProvinceModule } from '../types';

/** Guangdong is represented by Shaoguan city's notice, so the jurisdiction is the city (440200). */
export const guangdongShaoguan: ProvinceModule = {
  identity: {
    code: 'GUANGDONG_SHAOGUAN',
    name: '广东省韶关市',
    nameEn: 'Guangdong / Shaoguan',
    divisionCode: '440200',
    tracks: ['SPECIAL_ABILITY'],
    sources: [cite('SHAOGUAN', '全文')],
  },
};
