import { DEMO_CERTIFICATES, blindIndex } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { Certificate } from './certificate.entity';

export async function seedDemo(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    const repo = tx.getRepository(Certificate);
    if ((await repo.count()) > 0) return 0;
    const now = new Date();
    await repo.insert(DEMO_CERTIFICATES.map((c) => ({ ...c, holderResidentIdBidx: blindIndex('resident-id', c.holderResidentId), createdAt: now })));
    return DEMO_CERTIFICATES.length;
  });
}
