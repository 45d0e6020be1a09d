import { col } from '@skillfed/common';
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class FilingLifecycleAndSites1763900000100 implements MigrationInterface {
  name = 'FilingLifecycleAndSites1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('institutions', [
      new TableColumn({ name: 'track', type: 'varchar', length: '20', isNullable: false, default: "'SPECIAL_ABILITY'" }),
      new TableColumn({ name: 'prior_project_development', type: 'boolean', isNullable: false, default: false }),
      new TableColumn({ name: 'prior_provincial_assessment', type: 'boolean', isNullable: false, default: false }),
      new TableColumn({ name: 'filing_valid_until', type: 'date', isNullable: true }),
      new TableColumn({ name: 'sequence_code', type: 'varchar', length: '6', isNullable: true }),
    ]);
    await queryRunner.createIndex('institutions', new TableIndex({ name: 'uq_institutions_sequence_code', columnNames: ['province', 'sequence_code'], isUnique: true }));
    await queryRunner.createTable(
      new Table({
        name: 'filing_events',
        columns: [col.id(), col.ref('institution_id'), col.int('step'), col.text('from_status', 20, true), col.text('to_status', 20), col.text('actor_subject', 120), col.text('actor_role', 30), col.text('reason', 500, true), { name: 'occurred_at', type: 'datetime', isNullable: false }],
        indices: [{ name: 'uq_filing_events_step', columnNames: ['institution_id', 'step'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'filing_materials',
        columns: [col.id(), col.ref('institution_id'), col.text('code', 60), col.text('reference', 300), col.date('provided_on')],
        indices: [{ name: 'uq_filing_materials_item', columnNames: ['institution_id', 'code'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'filing_scope',
        columns: [col.id(), col.ref('institution_id'), col.ref('project_id', true), col.text('occupation_code', 20, true), col.text('occupation_name', 100, true), col.text('work_type', 100, true), col.int('level_highest', true), col.int('level_lowest', true)],
        indices: [{ name: 'ix_filing_scope_institution', columnNames: ['institution_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'exam_sites',
        columns: [
          col.id(),
          col.ref('institution_id'),
          col.text('province', 32),
          col.text('name', 200),
          col.text('address', 300),
          col.text('kind', 20),
          col.text('restricted_area', 20, true),
          { name: 'approved_by_city_centre', type: 'boolean', isNullable: false, default: false },
          col.int('workstations'),
          col.text('video_monitoring', 30),
          col.date('agreement_from', true),
          col.date('agreement_until', true),
          col.text('status', 20),
          col.text('status_reason', 500, true),
          col.createdAt(),
          col.updatedAt(),
        ],
        indices: [{ name: 'ix_exam_sites_institution', columnNames: ['institution_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'exam_site_projects',
        columns: [
          { name: 'site_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'project_id', type: 'varchar', length: '36', isPrimary: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['exam_site_projects', 'exam_sites', 'filing_scope', 'filing_materials', 'filing_events']) await queryRunner.dropTable(table);
    await queryRunner.dropIndex('institutions', 'uq_institutions_sequence_code');
    for (const column of ['sequence_code', 'filing_valid_until', 'prior_provincial_assessment', 'prior_project_development', 'track']) await queryRunner.dropColumn('institutions', column);
  }
}
