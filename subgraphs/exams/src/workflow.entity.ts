import { DateScalar, blindIndexColumn, personalColumn } from '@skillfed/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ExamBatchStatus, PriorityGroup } from './exam-batch.enums';

@ObjectType({ description: '批次状态记录 / a step in a batch\'s history' })
@Entity('batch_events')
@Index('uq_batch_events_step', ['batchId', 'step'], { unique: true })
export class BatchEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  step: number;

  @Field(() => ExamBatchStatus, { nullable: true })
  @Column({ name: 'from_status', type: 'varchar', length: 30, nullable: true })
  fromStatus: ExamBatchStatus | null;

  @Field(() => ExamBatchStatus)
  @Column({ name: 'to_status', type: 'varchar', length: 30 })
  toStatus: ExamBatchStatus;

  @Field()
  @Column({ name: 'actor_subject', type: 'varchar', length: 120 })
  actorSubject: string;

  @Field()
  @Column({ name: 'actor_role', type: 'varchar', length: 30 })
  actorRole: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Field()
  @Column({ name: 'occurred_at', type: 'datetime' })
  occurredAt: Date;
}

/** 考生: personal data; the ID number and phone leave this subgraph masked only. */
@ObjectType({ description: '考生 / candidate' })
@Entity('candidates')
@Index('uq_candidates_registration_bidx', ['batchId', 'projectId', 'residentIdBidx'], { unique: true })
@Index('ix_candidates_batch', ['batchId'])
export class Candidate {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** Sealed at rest (personal-data.ts). */
  @Column(personalColumn('resident_id'))
  residentId: string;

  /** blindIndex('resident-id', residentId): one registration per person, batch and project. */
  @Column(blindIndexColumn('resident_id_bidx'))
  residentIdBidx: string;

  @Column(personalColumn('phone'))
  phone: string;

  @Field(() => PriorityGroup)
  @Column({ name: 'priority_group', type: 'varchar', length: 30 })
  priorityGroup: PriorityGroup;

  @Field(() => ID)
  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId: string;
}

/** A working-day deadline computed from the province's rules and tracked until met. */
@ObjectType({ description: '期限 / a deadline on a batch' })
@Entity('batch_deadlines')
@Index('uq_batch_deadlines_kind', ['batchId', 'kind'], { unique: true })
@Index('ix_batch_deadlines_due', ['dueDate'])
export class BatchDeadline {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId: string;

  @Field({ description: 'CANDIDATE_REVIEW | SCORE_REPORT | HOLDER_INFO_CONFIRMATION | CERTIFICATE_PUBLICATION' })
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Field(() => DateScalar, { description: '起算日 / counted from' })
  @Column({ name: 'anchor_date', type: 'date' })
  anchorDate: string;

  @Field(() => DateScalar, { description: '到期日 / due' })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Field(() => DateScalar, { nullable: true, description: '完成日 / met on' })
  @Column({ name: 'met_on', type: 'date', nullable: true })
  metOn: string | null;

  @Field()
  @Column({ name: 'source_document', type: 'varchar', length: 200 })
  sourceDocument: string;

  @Field()
  @Column({ name: 'source_section', type: 'varchar', length: 100 })
  sourceSection: string;
}
