import { DEMO_CANDIDATES, DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, DEMO_SCHOOL_ASSESSMENTS, DEMO_SCHOOL_ID, DEMO_SCHOOL_SCOPE, demoIssuedOn, demoSchoolCandidateId, hasAnyRow, type Caller } from '@skillfed/common';
import { assessmentPasses, decideIssuer, getProvince, prefectureOf } from '@skillfed/province-rules';
import type { DataSource } from 'typeorm';
import { Certificate } from './certificate.entity';
import { issueBatch } from './issuing.service';
import type { ResultsSource } from './results-source';

/**
 * The demo's published batches get their certificates through issueBatch — the same service
 * issueCertificates runs — fed from the shared demo results (the candidates and subject scores the
 * exams seed writes), acting as the issuer each province's rule names. No certificate row is written
 * by hand, so every demo certificate verifies and traces back to its candidate and scores.
 */
export function demoResultsSource(): ResultsSource {
  return {
    async batch(id) {
      const b = DEMO_EXAM_BATCHES.find((x) => x.id === id);
      if (!b) return null;
      return { id: b.id, province: b.province, institutionId: b.institutionId, projectId: b.projectId, status: b.status, startDate: b.startDate, endDate: b.endDate, holderInfoConfirmedOn: b.endDate };
    },
    async institution(id) {
      const i = DEMO_INSTITUTIONS.find((x) => x.id === id);
      return i ? { id: i.id, province: i.province, cityCode: i.cityCode, track: 'SPECIAL_ABILITY', sequenceCode: null } : null;
    },
    async passingHolders(id) {
      const b = DEMO_EXAM_BATCHES.find((x) => x.id === id)!;
      const rule = certificateRulesOf(b.province);
      return DEMO_CANDIDATES.filter((c) => c.batchId === id && c.scores.every((s) => s.score >= rule.passMark)).map((c) => ({ candidateId: c.id, name: c.name, residentId: c.residentId, scores: c.scores }));
    },
    async certificatesPublished() {
      // The exams seed records the demo deadlines as met on the same demo issue dates.
    },
  };
}

function certificateRulesOf(province: string) {
  return getProvince(province).tracks[0].certificates.passRule.value!;
}

/** The issuer of a demo batch as a caller: the province's operator, the city centre, or the institution. */
export function demoIssuerCaller(province: string, institutionId: string, cityCode: string): Caller {
  const tier = getProvince(province).tracks[0].certificateIssuer.value!.tier;
  if (tier === 'PROVINCE') return { subject: 'demo-seed', role: 'PROVINCE_OPERATOR', provinces: [province] };
  if (tier === 'CITY') return { subject: 'demo-seed', role: 'CITY_OPERATOR', provinces: [province], cityCodes: [prefectureOf(cityCode)] };
  return { subject: 'demo-seed', role: 'INSTITUTION_STAFF', provinces: [province], institutionId };
}

/**
 * The demo college's reviewed assessments (the exams seed runs them through the school services), as
 * the school results source would read them: only passing students, numbered by 附件5 from the
 * college's filed sequence (the institutions seed gives it 014001).
 */
export function demoSchoolResultsSource(): ResultsSource {
  const school = DEMO_INSTITUTIONS.find((i) => i.id === DEMO_SCHOOL_ID)!;
  return {
    async batch(id) {
      const a = DEMO_SCHOOL_ASSESSMENTS.find((x) => x.id === id);
      if (!a) return null;
      return { id: a.id, province: school.province, institutionId: school.id, projectId: null, status: 'RESULTS_PUBLISHED', startDate: a.assessedOn, endDate: a.assessedOn, holderInfoConfirmedOn: null, occupationCode: DEMO_SCHOOL_SCOPE[0].code, level: a.level };
    },
    async institution() {
      return { id: school.id, province: school.province, cityCode: school.cityCode, track: 'SKILL_LEVEL', sequenceCode: '014001' };
    },
    async passingHolders(id) {
      const a = DEMO_SCHOOL_ASSESSMENTS.find((x) => x.id === id)!;
      return a.students
        .map((s, k) => ({ s, k }))
        .filter(({ s }) => (a.method === 'COMPETITION' ? s.competitionRank !== null : assessmentPasses(a.passMark!, { THEORY: s.theoryScore, PRACTICAL: s.practicalScore }, ['THEORY', 'PRACTICAL'])))
        .map(({ s, k }) => ({
          candidateId: demoSchoolCandidateId(a.id, k),
          name: s.name,
          residentId: s.residentId,
          scores: [...(s.theoryScore !== null ? [{ subject: 'THEORY', score: s.theoryScore }] : []), ...(s.practicalScore !== null ? [{ subject: 'PRACTICAL', score: s.practicalScore }] : [])],
        }));
    },
    async certificatesPublished() {
      // The exams seed records the assessments as issued on the same demo dates.
    },
  };
}

export async function seedDemo(db: DataSource): Promise<number> {
  if (await hasAnyRow(db.manager, Certificate)) return 0;
  const source = demoResultsSource();
  let issued = 0;
  for (const [i, b] of DEMO_EXAM_BATCHES.entries()) {
    const institution = DEMO_INSTITUTIONS.find((x) => x.id === b.institutionId)!;
    const caller = demoIssuerCaller(b.province, b.institutionId, institution.cityCode);
    if (!decideIssuer(caller, { province: b.province, institutionId: b.institutionId, institutionCity: institution.cityCode }).allowed) throw new Error(`demo issuer for ${b.code} is not the rule's issuer`);
    issued += (await issueBatch(db, { caller, requestId: 'demo-seed' }, source, b.id, { issuedOn: demoIssuedOn(b, i) })).issued;
  }
  // The demo technician college issues its own students' certificates (谁评价、谁发证、谁负责).
  const school = DEMO_INSTITUTIONS.find((i) => i.id === DEMO_SCHOOL_ID)!;
  const staff: Caller = { subject: 'demo-seed', role: 'INSTITUTION_STAFF', provinces: [school.province], institutionId: school.id };
  for (const a of DEMO_SCHOOL_ASSESSMENTS) issued += (await issueBatch(db, { caller: staff, requestId: 'demo-seed' }, demoSchoolResultsSource(), a.id, { issuedOn: a.issuedOn })).issued;
  return issued;
}
