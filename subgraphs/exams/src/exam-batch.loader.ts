import { byIdLoader, childrenLoader, perArgument, provinceScope, whereProvinceIn, type Caller } from '@skillfed/common';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { ExaminerBooking, scopedBookings } from './booking.entity';
import { ExamBatch } from './exam-batch.entity';
import { SchoolCandidate } from './school-assessment.entity';

export function createLoaders(db: DataSource, caller: Caller) {
  const scope = provinceScope(caller);
  return {
    examBatchById: byIdLoader(db, ExamBatch),
    bookingsOnDay: perArgument(
      (date: string) =>
        new DataLoader<string, ExaminerBooking[]>(async (ids) => {
          const rows = await scopedBookings(db, scope, date, ids);
          return ids.map((id) => rows.filter((r) => r.examinerId === id));
        }),
    ),
    // The first page of each assessment's students (limit + 1 tells whether a next page exists).
    schoolCandidatesFirstPage: perArgument((limit: number) => childrenLoader(db, SchoolCandidate, 'assessmentId', limit + 1)),
    examBatchesByProject: perArgument((first: number) =>
      childrenLoader(db, ExamBatch, 'projectId', first, (qb, alias) => whereProvinceIn(qb, alias, scope)),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
