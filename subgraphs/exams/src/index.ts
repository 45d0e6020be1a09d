import 'reflect-metadata';
import { buildFederatedSchema, createSubgraph, type CreateServerOptions, type SubgraphDefinition, createAuditResolver } from '@skillfed/common';
import { ExaminerBooking } from './booking.entity';
import { BookingResolver, ExaminerBookingsResolver, ExaminerRef } from './booking.resolver';
import { ExamBatch } from './exam-batch.entity';
import { ExaminerBookings1763900000100 } from './migrations/1763900000100-ExaminerBookings';
import { BatchWorkflow1763900000200 } from './migrations/1763900000200-BatchWorkflow';
import { BatchFees1763900000300 } from './migrations/1763900000300-BatchFees';
import { FeesResolver } from './fees.resolver';
import { PanelResolver } from './panel.resolver';
import { Scores1763900000400 } from './migrations/1763900000400-Scores';
import { CandidateCorrection, Score, ScoreCorrection } from './score.entity';
import { CertificateSourceResolver } from './certificate-source.resolver';
import { ScoreSubjects1763900001000 } from './migrations/1763900001000-ScoreSubjects';
import { ScoreFieldsResolver, ScoreResolver } from './score.resolver';
import { ArchiveRecord, RetentionPolicy } from './archive.entity';
import { ArchiveResolver } from './archive.resolver';
import { Archives1763900000500 } from './migrations/1763900000500-Archives';
import { SpotChecks1763900000600 } from './migrations/1763900000600-SpotChecks';
import { SpotCheck } from './spot-check.entity';
import { SpotCheckResolver } from './spot-check.resolver';
import { CandidateResolver, DeclarationResolver } from './declaration.resolver';
import { BatchDeadline, BatchEvent, Candidate } from './workflow.entity';
import { AuditEvent, CreateAuditEvents1763900000002, CreateSequences1763900000001, SequenceRow } from '@skillfed/common';
import { createLoaders, type Loaders } from './exam-batch.loader';
import { examsReference } from './exam-batch.reference';
import { ExamBatchResolver, ProjectExamBatchesResolver } from './exam-batch.resolver';
import { CreateExamBatches1763900000000 } from './migrations/1763900000000-CreateExamBatches';
import { seedDemo } from './seed';
import { AuditEvents1764000000000 } from './migrations/1764000000000-AuditEvents';
import { SealPersonalData1764000000100 } from './migrations/1764000000100-SealPersonalData';
import { StatCounter } from '@skillfed/common';
import { Stats1764000000200 } from './migrations/1764000000200-Stats';
import { PanelRefusal } from './panel-refusal.entity';
import { ExamStatsResolver } from './stats.resolver';
import { ExcludedOccupation, SchoolAssessment, SchoolAssessmentRecord, SchoolCandidate } from './school-assessment.entity';
import { SchoolAssessmentResolver, SchoolCandidateResolver, SchoolCertificateSourceResolver } from './school-assessment.resolver';
import { SchoolAssessments1764300000000 } from './migrations/1764300000000-SchoolAssessments';
import { CandidateImportResolver } from './import/candidate-import.resolver';

export const examsSubgraph: SubgraphDefinition<Loaders> = {
  name: 'exams',
  entities: [ExamBatch, ExaminerBooking, BatchEvent, Candidate, BatchDeadline, SequenceRow, Score, ScoreCorrection, ArchiveRecord, RetentionPolicy, SpotCheck, CandidateCorrection, AuditEvent, PanelRefusal, StatCounter, SchoolAssessment, SchoolCandidate, ExcludedOccupation, SchoolAssessmentRecord],
  migrations: [CreateExamBatches1763900000000, ExaminerBookings1763900000100, CreateSequences1763900000001, BatchWorkflow1763900000200, BatchFees1763900000300, Scores1763900000400, Archives1763900000500, SpotChecks1763900000600, CreateAuditEvents1763900000002, ScoreSubjects1763900001000, AuditEvents1764000000000, SealPersonalData1764000000100, Stats1764000000200, SchoolAssessments1764300000000],
  // Examiner is reached only through the entities query, so it must be listed to be emitted.
  buildSchema: () => buildFederatedSchema({ resolvers: [ExamBatchResolver, ProjectExamBatchesResolver, BookingResolver, ExaminerBookingsResolver, DeclarationResolver, CandidateResolver, FeesResolver, PanelResolver, ScoreResolver, ScoreFieldsResolver, ArchiveResolver, SpotCheckResolver, CertificateSourceResolver, ExamStatsResolver, SchoolAssessmentResolver, SchoolCandidateResolver, SchoolCertificateSourceResolver, CandidateImportResolver, createAuditResolver('exams')], orphanedTypes: [ExaminerRef] }, examsReference),
  createLoaders,
  seedDemo,
  // certificates: cancelling results revokes the batch's certificates there.
  // catalog: the loaded holiday arrangements and annual notices (YearDataSource.fromCatalog).
  peers: ['institutions', 'examiners', 'certificates', 'catalog'],
};

export const createServer = (options: CreateServerOptions) => createSubgraph(examsSubgraph, options);
export { ExamBatch, ExaminerBooking };
