import { DEMO_EXAMINERS } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { Examiner } from './examiner.entity';

export async function seedDemo(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    const repo = tx.getRepository(Examiner);
    if ((await repo.count()) > 0) return 0;
    const now = new Date();
    await repo.insert(DEMO_EXAMINERS.map((e) => ({ ...e, createdAt: now, updatedAt: now })));
    return DEMO_EXAMINERS.length;
  });
}
