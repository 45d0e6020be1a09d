import { DEMO_CANDIDATES, DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, demoIssuedOn, hasAnyRow, type Caller } from '@skillfed/common';
import { decideIssuer, getProvince, prefectureOf } from '@skillfed/province-rules';
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
  return issued;
}
