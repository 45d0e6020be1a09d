// Registers the fictional province before any subgraph builds its schema (first import on purpose).
import { FICTION } from './fictional-province';
import { demoCreditCode, demoResidentId } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose';
import { gql, startFederation, tokenFor, type Federation } from './harness';

/**
 * A fifth province goes through every workflow — filing, sites, catalog, examiners, declaration, panel,
 * scores, deadlines, retention, certificate issuer and numbering — with no change to subgraph code: only a
 * province-rules module (test/fictional-province.ts) and a recomposed supergraph (its ProvinceCode value).
 */
const databases = await testDatabases();
let seq = 900;

describe.each(databases)('a fictional fifth province end to end through the gateway on $name', (database) => {
  let fed: Federation;
  beforeAll(async () => {
    const { supergraphSdl } = await composeSupergraph();
    expect(supergraphSdl).toContain('FICTIONAL');
    fed = await startFederation(database, { supergraphSdl });
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('files, staffs, declares, examines, scores, archives and publishes under its own rules', async () => {
    const token = await tokenFor('province-operator', 'FICTIONAL');
    const call = async (query: string, variables: Record<string, unknown> = {}, as = token) => (await gql(fed.url, query, { token: as, variables })).body;
    const ok = async (query: string, variables: Record<string, unknown> = {}, as = token) => {
      const body = await call(query, variables, as);
      expect(body.errors, query.slice(0, 60)).toBeUndefined();
      return body.data;
    };

    // Rules served like any province's, with its made-up citations.
    const rules = await ok('{ province(code: FICTIONAL) { name divisionCode rules { passScore requiredExaminers(candidates: 17) certificateIssuer { tier body source { document } } retentionMonths(record: VIDEO) } } }');
    expect(rules.province).toEqual({ name: '示例省（虚构）', divisionCode: '990000', rules: { passScore: 60, requiredExaminers: 3, certificateIssuer: { tier: 'PROVINCE', body: '示例省职业技能鉴定中心（虚构）', source: { document: FICTION.document } }, retentionMonths: 18 } });

    // Catalog: its own project; no publication batch (that is a Liaoning rule).
    const PROPOSE = 'mutation ($input: ProposeProjectInput!) { proposeProject(input: $input) { id } }';
    expect((await call(PROPOSE, { input: { province: 'FICTIONAL', code: 'FX-BAD', name: '带批次的项目', batch: 1, modes: ['PRACTICAL'] } })).errors?.[0].extensions?.field).toBe('batch');
    const projectId = (await ok(PROPOSE, { input: { province: 'FICTIONAL', code: 'FX-001', name: '示例项目（虚构）', modes: ['PRACTICAL'] } })).proposeProject.id;
    await ok('mutation ($id: ID!) { approveProject(id: $id) { status } }', { id: projectId });
    await ok('mutation ($id: ID!) { publishProject(id: $id) { status } }', { id: projectId });

    // Filing: its materials, its numbering (division 990000), its 2-year term.
    const institutionId = (await ok('mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }', {
      input: { province: 'FICTIONAL', cityCode: '990100', name: '示例职业培训学校（虚构）', kind: 'SOCIAL_TRAINING_INSTITUTION', creditCode: demoCreditCode('990100', 901), address: '示例市示例路1号', contactName: '联系人', contactPhone: '13912340000' },
    })).registerInstitution.id;
    const review = await ok('mutation ($id: ID!) { startFilingReview(id: $id) { filingMaterials { code } } }', { id: institutionId });
    expect(review.startFilingReview.filingMaterials).toEqual([{ code: 'APPLICATION' }]);
    await ok('mutation ($input: ProvideMaterialInput!) { provideFilingMaterial(input: $input) { id } }', { input: { institutionId, code: 'APPLICATION', reference: '示例备〔2026〕1号' } });
    const filed = await ok('mutation ($id: ID!) { approveFiling(id: $id, filedOn: "2026-01-05") { filingStatus filingNumber filingValidUntil } }', { id: institutionId });
    expect(filed.approveFiling).toEqual({ filingStatus: 'FILED', filingNumber: '990000-2026-00001', filingValidUntil: '2028-01-04' });

    // Sites: fixed only, with video (its rule); scope to the project.
    const SITE = 'mutation ($input: AddExamSiteInput!) { addExamSite(input: $input) { id } }';
    const site = (kind: string, video: string) => ({ input: { institutionId, name: `考场${kind}`, address: '示例市示例路1号', kind, approvedByCityCentre: false, workstations: 20, videoMonitoring: video, projectIds: [projectId] } });
    expect((await call(SITE, site('TEMPORARY', 'ELECTRONIC_MONITORING'))).errors?.[0].message).toContain('不设临时或移动考场');
    expect((await call(SITE, site('FIXED', 'NONE'))).errors?.[0].message).toContain('视频监控');
    const siteId = (await ok(SITE, site('FIXED', 'ELECTRONIC_MONITORING'))).addExamSite.id;
    await ok('mutation ($id: ID!, $input: FilingScopeInput!) { setFilingScope(institutionId: $id, input: $input) { id } }', { id: institutionId, input: { projectIds: [projectId], occupations: [] } });

    // Examiners: its route (a related title), its 2-year cards; stand-ins are not its rule.
    await ok('mutation { setProjectRelations(province: FICTIONAL, projectId: "' + projectId + '", occupationCodes: [], fields: ["示例专业"]) { projectId } }');
    const people: string[] = [];
    for (const name of ['考评甲', '考评乙', '督导丙']) {
      const id = (await ok('mutation ($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id } }', { input: { province: 'FICTIONAL', name, residentId: demoResidentId('110105', '1980-01-01', seq++), phone: '13911112222', employer: '示例单位' } })).registerExaminer.id;
      people.push(id);
      await ok('mutation ($id: ID!, $input: QualificationInput!) { addQualification(examinerId: $id, input: $input) { id } }', { id, input: { type: 'PROFESSIONAL_TITLE', field: '示例专业', grade: 'INTERMEDIATE' } });
    }
    const [a, b, supervisor] = people;
    const standIn = await call('mutation ($id: ID!, $input: QualificationInput!) { addQualification(examinerId: $id, input: $input) { id } }', { id: a, input: { type: 'STAND_IN_AUTHORISATION', projectIds: [projectId], obtainedOn: '2026-01-05' } });
    expect(standIn.errors?.[0].message).toContain('未规定临时派遣');
    const CARD = 'mutation ($input: IssueCardInput!) { issueCard(input: $input) { validUntil } }';
    for (const id of [a, b]) expect((await ok(CARD, { input: { examinerId: id, kind: 'EXAMINER', projectIds: [projectId], issuedOn: '2026-01-05' } })).issueCard.validUntil).toBe('2028-01-04');
    await ok(CARD, { input: { examinerId: supervisor, kind: 'SUPERVISOR', projectIds: [], issuedOn: '2026-01-05' } });
    const who = await ok(`query { eligibleExaminers(province: FICTIONAL, projectId: "${projectId}", date: "2026-06-13") { nodes { examiner { id } routes { code met source { document } } } } }`);
    const viaRoute = who.eligibleExaminers.nodes.filter((e: { routes: { code: string; met: boolean }[] }) => e.routes.some((r) => r.code === 'RELATED_TITLE' && r.met));
    expect(viaRoute.map((e: { examiner: { id: string } }) => e.examiner.id).sort()).toEqual([a, b].sort());

    // Declaration: REGULAR only, its own hook (no Sundays), no priority groups, its review deadline.
    const CREATE = 'mutation ($input: CreateExamBatchInput!) { createExamBatch(input: $input) { id code } }';
    const batchInput = (startDate: string, mode = 'REGULAR') => ({ input: { province: 'FICTIONAL', institutionId, siteId, projectId, startDate, endDate: startDate, mode } });
    const addCandidates = async (id: string) => {
      for (let i = 0; i < 4; i++) await ok('mutation ($id: ID!, $input: AddCandidateInput!) { addCandidate(batchId: $id, input: $input) { id } }', { id, input: { name: '考生', residentId: demoResidentId('110105', '1990-02-02', seq++), phone: '13600002222', projectId } });
    };
    const DECLARE = 'mutation ($id: ID!, $on: Date) { declareExamBatch(id: $id, declaredOn: $on) { status deadlines { kind dueDate sourceDocument sourceSection } } }';
    const sunday = (await ok(CREATE, batchInput('2026-06-14'))).createExamBatch.id;
    await addCandidates(sunday);
    expect((await call(DECLARE, { id: sunday, on: '2026-06-01' })).errors?.[0].message).toContain('示例省不在周日考核');
    const unified = (await ok(CREATE, batchInput('2026-06-13', 'UNIFIED'))).createExamBatch.id;
    await addCandidates(unified);
    expect((await call(DECLARE, { id: unified, on: '2026-06-01' })).errors?.[0].message).toContain('REGULAR');

    const created = (await ok(CREATE, batchInput('2026-06-13'))).createExamBatch;
    expect(created.code).toMatch(/^992026\d{5}$/);
    const id = created.id;
    const priority = await call('mutation ($id: ID!, $input: AddCandidateInput!) { addCandidate(batchId: $id, input: $input) { id } }', { id, input: { name: '考生', residentId: demoResidentId('110105', '1990-02-02', seq++), phone: '13600002222', projectId, priorityGroup: 'VETERAN' } });
    expect(priority.errors?.[0].extensions?.field).toBe('priorityGroup');
    await addCandidates(id);
    const declared = await ok(DECLARE, { id, on: '2026-06-01' });
    // 7 working days from Monday 1 June 2026.
    expect(declared.declareExamBatch.deadlines).toEqual([{ kind: 'CANDIDATE_REVIEW', dueDate: '2026-06-10', sourceDocument: FICTION.document, sourceSection: '三(一)' }]);
    const step = async (m: string, args = '') => (await ok(`mutation ($id: ID!) { ${m}(id: $id${args}) { status } }`, { id }))[m].status;
    await step('startBatchReview');
    expect(await step('approveRoster')).toBe('APPROVED');

    // Panel: 2 examiners for 4 candidates (its minimum), no leader required, a supervisor with a card.
    const panel = await ok('mutation ($id: ID!, $input: PanelInput!) { assignPanel(batchId: $id, input: $input) { id panel { role } } }', { id, input: { examinerIds: [a, b], supervisorId: supervisor } });
    expect(panel.assignPanel.panel.map((p: { role: string }) => p.role).sort()).toEqual(['EXAMINER', 'EXAMINER', 'SUPERVISOR']);
    expect(await step('startExam')).toBe('IN_PROGRESS');

    // Scores by a panel member; its pass mark (60); its score-report deadline (4 working days).
    const member = await tokenFor('examiner', 'FICTIONAL', a);
    const roster = (await ok('query ($id: ID!) { examBatch(id: $id) { candidates { id } } }', { id })).examBatch.candidates;
    for (const [i, c] of roster.entries()) await ok('mutation ($b: ID!, $c: ID!, $s: Float!) { recordScore(batchId: $b, candidateId: $c, score: $s, subject: "PRACTICAL") { id } }', { b: id, c: c.id, s: [90, 59.5, 60, 75][i] }, member);
    const scored = await ok('mutation ($id: ID!) { completeScoring(id: $id, reportedOn: "2026-06-15") { status deadlines { kind dueDate } } }', { id });
    expect(scored.completeScoring.deadlines).toContainEqual({ kind: 'SCORE_REPORT', dueDate: '2026-06-18' });

    // Retention: 18 months of video, 30 of paper, from the exam date.
    const ARCHIVE = 'mutation ($id: ID!, $t: ArchiveRecordType!, $m: Medium!) { archiveRecord(batchId: $id, recordType: $t, medium: $m, location: "档案室") { retainUntil } }';
    expect((await ok(ARCHIVE, { id, t: 'VIDEO', m: 'VIDEO' })).archiveRecord.retainUntil).toBe('2027-12-13');
    expect((await ok(ARCHIVE, { id, t: 'SCORE_SHEETS', m: 'PAPER' })).archiveRecord.retainUntil).toBe('2028-12-13');

    const published = await ok('mutation ($id: ID!) { publishResults(id: $id) { status passingCandidates { score } } }', { id });
    expect(published.publishResults.status).toBe('RESULTS_PUBLISHED');
    expect(published.publishResults.passingCandidates.map((p: { score: number }) => p.score).sort()).toEqual([60, 75, 90]);

    // Certificates: its issuer (the provincial operator, PROVINCE tier) and numbering (Z + 990000 + year + serial).
    const ISSUE = 'mutation ($id: ID!) { issueCertificates(examBatchId: $id) { issued alreadyIssued totalForBatch } }';
    expect((await call(ISSUE, { id }, await tokenFor('national-admin'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ok(ISSUE, { id })).issueCertificates).toMatchObject({ issued: 3, alreadyIssued: false, totalForBatch: 3 });
    const certs = (await ok('query ($id: ID!) { certificates(examBatchId: $id, first: 10) { nodes { number issuer { tier code } } } }', { id })).certificates.nodes;
    expect(certs).toHaveLength(3);
    for (const cert of certs) {
      expect(cert.number).toMatch(/^Z99000026\d{7}$/);
      expect(cert.issuer.tier).toBe('PROVINCE');
    }

    // Cross-province views include it.
    const compared = await ok('{ compareProvinceRules { rule values { province value } } }', {}, await tokenFor('national-admin'));
    const issuer = compared.compareProvinceRules.find((c: { rule: string }) => c.rule === 'certificateIssuer');
    expect(issuer.values).toContainEqual({ province: 'FICTIONAL', value: 'PROVINCE 示例省职业技能鉴定中心（虚构）' });
  });
});
