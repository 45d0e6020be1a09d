import crypto from 'node:crypto';
import { DEMO_EXAMINERS, DEMO_EXAM_BATCHES, DEMO_PROJECTS, SequenceRow, blindIndex, hasAnyRow } from '@skillfed/common';
import { examinerCardYears, getProvince } from '@skillfed/province-rules';
import type { DataSource } from 'typeorm';
import { Card } from './card.entity';
import { Examiner } from './examiner.entity';
import { ProjectRelation, Qualification } from './qualification.entity';

/**
 * Seeds the demo examiners once, each with evidence that meets their province's route, an examiner
 * card for the province's demo projects, and (the second of each province) a supervisor card.
 */
export async function seedDemo(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    if (await hasAnyRow(tx, Examiner)) return 0;
    const now = new Date();
    await tx.insert(Examiner, DEMO_EXAMINERS.map((e) => ({ ...e, residentIdBidx: blindIndex('resident-id', e.residentId), createdAt: now, updatedAt: now })));
    const serials = new Map<string, number>();
    for (const [i, e] of DEMO_EXAMINERS.entries()) {
      // The projects the province's demo batches examine, so the demo can staff them.
      const projects = [...new Set(DEMO_EXAM_BATCHES.filter((b) => b.province === e.province).map((b) => b.projectId))];
      const evidence = (type: Qualification['type'], extra: Partial<Qualification>) => ({
        id: crypto.randomUUID(), examinerId: e.id, type, occupationCode: null, level: null, field: null, grade: null, institutionRole: null, projectIds: '', occupationCodes: '', obtainedOn: null, reference: null, ...extra,
      });
      if (e.province === 'LIAONING') await tx.insert(Qualification, evidence('PROFESSIONAL_TITLE', { field: '烹饪', grade: 'INTERMEDIATE' }));
      else if (e.province !== 'SHANDONG') await tx.insert(Qualification, evidence('SPECIAL_ABILITY_EXAMINER', { projectIds: projects.join(',') }));
      const years = examinerCardYears(e.province) ?? 3;
      const kinds = i % 4 === 3 ? (['SUPERVISOR'] as const) : (['EXAMINER'] as const);
      for (const kind of kinds) {
        const serial = (serials.get(e.province) ?? 0) + 1;
        serials.set(e.province, serial);
        await tx.insert(Card, {
          id: crypto.randomUUID(),
          number: `${getProvince(e.province).identity.divisionCode.slice(0, 4)}${kind === 'EXAMINER' ? 'KP' : 'DD'}2023${String(serial).padStart(5, '0')}`,
          examinerId: e.id, province: e.province, kind, issuedOn: '2023-01-01', validUntil: `${2023 + years - 1}-12-31`,
          trainingType: 'FIRST', status: 'VALID', statusReason: null, previousCardId: null, projectIds: kind === 'EXAMINER' ? projects.join(',') : '',
        });
      }
    }
    for (const [province, serial] of serials) await tx.insert(SequenceRow, { name: `card:${province}:2023`, value: serial });
    for (const p of DEMO_PROJECTS.filter((d) => d.province === 'LIAONING' || DEMO_EXAM_BATCHES.some((b) => b.province === 'LIAONING' && b.projectId === d.id))) {
      await tx.insert(ProjectRelation, { id: crypto.randomUUID(), province: 'LIAONING', projectId: p.id, occupationCodes: '4-03-02-01,4-03-02-02', fields: '烹饪' });
    }
    return DEMO_EXAMINERS.length;
  });
}
