import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CertificateKind, CertificateStatus } from './certificate.enums';
import { ExchangeChangeKind, ReceiptOutcome, UploadBatchStatus } from './upload-batch.enums';

/**
 * 上报批次 / one upload of certificate data to the query system (provincial, then national). Built
 * from the certificate events not yet covered by an earlier batch, for one province and track (and one
 * city where the province's rule says the city uploads). BUILT → SENT → ACKNOWLEDGED | PARTLY_REJECTED.
 */
@ObjectType({ description: '证书数据上报批次 / a batch of certificate data for the national query system' })
@Entity('upload_batches')
@Index('uq_upload_batches_scope_seq', ['province', 'kind', 'cityCode', 'sequence'], { unique: true })
@Index('ix_upload_batches_scope_built', ['province', 'builtAt'])
export class UploadBatch {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field(() => CertificateKind)
  @Column({ type: 'varchar', length: 20 })
  kind: CertificateKind;

  /** '' for a province-wide batch; the prefecture code (xxxx00) where the city uploads. */
  @Column({ name: 'city_code', type: 'varchar', length: 6 })
  cityCode: string;

  @Field(() => Int, { description: '该省（市）该类证书的第几个批次 / number of the batch within its scope' })
  @Column({ type: 'int' })
  sequence: number;

  @Field(() => UploadBatchStatus)
  @Column({ type: 'varchar', length: 20 })
  status: UploadBatchStatus;

  @Field(() => Int, { description: '记录数 / rows' })
  @Column({ name: 'row_count', type: 'int' })
  rowCount: number;

  @Field(() => Int, { description: '已接收 / rows accepted' })
  @Column({ name: 'accepted_count', type: 'int' })
  acceptedCount: number;

  @Field(() => Int, { description: '已退回 / rows rejected' })
  @Column({ name: 'rejected_count', type: 'int' })
  rejectedCount: number;

  @Field({ description: '生成时间 / built at' })
  @Column({ name: 'built_at', type: 'datetime' })
  builtAt: Date;

  @Field({ description: '生成人 / built by (token subject)' })
  @Column({ name: 'built_by', type: 'varchar', length: 120 })
  builtBy: string;

  @Field(() => DateScalar, { nullable: true, description: '报送日期 / sent on' })
  @Column({ name: 'sent_on', type: 'date', nullable: true })
  sentOn: string | null;

  @Field(() => String, { nullable: true, description: '报送人 / sent by' })
  @Column({ name: 'sent_by', type: 'varchar', length: 120, nullable: true })
  sentBy: string | null;

  @Field(() => DateScalar, { nullable: true, description: '回执日期（全部行已有结果之日）/ the day every row had its outcome' })
  @Column({ name: 'acknowledged_on', type: 'date', nullable: true })
  acknowledgedOn: string | null;
}

/**
 * One certificate in one batch. `eventStep` is the certificate's latest ISSUED / ISSUED_AS_REPLACEMENT /
 * REVOKED step the row carries; a later such event makes the certificate pending again.
 * `openCertificateId` equals `certificateId` while the row awaits its outcome and is NULL after: its
 * unique index is what keeps a certificate out of two open batches, even under concurrent builds.
 */
@ObjectType({ description: '上报批次中的一条证书记录 / one certificate row of an upload batch' })
@Entity('upload_batch_rows')
@Index('uq_upload_batch_rows_number', ['batchId', 'number'], { unique: true })
@Index('uq_upload_batch_rows_open', ['openCertificateId'], { unique: true })
@Index('ix_upload_batch_rows_certificate', ['certificateId', 'eventStep'])
export class UploadBatchRow {
  @PrimaryColumn({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId: string;

  @PrimaryColumn({ name: 'certificate_id', type: 'varchar', length: 36 })
  certificateId: string;

  @Field({ description: '证书编号 / certificate number' })
  @Column({ type: 'varchar', length: 40 })
  number: string;

  @Column({ name: 'event_step', type: 'int' })
  eventStep: number;

  @Field(() => ExchangeChangeKind)
  @Column({ name: 'change_kind', type: 'varchar', length: 20 })
  changeKind: ExchangeChangeKind;

  @Field(() => CertificateStatus, { description: '生成批次时的证书状态 / status when the batch was built' })
  @Column({ name: 'certificate_status', type: 'varchar', length: 20 })
  certificateStatus: CertificateStatus;

  @Field(() => ReceiptOutcome)
  @Column({ type: 'varchar', length: 20 })
  outcome: ReceiptOutcome;

  @Field(() => String, { nullable: true, description: '退回原因（回执原文）/ why rejected, as the receipt says' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Field(() => DateScalar, { nullable: true, description: '回执日期 / outcome recorded for' })
  @Column({ name: 'outcome_on', type: 'date', nullable: true })
  outcomeOn: string | null;

  @Column({ name: 'open_certificate_id', type: 'varchar', length: 36, nullable: true })
  openCertificateId: string | null;
}
