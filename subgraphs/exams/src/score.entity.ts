
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** DECIMAL comes back from MySQL as a string; scores are numbers with at most one decimal. */
const decimal: ValueTransformer = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/** A candidate's score for a project (百分制), entered by a member of the batch's panel. */
@ObjectType({ description: '考核成绩 / a score' })
@Entity('scores')
@Index('uq_scores_candidate_subject', ['candidateId', 'projectId', 'subject'], { unique: true })
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

  @Field({ description: '科目：THEORY 理论知识 | PRACTICAL 操作技能（辽宁为一个汇总成绩）/ subject' })
  @Column({ type: 'varchar', length: 20, default: 'PRACTICAL' })
  subject: string;

  @Field(() => Float, { description: '0-100，最多一位小数 / 0-100, one decimal' })
  @Column({ type: 'decimal', precision: 5, scale: 1, transformer: decimal })
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

  @Field(() => Float)
  @Column({ name: 'old_score', type: 'decimal', precision: 5, scale: 1, transformer: decimal })
  oldScore: number;

  @Field(() => Float)
  @Column({ name: 'new_score', type: 'decimal', precision: 5, scale: 1, transformer: decimal })
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


/** 获证考生信息更正（辽宁 四(六)）: which fields changed, who and why; the values stay in the candidate row only. */
@ObjectType({ description: '考生信息更正记录 / a correction of a candidate\'s personal data' })
@Entity('candidate_corrections')
@Index('ix_candidate_corrections_batch', ['batchId'])
export class CandidateCorrection {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID)
  @Column({ name: 'candidate_id', type: 'varchar', length: 36 })
  candidateId: string;

  @Column({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId: string;

  @Field({ description: '更正的字段（name、residentId）/ fields corrected' })
  @Column({ type: 'varchar', length: 100 })
  fields: string;

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
