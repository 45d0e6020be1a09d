import { col } from '@skillfed/common';
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Issue 10: a project may have several subjects, each on 100 with one decimal (003 六(五), 004 三(二)4
 * 各项目、各科目; 000 三(四) one summed score). Existing scores become the PRACTICAL subject. On MySQL
 * the score columns become DECIMAL(5,1); SQLite's INTEGER affinity already keeps 75.5 as a REAL.
 * Holder-data corrections before certificates (000 四(六)) get their own table.
 */
export class ScoreSubjects1763900001000 implements MigrationInterface {
  name = 'ScoreSubjects1763900001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('scores', new TableColumn({ name: 'subject', type: 'varchar', length: '20', isNullable: false, default: "'PRACTICAL'" }));
    await queryRunner.dropIndex('scores', 'uq_scores_candidate_project');
    await queryRunner.createIndex('scores', new TableIndex({ name: 'uq_scores_candidate_subject', columnNames: ['candidate_id', 'project_id', 'subject'], isUnique: true }));
    if (queryRunner.connection.options.type !== 'better-sqlite3') {
      await queryRunner.query('ALTER TABLE scores MODIFY score DECIMAL(5,1) NOT NULL');
      await queryRunner.query('ALTER TABLE score_corrections MODIFY old_score DECIMAL(5,1) NOT NULL, MODIFY new_score DECIMAL(5,1) NOT NULL');
    }
    await queryRunner.createTable(
      new Table({
        name: 'candidate_corrections',
        columns: [col.id(), col.ref('candidate_id'), col.ref('batch_id'), col.text('fields', 100), col.text('corrected_by', 120), col.text('reason', 500), { name: 'corrected_at', type: 'datetime', isNullable: false }],
        indices: [{ name: 'ix_candidate_corrections_batch', columnNames: ['batch_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('candidate_corrections');
    await queryRunner.dropIndex('scores', 'uq_scores_candidate_subject');
    await queryRunner.dropColumn('scores', 'subject');
    await queryRunner.createIndex('scores', new TableIndex({ name: 'uq_scores_candidate_project', columnNames: ['candidate_id', 'project_id'], isUnique: true }));
  }
}
