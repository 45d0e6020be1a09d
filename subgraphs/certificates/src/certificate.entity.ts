import { DateScalar, ProvinceCodeEnum, personalTransformer } from '@skillfed/common';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CarrierKind, CertificateAction, CertificateKind, CertificateStatus, IssuerTier } from './certificate.enums';

@ObjectType({ description: '科目成绩（百分制，可有一位小数）/ a subject score' })
export class SubjectScore {
  @Field({ description: 'THEORY 理论知识 | PRACTICAL 操作技能' })
  subject: string;

  @Field(() => Float)
  score: number;
}

@ObjectType({ description: '发证机构 / issuer' })
export class Issuer {
  @Field(() => IssuerTier)
  tier: IssuerTier;

  @Field({ description: '发证机构名称（按通知）/ the body the notice names' })
  body: string;

  @Field({ description: '发证机构代码：省、市行政区划代码或机构 id / division code or institution id' })
  code: string;
}

/**
 * 证书 / certificate, issued only by issueCertificates from a published batch. The holder's name and
 * ID number are sealed at rest (personal-data helper) with blind indexes for verification; they leave
 * this subgraph masked unless the caller acts for the certificate.
 */
@Directive('@key(fields: "id")')
@Directive('@key(fields: "number")')
@ObjectType({ description: '证书 / certificate' })
@Entity('certificates')
@Index('uq_certificates_number', ['number'], { unique: true })
@Index('uq_certificates_serial', ['serialScope', 'serial'], { unique: true })
@Index('ix_certificates_exam_batch', ['examBatchId'])
@Index('ix_certificates_institution', ['institutionId'])
@Index('ix_certificates_holder_id', ['holderIdIndex'])
@Index('ix_certificates_province_issued', ['province', 'issuedOn'])
export class Certificate {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field({ description: '证书编号 / certificate number' })
  @Column({ type: 'varchar', length: 40 })
  number: string;

  /** The sequence row that counted this certificate (issuer + year, or 附件5 institution + year + level). */
  @Column({ name: 'serial_scope', type: 'varchar', length: 60 })
  serialScope: string;

  @Field(() => Int, { description: '流水号（在发证机构、年度内连续）/ serial within the issuer and year' })
  @Column({ type: 'int' })
  serial: number;

  @Field(() => CertificateKind)
  @Column({ type: 'varchar', length: 20 })
  kind: CertificateKind;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field({ description: '机构所在市（GB/T 2260）/ city of the institution' })
  @Column({ name: 'city_code', type: 'varchar', length: 6 })
  cityCode: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 255, transformer: personalTransformer })
  holderName: string;

  /** HMAC of the normalised name: verification compares this, never the plain name. */
  @Column({ name: 'holder_name_index', type: 'varchar', length: 64 })
  holderNameIndex: string;

  @Column({ name: 'holder_resident_id', type: 'varchar', length: 255, transformer: personalTransformer })
  holderResidentId: string;

  @Column({ name: 'holder_id_index', type: 'varchar', length: 64 })
  holderIdIndex: string;

  @Field(() => ID, { description: '考生 id（考务子图）/ the candidate it was issued to' })
  @Column({ name: 'candidate_id', type: 'varchar', length: 36 })
  candidateId: string;

  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36, nullable: true })
  projectId: string | null;

  @Field(() => String, { nullable: true, description: '职业（工种）代码（职业技能等级证书）/ occupation code (skill levels)' })
  @Column({ name: 'occupation_code', type: 'varchar', length: 20, nullable: true })
  occupationCode: string | null;

  @Field(() => Int, { nullable: true, description: '等级1-5（职业技能等级证书）/ level (skill levels)' })
  @Column({ type: 'int', nullable: true })
  level: number | null;

  @Column({ name: 'exam_batch_id', type: 'varchar', length: 36 })
  examBatchId: string;

  @Column({ name: 'issuer_tier', type: 'varchar', length: 20 })
  issuerTier: IssuerTier;

  @Column({ name: 'issuer_body', type: 'varchar', length: 100 })
  issuerBody: string;

  @Column({ name: 'issuer_code', type: 'varchar', length: 36 })
  issuerCode: string;

  /** JSON [{subject, score}] as published; scores are locked in exams once published. */
  @Column({ name: 'subject_scores', type: 'varchar', length: 200 })
  subjectScoresJson: string;

  @Field(() => DateScalar, { description: '发证日期 / issued on' })
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Field(() => CertificateStatus)
  @Column({ type: 'varchar', length: 20 })
  status: CertificateStatus;

  @Field(() => String, { nullable: true, description: '撤销/换发原因 / why revoked or replaced' })
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Field(() => String, { nullable: true, description: '撤销依据 / legal basis cited' })
  @Column({ name: 'status_citation', type: 'varchar', length: 200, nullable: true })
  statusCitation: string | null;

  @Field(() => String, { nullable: true, description: '撤销/换发操作人 / by' })
  @Column({ name: 'status_by', type: 'varchar', length: 120, nullable: true })
  statusBy: string | null;

  @Field(() => DateScalar, { nullable: true, description: '撤销/换发日期 / on' })
  @Column({ name: 'status_on', type: 'date', nullable: true })
  statusOn: string | null;

  @Column({ name: 'replaces_id', type: 'varchar', length: 36, nullable: true })
  replacesId: string | null;

  @Column({ name: 'replaced_by_id', type: 'varchar', length: 36, nullable: true })
  replacedById: string | null;

  @Field(() => CarrierKind, { description: '当前载体 / current carrier' })
  @Column({ type: 'varchar', length: 20 })
  carrier: CarrierKind;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}

/** Every change to a certificate, in order; never updated or deleted. */
@ObjectType({ description: '证书记录 / a change to a certificate' })
@Entity('certificate_events')
@Index('uq_certificate_events_step', ['certificateId', 'step'], { unique: true })
export class CertificateEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'certificate_id', type: 'varchar', length: 36 })
  certificateId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  step: number;

  @Field(() => CertificateAction)
  @Column({ type: 'varchar', length: 30 })
  action: CertificateAction;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: '依据 / legal basis' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  citation: string | null;

  @Field(() => String, { nullable: true, description: '关联证书 id（换发的新/旧证）/ the other certificate of a replacement' })
  @Column({ name: 'related_id', type: 'varchar', length: 36, nullable: true })
  relatedId: string | null;

  @Field()
  @Column({ name: 'actor_subject', type: 'varchar', length: 120 })
  actorSubject: string;

  @Field()
  @Column({ name: 'actor_role', type: 'varchar', length: 30 })
  actorRole: string;

  @Field()
  @Column({ name: 'occurred_at', type: 'datetime' })
  occurredAt: Date;
}

/** 载体: the paper or electronic certificate handed out; a reprint adds a row under the same number. */
@ObjectType({ description: '证书载体记录 / a carrier issued for a certificate' })
@Entity('certificate_carriers')
@Index('uq_certificate_carriers_seq', ['certificateId', 'sequence'], { unique: true })
export class CarrierRecord {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'certificate_id', type: 'varchar', length: 36 })
  certificateId: string;

  @Field(() => Int, { description: '第几次制发（1 = 首次）/ 1 = first issue' })
  @Column({ type: 'int' })
  sequence: number;

  @Field(() => CarrierKind)
  @Column({ type: 'varchar', length: 20 })
  carrier: CarrierKind;

  @Field(() => DateScalar)
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Field(() => String, { nullable: true, description: '补发原因（遗失、损毁）/ why reprinted' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;
}

/**
 * One row per exam batch whose certificates were issued (or whose results were cancelled): the
 * primary key makes issuing idempotent under concurrency, and a cancellation blocks later issuing.
 */
@Entity('certificate_batches')
export class CertificateBatch {
  @PrimaryColumn({ name: 'exam_batch_id', type: 'varchar', length: 36 })
  examBatchId: string;

  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Column({ name: 'issued_count', type: 'int' })
  issuedCount: number;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ name: 'issued_by', type: 'varchar', length: 120, nullable: true })
  issuedBy: string | null;

  @Column({ name: 'cancelled_on', type: 'date', nullable: true })
  cancelledOn: string | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @Column({ name: 'cancel_citation', type: 'varchar', length: 200, nullable: true })
  cancelCitation: string | null;
}
