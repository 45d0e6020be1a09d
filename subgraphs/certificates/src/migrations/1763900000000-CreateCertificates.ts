import { col } from '@skillfed/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCertificates1763900000000 implements MigrationInterface {
  name = 'CreateCertificates1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'certificates',
        columns: [
          col.id(),
          col.text('number', 40),
          col.text('province', 32),
          col.text('holder_name', 50),
          col.text('holder_resident_id', 18),
          col.ref('institution_id'),
          col.ref('project_id'),
          col.ref('exam_batch_id'),
          col.date('issued_on'),
          col.int('score', true),
          col.createdAt(),
        ],
      }),
    );
    await queryRunner.createIndex('certificates', new TableIndex({ name: 'uq_certificates_number', columnNames: ['number'], isUnique: true }));
    await queryRunner.createIndex('certificates', new TableIndex({ name: 'ix_certificates_institution', columnNames: ['institution_id'] }));
    await queryRunner.createIndex('certificates', new TableIndex({ name: 'ix_certificates_exam_batch', columnNames: ['exam_batch_id'] }));
    await queryRunner.createIndex('certificates', new TableIndex({ name: 'ix_certificates_province_issued', columnNames: ['province', 'issued_on'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('certificates');
  }
}
