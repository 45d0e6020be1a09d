import { Column, Entity, PrimaryColumn, Table, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { auditTransaction } from './audit';
import { ConflictError } from './errors';

/**
 * Named counters for numbering (filing numbers, Liaoning filing orders). Not AUTO_INCREMENT: TiDB
 * allocates those in non-contiguous, unordered ranges. The allocator increments first and reads back
 * inside the caller's transaction, so the row lock taken by the UPDATE serialises concurrent callers
 * on MySQL, MariaDB and TiDB (pessimistic mode), and a rollback returns the number.
 */
@Entity('sequences')
export class SequenceRow {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'int' })
  value: number;
}

export class CreateSequences1763900000001 implements MigrationInterface {
  name = 'CreateSequences1763900000001';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({ name: 'sequences', columns: [{ name: 'name', type: 'varchar', length: '120', isPrimary: true }, { name: 'value', type: 'int', isNullable: false }] }),
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sequences');
  }
}

function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string };
  return e?.code === 'ER_DUP_ENTRY' || e?.errno === 1062 || /UNIQUE constraint failed|Duplicate entry/i.test(e?.message ?? '');
}

/**
 * Creates the counter at 0 in its own short transaction, before the caller's: concurrent first
 * INSERTs of one key would otherwise deadlock on InnoDB (shared locks on the duplicate, then UPDATE).
 */
export async function ensureSequence(db: DataSource, name: string): Promise<void> {
  if (await db.getRepository(SequenceRow).existsBy({ name })) return;
  try {
    await db.getRepository(SequenceRow).insert({ name, value: 0 });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/** The next value of `name` (1, 2, …), within the caller's transaction (call ensureSequence first). */
export async function nextInSequence(manager: EntityManager, name: string, max = Number.MAX_SAFE_INTEGER): Promise<number> {
  const updated = await manager.createQueryBuilder().update(SequenceRow).set({ value: () => 'value + 1' }).where('name = :name', { name }).execute();
  if (!updated.affected) throw new Error(`sequence ${name} does not exist: call ensureSequence before the transaction`);
  const row = await manager.findOneByOrFail(SequenceRow, { name });
  if (row.value > max) throw new ConflictError(`编号已用尽（最大 ${max}）/ sequence ${name} is exhausted (max ${max})`, { sequence: name });
  return row.value;
}

function isRetryable(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string };
  // InnoDB deadlock / lock wait timeout, TiDB write conflict, SQLite busy.
  return e?.errno === 1213 || e?.errno === 1205 || e?.errno === 9007 || e?.code === 'SQLITE_BUSY' || /Deadlock found|Write conflict/i.test(e?.message ?? '');
}

/** Runs `work` in a transaction, again (up to `attempts` times) when the database asks for a retry. */
export async function inTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Inside a mutation, the transaction also writes its audit row (unless the resolver already did).
      return await db.transaction((manager) => auditTransaction(manager, work));
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}
