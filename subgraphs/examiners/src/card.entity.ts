import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CardKind, TrainingType } from './examiner.enums';

/** 证卡: an examiner or supervisor card. Renewal issues the next card and links back to this one. */
@ObjectType({ description: '考评员/督导员证卡 / examiner or supervisor card' })
@Entity('cards')
@Index('uq_cards_number', ['number'], { unique: true })
@Index('ix_cards_examiner', ['examinerId'])
export class Card {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field({ description: '证卡编号 / card number' })
  @Column({ type: 'varchar', length: 40 })
  number: string;

  @Column({ name: 'examiner_id', type: 'varchar', length: 36 })
  examinerId: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field(() => CardKind)
  @Column({ type: 'varchar', length: 20 })
  kind: CardKind;

  @Field(() => DateScalar)
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Field(() => DateScalar, { description: '有效期至（含）/ valid until' })
  @Column({ name: 'valid_until', type: 'date' })
  validUntil: string;

  @Field(() => TrainingType)
  @Column({ name: 'training_type', type: 'varchar', length: 20 })
  trainingType: TrainingType;

  // VALID | SUSPENDED | REVOKED; EXPIRED is read from the date by CardResolver.status.
  @Column({ type: 'varchar', length: 20 })
  status: 'VALID' | 'SUSPENDED' | 'REVOKED';

  @Field(() => String, { nullable: true, description: '暂停或吊销原因 / why suspended or revoked' })
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Field(() => ID, { nullable: true, description: '上一张证卡（复审换发）/ the card this one renews' })
  @Column({ name: 'previous_card_id', type: 'varchar', length: 36, nullable: true })
  previousCardId: string | null;

  // Comma-separated project ids the card covers.
  @Column({ name: 'project_ids', type: 'varchar', length: 2000 })
  projectIds: string;
}
