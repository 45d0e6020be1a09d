import { ProvinceCodeEnum } from '@skillfed/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A refused panel assignment, kept with every violation the check found (issue 13: refusals used to
 * vanish with the error). Written in its own transaction, since the refused mutation writes nothing else.
 */
@ObjectType({ description: '考评组组建被拒记录 / a refused panel assignment and why' })
@Entity('panel_refusals')
@Index('ix_panel_refusals_province_at', ['province', 'refusedAt'])
@Index('ix_panel_refusals_batch', ['batchId'])
export class PanelRefusal {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field({ description: '被拒时间 / when' })
  @Column({ name: 'refused_at', type: 'datetime' })
  refusedAt: Date;

  @Field({ description: '提交人 / who asked' })
  @Column({ name: 'actor_subject', type: 'varchar', length: 120 })
  actorSubject: string;

  @Field({ description: '提交人角色 / their role' })
  @Column({ name: 'actor_role', type: 'varchar', length: 30 })
  actorRole: string;

  /** JSON array of the violation messages (they name examiner ids, never personal data). */
  @Column({ type: 'text' })
  violations: string;
}
