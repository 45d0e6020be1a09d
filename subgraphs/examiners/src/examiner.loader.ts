import { byIdLoader, groupLoader } from '@skillfed/common';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Card } from './card.entity';
import { Examiner } from './examiner.entity';
import { ProjectRelation, Qualification } from './qualification.entity';

export function createLoaders(db: DataSource) {
  return {
    examinerById: byIdLoader(db, Examiner),
    cardById: byIdLoader(db, Card),
    qualificationsByExaminer: groupLoader(db, Qualification, 'examinerId', 'id'),
    cardsByExaminer: groupLoader(db, Card, 'examinerId', 'issuedOn'),
    /** Keyed by `${province}|${projectId}`. */
    relations: new DataLoader<string, ProjectRelation | null>(async (keys) => {
      const projectIds = [...new Set(keys.map((k) => k.split('|')[1]))];
      const rows = await db.getRepository(ProjectRelation).findBy({ projectId: In(projectIds) });
      const byKey = new Map(rows.map((r) => [`${r.province}|${r.projectId}`, r]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
