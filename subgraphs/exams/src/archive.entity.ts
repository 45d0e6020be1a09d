import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A record of a batch kept in an archive, with the date before which it may not be destroyed. */
@ObjectType({ description: '考核档案 / an archived record of a batch' })
@Entity('archive_records')
@Index('ix_archive_records_batch', ['batchId'])
@Index('ix_archive_records_province_retain', ['province', 'retainUntil'])
export class ArchiveRecord {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field({ description: 'VIDEO | PAPERS | SCORE_SHEETS | SIGN_IN_SHEETS | ROSTERS | ROOM_RECORDS | SUPERVISION_RECORD' })
  @Column({ name: 'record_type', type: 'varchar', length: 30 })
  recordType: string;

  @Field({ description: '保存形式 VIDEO | PAPER | ELECTRONIC' })
  @Column({ type: 'varchar', length: 20 })
  medium: string;

  @Field({ description: '存放地点 / where it is kept' })
  @Column({ type: 'varchar', length: 300 })
  location: string;

  @Field(() => DateScalar, { nullable: true, description: '须保存至（含）；未定保存期限时为空，不得销毁 / keep until (inclusive)' })
  @Column({ name: 'retain_until', type: 'date', nullable: true })
  retainUntil: string | null;

  @Field({ description: '保存期限依据 / basis of the retention period' })
  @Column({ type: 'varchar', length: 300 })
  basis: string;
}

/** A period a province sets where its notice states none (Jiangsu), so its records can be kept lawfully. */
@ObjectType({ description: '省定档案保存政策 / a retention policy the province set' })
@Entity('retention_policies')
@Index('uq_retention_policies', ['province', 'medium'], { unique: true })
export class RetentionPolicy {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field()
  @Column({ type: 'varchar', length: 20 })
  medium: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  months: number;

  @Field({ description: '政策文件 / the document that sets it' })
  @Column({ type: 'varchar', length: 300 })
  basis: string;
}
