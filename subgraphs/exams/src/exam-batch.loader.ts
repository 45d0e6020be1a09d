import { byIdLoader, childrenLoader, perArgument, provinceScope, whereProvinceIn, type Caller } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { ExamBatch } from './exam-batch.entity';

export function createLoaders(db: DataSource, caller: Caller) {
  const scope = provinceScope(caller);
  return {
    examBatchById: byIdLoader(db, ExamBatch),
    examBatchesByProject: perArgument((first: number) =>
      childrenLoader(db, ExamBatch, 'projectId', first, (qb, alias) => whereProvinceIn(qb, alias, scope)),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
