import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { DatabaseConfig, SubgraphServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, TEST_MYSQL_URL, testDatabases } from '@skillfed/common/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Certificate, UploadBatch, createServer } from '../src';
import { UsageError, parseArgs, run } from '../src/exchange-cli';

const databases = await testDatabases();
const DOWN = 'http://127.0.0.1:9/graphql';

/** Runs the CLI as `npm run export -- …` would, capturing what it prints. */
async function cli(argv: string[]): Promise<{ code: number | 'usage' | 'error'; out: string; err: string; message?: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  try {
    return { code: await run(argv), out, err };
  } catch (error) {
    return { code: error instanceof UsageError ? 'usage' : 'error', out, err, message: (error as Error).message };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('exchange CLI arguments', () => {
  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['--province'], /--province needs a value/],
    [['--province', 'LIAONING', '--province', 'JIANGSU'], /given twice/],
    [['--colour', 'red'], /--colour is not an option of export/],
    [['receipt', '--out', 'x'], /--out is not an option of receipt/],
    [['stray'], /unknown command "stray"/],
    [['--format', 'xlsx', 'stray'], /unexpected argument "stray"/],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('reads flags and switches', () => {
    expect(parseArgs(['--province', 'LIAONING', '--format', 'xlsx', '--out', 'f.xlsx', '--no-bom'])).toEqual({ command: 'export', args: new Map<string, string | true>([['province', 'LIAONING'], ['format', 'xlsx'], ['out', 'f.xlsx'], ['no-bom', true]]) });
    expect(parseArgs(['receipt', '--batch', 'b', '--file', 'r.csv', '--dry-run']).command).toBe('receipt');
  });
});

describe.each(databases)('exchange CLI on $name', (database) => {
  let server: SubgraphServer;
  let dir: string;
  const env = { ...process.env };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillfed-exchange-cli-'));
    let config: DatabaseConfig;
    if (database.name === 'sqlite') {
      config = { kind: 'sqlite', file: path.join(dir, 'certificates.sqlite') };
      process.env.SKILLFED_DATA_DIR = dir;
      delete process.env.DATABASE_URL;
    } else {
      config = database.config('certificates');
      database.config('catalog'); // the CLI opens the catalog's database too: dropped with the rest
      process.env.DATABASE_URL = TEST_MYSQL_URL;
      process.env.DATABASE_PREFIX = (config as { database: string }).database.replace(/certificates$/, '');
    }
    process.env.INIT_CWD = dir;
    server = await createServer({ database: config, gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true, peerUrls: { exams: DOWN, institutions: DOWN, catalog: DOWN } });
  });
  afterAll(async () => {
    await server?.close();
    process.env = env;
    await database.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says what is wrong with each bad argument or file', async () => {
    expect(await cli(['--province', 'ATLANTIS', '--format', 'xlsx', '--out', 'a.xlsx'])).toMatchObject({ code: 'usage', message: expect.stringMatching(/ATLANTIS is not a province: .*LIAONING/) });
    expect(await cli(['--province', 'LIAONING', '--format', 'pdf', '--out', 'a.pdf'])).toMatchObject({ code: 'usage', message: expect.stringContaining('--format must be one of csv') });
    expect(await cli(['--province', 'LIAONING', '--format', 'csv'])).toMatchObject({ code: 'usage', message: expect.stringContaining('--out <file> is required') });
    expect(await cli(['--province', 'LIAONING', '--out', 'missing/a.csv'])).toMatchObject({ code: 'usage', message: expect.stringContaining('does not exist') });
    expect(await cli(['--province', 'LIAONING', '--kind', 'other', '--out', 'a.csv'])).toMatchObject({ code: 'usage', message: expect.stringContaining('--kind must be') });
    expect(await cli(['--province', 'LIAONING', '--kind', 'skill-level', '--out', 'a.csv'])).toMatchObject({ code: 'error', message: expect.stringContaining('四(四)2') });
    expect(await cli(['receipt', '--batch', 'nope', '--file', 'nothing.csv'])).toMatchObject({ code: 'usage', message: expect.stringContaining('no such file') });
    expect(await cli(['reconcile', '--province', 'LIAONING', '--as-of', '2025-02-30'])).toMatchObject({ code: 'usage', message: expect.stringContaining('--as-of must be a date') });
    expect(fs.readdirSync(dir).filter((f) => !f.includes('sqlite'))).toEqual([]);
  });

  it('builds, writes XLSX with progress on stderr, marks it sent; nothing pending afterwards', async () => {
    const expected = await server.database.dataSource.getRepository(Certificate).countBy({ province: 'LIAONING', kind: 'SPECIAL_ABILITY' });
    const done = await cli(['--province', 'LIAONING', '--format', 'xlsx', '--out', 'liaoning.xlsx', '--mark-sent']);
    expect(done.message ?? done.code).toBe(0);
    const batch = await server.database.dataSource.getRepository(UploadBatch).findOneByOrFail({ id: done.out.trim() });
    expect(batch).toMatchObject({ status: 'SENT', rowCount: expected });
    expect(done.err).toContain(`${expected}/${expected} rows`);
    expect(done.err).toContain(`wrote ${expected} rows`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'liaoning.xlsx'));
    expect(workbook.worksheets[0].rowCount).toBe(expected + 1);
    const again = await cli(['--province', 'LIAONING', '--format', 'xlsx', '--out', 'again.xlsx']);
    expect(again).toMatchObject({ code: 0, err: expect.stringContaining('nothing pending') });
    expect(fs.existsSync(path.join(dir, 'again.xlsx'))).toBe(false);

    // The same batch again in GBK, then its receipt: first with an unknown number (refused), then clean.
    const gbk = await cli(['--batch', batch.id, '--format', 'csv-gbk', '--out', 'liaoning.csv']);
    expect(gbk.code).toBe(0);
    const lines = iconv.decode(fs.readFileSync(path.join(dir, 'liaoning.csv')), 'gb18030').trimEnd().split('\r\n');
    expect(lines[0].startsWith('证书编号,姓名')).toBe(true);
    const numbers = lines.slice(1).map((l) => l.split(',')[0]);
    fs.writeFileSync(path.join(dir, 'bad.csv'), ['证书编号,结果,原因', ...numbers.map((n) => `${n},接收,`), 'Z000000000000000,接收,'].join('\n'));
    const bad = await cli(['receipt', '--batch', batch.id, '--file', 'bad.csv', '--date', '2025-01-10']);
    expect(bad).toMatchObject({ code: 1, out: expect.stringContaining(`line ${numbers.length + 2} [Z000000000000000]: 未知证书编号`) });
    fs.writeFileSync(path.join(dir, 'good.csv'), ['证书编号,结果,原因', ...numbers.map((n) => `${n},接收,`)].join('\n'));
    const good = await cli(['receipt', '--batch', batch.id, '--file', 'good.csv', '--date', '2025-01-10']);
    expect(good).toMatchObject({ code: 0, out: expect.stringContaining(`imported: ${numbers.length} lines, ${numbers.length} accepted, 0 rejected`) });
    expect(good.out).toContain('batch ACKNOWLEDGED');

    const rec = await cli(['reconcile', '--province', 'LIAONING', '--as-of', '2025-01-10']);
    expect(rec.code).toBe(0);
    expect(rec.out).toMatch(new RegExp(`^total\\t${expected}\\t0\\t0\\t${expected}\\t0\\t0\\t-$`, 'm'));
    expect(rec.out).toContain('deadline 20 working days (辽就〔2023〕4号 三(七))');
  });
});
