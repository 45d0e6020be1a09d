import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Issue 12: the certificate list is paged in issue order (issued_on, id) and every filter has an
 * index that starts with the filter's column and continues with issued_on (InnoDB appends the primary
 * key), so a page reads `first + 1` index entries whatever the table's size and never sorts. The
 * per-province counters serve the unfiltered and province-only totalCount (see CertificateTotal).
 */
export class CertificateListIndexes1763900009000 implements MigrationInterface {
  name = 'CertificateListIndexes1763900009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndices('certificates', [
      new TableIndex({ name: 'ix_certificates_issued', columnNames: ['issued_on'] }),
      new TableIndex({ name: 'ix_certificates_institution_issued', columnNames: ['institution_id', 'issued_on'] }),
      new TableIndex({ name: 'ix_certificates_project_issued', columnNames: ['project_id', 'issued_on'] }),
      new TableIndex({ name: 'ix_certificates_exam_batch_issued', columnNames: ['exam_batch_id', 'issued_on'] }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'certificate_totals',
        columns: [
          { name: 'province', type: 'varchar', length: '32', isPrimary: true },
          { name: 'total', type: 'bigint', isNullable: false },
        ],
      }),
    );
    // The single-column indexes are prefixes of the new ones: dropping them keeps writes cheaper and
    // leaves the optimizer one obvious index per filter.
    const table = await queryRunner.getTable('certificates');
    for (const name of ['ix_certificates_institution', 'ix_certificates_exam_batch']) {
      if (table?.indices.some((index) => index.name === name)) await queryRunner.dropIndex('certificates', name);
    }
    // One full count, once, when the counters start.
    await queryRunner.query('INSERT INTO certificate_totals (province, total) SELECT province, COUNT(*) FROM certificates GROUP BY province');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('certificate_totals');
    await queryRunner.createIndices('certificates', [
      new TableIndex({ name: 'ix_certificates_institution', columnNames: ['institution_id'] }),
      new TableIndex({ name: 'ix_certificates_exam_batch', columnNames: ['exam_batch_id'] }),
    ]);
    for (const name of ['ix_certificates_issued', 'ix_certificates_institution_issued', 'ix_certificates_project_issued', 'ix_certificates_exam_batch_issued']) {
      await queryRunner.dropIndex('certificates', name);
    }
  }
}
