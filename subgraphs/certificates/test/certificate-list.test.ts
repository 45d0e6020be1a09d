import crypto from 'node:crypto';
import type { RunningServer, SubgraphServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Certificate, CertificateTotal, adjustCertificateTotals, createServer, totalsOf } from '../src';

const databases = await testDatabases();

// Enough rows that MariaDB's optimizer prefers an index to a scan, as it does at national scale.
const ROWS = 6000;
const PROVINCES = ['LIAONING', 'SHANDONG', 'GUANGDONG_SHAOGUAN', 'JIANGSU'];
const institutions = Array.from({ length: 30 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const projects = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`);
const batches = Array.from({ length: 300 }, (_, i) => `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`);

function syntheticRows(): Partial<Certificate>[] {
  const now = new Date();
  return Array.from({ length: ROWS }, (_, i) => {
    const batch = i % batches.length;
    const day = new Date(Date.UTC(2020, 0, 1) + (batch * 5 + (i % 3)) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: crypto.randomUUID(),
      number: `T${String(i).padStart(12, '0')}`,
      serialScope: 'test:list',
      serial: i + 1,
      kind: 'SPECIAL_ABILITY',
      province: PROVINCES[batch % 4],
      cityCode: '000000',
      holderName: '测试示例',
      holderNameIndex: 'x',
      holderResidentId: '000000000000000000',
      holderIdIndex: 'x',
      candidateId: crypto.randomUUID(),
      institutionId: institutions[batch % institutions.length],
      projectId: projects[batch % projects.length],
      occupationCode: null,
      level: null,
      examBatchId: batches[batch],
      issuerTier: 'CITY',
      issuerBody: '测试',
      issuerCode: '000000',
      subjectScoresJson: '[]',
      issuedOn: day,
      status: 'VALID',
      statusReason: null,
      statusCitation: null,
      statusBy: null,
      statusOn: null,
      replacesId: null,
      replacedById: null,
      carrier: 'PAPER',
      createdAt: now,
      updatedAt: now,
    };
  });
}

describe.each(databases)('the certificate list at scale on $name', (database) => {
  let server: SubgraphServer;
  let running: RunningServer;
  let rows: Partial<Certificate>[];
  const statements: { sql: string; parameters: unknown[] }[] = [];

  beforeAll(async () => {
    server = await createServer({ database: database.config('certificates'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false, peerUrls: { exams: 'http://127.0.0.1:9/graphql', institutions: 'http://127.0.0.1:9/graphql', catalog: 'http://127.0.0.1:9/graphql' } });
    const db = server.database.dataSource;
    rows = syntheticRows();
    await db.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += 500) await tx.getRepository(Certificate).insert(rows.slice(i, i + 500) as Certificate[]);
      await adjustCertificateTotals(tx, totalsOf(rows as { province: string }[]));
    });
    if (database.name === 'mysql') await db.query('ANALYZE TABLE certificates');
    // Record every statement with its parameters, so the MariaDB test can EXPLAIN exactly what ran.
    const log = db.logger.logQuery.bind(db.logger);
    db.logger.logQuery = (sql, parameters, runner) => {
      statements.push({ sql, parameters: parameters ?? [] });
      return log(sql, parameters, runner);
    };
    running = await server.listen(0);
  }, 240_000); // 6,000 rows through the ORM: slow when every package runs at once
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });

  const list = async (args: string, fields = 'nodes { number issuedOn } pageInfo { hasNextPage endCursor }') => {
    const before = server.database.queryCount();
    statements.length = 0;
    const { body } = await subgraphRequest(running.url, `{ certificates(${args}) { ${fields} } }`, { caller: callers.admin });
    expect(body.errors).toBeUndefined();
    return { data: body.data.certificates, statements: server.database.queryCount() - before, sql: [...statements] };
  };

  it('counts only when totalCount is selected, and the unfiltered total comes from the counters', async () => {
    expect((await list('first: 10')).statements).toBe(1);
    const counted = await list('first: 10', 'totalCount nodes { number }');
    expect(counted.statements).toBe(2);
    expect(counted.data.totalCount).toBe(ROWS);
    expect(counted.sql.some((s) => /certificate_totals/.test(s.sql))).toBe(true);
    expect(counted.sql.some((s) => /COUNT\(/i.test(s.sql) && /FROM [`"]?certificates[`"]?/.test(s.sql))).toBe(false);
    const province = await list('first: 1, province: JIANGSU', 'totalCount');
    expect(province.data.totalCount).toBe(rows.filter((r) => r.province === 'JIANGSU').length);
    const institution = await list(`first: 1, institutionId: "${institutions[3]}", issuedFrom: "2021-01-01"`, 'totalCount');
    expect(institution.data.totalCount).toBe(rows.filter((r) => r.institutionId === institutions[3] && r.issuedOn! >= '2021-01-01').length);
  });

  it('keeps the maintained counters equal to COUNT(*) per province', async () => {
    const db = server.database.dataSource;
    const counted: { province: string; n: string | number }[] = await db.query('SELECT province, COUNT(*) AS n FROM certificates GROUP BY province');
    const totals = await db.getRepository(CertificateTotal).find();
    expect(Object.fromEntries(totals.map((t) => [t.province, t.total]))).toEqual(Object.fromEntries(counted.map((c) => [c.province, Number(c.n)])));
  });

  it('pages through a filtered list in issue order with no row twice and none left out', async () => {
    const expected = rows
      .filter((r) => r.province === 'SHANDONG' && r.issuedOn! <= '2022-06-30')
      .sort((a, b) => (a.issuedOn! < b.issuedOn! ? -1 : a.issuedOn! > b.issuedOn! ? 1 : a.id! < b.id! ? -1 : 1))
      .map((r) => r.number);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page: Awaited<ReturnType<typeof list>> = await list(`first: 100, province: SHANDONG, issuedTo: "2022-06-30"${after ? `, after: "${after}"` : ''}`);
      expect(page.statements).toBe(1);
      seen.push(...page.data.nodes.map((n: { number: string }) => n.number));
      if (!page.data.pageInfo.hasNextPage) break;
      after = page.data.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    const { body } = await subgraphRequest(running.url, `{ certificates(after: "${Buffer.from('v1:not-json').toString('base64url')}") { nodes { number } } }`, { caller: callers.admin });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.runIf(database.name === 'mysql')('uses an index for every filter and the sort, with no filesort (EXPLAIN on MariaDB)', async () => {
    const db = server.database.dataSource;
    const cursor = (await list('first: 5, province: LIAONING')).data.pageInfo.endCursor;
    const cases: [string, string, string][] = [
      ['first: 20', 'ix_certificates_issued', 'rows'],
      ['first: 20, province: JIANGSU', 'ix_certificates_province_issued', 'rows'],
      [`first: 20, province: LIAONING, after: "${cursor}"`, 'ix_certificates_province_issued', 'rows'],
      [`first: 20, institutionId: "${institutions[1]}"`, 'ix_certificates_institution_issued', 'rows'],
      [`first: 20, projectId: "${projects[2]}"`, 'ix_certificates_project_issued', 'rows'],
      [`first: 20, examBatchId: "${batches[7]}"`, 'ix_certificates_exam_batch_issued', 'rows'],
      ['first: 20, issuedFrom: "2021-03-01", issuedTo: "2021-04-01"', 'ix_certificates_issued', 'rows'],
      ['first: 20, province: SHANDONG, issuedFrom: "2021-03-01"', 'ix_certificates_province_issued', 'rows'],
      [`first: 1, institutionId: "${institutions[1]}", issuedTo: "2021-01-01"`, 'ix_certificates_institution_issued', 'count'],
      [`first: 1, projectId: "${projects[5]}"`, 'ix_certificates_project_issued', 'count'],
    ];
    for (const [args, index, kind] of cases) {
      const run = await list(args, kind === 'count' ? 'totalCount' : 'nodes { number }');
      const select = run.sql.find((s) => /FROM [`"]?certificates[`"]?/.test(s.sql) && (kind === 'count' ? /COUNT\(/i.test(s.sql) : !/COUNT\(/i.test(s.sql)))!;
      expect(select, args).toBeDefined();
      const plan: { key: string | null; type: string; Extra: string | null }[] = await db.query(`EXPLAIN ${select.sql}`, select.parameters);
      expect(plan[0].key, `${args}: ${JSON.stringify(plan)}`).toBe(index);
      expect(plan[0].type, args).not.toBe('ALL');
      expect(plan[0].Extra ?? '', args).not.toMatch(/filesort/);
    }
  });
});
