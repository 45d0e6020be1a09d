import { describe, expect, it } from 'vitest';
import { SEEDS, exchangeRules, exchangeScopeOf, listProvinces, type Track } from '../src';
import { readSeed } from './seeds';

const squash = (text: string) => text.replace(/[\s，,。、；;：:“”"（）()《》<>…]/g, '');

/** The notices' own words for how certificate data travels, and the batch scope each implies. */
const CASES: { province: string; track: Track; scope: 'PROVINCE' | 'CITY'; stated: boolean; section: string; words: string; deadlineDays: number | null }[] = [
  { province: 'LIAONING', track: 'SPECIAL_ABILITY', scope: 'PROVINCE', stated: true, section: '三(七)', words: '20个工作日内将证书数据上网', deadlineDays: 20 },
  { province: 'LIAONING', track: 'SKILL_LEVEL', scope: 'CITY', stated: true, section: '四(四)2', words: '各市公共就业服务机构主管部门将审核通过的证书发放数据上传至省人事考试中心职业技能等级证书信息查询系统', deadlineDays: null },
  { province: 'JIANGSU', track: 'SPECIAL_ABILITY', scope: 'CITY', stated: true, section: '六(二)', words: '考核发证结果定期报省职业技能鉴定中心统计汇总', deadlineDays: null },
  { province: 'SHANDONG', track: 'SPECIAL_ABILITY', scope: 'PROVINCE', stated: false, section: '全文', words: '', deadlineDays: null },
  { province: 'GUANGDONG_SHAOGUAN', track: 'SPECIAL_ABILITY', scope: 'PROVINCE', stated: false, section: '全文', words: '', deadlineDays: null },
];

describe('exchange with the query systems, per the notices', () => {
  it.each(CASES)('$province $track uploads per $scope ($section)', (c) => {
    const rules = exchangeRules(c.province, c.track);
    expect(rules.route.value?.scope).toBe(c.scope);
    expect(rules.route.stated).toBe(c.stated);
    expect(rules.route.source.section).toBe(c.section);
    if (c.words) {
      const notice = squash(readSeed(rules.route.source.seed));
      expect(notice).toContain(squash(c.words));
      expect(notice).toContain(squash(rules.route.source.quote!));
    } else {
      expect(rules.route.note).toMatch(/未规定/);
    }
    expect(rules.uploadDeadline.value?.workingDays ?? null).toBe(c.deadlineDays);
  });

  it('cites a known notice for every province and track', () => {
    for (const p of listProvinces()) {
      for (const track of p.identity.tracks) {
        const { route } = exchangeRules(p.identity.code, track);
        expect(Object.values(SEEDS).map((s) => s.seed)).toContain(route.source.seed);
        expect(route.value).not.toBeNull();
      }
    }
  });

  it('asks a city where the city uploads, and refuses one where the province does', () => {
    expect(exchangeScopeOf('LIAONING', 'SKILL_LEVEL', '210102')).toEqual({ cityCode: '210100' });
    expect(exchangeScopeOf('LIAONING', 'SKILL_LEVEL', null)).toMatchObject({ refusal: expect.stringContaining('四(四)2') });
    expect(exchangeScopeOf('LIAONING', 'SKILL_LEVEL', '370100')).toMatchObject({ refusal: expect.stringContaining('不属于本省') });
    expect(exchangeScopeOf('LIAONING', 'SKILL_LEVEL', '21010')).toMatchObject({ refusal: expect.any(String) });
    expect(exchangeScopeOf('LIAONING', 'SPECIAL_ABILITY', null)).toEqual({ cityCode: '' });
    expect(exchangeScopeOf('LIAONING', 'SPECIAL_ABILITY', '210100')).toMatchObject({ refusal: expect.stringContaining('三(七)') });
    expect(exchangeScopeOf('SHANDONG', 'SPECIAL_ABILITY', null)).toEqual({ cityCode: '' });
  });
});
