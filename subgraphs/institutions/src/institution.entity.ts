import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import { Field, ID, ObjectType, Directive } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { FilingStatus, InstitutionKind } from './institution.enums';

/**
 * 培训考核机构 / assessment institution. Directory fields (name, province, city, kind, filing) are
 * published information; contact details are for operators of the institution's province only.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '培训考核机构 / training and assessment institution' })
@Entity('institutions')
@Index('uq_institutions_province_credit_code', ['province', 'creditCode'], { unique: true })
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

  @Field({ description: '统一社会信用代码 / unified social credit code (GB 32100-2015)' })
  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode: string;

  @Field(() => FilingStatus, { description: '备案状态 / filing status' })
  @Column({ name: 'filing_status', type: 'varchar', length: 20 })
  filingStatus: FilingStatus;

  @Field(() => String, { nullable: true, description: '备案号 / filing number' })
  @Column({ name: 'filing_number', type: 'varchar', length: 40, nullable: true })
  filingNumber: string | null;

  @Field(() => DateScalar, { nullable: true, description: '备案日期 / filed on' })
  @Column({ name: 'filed_on', type: 'date', nullable: true })
  filedOn: string | null;

  // Resolved by InstitutionResolver with province checks and masking.
  @Column({ type: 'varchar', length: 300 })
  address: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 50 })
  contactName: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 20 })
  contactPhone: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
