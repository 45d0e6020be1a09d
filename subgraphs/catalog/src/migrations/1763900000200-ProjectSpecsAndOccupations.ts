import { col } from '@skillfed/common';
import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class ProjectSpecsAndOccupations1763900000200 implements MigrationInterface {
  name = 'ProjectSpecsAndOccupations1763900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('projects', [
      new TableColumn({ name: 'modes', type: 'varchar', length: '200', isNullable: false, default: "''" }),
      new TableColumn({ name: 'theory_separate', type: 'boolean', isNullable: true }),
      new TableColumn({ name: 'duration_minutes', type: 'int', isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'occupations',
        columns: [col.id(), col.text('code', 20), col.text('name', 100), col.text('work_type', 100, true), col.text('work_type_key', 100), col.int('level_highest'), col.int('level_lowest')],
        indices: [{ name: 'uq_occupations_code_work_type', columnNames: ['code', 'work_type_key'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('occupations');
    for (const column of ['duration_minutes', 'theory_separate', 'modes']) await queryRunner.dropColumn('projects', column);
  }
}
