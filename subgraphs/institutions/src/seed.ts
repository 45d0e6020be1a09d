import crypto from 'node:crypto';
import { DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, DEMO_SCHOOL_ID, DEMO_SCHOOL_SCOPE, SequenceRow, demoId, hasAnyRow, type Caller } from '@skillfed/common';
import { addDays, addMonths, getProvince, trackRules, type Track } from '@skillfed/province-rules';
import type { DataSource } from 'typeorm';
import { ExamSite, ExamSiteProject } from './exam-site.entity';
import { FilingEvent, FilingMaterialRecord, FilingScopeItem } from './filing.entity';
import { Institution } from './institution.entity';
import type { InstitutionKind } from './institution.enums';

const SEEDER: Caller = { subject: 'demo-seed', role: 'PROVINCE_OPERATOR', provinces: [] };

/**
 * Seeds the demo institutions once (an empty table is the only signal): filed, with their history,
 * materials and one fixed site each, allowed the projects their demo exam batches use.
 */
export async function seedDemo(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    if (await hasAnyRow(tx, Institution)) return 0;
    const now = new Date();
    for (const d of DEMO_INSTITUTIONS) {
      const track: Track = d.kind === 'TECHNICIAN_COLLEGE' && d.province === 'LIAONING' ? 'SKILL_LEVEL' : getProvince(d.province).tracks[0].track;
      const years = trackRules(d.province, track).institutionFilingValidityYears.value;
      await tx.insert(Institution, {
        ...d,
        kind: d.kind as InstitutionKind,
        track,
        priorProjectDevelopment: false,
        priorProvincialAssessment: false,
        filingStatus: 'FILED',
        filingValidUntil: years ? addDays(addMonths(d.filedOn, years * 12), -1) : null,
        sequenceCode: track === 'SKILL_LEVEL' ? '014001' : null,
        createdAt: now,
        updatedAt: now,
      });
      const events = [
        { fromStatus: null, toStatus: 'APPLIED' as const, reason: '演示数据 / demo application' },
        { fromStatus: 'APPLIED' as const, toStatus: 'UNDER_REVIEW' as const, reason: null },
        { fromStatus: 'UNDER_REVIEW' as const, toStatus: 'FILED' as const, reason: null },
      ];
      await tx.insert(FilingEvent, events.map((e, i) => ({ id: crypto.randomUUID(), institutionId: d.id, step: i + 1, ...e, actorSubject: SEEDER.subject, actorRole: SEEDER.role, occurredAt: now })));
      const materials = trackRules(d.province, track).filing.materials.value ?? [];
      if (materials.length) await tx.insert(FilingMaterialRecord, materials.map((m) => ({ id: crypto.randomUUID(), institutionId: d.id, code: m.code, reference: `演示材料 ${m.code}`, providedOn: d.filedOn })));
      const siteId = demoId('exam-site', d.id);
      await tx.insert(ExamSite, {
        id: siteId,
        institutionId: d.id,
        province: d.province,
        name: `${d.name}考场`,
        address: d.address,
        kind: 'FIXED',
        restrictedArea: null,
        approvedByCityCentre: false,
        workstations: 30,
        videoMonitoring: 'PANORAMIC_FULL_PROCESS',
        agreementFrom: d.province === 'GUANGDONG_SHAOGUAN' ? d.filedOn : null,
        agreementUntil: d.province === 'GUANGDONG_SHAOGUAN' ? `${Number(d.filedOn.slice(0, 4)) + 3}${d.filedOn.slice(4)}` : null,
        status: 'ACTIVE',
        statusReason: null,
        createdAt: now,
        updatedAt: now,
      });
      const projects = [...new Set(DEMO_EXAM_BATCHES.filter((b) => b.institutionId === d.id).map((b) => b.projectId))];
      if (projects.length) await tx.insert(ExamSiteProject, projects.map((projectId) => ({ siteId, projectId })));
    }
    // The demo technician college is filed for 车工 at every level (its assessments are in the exams seed).
    await tx.insert(FilingScopeItem, DEMO_SCHOOL_SCOPE.map((o) => ({ id: demoId('filing-scope', `${DEMO_SCHOOL_ID}-${o.code}`), institutionId: DEMO_SCHOOL_ID, projectId: null, occupationCode: o.code, occupationName: o.name, workType: o.workType, levelHighest: o.levelHighest, levelLowest: o.levelLowest })));
    // The demo's Liaoning school took order 001 in 沈阳市 (01), kind 4: later approvals continue from there.
    await tx.insert(SequenceRow, { name: 'liaoning-order:014', value: 1 });
    return DEMO_INSTITUTIONS.length;
  });
}
