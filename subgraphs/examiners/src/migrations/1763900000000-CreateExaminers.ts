import { col } from '@skillfed/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateExaminers1763900000000 implements MigrationInterface {
  name = 'CreateExaminers1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'examiners',
        columns: [
          col.id(),
          col.text('province', 32),
          col.text('name', 50),
          col.text('resident_id', 18),
          col.text('phone', 20),
          col.text('employer', 200),
          col.createdAt(),
          col.updatedAt(),
        ],
      }),
    );
    await queryRunner.createIndex('examiners', new TableIndex({ name: 'uq_examiners_province_resident_id', columnNames: ['province', 'resident_id'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('examiners');
  }
}
