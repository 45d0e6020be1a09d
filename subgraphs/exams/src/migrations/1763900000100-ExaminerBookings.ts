import { col } from '@skillfed/common';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class ExaminerBookings1763900000100 implements MigrationInterface {
  name = 'ExaminerBookings1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'examiner_bookings',
        columns: [col.id(), col.ref('examiner_id'), col.ref('exam_batch_id'), col.date('date'), col.text('role', 20)],
        indices: [
          { name: 'uq_examiner_bookings_day', columnNames: ['examiner_id', 'date'], isUnique: true },
          { name: 'ix_examiner_bookings_batch', columnNames: ['exam_batch_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('examiner_bookings');
  }
}
