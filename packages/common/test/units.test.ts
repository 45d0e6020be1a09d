import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  callerFromClaim,
  decodeCursor,
  encodeCursor,
  isIsoDate,
  maskIdNumber,
  maskName,
  maskPhone,
  parseDatabaseConfig,
  parsePage,
  parseSubgraphEnv,
  redactPersonalData,
  scopeProvinceFilter,
} from '../src';
import { callers } from '../src/testing';

describe('env parsing fails fast', () => {
  it('defaults to one SQLite file per subgraph under data/', () => {
    const cfg = parseDatabaseConfig('exams', {});
    expect(cfg).toMatchObject({ kind: 'sqlite' });
    expect(cfg.kind === 'sqlite' && cfg.file).toMatch(/data[/\\]exams\.sqlite$/);
    expect(parseDatabaseConfig('exams', { SKILLFED_DATA_DIR: '/tmp/x' })).toEqual({ kind: 'sqlite', file: '/tmp/x/exams.sqlite' });
  });

  it('reads a MySQL URL into one database per subgraph', () => {
    expect(parseDatabaseConfig('catalog', { DATABASE_URL: 'mysql://root@127.0.0.1:3306' })).toEqual({
      kind: 'mysql', host: '127.0.0.1', port: 3306, user: 'root', password: '', database: 'skillfed_catalog',
    });
    expect(parseDatabaseConfig('catalog', { DATABASE_URL: 'mysql://app:p%40ss@db', DATABASE_PREFIX: 'x_' })).toMatchObject({ user: 'app', password: 'p@ss', port: 3306, database: 'x_catalog' });
  });

  it.each([
    [{ DATABASE_URL: 'postgres://x' }, /mysql:\/\//],
    [{ DATABASE_URL: 'mysql://root@h/skillfed' }, /must not name a database/],
    [{ DATABASE_URL: 'not a url' }, /not a valid URL/],
    [{ DATABASE_URL: 'mysql://h', DATABASE_PREFIX: 'Bad-Prefix' }, /DATABASE_PREFIX/],
  ])('rejects %o', (env, message) => {
    expect(() => parseDatabaseConfig('exams', env)).toThrow(message);
  });

  it('requires real secrets in production and validates ports', () => {
    expect(() => parseSubgraphEnv('exams', { NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => parseSubgraphEnv('exams', { EXAMS_PORT: '70000' })).toThrow(/EXAMS_PORT/);
    expect(parseSubgraphEnv('exams', { EXAMS_PORT: '5003' }).port).toBe(5003);
    expect(parseSubgraphEnv('exams', {}).demoSeed).toBe(true);
    const keys = { GATEWAY_VERIFY_KEYS: JSON.stringify({ keys: [{ kty: 'OKP', crv: 'Ed25519', kid: 'prod-1', x: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }] }), PEER_SIGNING_KEYS: `peer-1:${'p'.repeat(40)}` };
    expect(parseSubgraphEnv('exams', { NODE_ENV: 'production', GATEWAY_SHARED_SECRET: 'x'.repeat(32), ...keys }).demoSeed).toBe(false);
    expect(() => parseSubgraphEnv('exams', { DEMO_SEED: 'maybe' })).toThrow(/DEMO_SEED/);
  });
});

describe('personal data never leaves in full', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['440203200001011234', '440203********1234'],
  ])('masks ID %s', (id, masked) => expect(maskIdNumber(id)).toBe(masked));

  it('masks phones and names', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('024-22955289')).toBe('024*****5289');
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李')).toBe('李**');
  });

  it('redacts ID numbers and mobile numbers inside any text', () => {
    const text = 'Duplicate entry \'11010519491231002X\' and variable "$phone" got 13912345678';
    const redacted = redactPersonalData(text);
    expect(redacted).not.toContain('19491231');
    expect(redacted).not.toContain('13912345678');
    expect(redacted).toContain('110105********002X');
    expect(redacted).toContain('139****5678');
    // Longer digit runs (e.g. certificate numbers) are not mistaken for ID numbers.
    expect(redactPersonalData('S000021014012233000123')).toBe('S000021014012233000123');
  });
});

describe('pagination arguments', () => {
  it('round-trips cursors and rejects foreign ones', () => {
    expect(decodeCursor(encodeCursor('abc'))).toBe('abc');
    expect(() => decodeCursor('bm9wZQ')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
  });

  it.each([0, -1, 101, 1.5])('refuses first=%s', (first) => {
    expect(() => parsePage({ first })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'first' }) }));
  });

  it('defaults to 20', () => expect(parsePage({})).toEqual({ limit: 20, afterKey: null }));
});

describe('dates are real calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-6-1', false],
    ['2023-06-31', false],
    ['2023-12-31', true],
  ])('%s → %s', (date, valid) => expect(isIsoDate(date)).toBe(valid));
});

describe('callers', () => {
  it('reads the caller claim of an assertion, each role with its own fields, and refuses malformed ones', () => {
    expect(callerFromClaim(callers.operator('JIANGSU'))).toEqual(callers.operator('JIANGSU'));
    // The fields a role adds (city codes, an institution id) travel with it.
    expect(callerFromClaim(callers.city('SHANDONG', '370100'))).toEqual(callers.city('SHANDONG', '370100'));
    expect(callerFromClaim(callers.staff('LIAONING', 'i-1'))).toEqual(callers.staff('LIAONING', 'i-1'));
    for (const bad of [null, 'garbage', [], { subject: 'x', role: 'ROOT', provinces: [] }, { subject: '', role: 'PUBLIC', provinces: [] }, { subject: 'x', role: 'PUBLIC', provinces: [1] }, { subject: 'x', role: 'CITY_OPERATOR', provinces: ['SHANDONG'] }]) {
      expect(() => callerFromClaim(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    }
  });

  it('narrows province filters to the caller', () => {
    expect(scopeProvinceFilter(callers.admin, undefined)).toBeNull();
    expect(scopeProvinceFilter(callers.admin, 'JIANGSU')).toEqual(['JIANGSU']);
    expect(scopeProvinceFilter(callers.operator('SHANDONG'), undefined)).toEqual(['SHANDONG']);
    expect(() => scopeProvinceFilter(callers.operator('SHANDONG'), 'JIANGSU')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });
});

describe('reasons for a step', () => {
  it('trims, requires when asked, and caps at 500 characters', async () => {
    const { readReason } = await import('../src');
    expect(readReason('  整改完成 ', true)).toBe('整改完成');
    expect(readReason('   ', false)).toBeNull();
    expect(() => readReason(' ', true)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'reason' }) }));
    expect(readReason('理'.repeat(500), true)).toHaveLength(500);
    expect(() => readReason('理'.repeat(501), true)).toThrow(/500/);
  });
});
