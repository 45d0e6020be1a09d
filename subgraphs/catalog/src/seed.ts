import { DEMO_PROJECTS, hasAnyRow } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { Project } from './project.entity';
import { ProjectOrigin, ProjectStatus } from './project.enums';

/** Seeds Jiangsu's 84 published projects (004 附件1) and a few sample projects per other province. */
export async function seedDemo(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    const repo = tx.getRepository(Project);
    if (await hasAnyRow(tx, Project)) return 0;
    const now = new Date();
    await repo.insert(
      DEMO_PROJECTS.map((p) => ({
        ...p,
        origin: p.origin as ProjectOrigin | null,
        modes: p.modes.join(','),
        theorySeparate: null,
        durationMinutes: null,
        status: ProjectStatus.PUBLISHED,
        createdAt: now,
        updatedAt: now,
      })),
    );
    return DEMO_PROJECTS.length;
  });
}
