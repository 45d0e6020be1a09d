import { DEMO_INSTITUTIONS, DEMO_SCHOOL_ASSESSMENTS, DEMO_SCHOOL_ID, DEMO_SCHOOL_SCOPE, demoSchoolCandidateId, hasAnyRow, type Caller, type PeerClient, type SubgraphContext } from '@skillfed/common';
import { addDays, addMonths, trackRules } from '@skillfed/province-rules';
import type { DataSource } from 'typeorm';
import type { Loaders } from './exam-batch.loader';
import { SchoolAssessment } from './school-assessment.entity';
import { addCandidates, archiveRecord, createAssessment, recordIssued, reportAssessment, reviewAssessment, type SchoolFacts } from './school-assessment.service';

/**
 * The demo college's assessments, through the same service functions the mutations run, acting as the
 * school's staff and as its city's centre. Only the institutions peer is replaced: the demo college's
 * filing comes from the shared demo data (the institutions seed files it the same way).
 */
export async function seedSchoolDemo(db: DataSource): Promise<number> {
  if (await hasAnyRow(db.manager, SchoolAssessment)) return 0;
  const school = DEMO_INSTITUTIONS.find((i) => i.id === DEMO_SCHOOL_ID)!;
  const years = trackRules(school.province, 'SKILL_LEVEL').institutionFilingValidityYears.value ?? 3;
  const facts: SchoolFacts = {
    id: school.id,
    name: school.name,
    province: school.province,
    cityCode: school.cityCode,
    kind: school.kind,
    track: 'SKILL_LEVEL',
    filingStatus: 'FILED',
    filedOn: school.filedOn,
    filingValidUntil: addDays(addMonths(school.filedOn, years * 12), -1),
    scope: { occupations: DEMO_SCHOOL_SCOPE },
  };
  const institutions = { query: async () => ({ _entities: [facts] }) } as unknown as PeerClient;
  const ctx = (caller: Caller) => ({ caller, db, requestId: 'demo-seed', peers: { institutions }, loaders: {} }) as unknown as SubgraphContext<Loaders>;
  const staff = ctx({ subject: 'demo-seed', role: 'INSTITUTION_STAFF', provinces: [school.province], institutionId: school.id });
  const city = ctx({ subject: 'demo-seed', role: 'CITY_OPERATOR', provinces: [school.province], cityCodes: [`${school.cityCode.slice(0, 4)}00`] });
  for (const d of DEMO_SCHOOL_ASSESSMENTS) {
    await createAssessment(staff, { id: d.id, institutionId: school.id, occupationCode: DEMO_SCHOOL_SCOPE[0].code, level: d.level, method: d.method, assessedOn: d.assessedOn, passMark: d.passMark, workPlanReference: '沈阳示例技师学院职业技能等级认定工作方案（示例）' });
    // Stable demo ids: the certificates seed issues from the same assessments and students.
    await addCandidates(staff, d.id, d.students.map((s, k) => ({ ...s, id: demoSchoolCandidateId(d.id, k) })));
    await reportAssessment(staff, d.id, d.reportedOn);
    await reviewAssessment(city, d.id, true, null, d.reviewedOn);
    await recordIssued(staff, d.id, d.issuedOn);
    await archiveRecord(staff, d.id, 'PAPER', '评分表、签到表（示例）', '沈阳示例技师学院档案室', d.issuedOn);
    await archiveRecord(staff, d.id, 'ELECTRONIC', '考核视频与成绩数据（示例）', '沈阳示例技师学院服务器', d.issuedOn);
  }
  return DEMO_SCHOOL_ASSESSMENTS.length;
}
