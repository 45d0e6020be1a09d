import 'reflect-metadata';
import { CreateSequences1763900000001, SequenceRow, buildFederatedSchema, createSubgraph, type CreateServerOptions, type SubgraphDefinition, AuditEvent, createAuditResolver } from '@skillfed/common';
import { ExaminerApplication } from './application.entity';
import { ApplicationResolver } from './application.resolver';
import { Card } from './card.entity';
import { ExaminerApplications1763900000200 } from './migrations/1763900000200-ExaminerApplications';
import { CardResolver } from './card.resolver';
import { EvidenceAndCards1763900000100 } from './migrations/1763900000100-EvidenceAndCards';
import { ProjectRelation, Qualification } from './qualification.entity';
import { RegistryResolver } from './registry.resolver';
import { Examiner } from './examiner.entity';
import { createLoaders, type Loaders } from './examiner.loader';
import { examinersReference } from './examiner.reference';
import { ExaminerResolver } from './examiner.resolver';
import { CreateExaminers1763900000000 } from './migrations/1763900000000-CreateExaminers';
import { seedDemo } from './seed';
import { AuditEvents1764000000000 } from './migrations/1764000000000-AuditEvents';
import { SealPersonalData1764000000100 } from './migrations/1764000000100-SealPersonalData';

export const examinersSubgraph: SubgraphDefinition<Loaders> = {
  name: 'examiners',
  entities: [Examiner, Qualification, ProjectRelation, Card, ExaminerApplication, SequenceRow, AuditEvent],
  migrations: [CreateExaminers1763900000000, CreateSequences1763900000001, EvidenceAndCards1763900000100, ExaminerApplications1763900000200, AuditEvents1764000000000, SealPersonalData1764000000100],
  buildSchema: () => buildFederatedSchema({ resolvers: [ExaminerResolver, RegistryResolver, CardResolver, ApplicationResolver, createAuditResolver('examiners')] }, examinersReference),
  createLoaders,
  seedDemo,
  peers: ['exams'],
};

export const createServer = (options: CreateServerOptions) => createSubgraph(examinersSubgraph, options);
export { Card, Examiner };
