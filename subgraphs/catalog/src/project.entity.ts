import { ProvinceCodeEnum } from '@skillfed/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ProjectOrigin, ProjectStatus } from './project.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: '专项职业能力考核项目 / special vocational ability catalog project' })
@Entity('projects')
@Index('uq_projects_province_code', ['province', 'code'], { unique: true })
@Index('uq_projects_province_name', ['province', 'name'], { unique: true })
export class Project {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ProvinceCodeEnum(), { description: '发布该目录的省份 / province whose catalog lists it' })
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field({ description: '项目编码（省内唯一）/ project code, unique within the province' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field({ description: '项目名称（以目录原文为准）/ name, verbatim from the catalog' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Int, { nullable: true, description: '目录中的序号 / number in the published list (Jiangsu 附件1: 1-84)' })
  @Column({ type: 'int', nullable: true })
  seq: number | null;

  @Field(() => ProjectOrigin, { nullable: true, description: '来源（江苏）/ origin, where the catalog states it' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  origin: ProjectOrigin | null;

  @Field(() => Int, { nullable: true, description: '辽宁发布批次 1-5 / Liaoning publication batch' })
  @Column({ type: 'int', nullable: true })
  batch: number | null;

  @Field(() => ProjectStatus)
  @Column({ type: 'varchar', length: 20 })
  status: ProjectStatus;

  // Comma-separated AssessmentMode codes; exposed as a list by ProjectResolver.modes.
  @Column({ type: 'varchar', length: 200, default: '' })
  modes: string;

  @Field(() => Boolean, { nullable: true, description: '是否单独设置理论知识考试 / whether theory is examined separately' })
  @Column({ name: 'theory_separate', type: 'boolean', nullable: true })
  theorySeparate: boolean | null;

  @Field(() => Int, { nullable: true, description: '考核时长（分钟）/ duration in minutes' })
  @Column({ name: 'duration_minutes', type: 'int', nullable: true })
  durationMinutes: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
