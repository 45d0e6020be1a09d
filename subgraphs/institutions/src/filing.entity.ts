import { DateScalar } from '@skillfed/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { FilingStatus } from './institution.enums';

/** One step of a filing's life: who moved it, when, from what to what, and why. */
@ObjectType({ description: '备案记录 / a step in an institution\'s filing history' })
@Entity('filing_events')
@Index('uq_filing_events_step', ['institutionId', 'step'], { unique: true })
export class FilingEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Field(() => Int, { description: '第几步 / step number, 1 = application' })
  @Column({ type: 'int' })
  step: number;

  @Field(() => FilingStatus, { nullable: true, description: '原状态 / from' })
  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus: FilingStatus | null;

  @Field(() => FilingStatus, { description: '新状态 / to' })
  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus: FilingStatus;

  @Field({ description: '操作人（令牌 sub）/ who (token subject)' })
  @Column({ name: 'actor_subject', type: 'varchar', length: 120 })
  actorSubject: string;

  @Field({ description: '操作人角色 / role' })
  @Column({ name: 'actor_role', type: 'varchar', length: 30 })
  actorRole: string;

  @Field(() => String, { nullable: true, description: '理由 / why' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Field({ description: '发生时间（UTC）/ when' })
  @Column({ name: 'occurred_at', type: 'datetime' })
  occurredAt: Date;
}

@Entity('filing_materials')
@Index('uq_filing_materials_item', ['institutionId', 'code'], { unique: true })
export class FilingMaterialRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  reference: string;

  @Column({ name: 'provided_on', type: 'date' })
  providedOn: string;
}

/** What a filed institution may assess: catalog projects (special ability) or occupations with levels. */
@Entity('filing_scope')
export class FilingScopeItem {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36, nullable: true })
  projectId: string | null;

  @Column({ name: 'occupation_code', type: 'varchar', length: 20, nullable: true })
  occupationCode: string | null;

  @Column({ name: 'occupation_name', type: 'varchar', length: 100, nullable: true })
  occupationName: string | null;

  @Column({ name: 'work_type', type: 'varchar', length: 100, nullable: true })
  workType: string | null;

  @Column({ name: 'level_highest', type: 'int', nullable: true })
  levelHighest: number | null;

  @Column({ name: 'level_lowest', type: 'int', nullable: true })
  levelLowest: number | null;
}

@ObjectType({ description: '备案材料 / a filing material the province requires' })
export class FilingMaterialStatus {
  @Field({ description: '材料代码 / code' })
  code: string;

  @Field({ description: '材料名称（通知原文）/ name' })
  name: string;

  @Field({ description: '是否已提交 / provided' })
  provided: boolean;

  @Field(() => String, { nullable: true, description: '提交的文件编号或说明 / reference' })
  reference: string | null;

  @Field(() => DateScalar, { nullable: true })
  providedOn: string | null;
}

@ObjectType({ description: '备案范围中的职业（工种）/ an occupation in the filing scope' })
export class ScopeOccupation {
  @Field({ description: '职业编码，如 6-18-01-01 / occupation code' })
  code: string;

  @Field({ description: '职业名称' })
  name: string;

  @Field(() => String, { nullable: true, description: '工种名称' })
  workType: string | null;

  @Field(() => Int, { description: '最高等级（1=高级技师）' })
  levelHighest: number;

  @Field(() => Int, { description: '最低等级（5=初级工）' })
  levelLowest: number;
}
