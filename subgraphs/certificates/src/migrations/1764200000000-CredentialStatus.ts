import { col } from '@skillfed/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Issue 11 item 5: per-province Bitstring Status Lists and each certificate's slot in one. */
export class CredentialStatus1764200000000 implements MigrationInterface {
  name = 'CredentialStatus1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'credential_status_lists',
        columns: [
          { name: 'id', type: 'varchar', length: '40', isPrimary: true },
          col.text('province', 32),
          col.int('sequence'),
          col.int('length_bits'),
          col.int('capacity'),
          col.int('allocated'),
          col.createdAt(),
        ],
        indices: [
          new TableIndex({ name: 'ix_credential_status_lists_province', columnNames: ['province'] }),
          // Two allocators opening a province's next list at once: one wins, the other retries.
          new TableIndex({ name: 'uq_credential_status_lists_sequence', columnNames: ['province', 'sequence'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'credential_status_entries',
        columns: [
          { name: 'certificate_id', type: 'varchar', length: '36', isPrimary: true },
          col.text('list_id', 40),
          col.int('status_index'),
          col.int('revoked'),
          col.text('id_salt', 16),
          col.text('id_hash', 32),
          col.createdAt(),
          { name: 'revoked_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'uq_credential_status_entries_slot', columnNames: ['list_id', 'status_index'], isUnique: true }),
          new TableIndex({ name: 'ix_credential_status_entries_revoked', columnNames: ['list_id', 'revoked'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('credential_status_entries');
    await queryRunner.dropTable('credential_status_lists');
  }
}
