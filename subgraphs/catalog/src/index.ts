import 'reflect-metadata';
import { buildFederatedSchema, createSubgraph, type CreateServerOptions, type SubgraphDefinition, AuditEvent, createAuditResolver } from '@skillfed/common';
import { catalogReference } from './catalog.reference';
import { ImportResolver } from './import/import.resolver';
import { CreateProjects1763900000000 } from './migrations/1763900000000-CreateProjects';
import { ProjectSpecsAndOccupations1763900000200 } from './migrations/1763900000200-ProjectSpecsAndOccupations';
import { Occupation } from './occupation.entity';
import { OccupationResolver, ProjectLifecycleResolver } from './project-lifecycle.resolver';
import { Project } from './project.entity';
import { createLoaders, type Loaders } from './project.loader';
import { ProjectResolver, ProvinceResolver } from './project.resolver';
import { DeadlineRuleResolver, ProvinceRulesResolver, ProvinceScheduleResolver } from './rules.resolver';
import { SchoolRulesResolver } from './school-rules.resolver';
import { ToolsResolver } from './tools.resolver';
import { seedDemo } from './seed';
import { AuditEvents1764000000000 } from './migrations/1764000000000-AuditEvents';
import { YearBoundData1763900000300 } from './migrations/1763900000300-YearBoundData';
import { AnnualNoticeRow, HolidayArrangementRow } from './year-data.entity';
import { YearDataResolver } from './year-data.resolver';
import { currentYearData } from './year-data.service';

export const catalogSubgraph: SubgraphDefinition<Loaders> = {
  name: 'catalog',
  entities: [Project, Occupation, HolidayArrangementRow, AnnualNoticeRow, AuditEvent],
  migrations: [CreateProjects1763900000000, ProjectSpecsAndOccupations1763900000200, YearBoundData1763900000300, AuditEvents1764000000000],
  buildSchema: () => buildFederatedSchema({ resolvers: [ProvinceResolver, ProjectResolver, ProjectLifecycleResolver, OccupationResolver, ImportResolver, ProvinceScheduleResolver, ProvinceRulesResolver, SchoolRulesResolver, DeadlineRuleResolver, ToolsResolver, YearDataResolver, createAuditResolver('catalog')] }, catalogReference),
  createLoaders,
  seedDemo,
  // The catalog keeps the loaded holiday arrangements and annual notices; the other subgraphs ask it.
  loadYearData: currentYearData,
};

export const createServer = (options: CreateServerOptions) => createSubgraph(catalogSubgraph, options);
export { Occupation, Project };
