import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One W3C Bitstring Status List of a province (`<province>-<n>`). Indexes are drawn at random and a
 * list takes new certificates until `capacity` of its `lengthBits` are used (half, so a random draw
 * rarely collides), then the province opens the next list.
 */
@Entity('credential_status_lists')
@Index('ix_credential_status_lists_province', ['province'])
@Index('uq_credential_status_lists_sequence', ['province', 'sequence'], { unique: true })
export class CredentialStatusList {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Column({ name: 'sequence', type: 'int' })
  sequence: number;

  @Column({ name: 'length_bits', type: 'int' })
  lengthBits: number;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'int' })
  allocated: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}

/**
 * A certificate's place in a status list (allocated when its credential is first asked for) and its
 * bit: `revoked` = 1 once the certificate is revoked, replaced or its batch cancelled, set in the
 * transaction that changes the certificate. Also keeps the salted ID-number hash the QR payload
 * carries, so the payload is the same every time it is printed.
 */
@Entity('credential_status_entries')
@Index('uq_credential_status_entries_slot', ['listId', 'statusIndex'], { unique: true })
@Index('ix_credential_status_entries_revoked', ['listId', 'revoked'])
export class CredentialStatusEntry {
  @PrimaryColumn({ name: 'certificate_id', type: 'varchar', length: 36 })
  certificateId: string;

  @Column({ name: 'list_id', type: 'varchar', length: 40 })
  listId: string;

  @Column({ name: 'status_index', type: 'int' })
  statusIndex: number;

  @Column({ type: 'int' })
  revoked: number;

  /** base64url, 8 bytes. */
  @Column({ name: 'id_salt', type: 'varchar', length: 16 })
  idSalt: string;

  /** base64url of scrypt(ID number, salt), 16 bytes: what the QR carries, nothing more. */
  @Column({ name: 'id_hash', type: 'varchar', length: 32 })
  idHash: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  revokedAt: Date | null;
}
