import { DEMO_INSTITUTIONS, DEMO_EXAM_BATCHES, DEMO_SCHOOL_ASSESSMENTS, DEMO_SCHOOL_ID, demoCreditCode, demoId, demoResidentId } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { decodeSkillCertificateNumber } from '@skillfed/province-rules';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startFederation, tokenFor, type Federation } from './harness';

const databases = await testDatabases();

/**
 * Issue 15 "done when", through the gateway: a Liaoning technician college files (辽人社〔2020〕32号 四(一)(二)),
 * scopes an occupation at levels 1-5, assesses its students by theory and practical exams (三(二)1),
 * recognises a competition winner (三(二)2), the city's centre reviews (四(四)1), the school issues
 * numbered certificates (附件5, 五(三)) and the month's 附件7 summary counts them (四(四)3).
 */
describe.each(databases)('technical-school skill-level recognition through the gateway on $name', (database) => {
  let fed: Federation;
  let province: string;
  let staff: string;
  let college: string;
  let school: string;
  let schoolStaff: string;
  const assessments: Record<string, string> = {};
  const city = '210200'; // 大连市: 附件5 city 02

  const call = async (query: string, variables: Record<string, unknown>, token: string) => (await gql(fed.url, query, { token, variables })).body;
  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const body = await call(query, variables, token);
    expect(body.errors, query.slice(0, 80)).toBeUndefined();
    return body.data;
  };
  const code = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;

  async function fileSchool(name: string, kind: string, n: number, occupations: unknown[]): Promise<string> {
    const id = (await ok('mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }', {
      input: { province: 'LIAONING', cityCode: city, name, kind, track: 'SKILL_LEVEL', creditCode: demoCreditCode(city, n), address: '大连市示例路', contactName: '联系人', contactPhone: '13912340000' },
    }, province)).registerInstitution.id;
    const materials = (await ok('mutation ($id: ID!) { startFilingReview(id: $id) { filingMaterials { code } } }', { id }, province)).startFilingReview.filingMaterials;
    for (const m of materials) await ok('mutation ($input: ProvideMaterialInput!) { provideFilingMaterial(input: $input) { id } }', { input: { institutionId: id, code: m.code, reference: `大人社备〔2026〕${m.code}` } }, province);
    const filed = (await ok('mutation ($id: ID!) { approveFiling(id: $id, filedOn: "2026-01-05") { filingStatus filingValidUntil sequenceCode } }', { id }, province)).approveFiling;
    expect(filed.filingStatus).toBe('FILED');
    // 四(二): 资质有效期为3年.
    expect(filed.filingValidUntil).toBe('2029-01-04');
    await ok('mutation ($id: ID!, $input: FilingScopeInput!) { setFilingScope(institutionId: $id, input: $input) { id } }', { id, input: { projectIds: [], occupations } }, province);
    return id;
  }

  const CREATE = 'mutation ($input: CreateSchoolAssessmentInput!) { createSchoolAssessment(input: $input) { id status level passMarkBasis } }';
  const ADD = 'mutation ($id: ID!, $c: [SchoolCandidateInput!]!) { addSchoolAssessmentCandidates(assessmentId: $id, candidates: $c) { candidateCount } }';
  const REPORT = 'mutation ($id: ID!) { reportSchoolAssessment(id: $id, reportedOn: "2026-03-12") { status passedCount } }';
  const APPROVE = 'mutation ($id: ID!) { approveSchoolAssessment(id: $id, reviewedOn: "2026-03-16") { status reviewedOn } }';
  const ISSUE = 'mutation ($id: ID!, $carrier: CarrierKind) { issueSchoolCertificates(assessmentId: $id, issuedOn: "2026-03-20", carrier: $carrier) { issued alreadyIssued firstNumber lastNumber } }';
  const students = (from: number, count: number, scores: (i: number) => Record<string, unknown>) =>
    Array.from({ length: count }, (_, i) => ({ name: `学生示例${from + i}`, residentId: demoResidentId('210202', '2005-04-0' + ((i % 9) + 1), 300 + from + i), studentNumber: `DL2023${String(from + i).padStart(4, '0')}`, ...scores(i) }));

  beforeAll(async () => {
    fed = await startFederation(database);
    province = await tokenFor('province-operator', 'LIAONING');
    college = await fileSchool('大连示例技师学院', 'TECHNICIAN_COLLEGE', 801, [{ code: '6-18-01-01', name: '车工', levelHighest: 1, levelLowest: 5 }]);
    staff = await tokenFor('institution-staff', 'LIAONING', college);
    school = await fileSchool('大连示例技工学校', 'TECHNICAL_SCHOOL', 802, [{ code: '6-18-01-01', name: '车工', levelHighest: 4, levelLowest: 5 }]);
    schoolStaff = await tokenFor('institution-staff', 'LIAONING', school);
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('the college assesses 30 students by theory and practical exams and recognises a competition winner', async () => {
    const exam = (level: number) => ({ institutionId: college, occupationCode: '6-18-01-01', level, method: 'EXAM', assessedOn: '2026-03-10', passMark: 60, workPlanReference: '大连示例技师学院职业技能等级认定工作方案（2026）' });
    // The notice sets no pass mark (stated: false): the work plan's must be given.
    const noMark = await call(CREATE, { input: { ...exam(4), passMark: null } }, staff);
    expect(noMark.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passMark' });
    expect(noMark.errors?.[0].message).toContain('工作方案');
    const l4 = (await ok(CREATE, { input: exam(4) }, staff)).createSchoolAssessment;
    expect(l4).toMatchObject({ status: 'DRAFT', level: 4 });
    expect(l4.passMarkBasis).toContain('工作方案');
    const l3 = (await ok(CREATE, { input: exam(3) }, staff)).createSchoolAssessment;
    assessments.l4 = l4.id;
    assessments.l3 = l3.id;
    // 20 at level 4: one fails theory, one has no practical score; 10 at level 3: one fails practical.
    await ok(ADD, { id: l4.id, c: students(1, 20, (i) => ({ theoryScore: i === 0 ? 55 : 80.5, practicalScore: i === 1 ? null : 75 })) }, staff);
    const added = await ok(ADD, { id: l3.id, c: students(21, 10, (i) => ({ theoryScore: 70, practicalScore: i === 0 ? 59.5 : 88 })) }, staff);
    expect(added.addSchoolAssessmentCandidates.candidateCount).toBe(10);
    const badScore = await call(ADD, { id: l3.id, c: students(40, 1, () => ({ theoryScore: 101, practicalScore: 80 })) }, staff);
    expect(badScore.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidates[0].theoryScore' });
    const dup = await call(ADD, { id: l3.id, c: students(21, 1, () => ({ theoryScore: 70, practicalScore: 70 })) }, staff);
    expect(code(dup)).toBe('CONFLICT');

    const comp = (await ok(CREATE, { input: { institutionId: college, occupationCode: '6-18-01-01', level: 2, method: 'COMPETITION', assessedOn: '2026-03-08', workPlanReference: '工作方案（竞赛选拔）' } }, staff)).createSchoolAssessment;
    assessments.l2 = comp.id;
    const noEvidence = await call(ADD, { id: comp.id, c: students(50, 1, () => ({ competitionName: '辽宁省职业技能大赛（车工）', competitionRank: 1 })) }, staff);
    expect(noEvidence.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidates[0].competitionEvidence' });
    await ok(ADD, { id: comp.id, c: students(50, 1, () => ({ competitionName: '辽宁省职业技能大赛（车工）', competitionRank: 1, competitionEvidence: '辽人社〔2026〕示例号 获奖证书 No.0001' })) }, staff);

    expect((await ok(REPORT, { id: l4.id }, staff)).reportSchoolAssessment).toEqual({ status: 'REPORTED', passedCount: 18 });
    expect((await ok(REPORT, { id: l3.id }, staff)).reportSchoolAssessment).toEqual({ status: 'REPORTED', passedCount: 9 });
    expect((await ok(REPORT, { id: comp.id }, staff)).reportSchoolAssessment).toEqual({ status: 'REPORTED', passedCount: 1 });
  });

  it('only reviewed results are issued; the city centre of the school\'s city reviews', async () => {
    const early = await call(ISSUE, { id: assessments.l4 }, staff);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_REVIEWED' });
    const shenyang = await tokenFor('city-operator', 'LIAONING', '210100');
    expect(code(await call(APPROVE, { id: assessments.l4 }, shenyang))).toBe('FORBIDDEN');
    expect(code(await call(APPROVE, { id: assessments.l4 }, staff))).toBe('FORBIDDEN');
    const dalian = await tokenFor('city-operator', 'LIAONING', city);
    const returned = await call('mutation ($id: ID!) { returnSchoolAssessment(id: $id, reason: "   ") { status } }', { id: assessments.l2 }, dalian);
    expect(returned.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await ok('mutation ($id: ID!) { returnSchoolAssessment(id: $id, reason: "获奖证明须附省级赛事文件", reviewedOn: "2026-03-13") { status reviewReason } }', { id: assessments.l2 }, dalian)).returnSchoolAssessment).toEqual({ status: 'RETURNED', reviewReason: '获奖证明须附省级赛事文件' });
    // The school corrects the returned result (with a reason), then reports again.
    const CORRECT = 'mutation ($c: ID!, $input: SchoolCandidateResultInput!) { correctSchoolCandidateResult(candidateId: $c, input: $input) { competitionEvidence passed } }';
    const cid = (await ok('query ($id: ID!) { schoolAssessment(id: $id) { candidates(first: 5) { nodes { id } } } }', { id: assessments.l2 }, staff)).schoolAssessment.candidates.nodes[0].id;
    const evidence = { competitionEvidence: '省级赛事文件及获奖证书 No.0001', reason: '按市审核意见补充获奖证明' };
    expect(code(await call(CORRECT, { c: cid, input: { ...evidence, reason: ' ' } }, staff))).toBe('BAD_USER_INPUT');
    expect(code(await call(CORRECT, { c: cid, input: { theoryScore: 90, reason: '误填' } }, staff))).toBe('BAD_USER_INPUT');
    expect(code(await call(CORRECT, { c: cid, input: evidence }, schoolStaff))).toBe('FORBIDDEN');
    expect((await ok(CORRECT, { c: cid, input: evidence }, staff)).correctSchoolCandidateResult).toEqual({ competitionEvidence: evidence.competitionEvidence, passed: null });
    expect((await ok(REPORT, { id: assessments.l2 }, staff)).reportSchoolAssessment).toEqual({ status: 'REPORTED', passedCount: 1 });
    expect(code(await call(CORRECT, { c: cid, input: evidence }, staff))).toBe('CONFLICT');
    for (const id of Object.values(assessments)) expect((await ok(APPROVE, { id }, dalian)).approveSchoolAssessment).toEqual({ status: 'APPROVED', reviewedOn: '2026-03-16' });
    expect(code(await call(APPROVE, { id: assessments.l4 }, dalian))).toBe('CONFLICT');
  });

  it('the school issues its certificates itself, numbered by 附件5, serials from 000001 per level', async () => {
    expect(code(await call(ISSUE, { id: assessments.l4 }, province))).toBe('FORBIDDEN');
    expect(code(await call(ISSUE, { id: assessments.l4 }, schoolStaff))).toBe('FORBIDDEN');
    const l4 = (await ok(ISSUE, { id: assessments.l4, carrier: 'PAPER' }, staff)).issueSchoolCertificates;
    expect(l4).toMatchObject({ issued: 18, alreadyIssued: false });
    // 四(四)1: paper and electronic certificates have the same force; either carrier may be chosen.
    expect((await ok(ISSUE, { id: assessments.l3, carrier: 'ELECTRONIC' }, staff)).issueSchoolCertificates.issued).toBe(9);
    expect((await ok(ISSUE, { id: assessments.l2 }, staff)).issueSchoolCertificates.issued).toBe(1);
    expect((await ok(ISSUE, { id: assessments.l4 }, staff)).issueSchoolCertificates).toMatchObject({ issued: 0, alreadyIssued: true });

    const filing = (await ok('query ($id: ID!) { institution(id: $id) { sequenceCode } }', { id: college }, province)).institution;
    for (const [key, level, count] of [['l4', 4, 18], ['l3', 3, 9], ['l2', 2, 1]] as const) {
      const list = (await ok('query ($b: ID!) { certificates(examBatchId: $b, first: 100) { totalCount nodes { number kind level carrier } } }', { b: assessments[key] }, staff)).certificates;
      expect(list.totalCount).toBe(count);
      const decoded = list.nodes.map((c: { number: string }) => decodeSkillCertificateNumber(c.number));
      for (const d of decoded) {
        expect(d).toMatchObject({ evaluatorType: 'S', filingRoute: '0000', provinceCode: '21', cityCode: '02', cityName: '大连市', institutionKind: '4', filingOrder: Number(filing.sequenceCode.slice(3)), year: 2026, level });
      }
      expect(decoded.map((d: { serial: number }) => d.serial).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(list.nodes.every((c: { kind: string; level: number }) => c.kind === 'SKILL_LEVEL' && c.level === level)).toBe(true);
    }
    const state = (await ok('query ($id: ID!) { schoolAssessment(id: $id) { status issuedOn candidates(first: 1) { totalCount nodes { residentId } } } }', { id: assessments.l4 }, staff)).schoolAssessment;
    expect(state).toMatchObject({ status: 'ISSUED', issuedOn: '2026-03-20' });
    expect(state.candidates.nodes[0].residentId).toMatch(/^210202\*{8}/);
  });

  it('the monthly summary (附件7) counts them per school and per city, as data and as XLSX', async () => {
    const Q = 'query ($m: String!, $i: ID, $p: ProvinceCode, $c: String) { schoolResultsSummary(month: $m, institutionId: $i, province: $p, cityCode: $c) { reportingUnit rows { label level5 level4 level3 level2 level1 subtotal } totals { label level4 level3 level2 subtotal } basis } }';
    const bySchool = (await ok(Q, { m: '2026-03', i: college }, staff)).schoolResultsSummary;
    expect(bySchool.reportingUnit).toBe('大连示例技师学院');
    expect(bySchool.rows).toEqual([{ label: '车工（——）', level5: 0, level4: 18, level3: 9, level2: 1, level1: 0, subtotal: 28 }]);
    expect(bySchool.totals).toEqual({ label: '合  计', level4: 18, level3: 9, level2: 1, subtotal: 28 });
    expect(bySchool.basis).toContain('附件7');
    const dalian = await tokenFor('city-operator', 'LIAONING', city);
    const byCity = (await ok(Q, { m: '2026-03', p: 'LIAONING', c: city }, dalian)).schoolResultsSummary;
    expect(byCity.reportingUnit).toBe('大连市公共就业服务机构主管部门');
    expect(byCity.totals.subtotal).toBe(28);
    expect((await ok(Q, { m: '2026-04', i: college }, staff)).schoolResultsSummary.totals.subtotal).toBe(0);
    expect(code(await call(Q, { m: '2026-03', i: college }, schoolStaff))).toBe('FORBIDDEN');
    expect(code(await call(Q, { m: '2026-03', p: 'LIAONING', c: city }, await tokenFor('city-operator', 'LIAONING', '210100')))).toBe('FORBIDDEN');
    expect(code(await call(Q, { m: '2026-13', i: college }, staff))).toBe('BAD_USER_INPUT');

    const file = (await ok('query ($m: String!, $i: ID) { schoolResultsSummaryXlsx(month: $m, institutionId: $i) { fileName mediaType contentBase64 } }', { m: '2026-03', i: college }, staff)).schoolResultsSummaryXlsx;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0][0]).toBe('技工院校职业技能等级认定结果汇总表');
    expect(rows[1][0]).toBe('2026年3月');
    expect(rows[2]).toContain('填报单位：大连示例技师学院（章）');
    expect(rows[2]).toContain('单位：人');
    expect(rows[3]).toEqual(['职业（工种）名称', '初级工（五级）', '中级工（四级）', '高级工（三级）', '技师（二级）', '高级技师（一级）', '小计']);
    expect(rows[4]).toEqual(['车工（——）', 0, 18, 9, 1, 0, 28]);
    expect(rows[5]).toEqual(['合  计', 0, 18, 9, 1, 0, 28]);
  });

  it('a 技工学校 cannot assess level 3, and a school\'s operators cannot act for another school', async () => {
    const base = { occupationCode: '6-18-01-01', method: 'EXAM', assessedOn: '2026-03-10', passMark: 60, workPlanReference: '工作方案' };
    const level3 = await call(CREATE, { input: { ...base, institutionId: school, level: 3 } }, schoolStaff);
    expect(level3.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level', reason: 'LEVEL_OUTSIDE_SCHOOL_KIND' });
    expect(level3.errors?.[0].message).toContain('技工学校');
    const own = (await ok(CREATE, { input: { ...base, institutionId: school, level: 4 } }, schoolStaff)).createSchoolAssessment;
    expect(own.level).toBe(4);
    await ok(ADD, { id: own.id, c: students(60, 2, () => ({ theoryScore: 66, practicalScore: 70 })) }, schoolStaff);
    const mistaken = (await ok('query ($id: ID!) { schoolAssessment(id: $id) { candidates(first: 5) { nodes { id studentNumber } } } }', { id: own.id }, schoolStaff)).schoolAssessment.candidates.nodes[0].id;
    const WITHDRAW = 'mutation ($c: ID!) { withdrawSchoolCandidate(candidateId: $c, reason: "非本校学生，误登记") { candidateCount } }';
    expect(code(await call(WITHDRAW, { c: mistaken }, staff))).toBe('FORBIDDEN');
    expect((await ok(WITHDRAW, { c: mistaken }, schoolStaff)).withdrawSchoolCandidate.candidateCount).toBe(1);
    // The scope: an occupation the school is not filed for, a level outside the filed range, a date outside the term.
    expect((await call(CREATE, { input: { ...base, institutionId: college, level: 4, occupationCode: '6-18-01-02' } }, staff)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUTSIDE_SCOPE' });
    expect((await call(CREATE, { input: { ...base, institutionId: college, level: 4, assessedOn: '2029-02-01' } }, staff)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUTSIDE_TERM' });

    expect(code(await call(CREATE, { input: { ...base, institutionId: college, level: 4 } }, schoolStaff))).toBe('FORBIDDEN');
    expect(code(await call(ADD, { id: assessments.l4, c: students(90, 1, () => ({ theoryScore: 90, practicalScore: 90 })) }, schoolStaff))).toBe('FORBIDDEN');
    expect(code(await call(REPORT, { id: assessments.l4 }, schoolStaff))).toBe('FORBIDDEN');
    expect(code(await call('query ($id: ID!) { schoolAssessment(id: $id) { id } }', { id: assessments.l4 }, schoolStaff))).toBe('FORBIDDEN');
    const listed = (await ok('query ($i: ID) { schoolAssessments(institutionId: $i, first: 10) { totalCount } }', { i: school }, schoolStaff)).schoolAssessments;
    expect(listed.totalCount).toBe(1);
    expect(code(await call('query ($i: ID) { schoolAssessments(institutionId: $i) { totalCount } }', { i: college }, schoolStaff))).toBe('FORBIDDEN');
  });

  it('keeps a special-ability batch out of a school filed for skill levels, and the reverse', async () => {
    const demoCollege = DEMO_INSTITUTIONS.find((i) => i.province === 'LIAONING' && i.kind === 'TECHNICIAN_COLLEGE')!;
    const projectId = DEMO_EXAM_BATCHES.find((b) => DEMO_INSTITUTIONS.find((i) => i.id === b.institutionId)?.province === 'LIAONING')!.projectId;
    const batch = await call('mutation ($input: CreateExamBatchInput!) { createExamBatch(input: $input) { id } }', {
      input: { province: 'LIAONING', institutionId: demoCollege.id, siteId: demoId('exam-site', demoCollege.id), projectId, startDate: '2026-05-10', endDate: '2026-05-10', mode: 'SEPARATE' },
    }, province);
    expect(batch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionId', reason: 'TRACK_MISMATCH' });
    expect(batch.errors?.[0].message).toContain('职业技能等级认定');
    const centre = DEMO_INSTITUTIONS.find((i) => i.province === 'LIAONING' && i.kind !== 'TECHNICIAN_COLLEGE')!;
    const reverse = await call(CREATE, { input: { institutionId: centre.id, occupationCode: '6-18-01-01', level: 5, method: 'EXAM', assessedOn: '2026-03-10', passMark: 60, workPlanReference: '工作方案' } }, await tokenFor('institution-staff', 'LIAONING', centre.id));
    expect(reverse.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionId', reason: 'TRACK_MISMATCH' });
  });

  it('keeps records 3 years on paper and 5 electronically, and lists them for purge after', async () => {
    const ARCHIVE = 'mutation ($id: ID!, $m: Medium!) { archiveSchoolAssessmentRecord(assessmentId: $id, medium: $m, description: "评分表、签到表", location: "档案室A柜", archivedOn: "2026-03-20") { retainUntil basis } }';
    expect((await ok(ARCHIVE, { id: assessments.l4, m: 'PAPER' }, staff)).archiveSchoolAssessmentRecord).toMatchObject({ retainUntil: '2029-03-19', basis: expect.stringContaining('四(四)4') });
    expect((await ok(ARCHIVE, { id: assessments.l4, m: 'ELECTRONIC' }, staff)).archiveSchoolAssessmentRecord.retainUntil).toBe('2031-03-19');
    expect(code(await call(ARCHIVE, { id: assessments.l4, m: 'PAPER' }, schoolStaff))).toBe('FORBIDDEN');
    const P = 'query ($asOf: Date) { schoolPurgeableRecords(province: LIAONING, asOf: $asOf, first: 10) { totalCount nodes { medium } } }';
    expect((await ok(P, { asOf: '2029-03-19' }, staff)).schoolPurgeableRecords.totalCount).toBe(0);
    expect((await ok(P, { asOf: '2029-03-20' }, staff)).schoolPurgeableRecords.nodes).toEqual([{ medium: 'PAPER' }]);
    expect((await ok(P, { asOf: '2031-03-20' }, staff)).schoolPurgeableRecords.totalCount).toBe(2);
    expect((await ok(P, { asOf: '2031-03-20' }, schoolStaff)).schoolPurgeableRecords.totalCount).toBe(0);
    // The province sees every school's, the demo college's paper and electronic records included.
    const after = [...DEMO_SCHOOL_ASSESSMENTS.map((a) => a.issuedOn), '2026-03-20'].sort().pop()!.replace(/^\d{4}/, (y) => String(Number(y) + 5));
    expect((await ok(P, { asOf: after }, province)).schoolPurgeableRecords.totalCount).toBe(2 + 2 * DEMO_SCHOOL_ASSESSMENTS.length);
  });

  it('the filing term: occupations added during the term, extension decided when it ends', async () => {
    const added = await ok('mutation ($id: ID!, $o: [ScopeOccupationInput!]!) { addFilingOccupations(institutionId: $id, occupations: $o, reason: "核验通过 大人社备〔2026〕9号", approvedOn: "2026-06-01") { scope { occupations { code levelHighest } } filingHistory { reason } } }', {
      id: school,
      o: [{ code: '6-18-01-02', name: '铣工', levelHighest: 4, levelLowest: 5 }],
    }, province);
    expect(added.addFilingOccupations.scope.occupations.map((o: { code: string }) => o.code).sort()).toEqual(['6-18-01-01', '6-18-01-02']);
    const tooHigh = await call('mutation ($id: ID!, $o: [ScopeOccupationInput!]!) { addFilingOccupations(institutionId: $id, occupations: $o, reason: "x") { id } }', { id: school, o: [{ code: '6-18-01-03', name: '钳工', levelHighest: 3, levelLowest: 5 }] }, province);
    expect(code(tooHigh)).toBe('BAD_USER_INPUT');
    const EXTEND = 'mutation ($id: ID!, $e: Boolean!, $u: Date, $on: Date) { decideFilingExtension(id: $id, extend: $e, validUntil: $u, reason: "学校申请延期，评估合格", decidedOn: $on) { filingStatus filingValidUntil } }';
    expect(code(await call(EXTEND, { id: college, e: true, u: '2032-01-04', on: '2028-12-01' }, province))).toBe('CONFLICT');
    expect(code(await call(EXTEND, { id: college, e: true, u: null, on: '2029-01-04' }, province))).toBe('BAD_USER_INPUT');
    expect(code(await call(EXTEND, { id: college, e: true, u: '2032-01-04', on: '2029-01-04' }, staff))).toBe('FORBIDDEN');
    expect((await ok(EXTEND, { id: college, e: true, u: '2032-01-04', on: '2029-01-04' }, province)).decideFilingExtension).toEqual({ filingStatus: 'FILED', filingValidUntil: '2032-01-04' });
    expect((await ok(EXTEND, { id: school, e: false, u: null, on: '2029-01-05' }, province)).decideFilingExtension.filingStatus).toBe('EXPIRED');
  });

  it('seeds the demo college\'s month through the same services: reviewed, issued, summarised', async () => {
    const demoStaff = await tokenFor('institution-staff', 'LIAONING', DEMO_SCHOOL_ID);
    const summary = (await ok('query ($i: ID) { schoolResultsSummary(month: "2026-06", institutionId: $i) { reportingUnit rows { level4 level3 level2 subtotal } } }', { i: DEMO_SCHOOL_ID }, demoStaff)).schoolResultsSummary;
    const passing = (level: number) => {
      const a = DEMO_SCHOOL_ASSESSMENTS.find((x) => x.level === level)!;
      return a.students.filter((st) => (a.method === 'COMPETITION' ? st.competitionRank !== null : st.theoryScore! >= a.passMark! && st.practicalScore! >= a.passMark!)).length;
    };
    expect(summary.reportingUnit).toBe(DEMO_INSTITUTIONS.find((i) => i.id === DEMO_SCHOOL_ID)!.name);
    expect(summary.rows).toEqual([{ level4: passing(4), level3: passing(3), level2: passing(2), subtotal: passing(4) + passing(3) + passing(2) }]);
    const list = (await ok('{ certificates(first: 100) { totalCount nodes { number kind } } }', {}, demoStaff)).certificates;
    expect(list.totalCount).toBe(summary.rows[0].subtotal);
    for (const c of list.nodes) expect(decodeSkillCertificateNumber(c.number)).toMatchObject({ cityName: '沈阳市', institutionKind: '4', filingOrder: 1, year: 2026 });
    const states = await ok('query ($i: ID) { schoolAssessments(institutionId: $i, first: 10) { nodes { status } } }', { i: DEMO_SCHOOL_ID }, demoStaff);
    expect(states.schoolAssessments.nodes.map((n: { status: string }) => n.status)).toEqual(DEMO_SCHOOL_ASSESSMENTS.map(() => 'ISSUED'));
  });
});
