import { col } from '@skillfed/common';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class Archives1763900000500 implements MigrationInterface {
  name = 'Archives1763900000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'archive_records',
        columns: [col.id(), col.ref('batch_id'), col.text('province', 32), col.text('record_type', 30), col.text('medium', 20), col.text('location', 300), col.date('retain_until', true), col.text('basis', 300)],
        indices: [
          { name: 'ix_archive_records_batch', columnNames: ['batch_id'] },
          { name: 'ix_archive_records_province_retain', columnNames: ['province', 'retain_until'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'retention_policies',
        columns: [col.id(), col.text('province', 32), col.text('medium', 20), col.int('months'), col.text('basis', 300)],
        indices: [{ name: 'uq_retention_policies', columnNames: ['province', 'medium'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('retention_policies');
    await queryRunner.dropTable('archive_records');
  }
}
