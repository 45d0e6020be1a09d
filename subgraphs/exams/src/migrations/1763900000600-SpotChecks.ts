import { col } from '@skillfed/common';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class SpotChecks1763900000600 implements MigrationInterface {
  name = 'SpotChecks1763900000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'spot_checks',
        columns: [
          col.id(), col.text('province', 32), col.text('seed', 100), col.date('from_date'), col.date('to_date'),
          { name: 'batch_pool', type: 'text', isNullable: false }, { name: 'supervisor_pool', type: 'text', isNullable: false },
          { name: 'drawn_batches', type: 'text', isNullable: false }, { name: 'drawn_supervisors', type: 'text', isNullable: false },
          { name: 'drawn_at', type: 'datetime', isNullable: false },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('spot_checks');
  }
}
