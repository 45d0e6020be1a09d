import { DEMO_INSTITUTIONS } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { Institution } from './institution.entity';
import { FilingStatus, type InstitutionKind } from './institution.enums';

/** Seeds the demo institutions once: an empty table is the only signal, so re-starts change nothing. */
export async function seedDemo(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    const repo = tx.getRepository(Institution);
    if ((await repo.count()) > 0) return 0;
    const now = new Date();
    await repo.insert(
      DEMO_INSTITUTIONS.map((d) => ({ ...d, kind: d.kind as InstitutionKind, filingStatus: FilingStatus.FILED, createdAt: now, updatedAt: now })),
    );
    return DEMO_INSTITUTIONS.length;
  });
}
