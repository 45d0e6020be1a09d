import { col } from '@skillfed/common';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class ExaminerApplications1763900000200 implements MigrationInterface {
  name = 'ExaminerApplications1763900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'examiner_applications',
        columns: [
          col.id(), col.text('province', 32), col.ref('examiner_id'), col.text('recommending_unit', 200), col.text('project_ids', 2000), col.date('applied_on'),
          col.text('training_type', 20), col.text('status', 20), { name: 'return_reasons', type: 'varchar', length: '2000', isNullable: false, default: "''" },
          col.int('public_knowledge_score', true), col.int('professional_knowledge_score', true), col.ref('card_id', true),
        ],
        indices: [
          { name: 'ix_examiner_applications_province_status', columnNames: ['province', 'status'] },
          { name: 'ix_examiner_applications_examiner', columnNames: ['examiner_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('examiner_applications');
  }
}
