import { ProvinceCodeEnum, blindIndexColumn, personalColumn } from '@skillfed/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * 考评员 / examiner. Name, ID number and phone are personal data: the ID number and phone only ever
 * leave this subgraph masked, and the name only to operators of the examiner's province. ID number and
 * phone are stored sealed (AES-256-GCM, see personal-data.ts); duplicates are found by the blind index.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '考评员 / examiner' })
@Entity('examiners')
@Index('uq_examiners_province_resident_id_bidx', ['province', 'residentIdBidx'], { unique: true })
export class Examiner {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column(personalColumn('resident_id'))
  residentId: string;

  /** blindIndex('resident-id', residentId): equality look-ups and the one-registration-per-province check. */
  @Column(blindIndexColumn('resident_id_bidx'))
  residentIdBidx: string;

  @Column(personalColumn('phone'))
  phone: string;

  @Field({ description: '工作单位 / employer' })
  @Column({ type: 'varchar', length: 200 })
  employer: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
