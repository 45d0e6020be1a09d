import { byIdLoader, childrenLoader, perArgument } from '@skillfed/common';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Certificate } from './certificate.entity';

export function createLoaders(db: DataSource) {
  return {
    certificateById: byIdLoader(db, Certificate),
    certificateByNumber: new DataLoader<string, Certificate | null>(async (numbers) => {
      const rows = await db.getRepository(Certificate).findBy({ number: In([...numbers]) });
      const byNumber = new Map(rows.map((row) => [row.number, row]));
      return numbers.map((n) => byNumber.get(n) ?? null);
    }),
    certificatesByInstitution: perArgument((first: number) => childrenLoader(db, Certificate, 'institutionId', first)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
