import { DEMO_INSTITUTIONS, type RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src';

const databases = await testDatabases();
const inst = (province: string) => DEMO_INSTITUTIONS.find((i) => i.province === province)!;
const ADD = `mutation ($input: AddExamSiteInput!) { addExamSite(input: $input) { id kind workstations status } }`;
const base = { name: '一号考场', address: '示例路1号', workstations: 20, projectIds: ['project-a', 'project-b'] };

describe.each(databases)('exam sites on $name', (database) => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await (await createServer({ database: database.config('institutions'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true })).listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });
  const add = (province: string, input: Record<string, unknown>) =>
    subgraphRequest(running.url, ADD, { variables: { input: { institutionId: inst(province).id, ...base, ...input } }, caller: callers.operator(province) }).then((r) => r.body);

  it.each([
    [{ kind: 'MOBILE', videoMonitoring: 'PANORAMIC_FULL_PROCESS', agreementFrom: '2024-01-01', agreementUntil: '2026-12-31' }, /移动考场/],
    [{ kind: 'TEMPORARY', videoMonitoring: 'PANORAMIC_FULL_PROCESS', agreementFrom: '2024-01-01', agreementUntil: '2026-12-31' }, /军事、司法管辖区/],
    [{ kind: 'TEMPORARY', restrictedArea: 'MILITARY', videoMonitoring: 'PANORAMIC_FULL_PROCESS', agreementFrom: '2024-01-01', agreementUntil: '2026-12-31' }, /市技能中心同意/],
    [{ kind: 'FIXED', videoMonitoring: 'PANORAMIC_FULL_PROCESS' }, /考场协议期限/],
    [{ kind: 'FIXED', videoMonitoring: 'RECORDING', agreementFrom: '2024-01-01', agreementUntil: '2026-12-31' }, /全景/],
    [{ kind: 'FIXED', videoMonitoring: 'PANORAMIC_FULL_PROCESS', agreementFrom: '2026-01-01', agreementUntil: '2025-12-31' }, /早于起始日/],
  ])('Shaoguan refuses %o', async (input, reason) => {
    const body = await add('GUANGDONG_SHAOGUAN', input);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(reason);
  });

  it('Shaoguan lists every violation at once and accepts a lawful site', async () => {
    const many = await add('GUANGDONG_SHAOGUAN', { kind: 'MOBILE', videoMonitoring: 'NONE', workstations: 0 });
    expect(many.errors?.[0].extensions?.violations.length).toBeGreaterThanOrEqual(4);
    const temp = await add('GUANGDONG_SHAOGUAN', { kind: 'TEMPORARY', restrictedArea: 'JUDICIAL', approvedByCityCentre: true, videoMonitoring: 'PANORAMIC_FULL_PROCESS', agreementFrom: '2024-01-01', agreementUntil: '2026-12-31' });
    expect(temp.errors).toBeUndefined();
    expect(temp.data.addExamSite).toMatchObject({ kind: 'TEMPORARY', status: 'ACTIVE' });
  });

  it('Jiangsu requires electronic monitoring or recording; Shandong states no video rule', async () => {
    expect((await add('JIANGSU', { videoMonitoring: 'NONE' })).errors?.[0].message).toMatch(/视频监控/);
    expect((await add('JIANGSU', { videoMonitoring: 'ELECTRONIC_MONITORING' })).errors).toBeUndefined();
    expect((await add('SHANDONG', { videoMonitoring: 'NONE' })).errors).toBeUndefined();
  });

  it('answers whether a site can host an exam: term, suspension, projects, filing', async () => {
    const created = await add('GUANGDONG_SHAOGUAN', { videoMonitoring: 'PANORAMIC_FULL_PROCESS', agreementFrom: '2024-01-01', agreementUntil: '2026-12-31' });
    const id = created.data.addExamSite.id;
    const AVAIL = `query ($id: ID!, $date: Date!, $p: [ID!]) { examSite(id: $id) { availability(date: $date, projectIds: $p) { canHost reasons } } }`;
    const ask = (date: string, p: string[]) => subgraphRequest(running.url, AVAIL, { variables: { id, date, p }, caller: callers.operator('GUANGDONG_SHAOGUAN') }).then((r) => r.body.data.examSite.availability);
    expect(await ask('2025-06-01', ['project-a'])).toEqual({ canHost: true, reasons: [] });
    expect((await ask('2027-01-01', ['project-a'])).reasons.join()).toMatch(/到期/);
    expect((await ask('2023-12-31', ['project-a'])).reasons.join()).toMatch(/起生效/);
    expect((await ask('2025-06-01', ['project-z'])).reasons.join()).toMatch(/未核准项目 project-z/);
    const suspended = await subgraphRequest(running.url, `mutation ($id: ID!) { suspendExamSite(id: $id, reason: "设备故障") { status } }`, { variables: { id }, caller: callers.operator('GUANGDONG_SHAOGUAN') });
    expect(suspended.body.data.suspendExamSite.status).toBe('SUSPENDED');
    expect(await ask('2025-06-01', ['project-a'])).toMatchObject({ canHost: false, reasons: [expect.stringMatching(/已暂停：设备故障/)] });
    const again = await subgraphRequest(running.url, `mutation ($id: ID!) { suspendExamSite(id: $id, reason: "x") { status } }`, { variables: { id }, caller: callers.operator('GUANGDONG_SHAOGUAN') });
    expect(again.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('keeps sites to the operator\'s province', async () => {
    expect((await subgraphRequest(running.url, ADD, { variables: { input: { institutionId: inst('JIANGSU').id, ...base, videoMonitoring: 'RECORDING' } }, caller: callers.operator('SHANDONG') })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const list = await subgraphRequest(running.url, '{ examSites(first: 100) { totalCount nodes { province institution { name } } } }', { caller: callers.operator('SHANDONG') });
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data.examSites.nodes.every((n: { province: string }) => n.province === 'SHANDONG')).toBe(true);
    expect(list.body.data.examSites.totalCount).toBeGreaterThanOrEqual(2);
    const city = inst('SHANDONG').cityCode;
    const byCity = await subgraphRequest(running.url, 'query ($c: String) { examSites(cityCode: $c, kind: FIXED) { nodes { institution { cityCode } } } }', { variables: { c: city }, caller: callers.operator('SHANDONG') });
    expect(byCity.body.errors).toBeUndefined();
    expect(byCity.body.data.examSites.nodes.length).toBeGreaterThan(0);
    expect(byCity.body.data.examSites.nodes.every((n: { institution: { cityCode: string } }) => n.institution.cityCode === city)).toBe(true);
  });
});
