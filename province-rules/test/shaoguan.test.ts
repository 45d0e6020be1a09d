import { describe, expect, it } from 'vitest';
import { SHAOGUAN_STAND_IN, isStandInValid, shaoguanSiteRefusal, standInEndsOn, trackRules } from '../src';

describe('Shaoguan stand-in examiners: at most 6 months (五)', () => {
  it.each([
    ['2024-01-15', '2024-07-15'],
    ['2024-08-31', '2025-02-28'],
  ])('a stand-in from %s ends on %s', (start, end) => {
    expect(standInEndsOn(start)).toBe(end);
    expect(isStandInValid(start, start)).toBe(true);
    const dayBefore = new Date(`${end}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    expect(isStandInValid(start, dayBefore.toISOString().slice(0, 10))).toBe(true);
    expect(isStandInValid(start, end)).toBe(false);
  });
  it('is not valid before it starts', () => expect(isStandInValid('2024-01-15', '2024-01-14')).toBe(false));
  it('cites 五', () => expect(SHAOGUAN_STAND_IN).toMatchObject({ value: 6, stated: true, source: { section: '五' } }));
});

describe('Shaoguan sites (四)', () => {
  it.each([
    [{ kind: 'FIXED' as const }, null],
    [{ kind: 'MOBILE' as const }, /移动/],
    [{ kind: 'TEMPORARY' as const }, /约束性区域/],
    [{ kind: 'TEMPORARY' as const, restrictedArea: 'MILITARY' as const }, /市技能中心同意/],
    [{ kind: 'TEMPORARY' as const, restrictedArea: 'JUDICIAL' as const, approvedByCityCentre: true }, null],
  ])('%o', (site, refusal) => {
    const reason = shaoguanSiteRefusal(site);
    if (refusal === null) expect(reason).toBeNull();
    else expect(reason).toMatch(refusal);
  });

  it('requires fixed contracted sites, evaluated workstations and panoramic video', () => {
    expect(trackRules('GUANGDONG_SHAOGUAN').sites.value).toMatchObject({ fixedContractedOnly: true, temporaryAllowed: false, maxWorkstationsByEvaluation: true });
    expect(trackRules('GUANGDONG_SHAOGUAN').sites.value?.videoMonitoring).toContain('全景视频');
  });
});
