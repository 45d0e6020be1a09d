import { describe, expect, it } from 'vitest';
import { ageOn, checkCreditCode, checkResidentId, creditCodeCheckCharacter, residentIdCheckCharacter } from '../src';

describe('resident ID (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', '1949-12-31'],
    ['11010519491231002x', '1949-12-31'],
    ['440203200002291234', '2000-02-29'],
  ])('accepts %s', (id, birthDate) => {
    const result = checkResidentId(id);
    expect(result).toMatchObject({ valid: true, birthDate, reason: null });
    expect(result.id).toBe(id.toUpperCase());
  });

  it.each([
    ['1101051949123100', /18位/],
    ['11010519491231002Y', /前17位须为数字/],
    ['1101051949123100X2', /前17位须为数字/],
    ['110105194902300021', /出生日期/],
    ['110105194913310021', /出生日期/],
    ['110105194912310021', /校验码/],
    ['010105194912310021', /行政区划/],
    ['110105189912310021', /出生日期/],
  ])('rejects %s with a precise reason that does not repeat the number', (id, reason) => {
    const result = checkResidentId(id);
    expect(result.valid).toBe(false);
    expect(result.reason).toMatch(reason);
    expect(result.reason).not.toContain(id.slice(6, 14));
  });

  it('rejects a birth date after today', () => {
    const first17 = '11010520300101001';
    expect(checkResidentId(first17 + residentIdCheckCharacter(first17), '2026-11-23').reason).toMatch(/晚于/);
  });

  it.each([
    ['2008-03-15', '2024-03-14', 15],
    ['2008-03-15', '2024-03-15', 16],
    ['2008-02-29', '2024-02-28', 15],
    ['2008-02-29', '2024-02-29', 16],
    ['2008-02-29', '2025-02-28', 16],
  ])('born %s is %i on %s', (birth, on, age) => expect(ageOn(birth, on)).toBe(age));
});

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(['91350100M000100Y43', '91110000100000589B'.slice(0, 17) + creditCodeCheckCharacter('91110000100000589')])('accepts %s', (code) => {
    expect(checkCreditCode(code)).toMatchObject({ valid: true, code });
  });

  it('normalises lower case', () => expect(checkCreditCode('91350100m000100y43')).toMatchObject({ valid: true, code: '91350100M000100Y43' }));

  it.each([
    ['91350100M000100Y4', /18位/],
    ['91350100M000100Y44', /校验码错误：第18位应为“3”/],
    ['91350100I000100Y43', /第9位字符“I”不允许/],
    ['913A0100M000100Y43', /行政区划码/],
  ])('rejects %s', (code, reason) => {
    const result = checkCreditCode(code);
    expect(result.valid).toBe(false);
    expect(result.reason).toMatch(reason);
  });
});
