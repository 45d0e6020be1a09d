import { DEMO_EXAM_BATCHES } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { ExamBatch } from './exam-batch.entity';
import type { ExamBatchStatus } from './exam-batch.enums';

export async function seedDemo(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    const repo = tx.getRepository(ExamBatch);
    if ((await repo.count()) > 0) return 0;
    const now = new Date();
    await repo.insert(DEMO_EXAM_BATCHES.map((b) => ({ ...b, status: b.status as ExamBatchStatus, createdAt: now, updatedAt: now })));
    return DEMO_EXAM_BATCHES.length;
  });
}
