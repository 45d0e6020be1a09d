import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ApplicationStatus, TrainingType } from './examiner.enums';

/** 考评员资格申请（辽宁 附件4/5）: recommended by a unit, reviewed by the centre, trained, assessed, carded. */
@ObjectType({ description: '考评员资格申请 / an examiner application' })
@Entity('examiner_applications')
@Index('ix_examiner_applications_province_status', ['province', 'status'])
export class ExaminerApplication {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Column({ name: 'examiner_id', type: 'varchar', length: 36 })
  examinerId: string;

  @Field({ description: '推荐单位 / recommending unit' })
  @Column({ name: 'recommending_unit', type: 'varchar', length: 200 })
  recommendingUnit: string;

  // Comma-separated project ids applied for (申请考评职业).
  @Column({ name: 'project_ids', type: 'varchar', length: 2000 })
  projectIds: string;

  @Field(() => DateScalar)
  @Column({ name: 'applied_on', type: 'date' })
  appliedOn: string;

  @Field(() => TrainingType)
  @Column({ name: 'training_type', type: 'varchar', length: 20 })
  trainingType: TrainingType;

  @Field(() => ApplicationStatus)
  @Column({ type: 'varchar', length: 20 })
  status: ApplicationStatus;

  // Newline-separated; exposed as a list by ApplicationResolver.returnReasons.
  @Column({ name: 'return_reasons', type: 'varchar', length: 2000, default: '' })
  returnReasonsText: string;

  @Field(() => Int, { nullable: true, description: '公共知识考核成绩 / public knowledge score' })
  @Column({ name: 'public_knowledge_score', type: 'int', nullable: true })
  publicKnowledgeScore: number | null;

  @Field(() => Int, { nullable: true, description: '专业知识考核成绩 / professional knowledge score' })
  @Column({ name: 'professional_knowledge_score', type: 'int', nullable: true })
  professionalKnowledgeScore: number | null;

  @Field(() => ID, { nullable: true, description: '通过后核发的证卡 / the card issued on passing' })
  @Column({ name: 'card_id', type: 'varchar', length: 36, nullable: true })
  cardId: string | null;
}
