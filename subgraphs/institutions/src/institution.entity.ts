import { DateScalar, ProvinceCodeEnum, personalColumn } from '@skillfed/common';
import { Field, ID, ObjectType, Directive } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { FilingStatus, InstitutionKind, Track } from './institution.enums';

/**
 * 培训考核机构 / assessment institution. Directory fields (name, province, city, kind, filing) are
 * published information; contact details are for operators of the institution's province only.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '培训考核机构 / training and assessment institution' })
@Entity('institutions')
@Index('uq_institutions_province_credit_code', ['province', 'creditCode'], { unique: true })
@Index('uq_institutions_sequence_code', ['province', 'sequenceCode'], { unique: true })
export class Institution {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ProvinceCodeEnum(), { description: '所属省份 / province' })
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field({ description: '所在市行政区划代码（GB/T 2260）/ city division code' })
  @Column({ name: 'city_code', type: 'varchar', length: 6 })
  cityCode: string;

  @Field({ description: '机构名称 / official Chinese name' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => InstitutionKind, { description: '机构类别 / kind' })
  @Column({ type: 'varchar', length: 40 })
  kind: InstitutionKind;

  @Field(() => Track, { description: '备案的评价类别 / the track it is filed for' })
  @Column({ type: 'varchar', length: 20 })
  track: Track;

  @Field({ description: '已参与完成专项职业能力考核项目立项（辽宁社会培训机构条件）/ took part in developing a project' })
  @Column({ name: 'prior_project_development', type: 'boolean' })
  priorProjectDevelopment: boolean;

  @Field({ description: '曾参与过省本级鉴定考核工作（辽宁社会培训机构条件）/ took part in provincial assessment' })
  @Column({ name: 'prior_provincial_assessment', type: 'boolean' })
  priorProvincialAssessment: boolean;

  @Field({ description: '统一社会信用代码 / unified social credit code (GB 32100-2015)' })
  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  // Exposed through InstitutionResolver.filingStatus, which reads an ended term as EXPIRED.
  @Column({ name: 'filing_status', type: 'varchar', length: 20 })
  filingStatus: FilingStatus;

  @Field(() => String, { nullable: true, description: '备案号 / filing number' })
  @Column({ name: 'filing_number', type: 'varchar', length: 40, nullable: true })
  filingNumber: string | null;

  @Field(() => DateScalar, { nullable: true, description: '备案日期 / filed on' })
  @Column({ name: 'filed_on', type: 'date', nullable: true })
  filedOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: '资质有效期至（含）；规则未规定期限时为空 / filing valid until, where a rule sets a term' })
  @Column({ name: 'filing_valid_until', type: 'date', nullable: true })
  filingValidUntil: string | null;

  @Field(() => String, { nullable: true, description: '辽宁机构序列码（附件5 第8-13位：市代码+类别+备案顺序号）/ Liaoning institution sequence' })
  @Column({ name: 'sequence_code', type: 'varchar', length: 6, nullable: true })
  sequenceCode: string | null;

  // Resolved by InstitutionResolver with province checks and masking.
  @Column({ type: 'varchar', length: 300 })
  address: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 50 })
  contactName: string;

  /** Sealed at rest (personal-data.ts); leaves the subgraph masked. */
  @Column(personalColumn('contact_phone'))
  contactPhone: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
