import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A recorded draw: seed, the pools it drew from, and what it drew, so it can be published and repeated. */
@ObjectType({ description: '双随机抽查记录 / a recorded spot-check draw' })
@Entity('spot_checks')
export class SpotCheck {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field({ description: '随机种子（公开）/ the seed, published' })
  @Column({ type: 'varchar', length: 100 })
  seed: string;

  @Field(() => DateScalar)
  @Column({ name: 'from_date', type: 'date' })
  fromDate: string;

  @Field(() => DateScalar)
  @Column({ name: 'to_date', type: 'date' })
  toDate: string;

  // JSON arrays of ids.
  @Column({ name: 'batch_pool', type: 'text' })
  batchPool: string;

  @Column({ name: 'supervisor_pool', type: 'text' })
  supervisorPool: string;

  @Column({ name: 'drawn_batches', type: 'text' })
  drawnBatches: string;

  @Column({ name: 'drawn_supervisors', type: 'text' })
  drawnSupervisors: string;

  @Field()
  @Column({ name: 'drawn_at', type: 'datetime' })
  drawnAt: Date;
}
