import { describe, expect, it } from 'vitest';
import { getProvince, isDivisionWithin, jiangsuSpecialAbility, listProvinces, registerProvince, unregisterProvince } from '../src';

describe('province registry', () => {
  it('holds the four jurisdictions with their GB/T 2260 codes', () => {
    expect(listProvinces().map((p) => [p.identity.code, p.identity.name, p.identity.divisionCode])).toEqual([
      ['LIAONING', '辽宁省', '210000'],
      ['SHANDONG', '山东省', '370000'],
      ['GUANGDONG_SHAOGUAN', '广东省韶关市', '440200'],
      ['JIANGSU', '江苏省', '320000'],
    ]);
    expect(getProvince('LIAONING').identity.tracks).toEqual(['SPECIAL_ABILITY', 'SKILL_LEVEL']);
  });

  it.each([
    ['LIAONING', '210100', true],
    ['LIAONING', '211400', true],
    ['LIAONING', '370100', false],
    ['GUANGDONG_SHAOGUAN', '440203', true],
    ['GUANGDONG_SHAOGUAN', '440100', false],
    ['JIANGSU', '320500', true],
    ['JIANGSU', '3205', false],
  ])('%s contains %s: %s', (province, division, inside) => expect(isDivisionWithin(province, division)).toBe(inside));

  it('validates a module before registering it and refuses duplicates', () => {
    const base = { name: '测试省', nameEn: 'Test', tracks: ['SPECIAL_ABILITY' as const], sources: [] };
    const tracks = [jiangsuSpecialAbility];
    expect(() => registerProvince({ identity: { ...base, code: 'bad code', divisionCode: '990000' }, tracks })).toThrow(/UPPER_SNAKE_CASE/);
    expect(() => registerProvince({ identity: { ...base, code: 'TEST', divisionCode: '99' }, tracks })).toThrow(/6-digit/);
    expect(() => registerProvince({ identity: { ...base, code: 'JIANGSU', divisionCode: '320000' }, tracks })).toThrow(/already registered/);
    expect(() => registerProvince({ identity: { ...base, code: 'TEST', divisionCode: '990000' }, tracks: [] })).toThrow(/at least one track/);
    expect(() => registerProvince({ identity: { ...base, code: 'TEST', divisionCode: '990000', tracks: ['SKILL_LEVEL'] }, tracks })).toThrow(/identity.tracks/);
    registerProvince({ identity: { ...base, code: 'TEST', divisionCode: '990000' }, tracks });
    expect(getProvince('TEST').identity.name).toBe('测试省');
    unregisterProvince('TEST');
    expect(() => getProvince('TEST')).toThrow(/unknown province/);
  });
});
