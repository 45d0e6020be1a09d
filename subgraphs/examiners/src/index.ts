import 'reflect-metadata';
import { buildFederatedSchema, createSubgraph, type CreateServerOptions, type SubgraphDefinition } from '@skillfed/common';
import { Examiner } from './examiner.entity';
import { createLoaders, type Loaders } from './examiner.loader';
import { examinersReference } from './examiner.reference';
import { ExaminerResolver } from './examiner.resolver';
import { CreateExaminers1763900000000 } from './migrations/1763900000000-CreateExaminers';
import { seedDemo } from './seed';

export const examinersSubgraph: SubgraphDefinition<Loaders> = {
  name: 'examiners',
  entities: [Examiner],
  migrations: [CreateExaminers1763900000000],
  buildSchema: () => buildFederatedSchema({ resolvers: [ExaminerResolver] }, examinersReference),
  createLoaders,
  seedDemo,
};

export const createServer = (options: CreateServerOptions) => createSubgraph(examinersSubgraph, options);
export { Examiner };
