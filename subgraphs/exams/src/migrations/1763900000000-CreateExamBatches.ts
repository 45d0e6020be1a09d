import { col } from '@skillfed/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateExamBatches1763900000000 implements MigrationInterface {
  name = 'CreateExamBatches1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'exam_batches',
        columns: [
          col.id(),
          col.text('code', 40),
          col.text('province', 32),
          col.ref('institution_id'),
          col.ref('project_id'),
          col.date('start_date'),
          col.date('end_date'),
          col.int('candidate_count'),
          col.text('status', 30),
          col.createdAt(),
          col.updatedAt(),
        ],
      }),
    );
    await queryRunner.createIndex('exam_batches', new TableIndex({ name: 'uq_exam_batches_code', columnNames: ['code'], isUnique: true }));
    await queryRunner.createIndex('exam_batches', new TableIndex({ name: 'ix_exam_batches_project', columnNames: ['project_id'] }));
    await queryRunner.createIndex('exam_batches', new TableIndex({ name: 'ix_exam_batches_institution', columnNames: ['institution_id'] }));
    await queryRunner.createIndex('exam_batches', new TableIndex({ name: 'ix_exam_batches_province_start', columnNames: ['province', 'start_date'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('exam_batches');
  }
}
