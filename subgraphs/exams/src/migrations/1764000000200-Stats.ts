import { CreateStatCounters1764000000000, col } from '@skillfed/common';
import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { rebuildExamStats } from '../stats.service';

/**
 * Issue 13: the summary counters (backfilled from whatever detail rows exist), batches' city and kept
 * panel refusals (this month's unmet deadlines are read through the existing ix_batch_deadlines_due).
 * Batches declared before this migration have no city: they count under the blank city.
 */
export class Stats1764000000200 implements MigrationInterface {
  name = 'Stats1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await new CreateStatCounters1764000000000().up(queryRunner);
    await queryRunner.addColumn('exam_batches', new TableColumn({ name: 'city_code', type: 'varchar', length: '12', isNullable: true }));
    await queryRunner.createTable(
      new Table({
        name: 'panel_refusals',
        columns: [col.id(), col.ref('batch_id'), col.text('province', 32), { name: 'refused_at', type: 'datetime', isNullable: false }, col.text('actor_subject', 120), col.text('actor_role', 30), { name: 'violations', type: 'text', isNullable: false }],
        indices: [
          { name: 'ix_panel_refusals_province_at', columnNames: ['province', 'refused_at'] },
          { name: 'ix_panel_refusals_batch', columnNames: ['batch_id'] },
        ],
      }),
    );
    await rebuildExamStats(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('panel_refusals');
    await queryRunner.dropColumn('exam_batches', 'city_code');
    await new CreateStatCounters1764000000000().down(queryRunner);
  }
}
