import 'reflect-metadata';
import { buildFederatedSchema, createSubgraph, type CreateServerOptions, type SubgraphDefinition } from '@skillfed/common';
import { ExamBatch } from './exam-batch.entity';
import { createLoaders, type Loaders } from './exam-batch.loader';
import { examsReference } from './exam-batch.reference';
import { ExamBatchResolver, ProjectExamBatchesResolver } from './exam-batch.resolver';
import { CreateExamBatches1763900000000 } from './migrations/1763900000000-CreateExamBatches';
import { seedDemo } from './seed';

export const examsSubgraph: SubgraphDefinition<Loaders> = {
  name: 'exams',
  entities: [ExamBatch],
  migrations: [CreateExamBatches1763900000000],
  buildSchema: () => buildFederatedSchema({ resolvers: [ExamBatchResolver, ProjectExamBatchesResolver] }, examsReference),
  createLoaders,
  seedDemo,
};

export const createServer = (options: CreateServerOptions) => createSubgraph(examsSubgraph, options);
export { ExamBatch };
