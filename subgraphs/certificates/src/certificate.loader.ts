import { byIdLoader, childrenLoader, perArgument } from '@skillfed/common';
import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral } from 'typeorm';
import { CarrierRecord, Certificate, CertificateEvent } from './certificate.entity';

function groupLoader<T extends ObjectLiteral & { certificateId: string }>(db: DataSource, entity: new () => T, order: keyof T): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await db.getRepository(entity).find({ where: { certificateId: In([...ids]) } as never, order: { [order]: 'ASC' } as never });
    const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) grouped.get(row.certificateId)?.push(row);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

export function createLoaders(db: DataSource) {
  return {
    certificateById: byIdLoader(db, Certificate),
    certificateByNumber: new DataLoader<string, Certificate | null>(async (numbers) => {
      const rows = await db.getRepository(Certificate).findBy({ number: In([...numbers]) });
      const byNumber = new Map(rows.map((row) => [row.number, row]));
      return numbers.map((n) => byNumber.get(n) ?? null);
    }),
    certificatesByInstitution: perArgument((first: number) => childrenLoader(db, Certificate, 'institutionId', first)),
    eventsByCertificate: groupLoader(db, CertificateEvent, 'step'),
    carriersByCertificate: groupLoader(db, CarrierRecord, 'sequence'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
