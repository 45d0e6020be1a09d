import { col } from '@skillfed/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateInstitutions1763900000000 implements MigrationInterface {
  name = 'CreateInstitutions1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'institutions',
        columns: [
          col.id(),
          col.text('province', 32),
          col.text('city_code', 6),
          col.text('name', 200),
          col.text('kind', 40),
          col.text('credit_code', 18),
          col.text('filing_status', 20),
          col.text('filing_number', 40, true),
          col.date('filed_on', true),
          col.text('address', 300),
          col.text('contact_name', 50),
          col.text('contact_phone', 20),
          col.createdAt(),
          col.updatedAt(),
        ],
      }),
    );
    await queryRunner.createIndex('institutions', new TableIndex({ name: 'uq_institutions_province_credit_code', columnNames: ['province', 'credit_code'], isUnique: true }));
    await queryRunner.createIndex('institutions', new TableIndex({ name: 'ix_institutions_province_id', columnNames: ['province', 'id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('institutions');
  }
}
