import { migrateToSealedColumns } from '@skillfed/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9: personal data at rest. Seals the existing plain values (AES-256-GCM, key id per value) in
 * batches, one transaction per batch, and moves duplicate checks onto the HMAC blind index. Not run in
 * one big transaction (MySQL DDL commits anyway); every step is idempotent, so a re-run after a crash
 * continues where it stopped.
 */
export class SealPersonalData1764000000100 implements MigrationInterface {
  name = 'SealPersonalData1764000000100';
  transaction = false as const;

  async up(queryRunner: QueryRunner): Promise<void> {
    await migrateToSealedColumns(queryRunner, {
      table: 'candidates',
      columns: [{ column: 'resident_id', blindIndex: { column: 'resident_id_bidx', purpose: 'resident-id' } }, { column: 'phone' }],
      dropIndexes: ['uq_candidates_registration'],
      createIndexes: [{ name: 'uq_candidates_registration_bidx', columnNames: ['batch_id', 'project_id', 'resident_id_bidx'], isUnique: true }],
    });
  }

  async down(): Promise<void> {
    // Writing the plain values back would undo a security fix; restore a backup taken before it instead.
    throw new Error('SealPersonalData1764000000100 is not reversible: personal data stays sealed');
  }
}
