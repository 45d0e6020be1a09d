import { col } from '@skillfed/common';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class EvidenceAndCards1763900000100 implements MigrationInterface {
  name = 'EvidenceAndCards1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'qualifications',
        columns: [
          col.id(), col.ref('examiner_id'), col.text('type', 40), col.text('occupation_code', 20, true), col.int('level', true), col.text('field', 100, true), col.text('grade', 20, true),
          col.text('institution_role', 20, true), { name: 'project_ids', type: 'varchar', length: '2000', isNullable: false, default: "''" },
          { name: 'occupation_codes', type: 'varchar', length: '2000', isNullable: false, default: "''" }, col.date('obtained_on', true), col.text('reference', 100, true),
        ],
        indices: [{ name: 'ix_qualifications_examiner', columnNames: ['examiner_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'project_relations',
        columns: [col.id(), col.text('province', 32), col.ref('project_id'), col.text('occupation_codes', 2000), col.text('fields', 2000)],
        indices: [{ name: 'uq_project_relations', columnNames: ['province', 'project_id'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'cards',
        columns: [
          col.id(), col.text('number', 40), col.ref('examiner_id'), col.text('province', 32), col.text('kind', 20), col.date('issued_on'), col.date('valid_until'),
          col.text('training_type', 20), col.text('status', 20), col.text('status_reason', 500, true), col.ref('previous_card_id', true), col.text('project_ids', 2000),
        ],
        indices: [
          { name: 'uq_cards_number', columnNames: ['number'], isUnique: true },
          { name: 'ix_cards_examiner', columnNames: ['examiner_id'] },
          { name: 'ix_cards_province_valid_until', columnNames: ['province', 'valid_until'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['cards', 'project_relations', 'qualifications']) await queryRunner.dropTable(table);
  }
}
