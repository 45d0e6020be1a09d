import { byIdLoader } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { Examiner } from './examiner.entity';

export function createLoaders(db: DataSource) {
  return { examinerById: byIdLoader(db, Examiner) };
}

export type Loaders = ReturnType<typeof createLoaders>;
