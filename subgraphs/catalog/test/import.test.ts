import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { JIANGSU_PROJECTS } from '@skillfed/province-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src';
import { writeXlsx } from '../src/import/xlsx';

const databases = await testDatabases();
const SAMPLES = path.resolve(__dirname, '..', 'samples');
const sample = (file: string) => fs.readFileSync(path.join(SAMPLES, file)).toString('base64');
const IMPORT = `mutation ($input: ImportCatalogInput!) { importCatalog(input: $input) { dryRun applied encoding total created updated unchanged problems { line field reason } } }`;
const COUNT = `query ($p: ProvinceCode) { projects(province: $p) { totalCount } }`;

describe.each(databases)('catalog import on $name', (database) => {
  let empty: RunningServer;
  let seeded: RunningServer;
  beforeAll(async () => {
    empty = await (await createServer({ database: database.config('catalog_empty'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false })).listen(0);
    seeded = await (await createServer({ database: database.config('catalog'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true })).listen(0);
  });
  afterAll(async () => {
    await empty?.stop();
    await seeded?.stop();
    await database.cleanup();
  });
  const run = (server: RunningServer, input: Record<string, unknown>, caller = callers.operator(String(input.province ?? 'LIAONING'))) =>
    subgraphRequest(server.url, IMPORT, { variables: { input: { kind: 'PROJECTS', format: 'CSV', dryRun: false, ...input } }, caller }).then((r) => r.body);
  const count = async (server: RunningServer, p: string) => (await subgraphRequest(server.url, COUNT, { variables: { p }, caller: callers.anonymous })).body.data.projects.totalCount;

  it.each([
    ['LIAONING', 'liaoning-projects.csv', 'CSV', 'UTF-8', 3],
    ['SHANDONG', 'shandong-projects.gbk.csv', 'CSV', 'GB18030', 3],
    ['GUANGDONG_SHAOGUAN', 'guangdong-shaoguan-projects.json', 'JSON', 'UTF-8', 3],
    ['JIANGSU', 'jiangsu-projects.csv', 'CSV', 'UTF-8', 84],
  ])('%s: dry run, real run, then a re-run that changes nothing (%s)', async (province, file, format, encoding, rows) => {
    const dry = await run(empty, { province, format, contentBase64: sample(file), dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importCatalog).toMatchObject({ dryRun: true, applied: false, encoding, total: rows, created: rows, problems: [] });
    expect(await count(empty, province)).toBe(0);

    const real = await run(empty, { province, format, contentBase64: sample(file) });
    expect(real.data.importCatalog).toMatchObject({ applied: true, created: rows, updated: 0, unchanged: 0 });
    expect(await count(empty, province)).toBe(rows);

    const again = await run(empty, { province, format, contentBase64: sample(file) });
    expect(again.data.importCatalog).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: rows });
  });

  it('reads the XLSX sample (what Excel saves by default) as the same rows as its CSV: nothing changes', async () => {
    const xlsx = await run(empty, { province: 'LIAONING', format: 'XLSX', contentBase64: sample('liaoning-projects.xlsx'), dryRun: true });
    expect(xlsx.errors).toBeUndefined();
    expect(xlsx.data.importCatalog).toMatchObject({ encoding: null, total: 3, created: 0, updated: 0, unchanged: 3, problems: [] });
  });

  it('reports a bad XLSX row by its sheet row number, and writes nothing', async () => {
    const bytes = await writeXlsx([
      ['项目编码', '项目名称', '批次', '状态', '考核方式'],
      ['LI-X001', '示例项目甲', 1, '已发布', '操作技能考核'],
      ['LI-X002', '示例项目乙', 1, '已发布', '跳绳'],
    ]);
    const body = await run(empty, { province: 'LIAONING', format: 'XLSX', contentBase64: bytes.toString('base64') });
    expect(body.data.importCatalog.applied).toBe(false);
    expect(body.data.importCatalog.problems).toEqual([expect.objectContaining({ line: 3 })]);
    expect(await count(empty, 'LIAONING')).toBe(3);
    const notXlsx = await run(empty, { province: 'LIAONING', format: 'XLSX', contentBase64: Buffer.from('code,name').toString('base64') });
    expect(notXlsx.data.importCatalog.problems[0].reason).toContain('not a readable .xlsx file');
  });

  it('decodes the GBK sample into the right Chinese names', async () => {
    const { body } = await subgraphRequest(empty.url, '{ projects(province: SHANDONG, search: "鲁菜") { nodes { name modes } } }', { caller: callers.anonymous });
    expect(body.data.projects.nodes).toEqual([{ name: '鲁菜制作（示例）', modes: ['WORKPIECE'] }]);
  });

  it('ships the demo catalog as the sample files: importing them into the demo data changes nothing', async () => {
    for (const [province, file, format] of [['LIAONING', 'liaoning-projects.csv', 'CSV'], ['JIANGSU', 'jiangsu-projects.csv', 'CSV'], ['GUANGDONG_SHAOGUAN', 'guangdong-shaoguan-projects.json', 'JSON']]) {
      const body = await run(seeded, { province, format, contentBase64: sample(file), dryRun: true });
      expect(body.data.importCatalog, file).toMatchObject({ created: 0, updated: 0, problems: [] });
    }
    const names = (await subgraphRequest(seeded.url, '{ projects(province: JIANGSU, first: 100) { nodes { name } } }', { caller: callers.anonymous })).body.data.projects.nodes.map((n: { name: string }) => n.name);
    expect(names.sort()).toEqual(JIANGSU_PROJECTS.map((p) => p.name).sort());
  });

  it('reports every bad row with its line and writes nothing when one row is bad', async () => {
    const csv = [
      '项目编码,项目名称,批次,考核方式,单独理论考试,考核时长（分钟）',
      'BAD-001,好项目一,1,操作技能考核,否,120',
      'BAD-002,好项目二,2,上机考试,是,90',
      'BAD-003,坏项目,7,跳舞,也许,0',
      'BAD-001,编码重复,1,,,',
      ',,1,,,',
      'BAD-006,"名称,带逗号",3,,,',
    ].join('\n');
    const before = await count(empty, 'LIAONING');
    const body = await run(empty, { province: 'LIAONING', contentBase64: Buffer.from(csv).toString('base64') });
    const report = body.data.importCatalog;
    expect(report.applied).toBe(false);
    expect(await count(empty, 'LIAONING')).toBe(before);
    const lines = report.problems.map((p: { line: number; field: string }) => `${p.line}:${p.field}`);
    expect(lines).toEqual(expect.arrayContaining(['4:batch', '4:modes', '4:theorySeparate', '4:durationMinutes', '5:code', '6:code', '6:name']));
    expect(lines.some((l: string) => l.startsWith('2:') || l.startsWith('3:') || l.startsWith('7:'))).toBe(false);
  });

  it('refuses a code or name another project already uses, batches outside Liaoning, unknown columns and bad JSON', async () => {
    const clash = await run(seeded, { province: 'JIANGSU', contentBase64: Buffer.from('code,name\nJS-001,别的名字\nNEW-1,灯具安装\n').toString('base64') });
    expect(clash.data.importCatalog.problems.map((p: { line: number; field: string }) => `${p.line}:${p.field}`)).toEqual(['2:code', '3:name']);
    const batch = await run(empty, { province: 'JIANGSU', contentBase64: Buffer.from('code,name,batch\nX-1,某项目,2\n').toString('base64') });
    expect(batch.data.importCatalog.problems[0]).toMatchObject({ line: 2, field: 'batch' });
    const column = await run(empty, { province: 'JIANGSU', contentBase64: Buffer.from('code,name,颜色\nX-1,某项目,红\n').toString('base64') });
    expect(column.data.importCatalog.problems[0]).toMatchObject({ line: 1, field: '颜色' });
    const json = await run(empty, { province: 'JIANGSU', format: 'JSON', contentBase64: Buffer.from('[{"code": "X-1",').toString('base64') });
    expect(json.data.importCatalog.problems[0].reason).toMatch(/JSON/);
  });

  it('imports occupations as a national administrator only', async () => {
    const input = { kind: 'OCCUPATIONS', format: 'CSV', contentBase64: sample('occupations.csv') };
    expect((await run(empty, input, callers.operator('LIAONING'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const done = await run(empty, input, callers.admin);
    expect(done.data.importCatalog).toMatchObject({ applied: true, created: 4 });
    const again = await run(empty, input, callers.admin);
    expect(again.data.importCatalog).toMatchObject({ created: 0, unchanged: 4 });
    const { body } = await subgraphRequest(empty.url, '{ occupations(codePrefix: "6-18") { totalCount nodes { code name levelHighest levelLowest } } }', { caller: callers.anonymous });
    expect(body.data.occupations.totalCount).toBe(2);
  });

  it('moves a project proposed → approved → published → retired, and refuses the rest', async () => {
    const op = callers.operator('LIAONING');
    const proposed = await subgraphRequest(seeded.url, 'mutation { proposeProject(input: { province: LIAONING, code: "LN-NEW-1", name: "新项目（测试）", batch: 5, modes: [PRACTICAL, SIMULATION], durationMinutes: 90 }) { id status modes batch } }', { caller: op });
    expect(proposed.body.errors).toBeUndefined();
    const id = proposed.body.data.proposeProject.id;
    expect(proposed.body.data.proposeProject).toMatchObject({ status: 'PROPOSED', modes: ['PRACTICAL', 'SIMULATION'], batch: 5 });
    const step = (m: string, caller = op) => subgraphRequest(seeded.url, `mutation ($id: ID!) { ${m}(id: $id) { status } }`, { variables: { id }, caller }).then((r) => r.body);
    expect((await step('publishProject')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', allowed: ['APPROVED'] });
    expect((await step('approveProject', callers.operator('JIANGSU'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await step('approveProject')).data.approveProject.status).toBe('APPROVED');
    expect((await step('publishProject')).data.publishProject.status).toBe('PUBLISHED');
    expect((await step('retireProject')).data.retireProject.status).toBe('RETIRED');
    expect((await step('retireProject')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', allowed: [] });
    const dup = await subgraphRequest(seeded.url, 'mutation { proposeProject(input: { province: LIAONING, code: "LN-NEW-2", name: "新项目（测试）" }) { id } }', { caller: op });
    expect(dup.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const filtered = await subgraphRequest(seeded.url, '{ projects(province: LIAONING, batch: 5) { nodes { code } } }', { caller: callers.anonymous });
    expect(filtered.body.data.projects.nodes.map((n: { code: string }) => n.code)).toEqual(expect.arrayContaining(['LI-S003', 'LN-NEW-1']));
  });
});

describe('catalog import CLI', () => {
  it('dry-runs and imports a file into the configured database, exiting 1 on problems', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillfed-cli-'));
    const cli = path.resolve(__dirname, '..', 'dist', 'import', 'cli.js');
    const env = { ...process.env, SKILLFED_DATA_DIR: dir, DATABASE_URL: '' };
    const run = (args: string[]) => promisify(execFile)('node', [cli, ...args], { env }).then((r) => ({ code: 0, out: r.stdout }), (e) => ({ code: e.code as number, out: String(e.stdout) }));
    const file = path.join(SAMPLES, 'shandong-projects.gbk.csv');
    const dry = await run(['--kind', 'projects', '--province', 'SHANDONG', '--file', file, '--dry-run']);
    expect(dry).toMatchObject({ code: 0, out: expect.stringContaining('dry run (GB18030): 3 rows, 3 new') });
    const real = await run(['--kind', 'projects', '--province', 'SHANDONG', '--file', file]);
    expect(real.out).toContain('imported (GB18030): 3 rows, 3 new');
    const again = await run(['--kind', 'projects', '--province', 'SHANDONG', '--file', file]);
    expect(again.out).toContain('0 new, 0 updated, 3 unchanged');
    const badFile = path.join(dir, 'bad.csv');
    fs.writeFileSync(badFile, 'code,name\n,缺编码\n');
    const bad = await run(['--kind', 'projects', '--province', 'SHANDONG', '--file', badFile]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('line 2 [code]');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
