import { byIdLoader, groupLoader } from '@skillfed/common';
import type { DataSource } from 'typeorm';
import { ExamSite, ExamSiteProject } from './exam-site.entity';
import { FilingEvent, FilingMaterialRecord, FilingScopeItem } from './filing.entity';
import { Institution } from './institution.entity';

export function createLoaders(db: DataSource) {
  return {
    institutionById: byIdLoader(db, Institution),
    eventsByInstitution: groupLoader(db, FilingEvent, 'institutionId', 'step'),
    materialsByInstitution: groupLoader(db, FilingMaterialRecord, 'institutionId'),
    scopeByInstitution: groupLoader(db, FilingScopeItem, 'institutionId', 'id'),
    sitesByInstitution: groupLoader(db, ExamSite, 'institutionId', 'id'),
    siteById: byIdLoader(db, ExamSite),
    projectsBySite: groupLoader(db, ExamSiteProject, 'siteId', 'projectId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
