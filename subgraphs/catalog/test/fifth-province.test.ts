import type { RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { jiangsuSpecialAbility, registerProvince, stated, type Citation } from '@skillfed/province-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src';

// A fictional fifth jurisdiction, registered through province-rules only. Nothing in the catalog
// subgraph names it; it must still appear everywhere rules are served.
const FICTION: Citation = { seed: 'fictional-notice.txt', document: '示例省人社厅〔2099〕1号', section: '三(二)' };
registerProvince({
  identity: { code: 'FICTIONAL_PROVINCE', name: '示例省', nameEn: 'Fictional', divisionCode: '990000', tracks: ['SPECIAL_ABILITY'], sources: [FICTION] },
  tracks: [{ ...jiangsuSpecialAbility, examinerPanel: stated({ minExaminers: 2, candidatesPerExaminer: 8, leaderRequired: false }, FICTION) }],
});

const [sqlite] = await testDatabases();

describe('a fifth province plugs in through province-rules alone', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await (await createServer({ database: sqlite.config('catalog'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true })).listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await sqlite.cleanup();
  });
  const ask = async (query: string) => (await subgraphRequest(running.url, query, { caller: callers.anonymous })).body;

  it('appears in provinces', async () => {
    const body = await ask('{ provinces { code name divisionCode } }');
    expect(body.data.provinces).toContainEqual({ code: 'FICTIONAL_PROVINCE', name: '示例省', divisionCode: '990000' });
  });

  it('answers every rule query with its own values', async () => {
    const body = await ask(`{ province(code: FICTIONAL_PROVINCE) { rules {
      passScore minimumAge requiredExaminers(candidates: 17) examinerPanel { minExaminers candidatesPerExaminer leaderRequired source { document } }
      retentionMonths(record: VIDEO) deadline(kind: CANDIDATE_REVIEW) { workingDays } certificateIssuer { tier } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.province.rules).toEqual({
      passScore: 60,
      minimumAge: 16,
      requiredExaminers: 3,
      examinerPanel: { minExaminers: 2, candidatesPerExaminer: 8, leaderRequired: false, source: { document: '示例省人社厅〔2099〕1号' } },
      retentionMonths: null,
      deadline: { workingDays: 10 },
      certificateIssuer: { tier: 'CITY' },
    });
  });

  it('appears in compareProvinceRules', async () => {
    const body = await ask('{ compareProvinceRules { rule values { province value } } }');
    for (const comparison of body.data.compareProvinceRules) {
      expect(comparison.values.map((v: { province: string }) => v.province)).toContain('FICTIONAL_PROVINCE');
    }
    const min = body.data.compareProvinceRules.find((c: { rule: string }) => c.rule === 'examinerPanel.minExaminers');
    expect(min.values.find((v: { province: string }) => v.province === 'FICTIONAL_PROVINCE').value).toBe('2');
  });

  it('is a value of the ProvinceCode enum used by the catalog queries', async () => {
    const body = await ask('{ projects(province: FICTIONAL_PROVINCE) { totalCount } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.projects.totalCount).toBe(0);
  });
});
