import 'reflect-metadata';
import { CreateSequences1763900000001, SequenceRow, buildFederatedSchema, createSubgraph, type CreateServerOptions, type SubgraphDefinition, AuditEvent, createAuditResolver } from '@skillfed/common';
import { ExamSite, ExamSiteProject } from './exam-site.entity';
import { ExamSiteResolver, InstitutionSitesResolver } from './exam-site.resolver';
import { FilingEvent, FilingMaterialRecord, FilingScopeItem } from './filing.entity';
import { FilingResolver } from './filing.resolver';
import { FilingTermResolver } from './filing-term.resolver';
import { Institution } from './institution.entity';
import { createLoaders, type Loaders } from './institution.loader';
import { institutionReference } from './institution.reference';
import { InstitutionResolver } from './institution.resolver';
import { CreateInstitutions1763900000000 } from './migrations/1763900000000-CreateInstitutions';
import { FilingLifecycleAndSites1763900000100 } from './migrations/1763900000100-FilingLifecycleAndSites';
import { seedDemo } from './seed';
import { AuditEvents1764000000000 } from './migrations/1764000000000-AuditEvents';
import { SealPersonalData1764000000100 } from './migrations/1764000000100-SealPersonalData';

export const institutionsSubgraph: SubgraphDefinition<Loaders> = {
  name: 'institutions',
  entities: [Institution, FilingEvent, FilingMaterialRecord, FilingScopeItem, ExamSite, ExamSiteProject, SequenceRow, AuditEvent],
  migrations: [CreateInstitutions1763900000000, CreateSequences1763900000001, FilingLifecycleAndSites1763900000100, AuditEvents1764000000000, SealPersonalData1764000000100],
  buildSchema: () => buildFederatedSchema({ resolvers: [InstitutionResolver, FilingResolver, FilingTermResolver, ExamSiteResolver, InstitutionSitesResolver, createAuditResolver('institutions')] }, institutionReference),
  createLoaders,
  seedDemo,
};

export const createServer = (options: CreateServerOptions) => createSubgraph(institutionsSubgraph, options);
export { ExamSite, Institution };
