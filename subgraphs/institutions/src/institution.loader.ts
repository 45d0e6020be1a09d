import { byIdLoader } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { Institution } from './institution.entity';

export function createLoaders(db: DataSource) {
  return { institutionById: byIdLoader(db, Institution) };
}

export type Loaders = ReturnType<typeof createLoaders>;
