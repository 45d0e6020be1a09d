import { col } from '@skillfed/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateProjects1763900000000 implements MigrationInterface {
  name = 'CreateProjects1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'projects',
        columns: [
          col.id(),
          col.text('province', 32),
          col.text('code', 40),
          col.text('name', 200),
          col.int('seq', true),
          col.text('origin', 20, true),
          col.int('batch', true),
          col.text('status', 20),
          col.createdAt(),
          col.updatedAt(),
        ],
      }),
    );
    await queryRunner.createIndex('projects', new TableIndex({ name: 'uq_projects_province_code', columnNames: ['province', 'code'], isUnique: true }));
    await queryRunner.createIndex('projects', new TableIndex({ name: 'uq_projects_province_name', columnNames: ['province', 'name'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('projects');
  }
}
