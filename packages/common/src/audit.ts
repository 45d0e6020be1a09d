import crypto from 'node:crypto';
import { Column, Entity, Index, PrimaryColumn, Table, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { Caller } from './caller';

/**
 * PROVISIONAL (certs branch): the issue 9 data engineer lands the real audit trail under this name
 * and these signatures; replaced by theirs on merge. Append-only rows written in the change's transaction.
 */
@Entity('audit_events')
@Index('ix_audit_events_target', ['targetType', 'targetId'])
export class AuditEvent {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'actor_subject', type: 'varchar', length: 120 }) actorSubject: string;
  @Column({ name: 'actor_role', type: 'varchar', length: 30 }) actorRole: string;
  @Column({ type: 'varchar', length: 200 }) provinces: string;
  @Column({ type: 'varchar', length: 80 }) action: string;
  @Column({ name: 'target_type', type: 'varchar', length: 60 }) targetType: string;
  @Column({ name: 'target_id', type: 'varchar', length: 80 }) targetId: string;
  @Column({ type: 'varchar', length: 32, nullable: true }) province: string | null;
  @Column({ type: 'varchar', length: 20 }) outcome: string;
  @Column({ name: 'request_id', type: 'varchar', length: 80, nullable: true }) requestId: string | null;
  @Column({ name: 'occurred_at', type: 'datetime' }) occurredAt: Date;
}

export class CreateAuditEvents1763900000002 implements MigrationInterface {
  name = 'CreateAuditEvents1763900000002';
  async up(queryRunner: QueryRunner): Promise<void> {
    const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          { ...text('id', 36), isPrimary: true },
          text('actor_subject', 120), text('actor_role', 30), text('provinces', 200), text('action', 80), text('target_type', 60), text('target_id', 80),
          text('province', 32, true), text('outcome', 20), text('request_id', 80, true),
          { name: 'occurred_at', type: 'datetime', isNullable: false },
        ],
        indices: [{ name: 'ix_audit_events_target', columnNames: ['target_type', 'target_id'] }],
      }),
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_events');
  }
}

export interface AuditContext {
  caller: Caller;
  requestId?: string;
}

export async function recordAudit(
  manager: EntityManager,
  context: AuditContext,
  event: { action: string; targetType: string; targetId: string; province?: string | null; outcome?: string },
): Promise<void> {
  await manager.insert(AuditEvent, {
    id: crypto.randomUUID(),
    actorSubject: context.caller.subject,
    actorRole: context.caller.role,
    provinces: context.caller.provinces.join(','),
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    province: event.province ?? null,
    outcome: event.outcome ?? 'SUCCESS',
    requestId: context.requestId ?? null,
    occurredAt: new Date(),
  });
}
