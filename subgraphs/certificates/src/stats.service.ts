import { bumpStats, clearStats, monthOf, negate, type StatFact } from '@skillfed/common';
import { MoreThan, type EntityManager } from 'typeorm';
import { Certificate } from './certificate.entity';

/**
 * What the certificates subgraph counts (issue 13): certificates issued, by the month of issue, and
 * revoked, by the month of revocation. Issuing and revoking call `onCertificatesIssued` /
 * `onCertificateRevoked` in their transaction; `rebuildCertificateStats` recomputes from the rows.
 *
 * The certificate rows are being extended (city, status, revocation date: issue 10); these functions
 * read those columns when the row has them, so the counters follow without another change here.
 */
export const CERTIFICATE_METRICS = { ISSUED: 'CERTIFICATES_ISSUED', REVOKED: 'CERTIFICATES_REVOKED' } as const;

type Row = Pick<Certificate, 'province' | 'institutionId' | 'issuedOn'> & {
  projectId: string | null;
  cityCode?: string | null;
  occupationCode?: string | null;
  level?: number | null;
  status?: string | null;
  /** The date the status last changed (a revocation's date). */
  statusOn?: string | null;
};

/** The subject is the project, or for skill-level certificates the occupation and level ("6-02-01-01/L3"). */
export const subjectOf = (c: Row): string => c.projectId ?? `${c.occupationCode ?? ''}/L${c.level ?? ''}`;

const dims = (c: Row) => ({ province: c.province, cityCode: c.cityCode ?? '', institutionId: c.institutionId, subject: subjectOf(c) });

export const issuedFacts = (c: Row): StatFact[] => [{ metric: CERTIFICATE_METRICS.ISSUED, ...dims(c), month: monthOf(c.issuedOn), delta: 1 }];

export const revokedFacts = (c: Row, revokedOn: string): StatFact[] => [{ metric: CERTIFICATE_METRICS.REVOKED, ...dims(c), month: monthOf(revokedOn), delta: 1 }];

export async function onCertificatesIssued(manager: EntityManager, rows: Row[]): Promise<void> {
  await bumpStats(manager, rows.flatMap(issuedFacts));
}

export async function onCertificatesRevoked(manager: EntityManager, rows: Row[], revokedOn: string): Promise<void> {
  await bumpStats(manager, rows.flatMap((r) => revokedFacts(r, revokedOn)));
}

/** Undoes a revocation (if the workflow ever allows one), keeping the counters equal to the rows. */
export async function onRevocationUndone(manager: EntityManager, row: Row, revokedOn: string): Promise<void> {
  await bumpStats(manager, negate(revokedFacts(row, revokedOn)));
}

/** Recomputes every counter from the certificate rows, a page at a time (backfill, demo seed, repair). */
export async function rebuildCertificateStats(manager: EntityManager, pageSize = 2000): Promise<void> {
  await clearStats(manager);
  let after = '';
  for (;;) {
    const rows = (await manager.find(Certificate, { where: after ? { id: MoreThan(after) } : {}, order: { id: 'ASC' }, take: pageSize })) as (Certificate & Row)[];
    if (!rows.length) break;
    const facts = rows.flatMap((c) => [...issuedFacts(c), ...(c.status === 'REVOKED' ? revokedFacts(c, c.statusOn ?? c.issuedOn) : [])]);
    await bumpStats(manager, facts);
    after = rows[rows.length - 1].id;
  }
}
