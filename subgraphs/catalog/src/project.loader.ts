import { byIdLoader } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { Project } from './project.entity';

export function createLoaders(db: DataSource) {
  return { projectById: byIdLoader(db, Project) };
}

export type Loaders = ReturnType<typeof createLoaders>;
