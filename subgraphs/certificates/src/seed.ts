import { DEMO_CERTIFICATES, hasAnyRow } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { adjustCertificateTotals, totalsOf } from './certificate-totals';
import { Certificate } from './certificate.entity';
import { onCertificatesIssued } from './stats.service';

export async function seedDemo(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    const repo = tx.getRepository(Certificate);
    if (await hasAnyRow(tx, Certificate)) return 0;
    const now = new Date();
    const rows = DEMO_CERTIFICATES.map((c) => ({ ...c, createdAt: now }));
    await repo.insert(rows);
    await adjustCertificateTotals(tx, totalsOf(DEMO_CERTIFICATES));
    await onCertificatesIssued(tx, rows);
    return DEMO_CERTIFICATES.length;
  });
}
