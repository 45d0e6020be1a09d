
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A candidate's score for a project (百分制), entered by a member of the batch's panel. */
@ObjectType({ description: '考核成绩 / a score' })
@Entity('scores')
@Index('uq_scores_candidate_project', ['candidateId', 'projectId'], { unique: true })
@Index('ix_scores_batch', ['batchId'])
export class Score {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId: string;

  @Field(() => ID)
  @Column({ name: 'candidate_id', type: 'varchar', length: 36 })
  candidateId: string;

  @Field(() => ID)
  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId: string;

  @Field(() => Int, { description: '0-100' })
  @Column({ type: 'int' })
  score: number;

  @Field({ description: '录入的考评员 id / the panel member who entered it' })
  @Column({ name: 'entered_by', type: 'varchar', length: 120 })
  enteredBy: string;

  @Field()
  @Column({ name: 'entered_at', type: 'datetime' })
  enteredAt: Date;
}

/** A change to a score after entry: the old value, the new one, who and why. */
@ObjectType({ description: '成绩更正记录 / a score correction' })
@Entity('score_corrections')
@Index('ix_score_corrections_score', ['scoreId'])
export class ScoreCorrection {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'score_id', type: 'varchar', length: 36 })
  scoreId: string;

  @Field(() => Int)
  @Column({ name: 'old_score', type: 'int' })
  oldScore: number;

  @Field(() => Int)
  @Column({ name: 'new_score', type: 'int' })
  newScore: number;

  @Field()
  @Column({ name: 'corrected_by', type: 'varchar', length: 120 })
  correctedBy: string;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Field()
  @Column({ name: 'corrected_at', type: 'datetime' })
  correctedAt: Date;
}

