import { StatCounter, type SubgraphServer, type RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src';
import { Certificate } from '../src/certificate.entity';
import { rebuildCertificateStats } from '../src/stats.service';

const databases = await testDatabases();

describe.each(databases)('certificate statistics on $name', (database) => {
  let server: SubgraphServer;
  let running: RunningServer;
  beforeAll(async () => {
    server = await createServer({ database: database.config('certificates'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true, peerUrls: { exams: 'http://127.0.0.1:9/graphql', institutions: 'http://127.0.0.1:9/graphql', catalog: 'http://127.0.0.1:9/graphql' } });
    running = await server.listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });
  const stats = (groupBy: string, filter: Record<string, unknown> = {}, caller = callers.admin) =>
    subgraphRequest(running.url, 'query ($g: StatsGroupBy!, $f: StatsFilter) { certificateStats(groupBy: $g, filter: $f) { province cityCode month institution { id } project { id } subject issued revoked } }', { variables: { g: groupBy, f: filter }, caller }).then((r) => r.body);

  it('equals the certificate rows, per province, institution, project and month, with filters', async () => {
    const rows = await server.database.dataSource.getRepository(Certificate).find();
    const count = (pick: (c: Certificate) => string, keep: (c: Certificate) => boolean = () => true) => {
      const out: Record<string, number> = {};
      for (const c of rows.filter(keep)) out[pick(c)] = (out[pick(c)] ?? 0) + 1;
      return out;
    };
    const got = async (groupBy: string, pick: (r: Record<string, any>) => string, filter?: Record<string, unknown>) => {
      const body = await stats(groupBy, filter);
      expect(body.errors).toBeUndefined();
      return Object.fromEntries(body.data.certificateStats.map((r: Record<string, any>) => [pick(r), r.issued]));
    };
    expect(await got('PROVINCE', (r) => r.province)).toEqual(count((c) => c.province));
    expect(await got('INSTITUTION', (r) => r.institution.id)).toEqual(count((c) => c.institutionId));
    expect(await got('PROJECT', (r) => r.subject)).toEqual(count((c) => c.projectId ?? `${c.occupationCode}/L${c.level}`));
    expect(await got('MONTH', (r) => `${r.province}/${r.month}`)).toEqual(count((c) => `${c.province}/${c.issuedOn.slice(0, 7)}`));
    expect(await got('TOTAL', () => 'all')).toEqual({ all: rows.length });
    expect(await got('PROVINCE', (r) => r.province, { provinces: ['JIANGSU'], fromMonth: '2024-07', toMonth: '2024-08' })).toEqual(count((c) => c.province, (c) => c.province === 'JIANGSU' && c.issuedOn.slice(0, 7) >= '2024-07' && c.issuedOn.slice(0, 7) <= '2024-08'));
  });

  it('keeps operators to their province and rebuilds to the same counters', async () => {
    const own = await stats('PROVINCE', {}, callers.operator('SHANDONG'));
    expect(own.data.certificateStats.map((r: { province: string }) => r.province)).toEqual(['SHANDONG']);
    expect((await stats('PROVINCE', { provinces: ['LIAONING'] }, callers.operator('SHANDONG'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const db = server.database.dataSource;
    const snapshot = async () => (await db.getRepository(StatCounter).find()).map((r) => `${r.grain}|${r.metric}|${r.province}|${r.month}|${r.institutionId}|${r.subject}=${r.value}`).sort();
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(0);
    await db.transaction((m) => rebuildCertificateStats(m, 5));
    expect(await snapshot()).toEqual(kept);
  });
});
