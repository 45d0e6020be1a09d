import type { ExaminerEvidence, ProjectRelations } from '@skillfed/province-rules';
import type { Card } from './card.entity';
import { TITLE_GRADE_NAMES } from './examiner.enums';
import type { ProjectRelation, Qualification } from './qualification.entity';

export const list = (csv: string | null | undefined): string[] => (csv ? csv.split(',').filter(Boolean) : []);

/** The stored qualifications and cards in the shape the province rules judge. */
export function evidenceOf(qualifications: Qualification[], cards: Card[]): ExaminerEvidence {
  const of = (type: Qualification['type']) => qualifications.filter((q) => q.type === type);
  return {
    skillCertificates: of('SKILL_CERTIFICATE').map((q) => ({ occupationCode: q.occupationCode!, level: q.level! })),
    titles: of('PROFESSIONAL_TITLE').map((q) => ({ field: q.field!, grade: TITLE_GRADE_NAMES[q.grade!] })),
    specialAbilityCertificates: of('SPECIAL_ABILITY_CERTIFICATE').map((q) => ({ projectId: list(q.projectIds)[0], obtainedOn: q.obtainedOn! })),
    institutionRoles: of('INSTITUTION_ROLE').map((q) => q.institutionRole!),
    specialAbilityExaminerQualifications: of('SPECIAL_ABILITY_EXAMINER').map((q) => ({ projectIds: list(q.projectIds) })),
    occupationalExaminerQualifications: of('OCCUPATIONAL_EXAMINER').map((q) => ({ occupationCodes: list(q.occupationCodes) })),
    standIns: of('STAND_IN_AUTHORISATION').flatMap((q) => list(q.projectIds).map((projectId) => ({ projectId, startsOn: q.obtainedOn! }))),
    cards: cards.map((c) => ({ number: c.number, kind: c.kind, projectIds: list(c.projectIds), issuedOn: c.issuedOn, validUntil: c.validUntil, status: c.status })),
  };
}

export function relationsOf(row: ProjectRelation | null): ProjectRelations {
  return { occupationCodes: list(row?.occupationCodes), fields: list(row?.fields) };
}
