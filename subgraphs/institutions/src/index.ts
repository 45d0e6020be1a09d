import 'reflect-metadata';
import { buildFederatedSchema, createSubgraph, type CreateServerOptions, type SubgraphDefinition } from '@skillfed/common';
import { Institution } from './institution.entity';
import { createLoaders, type Loaders } from './institution.loader';
import { institutionReference } from './institution.reference';
import { InstitutionResolver } from './institution.resolver';
import { CreateInstitutions1763900000000 } from './migrations/1763900000000-CreateInstitutions';
import { seedDemo } from './seed';

export const institutionsSubgraph: SubgraphDefinition<Loaders> = {
  name: 'institutions',
  entities: [Institution],
  migrations: [CreateInstitutions1763900000000],
  buildSchema: () => buildFederatedSchema({ resolvers: [InstitutionResolver] }, institutionReference),
  createLoaders,
  seedDemo,
};

export const createServer = (options: CreateServerOptions) => createSubgraph(institutionsSubgraph, options);
export { Institution };
