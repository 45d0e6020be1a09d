import { demoCreditCode, type RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src';

const databases = await testDatabases();
let creditSeq = 5000;

const REGISTER = `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id filingStatus track } }`;
const MATERIAL = `mutation ($input: ProvideMaterialInput!) { provideFilingMaterial(input: $input) { id } }`;
const FILE = `query ($id: ID!) { institution(id: $id) { filingStatus filingNumber filedOn filingValidUntil sequenceCode
  filingHistory { step fromStatus toStatus actorSubject actorRole reason }
  filingMaterials { code provided } } }`;

describe.each(databases)('filing lifecycle on $name', (database) => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await (await createServer({ database: database.config('institutions'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false })).listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });

  const as = (province: string) => callers.operator(province);
  const call = (query: string, variables: Record<string, unknown>, caller = callers.admin) => subgraphRequest(running.url, query, { variables, caller }).then((r) => r.body);

  async function register(province: string, cityCode: string, kind: string, extra: Record<string, unknown> = {}) {
    const body = await call(REGISTER, {
      input: { province, cityCode, name: `测试机构${creditSeq}`, kind, creditCode: demoCreditCode(cityCode, creditSeq++), address: '示例地址', contactName: '联系人', contactPhone: '13800000000', ...extra },
    }, as(province));
    return body;
  }

  async function provideAll(id: string, province: string, codes: string[]) {
    for (const code of codes) {
      const body = await call(MATERIAL, { input: { institutionId: id, code, reference: `材料${code}` } }, as(province));
      expect(body.errors).toBeUndefined();
    }
  }

  const move = (mutation: string, id: string, province: string, extra = '') => call(`mutation ($id: ID!) { ${mutation}(id: $id${extra}) { filingStatus } }`, { id }, as(province));

  it('walks a Jiangsu filing through every state, with who, when and why recorded', async () => {
    const reg = await register('JIANGSU', '320100', 'SOCIAL_TRAINING_INSTITUTION');
    expect(reg.errors).toBeUndefined();
    const id = reg.data.registerInstitution.id;
    expect(reg.data.registerInstitution).toMatchObject({ filingStatus: 'APPLIED', track: 'SPECIAL_ABILITY' });

    expect((await move('startFilingReview', id, 'JIANGSU')).data.startFilingReview.filingStatus).toBe('UNDER_REVIEW');
    const returned = await move('returnFiling', id, 'JIANGSU', ', reason: "缺少影像资料"');
    expect(returned.data.returnFiling.filingStatus).toBe('APPLIED');
    await move('startFilingReview', id, 'JIANGSU');

    const incomplete = await move('approveFiling', id, 'JIANGSU');
    expect(incomplete.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', missing: ['FILING_FORM', 'FACILITY_IMAGES'] });
    expect(incomplete.errors?.[0].message).toContain('《专项职业能力考核机构备案申请表》');

    await provideAll(id, 'JIANGSU', ['FILING_FORM', 'FACILITY_IMAGES']);
    const approved = await call(`mutation ($id: ID!) { approveFiling(id: $id, filedOn: "2024-03-01") { filingStatus filingNumber filedOn filingValidUntil } }`, { id }, as('JIANGSU'));
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveFiling).toMatchObject({ filingStatus: 'FILED', filedOn: '2024-03-01', filingValidUntil: null });
    expect(approved.data.approveFiling.filingNumber).toMatch(/^320000-2024-\d{5}$/);

    expect((await move('suspendFiling', id, 'JIANGSU', ', reason: "考场检查不合格"')).data.suspendFiling.filingStatus).toBe('SUSPENDED');
    expect((await move('reinstateFiling', id, 'JIANGSU', ', reason: "整改完成"')).data.reinstateFiling.filingStatus).toBe('FILED');
    expect((await move('revokeFiling', id, 'JIANGSU', ', reason: "违规"')).data.revokeFiling.filingStatus).toBe('REVOKED');

    const file = await call(FILE, { id }, as('JIANGSU'));
    expect(file.data.institution.filingHistory.map((e: { fromStatus: string | null; toStatus: string }) => `${e.fromStatus ?? '-'}>${e.toStatus}`)).toEqual([
      '->APPLIED', 'APPLIED>UNDER_REVIEW', 'UNDER_REVIEW>APPLIED', 'APPLIED>UNDER_REVIEW', 'UNDER_REVIEW>FILED', 'FILED>SUSPENDED', 'SUSPENDED>FILED', 'FILED>REVOKED',
    ]);
    expect(file.data.institution.filingHistory[2]).toMatchObject({ reason: '缺少影像资料', actorSubject: 'test-operator-jiangsu', actorRole: 'PROVINCE_OPERATOR' });
    expect(file.data.institution.filingMaterials.every((m: { provided: boolean }) => m.provided)).toBe(true);
  });

  it('refuses illegal moves with CONFLICT naming what is allowed, and moves without a reason', async () => {
    const id = (await register('SHANDONG', '370100', 'ASSESSMENT_BODY')).data.registerInstitution.id;
    const early = await move('approveFiling', id, 'SHANDONG');
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', from: 'APPLIED', to: 'FILED', allowed: ['UNDER_REVIEW'] });
    expect(early.errors?.[0].message).toContain('startFilingReview');
    expect((await move('suspendFiling', id, 'SHANDONG', ', reason: "x"')).errors?.[0].extensions?.code).toBe('CONFLICT');
    await move('startFilingReview', id, 'SHANDONG');
    const noReason = await move('returnFiling', id, 'SHANDONG', ', reason: "  "');
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('lets only the province\'s own operators move a filing', async () => {
    const id = (await register('SHANDONG', '370200', 'EMPLOYER')).data.registerInstitution.id;
    expect((await move('startFilingReview', id, 'JIANGSU')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await call(`mutation ($id: ID!) { startFilingReview(id: $id) { id } }`, { id }, callers.admin);
    expect(admin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await call(`mutation ($id: ID!) { startFilingReview(id: $id) { id } }`, { id }, callers.anonymous);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const history = await call(FILE, { id }, callers.admin);
    expect(history.data.institution.filingHistory).toHaveLength(1);
  });

  it.each([
    ['LIAONING', '210100', 'PROVINCIAL_INDUSTRY_ORGANISATION', {}, true],
    ['LIAONING', '210100', 'SOCIAL_TRAINING_INSTITUTION', {}, false],
    ['LIAONING', '210100', 'SOCIAL_TRAINING_INSTITUTION', { priorProvincialAssessment: true }, true],
    ['LIAONING', '210100', 'OTHER', {}, false],
    ['LIAONING', '210100', 'EMPLOYER', { track: 'SKILL_LEVEL' }, false],
    ['LIAONING', '210100', 'TECHNICAL_SCHOOL', { track: 'SKILL_LEVEL' }, true],
    ['JIANGSU', '320100', 'OTHER', {}, true],
    ['SHANDONG', '370100', 'OTHER', { track: 'SKILL_LEVEL' }, false],
  ])('%s %s %s %o eligible: %s', async (province, city, kind, extra, eligible) => {
    const body = await register(province, city, kind, extra);
    if (eligible) expect(body.errors).toBeUndefined();
    else {
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(body.errors?.[0].message).toMatch(/不符合备案条件|没有该评价类别/);
    }
  });

  it('gives Liaoning technical schools a 3-year term, the 附件5 sequence and an in-scope level range', async () => {
    const id = (await register('LIAONING', '210102', 'SENIOR_TECHNICAL_SCHOOL', { track: 'SKILL_LEVEL' })).data.registerInstitution.id;
    await move('startFilingReview', id, 'LIAONING');
    await provideAll(id, 'LIAONING', ['APPLICATION_FORM', 'WORK_PLAN', 'FINANCIAL_AND_MANAGEMENT_RULES', 'OCCUPATIONS_AND_STANDARDS', 'ASSET_PROOF', 'ORGANISATION_AND_STAFF']);
    const approved = await call(`mutation ($id: ID!) { approveFiling(id: $id, filedOn: "2025-07-07") { filingValidUntil sequenceCode } }`, { id }, as('LIAONING'));
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveFiling.filingValidUntil).toBe("2028-07-06");
    expect(approved.data.approveFiling.sequenceCode).toMatch(/^014\d{3}$/);

    const SCOPE = `mutation ($id: ID!, $input: FilingScopeInput!) { setFilingScope(institutionId: $id, input: $input) { scope { occupations { code levelHighest levelLowest } } } }`;
    const tooHigh = await call(SCOPE, { id, input: { projectIds: [], occupations: [{ code: '6-18-01-01', name: '车工', levelHighest: 2, levelLowest: 5 }] } }, as('LIAONING'));
    expect(tooHigh.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooHigh.errors?.[0].message).toContain('高级技工学校');
    const ok = await call(SCOPE, { id, input: { projectIds: [], occupations: [{ code: '6-18-01-01', name: '车工', levelHighest: 3, levelLowest: 5 }] } }, as('LIAONING'));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.setFilingScope.scope.occupations).toEqual([{ code: '6-18-01-01', levelHighest: 3, levelLowest: 5 }]);
    const wrongTrack = await call(SCOPE, { id, input: { projectIds: ['p1'], occupations: [] } }, as('LIAONING'));
    expect(wrongTrack.errors?.[0].message).toContain('技能等级认定备案只能选择职业');

    const list = await call(`{ institutions(province: LIAONING, expiringWithinDays: 30, asOf: "2028-06-10") { nodes { id } } }`, {}, as('LIAONING'));
    expect(list.data.institutions.nodes.map((n: { id: string }) => n.id)).toContain(id);
    const later = await call(`{ institutions(province: LIAONING, expiringWithinDays: 30, asOf: "2028-05-01") { nodes { id } } }`, {}, as('LIAONING'));
    expect(later.data.institutions.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
    const expired = await call(`{ institutions(province: LIAONING, filingStatus: EXPIRED, asOf: "2028-07-07") { nodes { id } } }`, {}, as('LIAONING'));
    expect(expired.data.institutions.nodes.map((n: { id: string }) => n.id)).toContain(id);

    const recorded = await call(`mutation { expireFilings(province: LIAONING, asOf: "2028-07-07") }`, {}, as('LIAONING'));
    expect(recorded.data.expireFilings).toBeGreaterThanOrEqual(1);
    const after = await call(FILE, { id }, as('LIAONING'));
    expect(after.data.institution.filingStatus).toBe('EXPIRED');
    expect(after.data.institution.filingHistory.at(-1)).toMatchObject({ fromStatus: 'FILED', toStatus: 'EXPIRED' });
    expect((await move('suspendFiling', id, 'LIAONING', ', reason: "x"')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', allowed: [] });
  });

  it('assigns 50 parallel Liaoning approvals 50 distinct filing orders', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const id = (await register('LIAONING', '210203', 'TECHNICAL_SCHOOL', { track: 'SKILL_LEVEL' })).data.registerInstitution.id;
      await move('startFilingReview', id, 'LIAONING');
      await provideAll(id, 'LIAONING', ['APPLICATION_FORM', 'WORK_PLAN', 'FINANCIAL_AND_MANAGEMENT_RULES', 'OCCUPATIONS_AND_STANDARDS', 'ASSET_PROOF', 'ORGANISATION_AND_STAFF']);
      ids.push(id);
    }
    const results = await Promise.all(ids.map((id) => call(`mutation ($id: ID!) { approveFiling(id: $id) { sequenceCode filingNumber } }`, { id }, as('LIAONING'))));
    for (const r of results) expect(r.errors).toBeUndefined();
    const codes = results.map((r) => r.data.approveFiling.sequenceCode as string);
    expect(codes.every((c) => c.startsWith('024'))).toBe(true);
    expect(codes.map((c) => Number(c.slice(3))).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.data.approveFiling.filingNumber)).size).toBe(50);
  }, 180_000); // ~400 requests; CI runs every package at once on 2 cores
});
