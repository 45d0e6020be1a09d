import { DateScalar, ProvinceCodeEnum, blindIndexColumn, personalColumn } from '@skillfed/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * 证书 / certificate. The number, dates and issuing institution are what the public certificate query
 * shows; the holder's name is masked for anyone but operators of the certificate's province, and the
 * holder's ID number never leaves this subgraph.
 */
@Directive('@key(fields: "id")')
@Directive('@key(fields: "number")')
@ObjectType({ description: '证书 / certificate' })
@Entity('certificates')
@Index('uq_certificates_number', ['number'], { unique: true })
@Index('ix_certificates_institution', ['institutionId'])
@Index('ix_certificates_exam_batch', ['examBatchId'])
@Index('ix_certificates_holder_resident_id_bidx', ['holderResidentIdBidx'])
export class Certificate {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field({ description: '证书编号 / certificate number' })
  @Column({ type: 'varchar', length: 40 })
  number: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 50 })
  holderName: string;

  /** Sealed at rest (personal-data.ts): write the plain number, the transformer seals it. */
  @Column(personalColumn('holder_resident_id'))
  holderResidentId: string;

  /** blindIndex('resident-id', holderResidentId): look certificates up by ID number with this. */
  @Column(blindIndexColumn('holder_resident_id_bidx'))
  holderResidentIdBidx: string;

  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId: string;

  @Column({ name: 'exam_batch_id', type: 'varchar', length: 36 })
  examBatchId: string;

  @Field(() => DateScalar, { description: '发证日期 / issued on' })
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Field(() => Int, { nullable: true, description: '考核成绩（百分制）/ score out of 100' })
  @Column({ type: 'int', nullable: true })
  score: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
