import { col } from '@skillfed/common';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class Scores1763900000400 implements MigrationInterface {
  name = 'Scores1763900000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'scores',
        columns: [col.id(), col.ref('batch_id'), col.ref('candidate_id'), col.ref('project_id'), col.int('score'), col.text('entered_by', 120), { name: 'entered_at', type: 'datetime', isNullable: false }],
        indices: [
          { name: 'uq_scores_candidate_project', columnNames: ['candidate_id', 'project_id'], isUnique: true },
          { name: 'ix_scores_batch', columnNames: ['batch_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'score_corrections',
        columns: [col.id(), col.ref('score_id'), col.int('old_score'), col.int('new_score'), col.text('corrected_by', 120), col.text('reason', 500), { name: 'corrected_at', type: 'datetime', isNullable: false }],
        indices: [{ name: 'ix_score_corrections_score', columnNames: ['score_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('score_corrections');
    await queryRunner.dropTable('scores');
  }
}
