import { BLIND_INDEX_LENGTH, SEALED_COLUMN_LENGTH, col } from '@skillfed/common';
import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const score = (name: string): TableColumnOptions => ({ name, type: 'decimal', precision: 5, scale: 1, isNullable: true });

/**
 * Issue 15: technical schools assess their own students (辽人社〔2020〕32号 三(二)), report results to
 * their city's centre for review (四(四)1), keep records 3/5 years (四(四)4); 准入类 occupations are
 * excluded (二(一)). Names and ID numbers are sealed from the first row.
 */
export class SchoolAssessments1764300000000 implements MigrationInterface {
  name = 'SchoolAssessments1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'school_assessments',
        columns: [
          col.id(), col.text('province', 32), col.ref('institution_id'), col.text('city_code', 6), col.text('school_kind', 40),
          col.text('occupation_code', 20), col.text('occupation_name', 100), col.text('work_type', 100, true), col.int('level'),
          col.text('method', 20), score('pass_mark'), col.text('work_plan_reference', 300), col.date('assessed_on'), col.text('status', 20),
          col.int('candidate_count'), col.int('passed_count', true), col.date('reported_on', true), col.date('reviewed_on', true),
          col.text('reviewed_by', 120, true), col.text('review_reason', 500, true), col.date('issued_on', true), col.text('created_by', 120),
          col.createdAt(), col.updatedAt(),
        ],
        indices: [
          { name: 'ix_school_assessments_institution', columnNames: ['institution_id', 'id'] },
          { name: 'ix_school_assessments_city', columnNames: ['province', 'city_code', 'id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'school_assessment_candidates',
        columns: [
          col.id(), col.ref('assessment_id'), col.text('name', SEALED_COLUMN_LENGTH), col.text('resident_id', SEALED_COLUMN_LENGTH), col.text('resident_id_bidx', BLIND_INDEX_LENGTH),
          col.text('student_number', 40), score('theory_score'), score('practical_score'), col.text('competition_name', 200, true), col.int('competition_rank', true),
          col.text('competition_evidence', 300, true), { name: 'passed', type: 'boolean', isNullable: true }, col.date('certificate_issued_on', true),
        ],
        indices: [
          { name: 'uq_school_candidates_person', columnNames: ['assessment_id', 'resident_id_bidx'], isUnique: true },
          { name: 'ix_school_candidates_issued', columnNames: ['certificate_issued_on'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'school_excluded_occupations',
        columns: [col.id(), col.text('province', 32), col.text('occupation_code', 20), col.text('occupation_name', 100), col.text('category', 20), col.text('basis', 300)],
        indices: [{ name: 'uq_school_excluded_occupations', columnNames: ['province', 'occupation_code'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'school_assessment_records',
        columns: [
          col.id(), col.ref('assessment_id'), col.text('province', 32), col.ref('institution_id'), col.text('city_code', 6), col.text('medium', 20),
          col.text('description', 300), col.text('location', 300), col.date('archived_on'), col.date('retain_until'), col.text('basis', 300),
        ],
        indices: [{ name: 'ix_school_records_retain', columnNames: ['province', 'retain_until', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['school_assessment_records', 'school_excluded_occupations', 'school_assessment_candidates', 'school_assessments']) await queryRunner.dropTable(table);
  }
}
