import { col } from '@skillfed/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The certificate registry of issue 10. Wave 1's `certificates` table held only hand-written demo rows
 * (nothing could issue a certificate), with plain ID numbers: it is dropped, not migrated, and the demo
 * seed now issues certificates through issueCertificates.
 */
export class CertificateRegistry1763900001000 implements MigrationInterface {
  name = 'CertificateRegistry1763900001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('certificates');
    await queryRunner.createTable(
      new Table({
        name: 'certificates',
        columns: [
          col.id(),
          col.text('number', 40),
          col.text('serial_scope', 60),
          col.int('serial'),
          col.text('kind', 20),
          col.text('province', 32),
          col.text('city_code', 6),
          col.text('holder_name', 255),
          col.text('holder_name_index', 64),
          col.text('holder_resident_id', 255),
          col.text('holder_id_index', 64),
          col.ref('candidate_id'),
          col.ref('institution_id'),
          col.ref('project_id', true),
          col.text('occupation_code', 20, true),
          col.int('level', true),
          col.ref('exam_batch_id'),
          col.text('issuer_tier', 20),
          col.text('issuer_body', 100),
          col.text('issuer_code', 36),
          col.text('subject_scores', 200),
          col.date('issued_on'),
          col.text('status', 20),
          col.text('status_reason', 500, true),
          col.text('status_citation', 200, true),
          col.text('status_by', 120, true),
          col.date('status_on', true),
          col.ref('replaces_id', true),
          col.ref('replaced_by_id', true),
          col.text('carrier', 20),
          col.createdAt(),
          col.updatedAt(),
        ],
      }),
    );
    await queryRunner.createIndices('certificates', [
      new TableIndex({ name: 'uq_certificates_number', columnNames: ['number'], isUnique: true }),
      new TableIndex({ name: 'uq_certificates_serial', columnNames: ['serial_scope', 'serial'], isUnique: true }),
      new TableIndex({ name: 'ix_certificates_exam_batch', columnNames: ['exam_batch_id'] }),
      new TableIndex({ name: 'ix_certificates_institution', columnNames: ['institution_id'] }),
      new TableIndex({ name: 'ix_certificates_holder_id', columnNames: ['holder_id_index'] }),
      new TableIndex({ name: 'ix_certificates_province_issued', columnNames: ['province', 'issued_on'] }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'certificate_events',
        columns: [
          col.id(),
          col.ref('certificate_id'),
          col.int('step'),
          col.text('action', 30),
          col.text('reason', 500, true),
          col.text('citation', 200, true),
          col.ref('related_id', true),
          col.text('actor_subject', 120),
          col.text('actor_role', 30),
          { name: 'occurred_at', type: 'datetime', isNullable: false },
        ],
        indices: [{ name: 'uq_certificate_events_step', columnNames: ['certificate_id', 'step'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificate_carriers',
        columns: [col.id(), col.ref('certificate_id'), col.int('sequence'), col.text('carrier', 20), col.date('issued_on'), col.text('reason', 500, true)],
        indices: [{ name: 'uq_certificate_carriers_seq', columnNames: ['certificate_id', 'sequence'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificate_batches',
        columns: [
          { name: 'exam_batch_id', type: 'varchar', length: '36', isPrimary: true },
          col.text('province', 32),
          col.int('issued_count'),
          col.date('issued_on', true),
          col.text('issued_by', 120, true),
          col.date('cancelled_on', true),
          col.text('cancel_reason', 500, true),
          col.text('cancel_citation', 200, true),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['certificate_batches', 'certificate_carriers', 'certificate_events', 'certificates']) await queryRunner.dropTable(table);
  }
}
