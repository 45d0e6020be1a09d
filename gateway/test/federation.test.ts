import crypto from 'node:crypto';
import { DEMO_CANDIDATES, DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, DEMO_SCHOOL_ASSESSMENTS, blindIndex } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { Certificate, adjustCertificateTotals, totalsOf } from '@skillfed/subgraph-certificates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql';
import { gql, startFederation, tokenFor, type Federation } from './harness';

const databases = await testDatabases();
/** Demo certificates are issued by the certificates subgraph from these: one per passing candidate. */
const DEMO_PASSING = DEMO_CANDIDATES.filter((c) => c.scores.every((s) => s.score >= 60));
const batchOf = (id: string) => DEMO_EXAM_BATCHES.find((b) => b.id === id)!;
/** And the demo technician college issues one per student who passed both subjects or won a competition (issue 15). */
const DEMO_SCHOOL_PASSING = DEMO_SCHOOL_ASSESSMENTS.flatMap((a) =>
  a.students.filter((s) => (a.method === 'COMPETITION' ? s.competitionRank !== null : [s.theoryScore, s.practicalScore].every((x) => x !== null && x >= a.passMark!))),
);
const DEMO_CERTIFICATES = DEMO_PASSING.length + DEMO_SCHOOL_PASSING.length;

const CERTIFICATES = graphql(`query Certificates($first: Int, $after: String, $province: ProvinceCode) {
  certificates(first: $first, after: $after, province: $province) {
    totalCount
    nodes { number holderName institution { name } project { name } exam { id startDate } }
    pageInfo { hasNextPage endCursor }
  }
}`);

const FIRST_CERTIFICATES = graphql(`query FirstCertificates { certificates(first: 5) { totalCount nodes { number institution { name } project { name } exam { id } } } }`);
const PROVINCES = graphql(`query Provinces { provinces { code name divisionCode } }`);
const RULE_MATRIX = graphql(`query RuleMatrix { compareProvinceRules { rule values { province track value stated source { document section } } } }`);

describe.each(databases)('federation through the gateway on $name', (database) => {
  let fed: Federation;

  beforeAll(async () => {
    fed = await startFederation(database);
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('answers the cross-subgraph certificate query with data in every field', async () => {
    const { status, body } = await gql(fed.url, FIRST_CERTIFICATES, { token: await tokenFor('national-admin') });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { totalCount, nodes } = body.data!.certificates!;
    expect(totalCount).toBe(DEMO_CERTIFICATES);
    expect(nodes).toHaveLength(5);
    for (const node of nodes) {
      expect(node.number).toMatch(/^Z\d{15}$/);
      expect(node.institution!.name).toMatch(/示例/);
      expect(node.project!.name.length).toBeGreaterThan(1);
      expect(node.exam!.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('joins every certificate to its own institution, project and exam', async () => {
    const { body } = await gql(fed.url, CERTIFICATES, { variables: { first: 100, province: 'JIANGSU' }, token: await tokenFor('province-operator', 'JIANGSU') });
    expect(body.errors).toBeUndefined();
    const jiangsu = DEMO_PASSING.filter((c) => batchOf(c.batchId).province === 'JIANGSU');
    expect(body.data!.certificates!.totalCount).toBe(jiangsu.length);
    for (const node of body.data!.certificates!.nodes) {
      const demo = jiangsu.find((c) => c.name === node.holderName)!;
      const batch = batchOf(demo.batchId);
      expect(node.institution!.name).toBe(DEMO_INSTITUTIONS.find((i) => i.id === batch.institutionId)!.name);
      expect(node.exam).toEqual({ id: batch.id, startDate: batch.startDate });
    }
    // Anonymous callers cannot list the registry at all.
    expect((await gql(fed.url, CERTIFICATES, { variables: { first: 5 } })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves reverse fields contributed by other subgraphs (Institution.certificates, Project.examBatches)', async () => {
    const token = await tokenFor('province-operator', 'LIAONING');
    const { body } = await gql(
      fed.url,
      `{ institutions(province: LIAONING) { nodes { name certificates(first: 2) { number } } }
         projects(province: LIAONING, first: 3) { nodes { name examBatches { code startDate } } } }`,
      { token },
    );
    expect(body.errors).toBeUndefined();
    const withCerts = body.data.institutions.nodes.find((n: { certificates: unknown[] }) => n.certificates.length > 0);
    expect(withCerts.certificates).toHaveLength(2);
    const batches = body.data.projects.nodes.flatMap((n: { examBatches: unknown[] }) => n.examBatches);
    expect(batches.length).toBe(DEMO_EXAM_BATCHES.filter((b) => b.province === 'LIAONING').length);
  });

  it('lists the four provinces', async () => {
    const { body } = await gql(fed.url, PROVINCES);
    expect(body.data!.provinces).toEqual([
      { code: 'LIAONING', name: '辽宁省', divisionCode: '210000' },
      { code: 'SHANDONG', name: '山东省', divisionCode: '370000' },
      { code: 'GUANGDONG_SHAOGUAN', name: '广东省韶关市', divisionCode: '440200' },
      { code: 'JIANGSU', name: '江苏省', divisionCode: '320000' },
    ]);
  });

  it('keeps SQL statements and subgraph fetches constant from 10 to 100 certificates', async () => {
    // Add 100 certificates spread over the demo batches so both pages need many distinct entities.
    const added = await fed.subgraphs.certificates.server.database.dataSource.transaction(async (tx) => {
      const rows = Array.from({ length: 100 }, (_, i) => {
        const batch = DEMO_EXAM_BATCHES[i % DEMO_EXAM_BATCHES.length];
        const institution = DEMO_INSTITUTIONS.find((x) => x.id === batch.institutionId)!;
        return {
          id: crypto.randomUUID(),
          number: `BATCHTEST${String(i).padStart(6, '0')}`,
          serialScope: 'test:query-count',
          serial: i + 1,
          kind: 'SPECIAL_ABILITY' as const,
          province: batch.province,
          cityCode: institution.cityCode,
          holderName: '测试持证人',
          holderNameIndex: blindIndex('test', String(i)),
          holderResidentId: '110105200001010000',
          holderIdIndex: blindIndex('test-id', String(i)),
          candidateId: crypto.randomUUID(),
          institutionId: batch.institutionId,
          projectId: batch.projectId,
          occupationCode: null,
          level: null,
          examBatchId: batch.id,
          issuerTier: 'CITY' as const,
          issuerBody: '测试',
          issuerCode: '000000',
          subjectScoresJson: '[]',
          issuedOn: '2024-12-01',
          status: 'VALID' as const,
          statusReason: null,
          statusCitation: null,
          statusBy: null,
          statusOn: null,
          replacesId: null,
          replacedById: null,
          carrier: 'PAPER' as const,
          createdAt: new Date(),
          updatedAt: new Date(),
        };
      });
      await tx.getRepository(Certificate).insert(rows);
      await adjustCertificateTotals(tx, totalsOf(rows));
      return rows.length;
    });
    expect(added).toBe(100);
    const QUERY = `query ($first: Int) { certificates(first: $first) { nodes { number institution { name certificates(first: 3) { number } } project { name examBatches { code } } exam { startDate institution { name } } } } }`;
    const token = await tokenFor('national-admin');
    const measure = async (first: number) => {
      const sqlBefore = Object.fromEntries(Object.entries(fed.subgraphs).map(([name, s]) => [name, s.server.database.queryCount()]));
      fed.fetches.length = 0;
      const { body } = await gql(fed.url, QUERY, { variables: { first }, token });
      expect(body.errors).toBeUndefined();
      expect(body.data.certificates.nodes).toHaveLength(first);
      const sql = Object.fromEntries(Object.entries(fed.subgraphs).map(([name, s]) => [name, s.server.database.queryCount() - sqlBefore[name]]));
      return { sql, fetches: [...fed.fetches].sort() };
    };
    const ten = await measure(10);
    const hundred = await measure(100);
    expect(hundred.fetches).toEqual(ten.fetches);
    expect(hundred.sql).toEqual(ten.sql);
    // Sanity: the query really crossed every subgraph it names.
    expect(new Set(ten.fetches)).toEqual(new Set(['certificates', 'institutions', 'catalog', 'exams']));
  });

  it('refuses cross-province access through the gateway and accepts the operator\'s own province', async () => {
    const shandong = await tokenFor('province-operator', 'SHANDONG');
    const jiangsuInstitution = DEMO_INSTITUTIONS.find((i) => i.province === 'JIANGSU')!;
    const read = await gql(fed.url, `query ($id: ID!) { institution(id: $id) { name contactPhone } }`, { variables: { id: jiangsuInstitution.id }, token: shandong });
    expect(read.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(read.body.data?.institution ?? null).toBeNull();
    const change = await gql(fed.url, `mutation ($id: ID!) { updateInstitutionContact(id: $id, input: { contactName: "张三" }) { id } }`, {
      variables: { id: jiangsuInstitution.id },
      token: shandong,
    });
    expect(change.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await gql(fed.url, `{ institutions { totalCount nodes { province contactPhone } } }`, { token: shandong });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.institutions.nodes.every((n: { province: string }) => n.province === 'SHANDONG')).toBe(true);
    const admin = await gql(fed.url, `{ institutions { totalCount } }`, { token: await tokenFor('national-admin') });
    expect(admin.body.data.institutions.totalCount).toBeGreaterThan(own.body.data.institutions.totalCount);
  });

  it('rejects a forged token with 401 and asks anonymous callers to sign in for operator data', async () => {
    const forged = await gql(fed.url, '{ provinces { code } }', { token: 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiTkFUSU9OQUxfQURNSU4ifQ.invalid' });
    expect(forged.status).toBe(401);
    expect(forged.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const anonymous = await gql(fed.url, '{ institutions { totalCount } }');
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives bad input a typed error that names the problem', async () => {
    const token = await tokenFor('national-admin');
    const badDate = await gql(fed.url, `{ certificates(issuedFrom: "2024-02-30") { totalCount } }`, { token });
    expect(badDate.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.body.errors?.[0].message).toContain('YYYY-MM-DD');
    const badPage = await gql(fed.url, `{ certificates(first: 1000) { totalCount } }`, { token });
    expect(badPage.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const unknown = await gql(fed.url, `{ certificate(number: "NOPE") { number } }`, { token });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe.each(databases)('a subgraph down on $name', (database) => {
  let fed: Federation;

  beforeAll(async () => {
    fed = await startFederation(database, { down: ['exams'], timeoutMs: 2000 });
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('returns the other subgraphs\' data plus an error naming the missing subgraph', async () => {
    const { status, body } = await gql(fed.url, `{ certificates(first: 3) { totalCount nodes { number institution { name } exam { startDate } } } }`, { token: await tokenFor('national-admin') });
    expect(status).toBe(200);
    expect(body.data.certificates.totalCount).toBe(DEMO_CERTIFICATES);
    for (const node of body.data.certificates.nodes) {
      expect(node.institution.name).toMatch(/示例/);
      expect(node.exam).toBeNull();
    }
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'exams' } });
    expect(body.errors?.[0].message).toContain('exams');
  });

  it('stays healthy itself and reports the missing subgraph on the deep health check', async () => {
    const base = fed.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const deep = await fetch(`${base}/health?deep=1`);
    expect(deep.status).toBe(503);
    expect(await deep.json()).toMatchObject({ status: 'degraded', subgraphs: { exams: 'unavailable', certificates: 'ok' } });
  });
});

describe('rules through the gateway', () => {
  let fed: Federation;
  const [sqlite] = databases;

  beforeAll(async () => {
    fed = await startFederation(sqlite);
  });
  afterAll(async () => {
    await fed?.stop();
    await sqlite.cleanup();
  });

  it('answers every cell of the cross-province matrix with its citation', async () => {
    const { body } = await gql(fed.url, RULE_MATRIX);
    expect(body.errors).toBeUndefined();
    const byRule = new Map(body.data!.compareProvinceRules.map((c) => [c.rule, c.values]));
    const cell = (rule: string, province: string, track = 'SPECIAL_ABILITY') => byRule.get(rule)!.find((v) => v.province === province && v.track === track)!;
    expect(cell('retentionMonths.VIDEO', 'LIAONING')).toMatchObject({ value: '12', stated: true, source: { section: '三(五)3' } });
    expect(cell('retentionMonths.VIDEO', 'SHANDONG')).toMatchObject({ value: '6', stated: true });
    expect(cell('retentionMonths.PAPER', 'SHANDONG')).toMatchObject({ value: '24', stated: true });
    expect(cell('retentionMonths.VIDEO', 'GUANGDONG_SHAOGUAN')).toMatchObject({ value: '36', stated: true, source: { section: '九' } });
    expect(cell('retentionMonths.VIDEO', 'JIANGSU')).toMatchObject({ value: null, stated: false });
    expect(cell('examinerPanel.minExaminers', 'GUANGDONG_SHAOGUAN')).toMatchObject({ value: '3', source: { section: '六(三)' } });
    expect(cell('examinerPanel.candidatesPerExaminer', 'GUANGDONG_SHAOGUAN').value).toBe('10');
    expect(cell('examinerPanel.minExaminers', 'JIANGSU')).toMatchObject({ value: '3', source: { section: '三(二)5' } });
    expect(cell('examinerPanel.leaderRequired', 'JIANGSU').value).toBe('true');
    expect(cell('examinerPanel.minExaminers', 'LIAONING')).toMatchObject({ value: null, stated: false });
    expect(cell('certificateIssuer', 'LIAONING').value).toMatch(/^PROVINCE/);
    expect(cell('certificateIssuer', 'LIAONING', 'SKILL_LEVEL').value).toMatch(/^INSTITUTION/);
    for (const p of ['SHANDONG', 'GUANGDONG_SHAOGUAN', 'JIANGSU']) expect(cell('certificateIssuer', p).value).toMatch(/^CITY/);
    expect(cell('deadline.CANDIDATE_REVIEW', 'GUANGDONG_SHAOGUAN').value).toMatch(/^10 working days/);
    expect(cell('deadline.CANDIDATE_REVIEW', 'JIANGSU').value).toMatch(/^10 working days/);
    expect(cell('deadline.SCORE_REPORT', 'SHANDONG').value).toMatch(/^3 working days/);
    expect(cell('deadline.CERTIFICATE_PUBLICATION', 'LIAONING').value).toMatch(/^20 working days/);
    expect(cell('fee', 'LIAONING').value).toBe('100 元/人');
    expect(cell('fee', 'SHANDONG').value).toBe('鲁价费函〔2016〕85号');
    expect(cell('fee', 'JIANGSU').value).toContain('苏价费〔2006〕232号');
    expect(cell('publicQuery', 'SHANDONG').value).toBe('www.sdosta.org.cn');
    for (const comparison of body.data!.compareProvinceRules) for (const v of comparison.values) expect(v.source.document).toBeTruthy();
  });
});
