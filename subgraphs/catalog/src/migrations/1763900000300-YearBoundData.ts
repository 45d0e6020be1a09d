import { col } from '@skillfed/common';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Loaded holiday arrangements and annual notices, with their history (see year-data.entity.ts). */
export class YearBoundData1763900000300 implements MigrationInterface {
  name = 'YearBoundData1763900000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const history = () => [
      { name: 'test_data', type: 'boolean', isNullable: false },
      col.text('loaded_by', 100),
      { name: 'loaded_at', type: 'datetime', isNullable: false },
      { name: 'superseded_at', type: 'datetime', isNullable: true },
      col.text('reason', 500, true),
    ];
    await queryRunner.createTable(
      new Table({
        name: 'holiday_arrangements',
        columns: [col.id(), col.int('year'), col.int('version'), col.text('document', 200), col.text('title', 200, true), { name: 'holidays', type: 'text', isNullable: false }, { name: 'working_weekends', type: 'text', isNullable: false }, ...history()],
        indices: [{ name: 'uq_holiday_arrangements_year_version', columnNames: ['year', 'version'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'annual_notices',
        columns: [col.id(), col.text('province', 32), col.int('year'), col.int('version'), col.text('document', 100), col.text('title', 200), { name: 'content', type: 'text', isNullable: false }, ...history()],
        indices: [{ name: 'uq_annual_notices_province_year_version', columnNames: ['province', 'year', 'version'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('annual_notices');
    await queryRunner.dropTable('holiday_arrangements');
  }
}
