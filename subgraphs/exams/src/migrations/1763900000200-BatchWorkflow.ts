import { col } from '@skillfed/common';
import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class BatchWorkflow1763900000200 implements MigrationInterface {
  name = 'BatchWorkflow1763900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('exam_batches', [
      new TableColumn({ name: 'site_id', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'mode', type: 'varchar', length: '20', isNullable: false, default: "'REGULAR'" }),
      new TableColumn({ name: 'declared_on', type: 'date', isNullable: true }),
      new TableColumn({ name: 'status_reason', type: 'varchar', length: '500', isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'batch_events',
        columns: [col.id(), col.ref('batch_id'), col.int('step'), col.text('from_status', 30, true), col.text('to_status', 30), col.text('actor_subject', 120), col.text('actor_role', 30), col.text('reason', 500, true), { name: 'occurred_at', type: 'datetime', isNullable: false }],
        indices: [{ name: 'uq_batch_events_step', columnNames: ['batch_id', 'step'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'candidates',
        columns: [col.id(), col.ref('batch_id'), col.text('name', 50), col.text('resident_id', 18), col.text('phone', 20), col.text('priority_group', 30), col.ref('project_id')],
        indices: [
          { name: 'uq_candidates_registration', columnNames: ['batch_id', 'project_id', 'resident_id'], isUnique: true },
          { name: 'ix_candidates_batch', columnNames: ['batch_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'batch_deadlines',
        columns: [col.id(), col.ref('batch_id'), col.text('kind', 40), col.date('anchor_date'), col.date('due_date'), col.date('met_on', true), col.text('source_document', 200), col.text('source_section', 100)],
        indices: [
          { name: 'uq_batch_deadlines_kind', columnNames: ['batch_id', 'kind'], isUnique: true },
          { name: 'ix_batch_deadlines_due', columnNames: ['due_date'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['batch_deadlines', 'candidates', 'batch_events']) await queryRunner.dropTable(table);
    for (const column of ['status_reason', 'declared_on', 'mode', 'site_id']) await queryRunner.dropColumn('exam_batches', column);
  }
}
