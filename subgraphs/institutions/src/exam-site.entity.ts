import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RestrictedArea, SiteKind, SiteStatus, VideoMonitoring } from './institution.enums';

/** 考点 / 考场: where an institution holds exams, with its evaluated capacity and (Shaoguan) agreement term. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '考点/考场 / exam site' })
@Entity('exam_sites')
@Index('ix_exam_sites_institution', ['institutionId'])
export class ExamSite {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field({ description: '考场名称 / name' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: '地址 / address' })
  @Column({ type: 'varchar', length: 300 })
  address: string;

  @Field(() => SiteKind)
  @Column({ type: 'varchar', length: 20 })
  kind: SiteKind;

  @Field(() => RestrictedArea, { nullable: true, description: '所在约束性区域（临时考场）/ restricted area of a temporary site' })
  @Column({ name: 'restricted_area', type: 'varchar', length: 20, nullable: true })
  restrictedArea: RestrictedArea | null;

  @Field({ description: '经市级中心同意（韶关临时考场）/ approved by the city centre' })
  @Column({ name: 'approved_by_city_centre', type: 'boolean' })
  approvedByCityCentre: boolean;

  @Field(() => Int, { description: '评估核定的最大工位数 / maximum workstations set by evaluation' })
  @Column({ type: 'int' })
  workstations: number;

  @Field(() => VideoMonitoring)
  @Column({ name: 'video_monitoring', type: 'varchar', length: 30 })
  videoMonitoring: VideoMonitoring;

  @Field(() => DateScalar, { nullable: true, description: '协议起始日 / agreement from' })
  @Column({ name: 'agreement_from', type: 'date', nullable: true })
  agreementFrom: string | null;

  @Field(() => DateScalar, { nullable: true, description: '协议截止日（含）/ agreement until' })
  @Column({ name: 'agreement_until', type: 'date', nullable: true })
  agreementUntil: string | null;

  @Field(() => SiteStatus)
  @Column({ type: 'varchar', length: 20 })
  status: SiteStatus;

  @Field(() => String, { nullable: true, description: '暂停原因 / why suspended' })
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}

@Entity('exam_site_projects')
export class ExamSiteProject {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 36 })
  siteId: string;

  @PrimaryColumn({ name: 'project_id', type: 'varchar', length: 36 })
  projectId: string;
}
