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

/** A unique-key clash on MySQL/MariaDB/TiDB (1062) or SQLite, whether or not TypeORM wrapped the driver's error. */
export function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return (
    code === 'ER_DUP_ENTRY' ||
    e?.errno === 1062 ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    /UNIQUE constraint failed|Duplicate entry/i.test(e?.message ?? '')
  );
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

/**
 * Reserves `count` consecutive values of `name` in one UPDATE (a batch of 10,000 certificates takes
 * one row lock, not 10,000): returns the first; the caller uses first … first + count - 1. Gap-free
 * like nextInSequence, because the reservation commits or rolls back with the caller's transaction.
 */
export async function reserveInSequence(manager: EntityManager, name: string, count: number, max = Number.MAX_SAFE_INTEGER): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`reserveInSequence: count must be a positive integer, got ${count}`);
  const updated = await manager.createQueryBuilder().update(SequenceRow).set({ value: () => `value + ${count}` }).where('name = :name', { name }).execute();
  if (!updated.affected) throw new Error(`sequence ${name} does not exist: call ensureSequence before the transaction`);
  const row = await manager.findOneByOrFail(SequenceRow, { name });
  if (row.value > max) throw new ConflictError(`编号已用尽（最大 ${max}，需 ${count} 个）/ sequence ${name} is exhausted (max ${max}, asked for ${count})`, { sequence: name, max, requested: count });
  return row.value - count + 1;
}

function isRetryable(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string };
  // InnoDB deadlock / lock wait timeout, TiDB write conflict, SQLite busy.
  return e?.errno === 1213 || e?.errno === 1205 || e?.errno === 9007 || e?.code === 'SQLITE_BUSY' || /Deadlock found|Write conflict/i.test(e?.message ?? '');
}

/**
 * SQLite (better-sqlite3) has one connection per DataSource: two transactions whose steps interleave
 * on the event loop would nest ("cannot start a transaction within a transaction"). Transactions run
 * through inTransaction are queued per DataSource instead; SQLite has one writer anyway.
 */
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

function serialised<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return work();
  const previous = sqliteQueues.get(db) ?? Promise.resolve();
  const next = previous.then(work, work);
  sqliteQueues.set(db, next.catch(() => undefined));
  return next;
}

/** Runs `work` in a transaction, again (up to `attempts` times) when the database asks for a retry. */
export async function inTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Inside a mutation, the transaction also writes its audit row (unless the resolver already did).
      return await serialised(db, () => db.transaction((manager) => auditTransaction(manager, work)));
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}
