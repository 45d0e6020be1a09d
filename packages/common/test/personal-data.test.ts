import crypto from 'node:crypto';
import { Column, Entity, PrimaryColumn, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEV_BLIND_INDEX_KEY,
  DEV_PERSONAL_DATA_KEY,
  blindIndex,
  blindIndexColumn,
  col,
  createLogger,
  demoResidentId,
  envKeyProvider,
  isSealed,
  maskIdNumber,
  maskName,
  maskPhone,
  openDataSource,
  openPersonal,
  personalColumn,
  sealExistingRows,
  sealPersonal,
  sealedKeyId,
  setPersonalDataKeyProvider,
  type OpenedDataSource,
} from '../src';
import { testDatabases } from '../src/testing';

const key = () => crypto.randomBytes(32).toString('base64');
const ID = demoResidentId('110105', '1949-12-31', 2);

afterEach(() => setPersonalDataKeyProvider(null));

describe('sealPersonal / openPersonal', () => {
  it('seals with AES-256-GCM under a named key and opens again', () => {
    const sealed = sealPersonal(ID);
    expect(sealed).toMatch(/^v1:dev:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]{22}$/);
    expect(sealed).not.toContain(ID);
    expect(isSealed(sealed)).toBe(true);
    expect(isSealed(ID)).toBe(false);
    expect(openPersonal(sealed)).toBe(ID);
    // A fresh IV per value: sealing twice never gives the same text.
    expect(sealPersonal(ID)).not.toBe(sealed);
    expect(sealPersonal(null)).toBeNull();
    expect(openPersonal(null)).toBeNull();
    expect(openPersonal(sealPersonal('李四 13800001111'))).toBe('李四 13800001111');
  });

  it('refuses tampered, relabelled and plain values without echoing them', () => {
    const sealed = sealPersonal(ID);
    const parts = sealed.split(':');
    const flipped = [...parts];
    flipped[3] = (flipped[3][0] === 'A' ? 'B' : 'A') + flipped[3].slice(1);
    expect(() => openPersonal(flipped.join(':'))).toThrow();
    setPersonalDataKeyProvider(envKeyProvider({ PERSONAL_DATA_KEYS: `dev:${DEV_PERSONAL_DATA_KEY},other:${DEV_PERSONAL_DATA_KEY}` }));
    // Same key material under another kid still fails: the kid is authenticated data.
    expect(() => openPersonal(['v1', 'other', ...parts.slice(2)].join(':'))).toThrow();
    try {
      openPersonal(ID);
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(ID);
    }
    expect(() => sealPersonal(sealed)).toThrow(/already sealed/);
  });

  it('rotates by key id: old values stay readable, new ones use the current key', () => {
    const [k1, k2] = [key(), key()];
    setPersonalDataKeyProvider(envKeyProvider({ PERSONAL_DATA_KEYS: `k2025:${k1}` }));
    const old = sealPersonal(ID);
    expect(sealedKeyId(old)).toBe('k2025');
    setPersonalDataKeyProvider(envKeyProvider({ PERSONAL_DATA_KEYS: `k2025:${k1},k2026:${k2}`, PERSONAL_DATA_KEY_ID: 'k2026' }));
    expect(openPersonal(old)).toBe(ID);
    expect(sealedKeyId(sealPersonal(ID))).toBe('k2026');
    setPersonalDataKeyProvider(envKeyProvider({ PERSONAL_DATA_KEYS: `k2026:${k2}` }));
    expect(() => openPersonal(old)).toThrow(/k2025 is not configured/);
  });
});

describe('key configuration fails fast', () => {
  const prod = { NODE_ENV: 'production' };
  it.each([
    ['no keys at all', {}, /PERSONAL_DATA_KEYS is required/],
    ['the development key', { PERSONAL_DATA_KEYS: `k1:${DEV_PERSONAL_DATA_KEY}`, BLIND_INDEX_KEY: key() }, /development key/],
    ['the development kid', { PERSONAL_DATA_KEYS: `dev:${key()}`, BLIND_INDEX_KEY: key() }, /development key id/],
    ['no blind index key', { PERSONAL_DATA_KEYS: `k1:${key()}` }, /BLIND_INDEX_KEY is required/],
    ['the development blind index key', { PERSONAL_DATA_KEYS: `k1:${key()}`, BLIND_INDEX_KEY: DEV_BLIND_INDEX_KEY }, /development key/],
    ['a short blind index key', { PERSONAL_DATA_KEYS: `k1:${key()}`, BLIND_INDEX_KEY: crypto.randomBytes(16).toString('base64') }, /at least 32 bytes/],
  ])('production refuses %s', (_what, env, message) => {
    expect(() => envKeyProvider({ ...prod, ...env })).toThrow(message);
    expect(() => envKeyProvider({ ...prod, ...env })).toThrow(ConfigError);
  });

  it.each([
    ['a 16-byte AES key', { PERSONAL_DATA_KEYS: `k1:${crypto.randomBytes(16).toString('base64')}` }, /32 bytes/],
    ['a bad kid', { PERSONAL_DATA_KEYS: `k 1:${key()}` }, /kid/],
    ['no kid', { PERSONAL_DATA_KEYS: key() }, /kid/],
    ['not base64', { PERSONAL_DATA_KEYS: 'k1:not*base64' }, /base64/],
    ['a current kid that is not configured', { PERSONAL_DATA_KEYS: `k1:${key()}`, PERSONAL_DATA_KEY_ID: 'k2' }, /not among/],
    ['a kid named twice', { PERSONAL_DATA_KEYS: `k1:${key()},k1:${key()}` }, /twice/],
  ])('any environment refuses %s', (_what, env, message) => {
    expect(() => envKeyProvider(env)).toThrow(message);
  });

  it('accepts real keys in production and the dev default elsewhere', () => {
    expect(envKeyProvider({ NODE_ENV: 'production', PERSONAL_DATA_KEYS: `k1:${key()}`, BLIND_INDEX_KEY: key() }).currentKeyId()).toBe('k1');
    expect(envKeyProvider({}).currentKeyId()).toBe('dev');
  });
});

describe('blindIndex', () => {
  it('is a deterministic, normalised, purpose-bound HMAC', () => {
    const lower = ID.slice(0, 17) + 'x';
    expect(blindIndex('resident-id', ID)).toMatch(/^[0-9a-f]{64}$/);
    expect(blindIndex('resident-id', ID)).toBe(blindIndex('resident-id', ` ${ID} `));
    expect(blindIndex('resident-id', lower)).toBe(blindIndex('resident-id', lower.toUpperCase()));
    expect(blindIndex('phone', ID)).not.toBe(blindIndex('resident-id', ID));
    expect(blindIndex('resident-id', ID)).not.toContain(ID);
    setPersonalDataKeyProvider(envKeyProvider({ BLIND_INDEX_KEY: key() }));
    expect(blindIndex('resident-id', ID)).not.toBe(envKeyProvider({}) && crypto.createHmac('sha256', Buffer.from(DEV_BLIND_INDEX_KEY, 'base64')).update(`resident-id\u0000${ID}`).digest('hex'));
  });
});

describe('masks', () => {
  it('masks names without revealing their length; ID numbers and phones as before', () => {
    expect(maskName('李')).toBe('李**');
    expect(maskName('李四')).toBe('李**');
    expect(maskName('欧阳娜娜')).toBe('欧**');
    expect(maskName('Zhang Sanfeng')).toBe('Z**');
    expect(maskIdNumber('110105194912310021')).toBe('110105********0021');
    expect(maskPhone('13800001111')).toBe('138****1111');
  });
});

@Entity('people')
class Person {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column(personalColumn('resident_id'))
  residentId: string;

  @Column(blindIndexColumn('resident_id_bidx', { nullable: true }))
  residentIdBidx: string | null;

  @Column(personalColumn('phone', { nullable: true }))
  phone: string | null;
}

class CreatePeople1700000000000 implements MigrationInterface {
  name = 'CreatePeople1700000000000';
  async up(q: QueryRunner) {
    await q.createTable(new Table({ name: 'people', columns: [col.id(), col.text('resident_id', 512), col.text('resident_id_bidx', 64, true), col.text('phone', 512, true)] }));
  }
  async down(q: QueryRunner) {
    await q.dropTable('people');
  }
}

const databases = await testDatabases();

describe.each(databases)('sealed columns on $name', (database) => {
  let opened: OpenedDataSource;
  beforeAll(async () => {
    opened = await openDataSource({ database: database.config('pd_test'), entities: [Person], migrations: [CreatePeople1700000000000], logger: createLogger('test') });
  });
  afterAll(async () => {
    await opened?.dataSource.destroy();
    await database.cleanup();
  });

  it('stores only sealed values and reads plain ones through the transformer', async () => {
    const repo = opened.dataSource.getRepository(Person);
    const id = crypto.randomUUID();
    await repo.save({ id, residentId: ID, residentIdBidx: blindIndex('resident-id', ID), phone: '13800001111' });
    const [raw] = await opened.dataSource.query('SELECT resident_id, phone FROM people WHERE id = ?', [id]);
    expect(isSealed(raw.resident_id) && isSealed(raw.phone)).toBe(true);
    expect(JSON.stringify(raw)).not.toMatch(/\d{11}/);
    const back = await repo.findOneByOrFail({ residentIdBidx: blindIndex('resident-id', ID) });
    expect(back).toMatchObject({ id, residentId: ID, phone: '13800001111' });
    // save() of an unchanged entity must not re-seal (TypeORM compares the plain values).
    await repo.save(back);
    const [again] = await opened.dataSource.query('SELECT resident_id FROM people WHERE id = ?', [id]);
    expect(again.resident_id).toBe(raw.resident_id);
    await repo.delete({ id });
  });

  it('seals existing plain rows in batches, idempotently', async () => {
    const rows = Array.from({ length: 23 }, (_, i) => ({ id: crypto.randomUUID(), resident_id: demoResidentId('110105', '1980-01-01', 100 + i), phone: i % 5 === 0 ? null : `1380000${String(i).padStart(4, '0')}` }));
    const runner = opened.dataSource.createQueryRunner();
    try {
      for (const r of rows) await runner.query('INSERT INTO people (id, resident_id, phone) VALUES (?, ?, ?)', [r.id, r.resident_id, r.phone]);
      // One row already sealed (half-way through an earlier run) but without its index.
      await runner.query('UPDATE people SET resident_id = ? WHERE id = ?', [sealPersonal(rows[0].resident_id), rows[0].id]);
      const spec = [{ column: 'resident_id', blindIndex: { column: 'resident_id_bidx', purpose: 'resident-id' } }, { column: 'phone' }];
      expect(await sealExistingRows(runner, 'people', spec, 5)).toBe(23);
      expect(await sealExistingRows(runner, 'people', spec, 5)).toBe(0);
    } finally {
      await runner.release();
    }
    const stored: { id: string; resident_id: string; resident_id_bidx: string; phone: string | null }[] = await opened.dataSource.query('SELECT id, resident_id, resident_id_bidx, phone FROM people');
    expect(stored).toHaveLength(23);
    for (const s of stored) {
      const plain = rows.find((r) => r.id === s.id)!;
      expect(openPersonal(s.resident_id)).toBe(plain.resident_id);
      expect(s.resident_id_bidx).toBe(blindIndex('resident-id', plain.resident_id));
      expect(s.phone === null ? null : openPersonal(s.phone)).toBe(plain.phone);
    }
  });
});
