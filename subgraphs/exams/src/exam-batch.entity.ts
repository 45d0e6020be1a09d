import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ExamBatchStatus, ExamMode } from './exam-batch.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: '考核批次 / exam batch: a dated sitting of a project at an institution' })
@Entity('exam_batches')
@Index('uq_exam_batches_code', ['code'], { unique: true })
@Index('ix_exam_batches_project', ['projectId'])
@Index('ix_exam_batches_institution', ['institutionId'])
export class ExamBatch {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field({ description: '批次编号 / batch code' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId: string;

  @Field(() => DateScalar, { description: '考核首日 / first exam day' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => DateScalar, { description: '考核末日 / last exam day' })
  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Field(() => Int, { description: '考生人数 / candidates' })
  @Column({ name: 'candidate_count', type: 'int' })
  candidateCount: number;

  @Field(() => ExamBatchStatus)
  @Column({ type: 'varchar', length: 30 })
  status: ExamBatchStatus;

  @Column({ name: 'site_id', type: 'varchar', length: 36, nullable: true })
  siteId: string | null;

  @Field(() => String, { nullable: true, description: '地市行政区划代码（申报时取自实施机构）/ city division code, taken from the institution at declaration' })
  @Column({ name: 'city_code', type: 'varchar', length: 12, nullable: true })
  cityCode: string | null;

  @Field(() => ExamMode, { description: '考核方式（辽宁：统一考核/单独批次）/ how the batch is scheduled' })
  @Column({ type: 'varchar', length: 20, default: 'REGULAR' })
  mode: ExamMode;

  @Field(() => DateScalar, { nullable: true, description: '申报日期 / declared on' })
  @Column({ name: 'declared_on', type: 'date', nullable: true })
  declaredOn: string | null;

  @Field(() => Int, { nullable: true, description: '参考确认人数（辽宁缴费依据）/ confirmed attendance' })
  @Column({ name: 'confirmed_count', type: 'int', nullable: true })
  confirmedCount: number | null;

  @Field(() => Int, { nullable: true, description: '考务费（元）/ fee in yuan' })
  @Column({ name: 'fee_yuan', type: 'int', nullable: true })
  feeYuan: number | null;

  @Field(() => DateScalar, { nullable: true, description: '缴款通知书开具日 / payment notice issued on' })
  @Column({ name: 'payment_notice_on', type: 'date', nullable: true })
  paymentNoticeOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: '缴费日 / paid on' })
  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @Field(() => String, { nullable: true, description: '退回或取消原因 / why rejected or cancelled' })
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
