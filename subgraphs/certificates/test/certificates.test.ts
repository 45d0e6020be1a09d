import { DEMO_CANDIDATES, DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, DEMO_SCHOOL_ASSESSMENTS, demoId, demoResidentId, type Caller, type RunningServer, type SubgraphServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { certificateRules, decodeSkillCertificateNumber } from '@skillfed/province-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Certificate, CertificateEvent, createServer, issueBatch, revokeBatch, type HolderFacts, type ResultsSource } from '../src';

const databases = await testDatabases();
const DOWN = 'http://127.0.0.1:9/graphql';

/** An in-memory exams + institutions: `batches` published batches of one institution, `size` passing candidates each. */
function fakeSource(options: { batches: string[]; size: number; province: string; institution: { id: string; cityCode: string; track: string; sequenceCode: string | null }; level?: number }): ResultsSource & { published: string[] } {
  const published: string[] = [];
  return {
    published,
    async batch(id) {
      if (!options.batches.includes(id)) return null;
      return { id, province: options.province, institutionId: options.institution.id, projectId: demoId('project', 'fake'), status: 'RESULTS_PUBLISHED', startDate: '2025-03-01', endDate: '2025-03-01', holderInfoConfirmedOn: '2025-03-05', level: options.level ?? null, occupationCode: options.level ? '4-01-02-01' : null };
    },
    async institution(id) {
      return id === options.institution.id ? { ...options.institution, province: options.province } : null;
    },
    async passingHolders(id) {
      const b = options.batches.indexOf(id);
      return Array.from({ length: options.size }, (_v, k): HolderFacts => ({
        candidateId: demoId('fake-candidate', `${id}-${k}`),
        name: `考生${b}-${k}`,
        residentId: demoResidentId('210102', '2000-01-01', (b * options.size + k) % 1000),
        scores: [{ subject: 'PRACTICAL', score: 75.5 }],
      }));
    },
    async certificatesPublished(id) {
      published.push(id);
    },
  };
}

describe.each(databases)('certificates subgraph on $name', (database) => {
  let server: SubgraphServer;
  let running: RunningServer;
  beforeAll(async () => {
    server = await createServer({ database: database.config('certificates'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true, peerUrls: { exams: DOWN, institutions: DOWN, catalog: DOWN } });
    running = await server.listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });
  const db = () => server.database.dataSource;

  const passing = DEMO_CANDIDATES.filter((c) => c.scores.every((s) => s.score >= 60));
  // The demo technician college's students who passed both subjects or won a competition (issue 15).
  const schoolPassing = DEMO_SCHOOL_ASSESSMENTS.flatMap((a) =>
    a.students.filter((st) => (a.method === 'COMPETITION' ? st.competitionRank !== null : [st.theoryScore, st.practicalScore].every((x) => x !== null && x >= a.passMark!))),
  );
  const sample = passing[3];
  const sampleBatch = DEMO_EXAM_BATCHES.find((b) => b.id === sample.batchId)!;
  const VERIFY = 'query ($n: String!, $name: String!) { verifyCertificate(number: $n, holderName: $name) { matched message number status holderName kind issuer { tier body code } issuedOn province project { id } } }';

  it('seeds certificates only through issuing: one per passing demo candidate, with history and carrier', async () => {
    expect(await db().getRepository(Certificate).count()).toBe(passing.length + schoolPassing.length);
    expect(passing.length).toBeLessThan(DEMO_CANDIDATES.length);
    const events = await db().getRepository(CertificateEvent).countBy({ action: 'ISSUED' });
    expect(events).toBe(passing.length + schoolPassing.length);
    const row = await db().getRepository(Certificate).findOneByOrFail({ candidateId: sample.id });
    expect(row.examBatchId).toBe(sample.batchId);
    expect(JSON.parse(row.subjectScoresJson)).toEqual(sample.scores);
  });

  it('stores holders sealed: no raw ID number or name in the table', async () => {
    const raw: { holder_name: string; holder_resident_id: string }[] = await db().query('SELECT holder_name, holder_resident_id FROM certificates');
    for (const r of raw) {
      expect(r.holder_resident_id).not.toMatch(/^\d{17}[\dX]$/);
      expect(DEMO_CANDIDATES.map((c) => c.name)).not.toContain(r.holder_name);
    }
  });

  it('verifies by number and name; "no such number" and "wrong name" give the same answer', async () => {
    const row = await db().getRepository(Certificate).findOneByOrFail({ candidateId: sample.id });
    const ok = await subgraphRequest(running.url, VERIFY, { variables: { n: row.number, name: ` ${sample.name} ` }, caller: callers.anonymous });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.verifyCertificate).toMatchObject({ matched: true, number: row.number, status: 'VALID', kind: 'SPECIAL_ABILITY', issuedOn: row.issuedOn, province: sampleBatch.province, project: { id: sampleBatch.projectId } });
    expect(ok.body.data.verifyCertificate.holderName).not.toBe(sample.name);
    expect(ok.body.data.verifyCertificate.holderName[0]).toBe(sample.name[0]);
    const wrongName = await subgraphRequest(running.url, VERIFY, { variables: { n: row.number, name: '不相符' }, caller: callers.anonymous });
    const noNumber = await subgraphRequest(running.url, VERIFY, { variables: { n: row.number.slice(0, -1) + (row.number.endsWith('9') ? '8' : '9') + 'X', name: sample.name }, caller: callers.anonymous });
    const missing = await subgraphRequest(running.url, VERIFY, { variables: { n: 'Z999999990000001', name: sample.name }, caller: callers.anonymous });
    expect(wrongName.body).toEqual(missing.body);
    expect(noNumber.body).toEqual(missing.body);
    expect(missing.body.data.verifyCertificate.matched).toBe(false);
    const bad = await subgraphRequest(running.url, VERIFY, { variables: { n: 'x"; DROP', name: 'a' }, caller: callers.anonymous });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
  });

  it('verifies by ID number and name through the blind index', async () => {
    const Q = 'query ($id: String!, $name: String!) { verifyCertificatesByIdNumber(residentId: $id, holderName: $name) { matched number } }';
    const found = await subgraphRequest(running.url, Q, { variables: { id: sample.residentId, name: sample.name }, caller: callers.anonymous });
    expect(found.body.data.verifyCertificatesByIdNumber).toHaveLength(1);
    const wrong = await subgraphRequest(running.url, Q, { variables: { id: sample.residentId, name: '不相符' }, caller: callers.anonymous });
    expect(wrong.body.data.verifyCertificatesByIdNumber).toEqual([]);
  });

  it('lists certificates only for signed-in operators, within their scope', async () => {
    const LIST = '{ certificates(first: 100) { totalCount nodes { province holderName holderResidentId } } }';
    const anonymous = await subgraphRequest(running.url, LIST, { caller: callers.anonymous });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const examiner = await subgraphRequest(running.url, LIST, { caller: { subject: 'e', role: 'EXAMINER', provinces: ['JIANGSU'] } });
    expect(examiner.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const jiangsu = await subgraphRequest(running.url, LIST, { caller: callers.operator('JIANGSU') });
    const expected = passing.filter((c) => DEMO_EXAM_BATCHES.find((b) => b.id === c.batchId)!.province === 'JIANGSU').length;
    expect(jiangsu.body.data.certificates.totalCount).toBe(expected);
    expect(jiangsu.body.data.certificates.nodes.every((n: { province: string; holderResidentId: string }) => n.province === 'JIANGSU' && /\*{8}/.test(n.holderResidentId))).toBe(true);
    const nanjing = DEMO_INSTITUTIONS.find((i) => i.province === 'JIANGSU' && i.cityCode.startsWith('3201'))!;
    const city = await subgraphRequest(running.url, LIST, { caller: callers.city('JIANGSU', '320100') });
    const inNanjing = passing.filter((c) => DEMO_EXAM_BATCHES.find((b) => b.id === c.batchId)!.institutionId === nanjing.id).length;
    expect(city.body.data.certificates.totalCount).toBe(inNanjing);
    expect(inNanjing).toBeLessThan(expected);
  });

  it('20 concurrent issuers of one issuer: no duplicate, no gap, no deadlock; a repeated batch issues nothing', async () => {
    const institution = { id: demoId('institution', 'fake-school'), cityCode: '210102', track: 'SPECIAL_ABILITY', sequenceCode: null };
    const batches = Array.from({ length: 20 }, (_v, i) => demoId('fake-batch', `${database.name}-${i}`));
    const source = fakeSource({ batches, size: 7, province: 'LIAONING', institution });
    const caller: Caller = callers.operator('LIAONING');
    const results = await Promise.all([...batches, batches[0], batches[1]].map((b) => issueBatch(db(), { caller }, source, b, { issuedOn: '2025-03-20' })));
    expect(results.reduce((n, r) => n + r.issued, 0)).toBe(20 * 7);
    expect(results.filter((r) => r.alreadyIssued)).toHaveLength(2);
    const rows = await db().getRepository(Certificate).find({ where: { serialScope: 'certificate:Z21000025' } });
    const serials = rows.map((r) => r.serial).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 140 }, (_v, i) => i + 1));
    expect(new Set(rows.map((r) => r.number)).size).toBe(140);
    for (const r of rows) expect(r.number).toMatch(new RegExp(certificateRules('LIAONING').numbering.value!.pattern));
    // Cancelling one batch's results revokes its certificates in one transaction and blocks re-issuing.
    const revoked = await revokeBatch(db(), { caller }, batches[2], 'LIAONING', '考核违规，情节严重', '辽就〔2023〕4号 五');
    expect(revoked).toBe(7);
    expect(await db().getRepository(Certificate).countBy({ examBatchId: batches[2], status: 'REVOKED' })).toBe(7);
    expect(await revokeBatch(db(), { caller }, batches[2], 'LIAONING', '重复', '辽就〔2023〕4号 五')).toBe(0);
    await expect(revokeBatch(db(), { caller: callers.operator('SHANDONG') }, batches[3], 'LIAONING', 'x', 'y')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('numbers a Liaoning school\'s skill-level batch per 附件5, issued by the school itself', async () => {
    const school = { id: demoId('institution', `skill-school-${database.name}`), cityCode: '210102', track: 'SKILL_LEVEL', sequenceCode: '014001' };
    const batches = [demoId('skill-batch', `${database.name}-a`), demoId('skill-batch', `${database.name}-b`)];
    const source = fakeSource({ batches, size: 3, province: 'LIAONING', institution: school, level: 4 });
    await expect(issueBatch(db(), { caller: callers.operator('LIAONING') }, source, batches[0], { issuedOn: '2025-06-30' })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('INSTITUTION_STAFF'),
    });
    const staff = callers.staff('LIAONING', school.id);
    await Promise.all(batches.map((b) => issueBatch(db(), { caller: staff }, source, b, { issuedOn: '2025-06-30' })));
    const rows = await db().getRepository(Certificate).find({ where: { institutionId: school.id }, order: { serial: 'ASC' } });
    expect(rows.map((r) => r.serial)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[0].number).toHaveLength(22);
    expect(decodeSkillCertificateNumber(rows[5].number)).toMatchObject({ evaluatorType: 'S', filingRoute: '0000', cityCode: '01', institutionKind: '4', filingOrder: 1, year: 2025, level: 4, serial: 6 });
    expect(rows[0]).toMatchObject({ kind: 'SKILL_LEVEL', level: 4, issuerTier: 'INSTITUTION', issuerCode: school.id });
  });
});
