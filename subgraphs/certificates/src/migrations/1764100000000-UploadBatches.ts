import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Issue 11: upload batches for the national query system. A certificate's pending changes are the
 * ISSUED / ISSUED_AS_REPLACEMENT / REVOKED events no batch row covers; the rows remember the step they
 * carry. The unique index on open_certificate_id keeps a certificate out of two open batches.
 */
export class UploadBatches1764100000000 implements MigrationInterface {
  name = 'UploadBatches1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'upload_batches',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'province', type: 'varchar', length: '32' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'city_code', type: 'varchar', length: '6' },
          { name: 'sequence', type: 'int' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'row_count', type: 'int' },
          { name: 'accepted_count', type: 'int' },
          { name: 'rejected_count', type: 'int' },
          { name: 'built_at', type: 'datetime' },
          { name: 'built_by', type: 'varchar', length: '120' },
          { name: 'sent_on', type: 'date', isNullable: true },
          { name: 'sent_by', type: 'varchar', length: '120', isNullable: true },
          { name: 'acknowledged_on', type: 'date', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'uq_upload_batches_scope_seq', columnNames: ['province', 'kind', 'city_code', 'sequence'], isUnique: true }),
          new TableIndex({ name: 'ix_upload_batches_scope_built', columnNames: ['province', 'built_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'upload_batch_rows',
        columns: [
          { name: 'batch_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'certificate_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'number', type: 'varchar', length: '40' },
          { name: 'event_step', type: 'int' },
          { name: 'change_kind', type: 'varchar', length: '20' },
          { name: 'certificate_status', type: 'varchar', length: '20' },
          { name: 'outcome', type: 'varchar', length: '20' },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'outcome_on', type: 'date', isNullable: true },
          { name: 'open_certificate_id', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'uq_upload_batch_rows_number', columnNames: ['batch_id', 'number'], isUnique: true }),
          new TableIndex({ name: 'uq_upload_batch_rows_open', columnNames: ['open_certificate_id'], isUnique: true }),
          new TableIndex({ name: 'ix_upload_batch_rows_certificate', columnNames: ['certificate_id', 'event_step'] }),
        ],
      }),
    );
    // Building a batch filters the province's certificates by kind (and city): this index serves it.
    await queryRunner.createIndex('certificates', new TableIndex({ name: 'ix_certificates_province_kind_city', columnNames: ['province', 'kind', 'city_code'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('certificates', 'ix_certificates_province_kind_city');
    await queryRunner.dropTable('upload_batch_rows');
    await queryRunner.dropTable('upload_batches');
  }
}
