import crypto from 'node:crypto';
import { TableColumn, TableIndex, type ColumnOptions, type QueryRunner, type ValueTransformer } from 'typeorm';
import { ConfigError, isProduction } from './env';

/**
 * Personal data at rest (issue 9): resident ID numbers and phones are stored sealed with AES-256-GCM,
 * each value carrying the id of the key that sealed it, so keys rotate without a flag day:
 *
 *   v1:<kid>:<iv>:<ciphertext>:<tag>      (iv, ciphertext and tag base64url; kid [A-Za-z0-9_-]{1,32})
 *
 * Equality look-ups and duplicate checks cannot use the sealed column (every seal uses a fresh IV), so
 * such columns get a sibling `<column>_bidx` holding `blindIndex(purpose, plain)`: an HMAC-SHA256 under
 * a separate key (BLIND_INDEX_KEY), hex. The purpose keeps an ID number's index different from the same
 * digits used as something else.
 *
 * Keys come from the environment:
 *   PERSONAL_DATA_KEYS   kid:base64key[,kid:base64key…]   every key that may still open stored values
 *   PERSONAL_DATA_KEY_ID kid                              the key that seals new values (default: the first)
 *   BLIND_INDEX_KEY      base64 (≥ 32 bytes)
 * Outside production a fixed development key (kid `dev`) is used when they are unset; with
 * NODE_ENV=production a missing key, a short key or the development key refuses to start.
 *
 * KMS envelope: keys are resolved through a `PersonalDataKeyProvider`. The env provider treats the
 * configured keys as plain key-encryption material; a KMS deployment installs its own provider with
 * `setPersonalDataKeyProvider`, whose `key(kid)` unwraps the data key stored (wrapped) under that kid by
 * calling the KMS once and caching the result. Stored values do not change: they only name the kid.
 */

export const SEAL_VERSION = 'v1';
const SEALED = /^v1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]*):([A-Za-z0-9_-]{22})$/;
const KID = /^[A-Za-z0-9_-]{1,32}$/;

/** Development-only keys: published in this file, so production refuses them. */
export const DEV_PERSONAL_DATA_KEY_ID = 'dev';
export const DEV_PERSONAL_DATA_KEY = Buffer.from('skillfed-dev-personal-data-key!!', 'utf8').toString('base64');
export const DEV_BLIND_INDEX_KEY = Buffer.from('skillfed-dev-blind-index-key-not-for-prod', 'utf8').toString('base64');

/** Where keys come from; swap in a KMS-backed one with `setPersonalDataKeyProvider`. */
export interface PersonalDataKeyProvider {
  /** The kid new values are sealed with. */
  currentKeyId(): string;
  /** The 32-byte AES key for a kid; throws when the kid is unknown. */
  key(kid: string): Buffer;
  /** The HMAC key of the blind index (≥ 32 bytes). */
  blindIndexKey(): Buffer;
}

type Env = Record<string, string | undefined>;

function decodeKey(name: string, raw: string, minBytes: number, exactBytes?: number): Buffer {
  // Node's base64 decoder also reads base64url; anything else would silently decode to fewer bytes.
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)) throw new ConfigError(`${name} must be base64`);
  const key = Buffer.from(raw, 'base64');
  if (exactBytes !== undefined && key.length !== exactBytes) throw new ConfigError(`${name} must decode to ${exactBytes} bytes (AES-256), got ${key.length}`);
  if (key.length < minBytes) throw new ConfigError(`${name} must decode to at least ${minBytes} bytes, got ${key.length}`);
  return key;
}

/** Parses and checks the key variables; throws ConfigError (refusing to start) on anything wrong. */
export function envKeyProvider(env: Env = process.env): PersonalDataKeyProvider {
  const production = isProduction(env);
  const keys = new Map<string, Buffer>();
  const rawKeys = env.PERSONAL_DATA_KEYS?.trim();
  if (rawKeys) {
    for (const entry of rawKeys.split(',').map((s) => s.trim()).filter(Boolean)) {
      const colon = entry.indexOf(':');
      const kid = colon > 0 ? entry.slice(0, colon) : '';
      if (!KID.test(kid)) throw new ConfigError('PERSONAL_DATA_KEYS entries must be kid:base64key with kid of 1-32 letters, digits, _ or -');
      if (keys.has(kid)) throw new ConfigError(`PERSONAL_DATA_KEYS names key id ${kid} twice`);
      const material = entry.slice(colon + 1);
      if (production && material === DEV_PERSONAL_DATA_KEY) throw new ConfigError('PERSONAL_DATA_KEYS contains the development key; NODE_ENV=production refuses it');
      keys.set(kid, decodeKey(`PERSONAL_DATA_KEYS (${kid})`, material, 32, 32));
    }
  } else if (production) {
    throw new ConfigError('PERSONAL_DATA_KEYS is required when NODE_ENV=production');
  } else {
    keys.set(DEV_PERSONAL_DATA_KEY_ID, Buffer.from(DEV_PERSONAL_DATA_KEY, 'base64'));
  }
  const current = env.PERSONAL_DATA_KEY_ID?.trim() || [...keys.keys()][0];
  if (!keys.has(current)) throw new ConfigError(`PERSONAL_DATA_KEY_ID ${current} is not among PERSONAL_DATA_KEYS`);
  if (production && current === DEV_PERSONAL_DATA_KEY_ID) throw new ConfigError('PERSONAL_DATA_KEY_ID "dev" is the development key id; NODE_ENV=production refuses it');

  const rawBlind = env.BLIND_INDEX_KEY?.trim();
  let blind: Buffer;
  if (rawBlind) {
    if (production && rawBlind === DEV_BLIND_INDEX_KEY) throw new ConfigError('BLIND_INDEX_KEY is the development key; NODE_ENV=production refuses it');
    blind = decodeKey('BLIND_INDEX_KEY', rawBlind, 32);
  } else if (production) {
    throw new ConfigError('BLIND_INDEX_KEY is required when NODE_ENV=production');
  } else {
    blind = Buffer.from(DEV_BLIND_INDEX_KEY, 'base64');
  }
  return {
    currentKeyId: () => current,
    key(kid) {
      const key = keys.get(kid);
      if (!key) throw new Error(`personal data key ${kid} is not configured (PERSONAL_DATA_KEYS)`);
      return key;
    },
    blindIndexKey: () => blind,
  };
}

let provider: PersonalDataKeyProvider | null = null;
/** See personalTransformer. */
const recentSeals = new Map<string, string>();
const RECENT_SEALS_MAX = 2000;

/** Installs a key provider (a KMS one, or env keys parsed from a given env in tests). */
export function setPersonalDataKeyProvider(next: PersonalDataKeyProvider | null): void {
  provider = next;
  recentSeals.clear();
}

/** Reads the keys from the environment now, so a bad configuration stops the process at start-up. */
export function configurePersonalData(env: Env = process.env): void {
  setPersonalDataKeyProvider(envKeyProvider(env));
}

function keys(): PersonalDataKeyProvider {
  provider ??= envKeyProvider(process.env);
  return provider;
}

/** True when a stored value is already sealed (migrations skip those). */
export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && SEALED.test(value);
}

/** Seals a plain value for storage: `v1:<kid>:<iv>:<ct>:<tag>`. */
export function sealPersonal(plain: string): string;
export function sealPersonal(plain: string | null | undefined): string | null;
export function sealPersonal(plain: string | null | undefined): string | null {
  if (plain === null || plain === undefined) return null;
  if (isSealed(plain)) throw new Error('sealPersonal: value is already sealed');
  const provider = keys();
  const kid = provider.currentKeyId();
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', provider.key(kid), iv);
  // The kid is authenticated too: a value cannot be relabelled to another key.
  cipher.setAAD(Buffer.from(`${SEAL_VERSION}:${kid}`, 'utf8'));
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${SEAL_VERSION}:${kid}:${iv.toString('base64url')}:${ct.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}`;
}

/** Opens a sealed value; throws on anything that is not an intact seal under a configured key. */
export function openPersonal(sealed: string): string;
export function openPersonal(sealed: string | null | undefined): string | null;
export function openPersonal(sealed: string | null | undefined): string | null {
  if (sealed === null || sealed === undefined) return null;
  const m = SEALED.exec(sealed);
  // Never echo the value: it may be a plain ID number that escaped the migration.
  if (!m) throw new Error('openPersonal: stored value is not sealed personal data');
  const [, kid, iv, ct, tag] = m;
  const decipher = crypto.createDecipheriv('aes-256-gcm', keys().key(kid), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(`${SEAL_VERSION}:${kid}`, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}

/** The kid a sealed value names (for rotation reports), or null when it is not sealed. */
export function sealedKeyId(value: string): string | null {
  return SEALED.exec(value)?.[1] ?? null;
}

/** Blind-index purposes in use; the purpose is part of the HMAC input. */
export type BlindIndexPurpose = 'resident-id' | 'phone' | (string & {});

/**
 * Deterministic HMAC-SHA256 (hex, 64 characters) for equality look-ups and unique indexes. The value
 * is normalised first (NFC, trimmed, upper case: an ID number's check character x and X are equal).
 */
export function blindIndex(purpose: BlindIndexPurpose, plain: string): string;
export function blindIndex(purpose: BlindIndexPurpose, plain: string | null | undefined): string | null;
export function blindIndex(purpose: BlindIndexPurpose, plain: string | null | undefined): string | null {
  if (plain === null || plain === undefined) return null;
  const normalised = plain.normalize('NFC').trim().toUpperCase();
  return crypto.createHmac('sha256', keys().blindIndexKey()).update(`${purpose}\u0000${normalised}`, 'utf8').digest('hex');
}

/**
 * Seals recently opened, by plain value, so that saving an entity whose personal fields did not change
 * writes the same sealed text again (TypeORM compares `to(entity)` with `to(loaded)`; with a fresh IV
 * each time every save would rewrite every sealed column). Reusing a seal reveals nothing the blind
 * index does not already reveal (equal values). Bounded, first in first out.
 */

function rememberSeal(plain: string, sealed: string): void {
  if (recentSeals.size >= RECENT_SEALS_MAX) recentSeals.delete(recentSeals.keys().next().value!);
  recentSeals.set(plain, sealed);
}

/**
 * TypeORM transformer: the entity holds the plain value, the column the sealed one. Never query such a
 * column with a plain value (`where: { residentId }` cannot match a fresh IV); use its `_bidx` sibling.
 */
export const personalTransformer: ValueTransformer = {
  to: (value: unknown) => {
    if (value === null || value === undefined) return value;
    // FindOperators (In, IsNull …) pass through untouched; equality on a sealed column is meaningless anyway.
    if (typeof value !== 'string') return value;
    const recent = recentSeals.get(value);
    // Only while the key that sealed it is still the current one, so rotation re-seals on the next save.
    if (recent && sealedKeyId(recent) === keys().currentKeyId()) return recent;
    return sealPersonal(value);
  },
  from: (value: unknown) => {
    if (value === null || value === undefined) return value;
    const plain = openPersonal(String(value));
    rememberSeal(plain, String(value));
    return plain;
  },
};

/** Width of a sealed column: a 100-character (300-byte) plain value plus prefix, IV and tag fits. */
export const SEALED_COLUMN_LENGTH = 512;
export const BLIND_INDEX_LENGTH = 64;

/** `@Column(personalColumn('resident_id'))`: a sealed varchar with the transformer. */
export function personalColumn(name: string, options: { nullable?: boolean } = {}): ColumnOptions {
  return { name, type: 'varchar', length: SEALED_COLUMN_LENGTH, nullable: options.nullable ?? false, transformer: personalTransformer };
}

/** `@Column(blindIndexColumn('resident_id_bidx'))`: the HMAC sibling of a sealed column. */
export function blindIndexColumn(name: string, options: { nullable?: boolean } = {}): ColumnOptions {
  return { name, type: 'varchar', length: BLIND_INDEX_LENGTH, nullable: options.nullable ?? false };
}

export interface SealColumnSpec {
  column: string;
  /** Fill `<column>_bidx` (or the given column) with blindIndex(purpose, plain). */
  blindIndex?: { column: string; purpose: BlindIndexPurpose };
}

/**
 * Seals the plain values of existing rows, in batches of `batchSize`, one transaction per batch, so a
 * large table neither holds one long transaction nor loses work on an interruption. Idempotent: sealed
 * values are left alone (their blind index is filled only when missing), so a re-run or a crash half-way
 * is safe. The migration calling it must declare `transaction = false` (TypeORM would otherwise wrap
 * everything in one transaction). Returns the number of rows changed.
 */
export async function sealExistingRows(queryRunner: QueryRunner, table: string, columns: SealColumnSpec[], batchSize = 500): Promise<number> {
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  const selected = [...new Set(['id', ...columns.flatMap((c) => [c.column, ...(c.blindIndex ? [c.blindIndex.column] : [])])])];
  let after = '';
  let changed = 0;
  for (;;) {
    const rows: Record<string, string | null>[] = await queryRunner.query(
      `SELECT ${selected.map(q).join(', ')} FROM ${q(table)} WHERE ${q('id')} > ? ORDER BY ${q('id')} LIMIT ${Number(batchSize)}`,
      [after],
    );
    if (rows.length === 0) break;
    const updates: { id: string; set: Record<string, string> }[] = [];
    for (const row of rows) {
      const set: Record<string, string> = {};
      for (const spec of columns) {
        const value = row[spec.column];
        if (value === null || value === undefined) continue;
        const plain = isSealed(value) ? null : String(value);
        if (plain !== null) set[spec.column] = sealPersonal(plain);
        if (spec.blindIndex && (plain !== null || !row[spec.blindIndex.column])) {
          set[spec.blindIndex.column] = blindIndex(spec.blindIndex.purpose, plain ?? openPersonal(String(value)));
        }
      }
      if (Object.keys(set).length) updates.push({ id: String(row.id), set });
    }
    if (updates.length) {
      await queryRunner.startTransaction();
      try {
        for (const { id, set } of updates) {
          const names = Object.keys(set);
          await queryRunner.query(`UPDATE ${q(table)} SET ${names.map((n) => `${q(n)} = ?`).join(', ')} WHERE ${q('id')} = ?`, [...names.map((n) => set[n]), id]);
        }
        await queryRunner.commitTransaction();
      } catch (error) {
        await queryRunner.rollbackTransaction();
        throw error;
      }
      changed += updates.length;
    }
    after = String(rows[rows.length - 1].id);
    if (rows.length < batchSize) break;
  }
  return changed;
}

export interface SealTableSpec {
  table: string;
  /** Plain columns to seal; each widened to SEALED_COLUMN_LENGTH, with its blind index column added when named. */
  columns: SealColumnSpec[];
  /** Indexes over plain columns (unique duplicate checks) to drop before sealing. */
  dropIndexes?: string[];
  /** Indexes to create afterwards, typically the old unique ones over the `_bidx` column instead. */
  createIndexes?: { name: string; columnNames: string[]; isUnique?: boolean }[];
}

/**
 * The whole "encrypt existing rows" migration for one table, written so that a re-run after a crash
 * half-way picks up where it stopped: each step checks the current schema first, and sealing skips
 * sealed values. Use from a migration with `transaction = false` (see sealExistingRows).
 */
export async function migrateToSealedColumns(queryRunner: QueryRunner, spec: SealTableSpec, batchSize = 500): Promise<number> {
  let table = await queryRunner.getTable(spec.table);
  if (!table) throw new Error(`table ${spec.table} does not exist`);
  for (const name of spec.dropIndexes ?? []) {
    if (table.indices.some((i) => i.name === name)) await queryRunner.dropIndex(spec.table, name);
  }
  for (const c of spec.columns) {
    table = (await queryRunner.getTable(spec.table))!;
    const current = table.findColumnByName(c.column);
    if (!current) throw new Error(`column ${spec.table}.${c.column} does not exist`);
    if (Number(current.length) < SEALED_COLUMN_LENGTH) {
      const type = queryRunner.connection.options.type;
      if (type === 'mysql' || type === 'mariadb') {
        // TypeORM's MySQL changeColumn drops and re-adds a column whose length changes, losing its data.
        const q = (name: string) => queryRunner.connection.driver.escape(name);
        await queryRunner.query(`ALTER TABLE ${q(spec.table)} MODIFY ${q(c.column)} varchar(${SEALED_COLUMN_LENGTH}) ${current.isNullable ? 'NULL' : 'NOT NULL'}`);
      } else {
        // SQLite: TypeORM rebuilds the table and copies every row.
        const wider = current.clone();
        wider.length = String(SEALED_COLUMN_LENGTH);
        await queryRunner.changeColumn(spec.table, current, wider);
      }
    }
    if (c.blindIndex && !table.findColumnByName(c.blindIndex.column)) {
      // NOT NULL with an empty default: a row written without its index then collides in the unique index loudly.
      await queryRunner.addColumn(spec.table, new TableColumn({ name: c.blindIndex.column, type: 'varchar', length: String(BLIND_INDEX_LENGTH), isNullable: false, default: "''" }));
    }
  }
  const changed = await sealExistingRows(queryRunner, spec.table, spec.columns, batchSize);
  table = (await queryRunner.getTable(spec.table))!;
  for (const index of spec.createIndexes ?? []) {
    if (!table.indices.some((i) => i.name === index.name)) await queryRunner.createIndex(spec.table, new TableIndex(index));
  }
  return changed;
}
