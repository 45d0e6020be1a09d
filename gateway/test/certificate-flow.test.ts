import { DEMO_EXAMINERS, DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, demoId, demoResidentId } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { certificateRules, prefectureOf } from '@skillfed/province-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startFederation, tokenFor, type Federation } from './harness';

const databases = await testDatabases();

interface Plan {
  province: string;
  institution: number;
  start: string;
  mode: string;
  declaredOn: string;
  /** The wrong role tried first, and the role the rule names (by token kind). */
  issuer: 'province-operator' | 'city-operator';
}

const PLANS: Plan[] = [
  { province: 'LIAONING', institution: 1, start: '2023-12-05', mode: 'SEPARATE', declaredOn: '2023-11-20', issuer: 'province-operator' },
  { province: 'SHANDONG', institution: 3, start: '2024-05-25', mode: 'REGULAR', declaredOn: '2024-04-01', issuer: 'city-operator' },
  { province: 'GUANGDONG_SHAOGUAN', institution: 5, start: '2024-06-22', mode: 'REGULAR', declaredOn: '2024-05-06', issuer: 'city-operator' },
  { province: 'JIANGSU', institution: 7, start: '2024-07-06', mode: 'REGULAR', declaredOn: '2024-06-03', issuer: 'city-operator' },
];

const FIRST_NAMES = ['赵证书甲', '钱证书乙', '孙证书丙', '李证书丁'];

describe.each(databases)('from results to a verified certificate through the gateway on $name', (database) => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startFederation(database);
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('anonymous callers cannot list certificates', async () => {
    const { body } = await gql(fed.url, '{ certificates(first: 5) { totalCount } }');
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('every demo certificate verifies with its holder\'s name', async () => {
    const admin = await tokenFor('national-admin');
    const list = await gql(fed.url, '{ certificates(first: 100) { totalCount nodes { number holderName exam { code } } } }', { token: admin });
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data.certificates.totalCount).toBeGreaterThan(0);
    for (const c of list.body.data.certificates.nodes.slice(0, 10)) {
      const v = await gql(fed.url, 'query ($n: String!, $h: String!) { verifyCertificate(number: $n, holderName: $h) { matched status } }', { variables: { n: c.number, h: c.holderName } });
      expect(v.body.data.verifyCertificate).toEqual({ matched: true, status: 'VALID' });
    }
  });

  it.each(PLANS)('$province: published results, certificates by the rule\'s issuer, verified, corrected, revoked, reprinted', async (plan) => {
    const operator = await tokenFor('province-operator', plan.province);
    const institution = DEMO_INSTITUTIONS[plan.institution - 1];
    const projectId = DEMO_EXAM_BATCHES.find((b) => b.institutionId === institution.id)!.projectId;
    const call = async (query: string, variables: Record<string, unknown>, token: string | undefined = operator) => (await gql(fed.url, query, { token, variables })).body;
    const ok = async (query: string, variables: Record<string, unknown>, token: string | undefined = operator) => {
      const body = await call(query, variables, token);
      expect(body.errors, query.slice(0, 60)).toBeUndefined();
      return body.data;
    };

    // Draft → published (the exams workflow), with subject scores by the province's pass rule.
    const id = (await ok('mutation ($input: CreateExamBatchInput!) { createExamBatch(input: $input) { id } }', {
      input: { province: plan.province, institutionId: institution.id, siteId: demoId('exam-site', institution.id), projectId, startDate: plan.start, endDate: plan.start, mode: plan.mode },
    })).createExamBatch.id;
    for (const [i, name] of FIRST_NAMES.entries()) {
      await ok('mutation ($id: ID!, $input: AddCandidateInput!) { addCandidate(batchId: $id, input: $input) { id } }', { id, input: { name, residentId: demoResidentId('110105', '1995-03-0' + (i + 1), 900 + i), phone: '13600002222', projectId } });
    }
    const step = (m: string, args = '') => ok(`mutation ($id: ID!) { ${m}(id: $id${args}) { status } }`, { id });
    await step('declareExamBatch', `, declaredOn: "${plan.declaredOn}"`);
    await step('startBatchReview');
    await step('approveRoster');
    if (plan.province === 'LIAONING') {
      await step('confirmAttendance', ', confirmed: 4');
      await step('issuePaymentNotice', ', issuedOn: "2023-11-24"');
      await step('recordPayment', ', paidOn: "2023-11-27"');
    }
    const [a, b, c, supervisor] = DEMO_EXAMINERS.filter((e) => e.province === plan.province).map((e) => e.id);
    await ok('mutation ($id: ID!, $input: PanelInput!) { assignPanel(batchId: $id, input: $input) { id } }', { id, input: { examinerIds: [a, b, c], leaderId: a, supervisorId: supervisor } });
    const started = await ok('mutation ($id: ID!) { startExam(id: $id) { status deadlines { kind dueDate metOn } } }', { id });
    // Deadlines counted from the exam exist from the start, whatever is entered later.
    const fromExam = started.startExam.deadlines.map((d: { kind: string }) => d.kind);
    if (plan.province === 'LIAONING') expect(fromExam).toContain('HOLDER_INFO_CONFIRMATION');
    if (plan.province === 'SHANDONG') expect(fromExam).toContain('SCORE_REPORT');

    const rule = certificateRules(plan.province).passRule.value!;
    const member = await tokenFor('examiner', plan.province, a);
    const NAMES = [...FIRST_NAMES];
    // The roster comes back in id order: put it back in the order the candidates were added (by family name).
    const listed = (await ok('query ($id: ID!) { examBatch(id: $id) { candidates { id name } } }', { id })).examBatch.candidates as { id: string; name: string }[];
    const roster = NAMES.map((n) => listed.find((c) => c.name[0] === n[0])!);
    const scores = [[90, 80], [59.5, 95], [60, 60], [75.5, 88]];
    const SCORE = 'mutation ($b: ID!, $c: ID!, $s: Float!, $subject: String!) { recordScore(batchId: $b, candidateId: $c, score: $s, subject: $subject) { id } }';
    for (const [i, cand] of roster.entries()) {
      for (const [si, subject] of rule.subjects.entries()) await ok(SCORE, { b: id, c: cand.id, s: scores[i][si], subject }, member);
    }
    expect((await call(SCORE, { b: id, c: roster[0].id, s: 60.25, subject: 'THEORY' }, member)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await step('completeScoring');
    const published = await ok('mutation ($id: ID!) { publishResults(id: $id) { status passingCandidates { candidateId } } }', { id });
    // Candidate 2 fails one subject (or Liaoning's summed score): three pass.
    expect(published.publishResults.passingCandidates).toHaveLength(3);

    const ISSUE = 'mutation ($id: ID!) { issueCertificates(examBatchId: $id) { issued alreadyIssued totalForBatch message } }';
    if (certificateRules(plan.province).holderConfirmation.value?.requiredBeforeIssue) {
      // 辽宁 四(六): the institution confirms or corrects holders' data before certificates.
      const early = await call(ISSUE, { id });
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'HOLDER_INFO_NOT_CONFIRMED' });
      const staff = await tokenFor('institution-staff', plan.province, institution.id);
      const fixed = await ok('mutation ($c: ID!) { correctCandidate(candidateId: $c, input: { name: "李证书戊", reason: "身份证姓名核对更正" }) { fields reason } }', { c: roster[3].id }, staff);
      expect(fixed.correctCandidate).toEqual({ fields: 'name', reason: '身份证姓名核对更正' });
      NAMES[3] = '李证书戊';
      await ok('mutation ($id: ID!) { confirmHolderInfo(id: $id, on: "2023-12-08") { id } }', { id });
    }

    // The wrong role gets FORBIDDEN naming the issuer; the right one issues, once.
    const cityCode = prefectureOf(institution.cityCode);
    const right = plan.issuer === 'province-operator' ? operator : await tokenFor('city-operator', plan.province, cityCode);
    const wrong = plan.issuer === 'province-operator' ? await tokenFor('city-operator', plan.province, cityCode) : operator;
    const refused = await call(ISSUE, { id }, wrong);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toContain(plan.issuer === 'province-operator' ? 'PROVINCE_OPERATOR' : `CITY_OPERATOR（${plan.province}，市代码 ${cityCode}）`);
    expect((await call(ISSUE, { id }, await tokenFor('national-admin'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const issued = await ok(ISSUE, { id }, right);
    expect(issued.issueCertificates).toMatchObject({ issued: 3, alreadyIssued: false, totalForBatch: 3 });
    expect((await ok(ISSUE, { id }, right)).issueCertificates).toMatchObject({ issued: 0, alreadyIssued: true, totalForBatch: 3 });

    const LIST = 'query ($id: ID!) { certificates(examBatchId: $id, first: 10) { nodes { id number holderName status kind issuer { tier code } subjectScores { subject score } carriers { sequence carrier } } } }';
    const certs = (await ok(LIST, { id }, right)).certificates.nodes as { id: string; number: string; holderName: string; status: string; issuer: { tier: string; code: string } }[];
    expect(certs).toHaveLength(3);
    const pattern = new RegExp(certificateRules(plan.province).numbering.value!.pattern);
    for (const cert of certs) {
      expect(cert.number).toMatch(pattern);
      expect(cert.issuer.tier).toBe(plan.issuer === 'province-operator' ? 'PROVINCE' : 'CITY');
    }
    expect(certs.map((x) => x.holderName).sort()).toEqual([NAMES[0], NAMES[2], NAMES[3]].sort());
    if (plan.province === 'LIAONING') {
      const deadlines = (await ok('query ($id: ID!) { examBatch(id: $id) { deadlines { kind metOn } } }', { id })).examBatch.deadlines;
      expect(deadlines.find((d: { kind: string }) => d.kind === 'CERTIFICATE_PUBLICATION').metOn).not.toBeNull();
    }

    // Public verification by number + name (anonymous).
    const VERIFY = 'query ($n: String!, $h: String!) { verifyCertificate(number: $n, holderName: $h) { matched status holderName issuer { body } } }';
    const [first, second, third] = certs;
    const verified = (await ok(VERIFY, { n: first.number, h: first.holderName }, undefined)).verifyCertificate;
    expect(verified).toMatchObject({ matched: true, status: 'VALID' });
    expect(verified.holderName).not.toBe(first.holderName);
    expect((await ok(VERIFY, { n: first.number, h: '冒名者' }, undefined)).verifyCertificate.matched).toBe(false);

    // A correction replaces: a new certificate pointing back, the old one REPLACED.
    const CORRECT = 'mutation ($id: ID!) { correctCertificate(id: $id, input: { holderName: "赵更正甲", reason: "姓名录入错误" }) { number status replaces { number status replacedBy { number } } history { action } } }';
    const corrected = (await ok(CORRECT, { id: first.id }, right)).correctCertificate;
    expect(corrected.number).toMatch(pattern);
    expect(corrected.number).not.toBe(first.number);
    expect(corrected.replaces).toEqual({ number: first.number, status: 'REPLACED', replacedBy: { number: corrected.number } });
    expect(corrected.history.map((h: { action: string }) => h.action)).toEqual(['ISSUED_AS_REPLACEMENT']);
    expect((await ok(VERIFY, { n: corrected.number, h: '赵更正甲' }, undefined)).verifyCertificate.status).toBe('VALID');
    expect((await ok(VERIFY, { n: first.number, h: first.holderName }, undefined)).verifyCertificate.status).toBe('REPLACED');

    // Revocation with reason and citation, by the issuer only.
    const REVOKE = 'mutation ($id: ID!) { revokeCertificate(id: $id, reason: "冒名顶替", citation: "测试依据 第一条") { status statusReason statusCitation statusBy history { action reason citation } } }';
    expect((await call(REVOKE, { id: second.id }, wrong)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const revoked = (await ok(REVOKE, { id: second.id }, right)).revokeCertificate;
    expect(revoked).toMatchObject({ status: 'REVOKED', statusReason: '冒名顶替', statusCitation: '测试依据 第一条' });
    expect(revoked.history.map((h: { action: string }) => h.action)).toEqual(['ISSUED', 'REVOKED']);
    expect((await ok(VERIFY, { n: second.number, h: second.holderName }, undefined)).verifyCertificate.status).toBe('REVOKED');

    // Reprint of a lost paper certificate: a new carrier under the same number.
    const reprinted = (await ok('mutation ($id: ID!) { reprintCertificate(id: $id, carrier: PAPER, reason: "遗失补发") { number carriers { sequence carrier reason } history { action } } }', { id: third.id }, right)).reprintCertificate;
    expect(reprinted.number).toBe(third.number);
    expect(reprinted.carriers.map((x: { sequence: number }) => x.sequence)).toEqual([1, 2]);

    if (plan.province === 'LIAONING') {
      // 辽就〔2023〕4号 五: cancelling the batch's results revokes its certificates.
      const cancelled = await ok('mutation ($id: ID!) { cancelResults(id: $id, reason: "考核过程弄虚作假，情节严重", citation: "辽就〔2023〕4号 五") { status statusReason } }', { id });
      expect(cancelled.cancelResults.status).toBe('RESULTS_CANCELLED');
      const after = (await ok(LIST, { id }, right)).certificates.nodes as { status: string }[];
      expect(after.map((x) => x.status).sort()).toEqual(['REPLACED', 'REVOKED', 'REVOKED', 'REVOKED']);
      expect((await ok(VERIFY, { n: corrected.number, h: '赵更正甲' }, undefined)).verifyCertificate.status).toBe('REVOKED');
      expect((await call(ISSUE, { id }, right)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESULTS_CANCELLED' });
    }
  });
});
