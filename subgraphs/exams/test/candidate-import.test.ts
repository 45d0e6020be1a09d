import fs from 'node:fs';
import path from 'node:path';
import { DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, demoId, demoResidentId, type RunningServer, type SubgraphServer } from '@skillfed/common';
import { writeXlsx } from '@skillfed/common/tabular';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { createServer as createCatalog } from '@skillfed/subgraph-catalog';
import { createServer as createInstitutions } from '@skillfed/subgraph-institutions';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src';
import { MAX_CANDIDATES_PER_BATCH } from '../src/candidate.service';

const databases = await testDatabases();
const SAMPLES = path.resolve(__dirname, '..', 'samples');
const inst = (province: string) => DEMO_INSTITUTIONS.find((i) => i.province === province)!;
const projectOf = (institutionId: string) => DEMO_EXAM_BATCHES.find((b) => b.institutionId === institutionId)!.projectId;
let order = 100;
const person = (birth = '1990-03-03', division = '370102') => demoResidentId(division, birth, order++);
/** The same first 17 characters with a wrong check character. */
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

const IMPORT = `mutation ($id: ID!, $input: ImportCandidatesInput!) { importCandidates(batchId: $id, input: $input) {
  format encoding dryRun applied total valid imported candidateCount problems { row column field reason } } }`;

describe.each(databases)('bulk candidate import on $name', (database) => {
  let institutions: RunningServer;
  let catalog: RunningServer;
  let exams: RunningServer;
  let examsServer: SubgraphServer;
  beforeAll(async () => {
    institutions = await (await createInstitutions({ database: database.config('institutions'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true })).listen(0);
    catalog = await (await createCatalog({ database: database.config('catalog'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false })).listen(0);
    examsServer = await createServer({ database: database.config('exams'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: false, peerUrls: { institutions: institutions.url, examiners: 'http://127.0.0.1:9/graphql', certificates: 'http://127.0.0.1:9/graphql', catalog: catalog.url } });
    exams = await examsServer.listen(0);
  });
  afterAll(async () => {
    await exams?.stop();
    await catalog?.stop();
    await institutions?.stop();
    await database.cleanup();
  });
  const call = (query: string, variables: Record<string, unknown>, province: string) => subgraphRequest(exams.url, query, { variables, caller: callers.operator(province) }).then((r) => r.body);
  async function draft(province: string, startDate: string) {
    const institution = inst(province);
    const body = await call('mutation ($input: CreateExamBatchInput!) { createExamBatch(input: $input) { id } }', {
      input: { province, institutionId: institution.id, siteId: demoId('exam-site', institution.id), projectId: projectOf(institution.id), startDate, endDate: startDate, mode: 'REGULAR' },
    }, province);
    expect(body.errors).toBeUndefined();
    return body.data.createExamBatch.id as string;
  }
  const run = (id: string, province: string, content: Buffer | string, dryRun: boolean, format?: string) =>
    call(IMPORT, { id, input: { contentBase64: b64(content), dryRun, ...(format ? { format } : {}) } }, province);
  const count = async (id: string, province: string) =>
    (await call('query ($id: ID!) { examBatch(id: $id) { candidateCount candidates { residentId priorityGroup } } }', { id }, province)).data.examBatch;

  it('Shandong, GBK CSV: the dry run lists every bad row with row, column and reason; a real run with problems writes nothing; the fixed file imports all', async () => {
    // First exam day 2024-05-18: 16 on that day (002 三(一) 达到法定劳动年龄) is enough, one day short is not.
    const id = await draft('SHANDONG', '2024-05-18');
    const already = person('1985-01-01');
    expect((await call('mutation ($id: ID!, $input: AddCandidateInput!) { addCandidate(batchId: $id, input: $input) { id } }', { id, input: { name: '已登记示例', residentId: already, phone: '13600001111', projectId: projectOf(inst('SHANDONG').id) } }, 'SHANDONG')).errors).toBeUndefined();
    const twice = person('1992-02-02');
    const sixteenToday = person('2008-05-18');
    const rows = [
      ['姓名', '身份证号', '手机号', '重点群体'],
      ['张示例', person(), '13600000001', '农村转移就业劳动者'], // row 2: fine (the notice's own words)
      ['李示例', wrongCheck(person()), '13600000002', ''], // row 3: check character
      ['王示例', person('2008-05-19'), '13600000003', '退役军人'], // row 4: 16 only the day after the first exam day
      ['赵示例', sixteenToday, '13600000004', 'VETERAN'], // row 5: fine (16 on the day; enum name accepted)
      ['钱示例', twice, '13600000005', ''], // row 6: fine
      ['孙示例', twice, '13600000006', ''], // row 7: same person as row 6
      ['周示例', already, '13600000007', ''], // row 8: already in the batch
      ['吴示例', person(), '1360000', '无'], // row 9: phone
      ['郑示例', person(), '13600000009', '外来务工人员'], // row 10: not one of the five groups
    ];
    const gbk = iconv.encode(csv(rows), 'gbk');
    const dry = await run(id, 'SHANDONG', gbk, true);
    expect(dry.errors).toBeUndefined();
    const report = dry.data.importCandidates;
    expect(report).toMatchObject({ format: 'CSV', encoding: 'GB18030', dryRun: true, applied: false, total: 9, valid: 3, imported: 0, candidateCount: 1 });
    expect(report.problems.map((p: { row: number; column: string; field: string }) => [p.row, p.column, p.field])).toEqual([
      [3, '身份证号', 'residentId'],
      [4, '身份证号', 'residentId'],
      [7, '身份证号', 'residentId'],
      [8, '身份证号', 'residentId'],
      [9, '手机号', 'phone'],
      [10, '重点群体', 'priorityGroup'],
    ]);
    const reasons = report.problems.map((p: { reason: string }) => p.reason);
    expect(reasons[0]).toContain('校验');
    expect(reasons[1]).toContain('考核首日（2024-05-18）未满16周岁');
    expect(reasons[2]).toContain('与第6行为同一考生');
    expect(reasons[3]).toContain('已登记本批次');
    // No problem text carries the personal data it is about.
    for (const row of rows.slice(1)) expect(JSON.stringify(report)).not.toContain(row[1]);

    const refused = await run(id, 'SHANDONG', gbk, false);
    expect(refused.data.importCandidates).toMatchObject({ dryRun: false, applied: false, imported: 0 });
    expect(refused.data.importCandidates.problems).toHaveLength(6);
    expect((await count(id, 'SHANDONG')).candidateCount).toBe(1);

    const fixed = [rows[0], rows[1], rows[4], rows[5], ['李示例', person(), '13600000002', '']];
    const ok = await run(id, 'SHANDONG', iconv.encode(csv(fixed), 'gbk'), false);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.importCandidates).toMatchObject({ applied: true, total: 4, valid: 4, imported: 4, candidateCount: 5, problems: [] });
    const batch = await count(id, 'SHANDONG');
    expect(batch.candidateCount).toBe(5);
    expect(batch.candidates.map((c: { priorityGroup: string }) => c.priorityGroup).sort()).toEqual(['NONE', 'NONE', 'NONE', 'RURAL_MIGRANT_WORKER', 'VETERAN']);
    expect(batch.candidates.every((c: { residentId: string }) => /\*{8}/.test(c.residentId))).toBe(true);

    // Sealed at rest as addCandidate seals: the stored column holds no ID number.
    const raw = await examsServer.database.dataSource.query('SELECT resident_id, phone FROM candidates WHERE batch_id = ?', [id]);
    expect(raw).toHaveLength(5);
    for (const r of raw as { resident_id: string; phone: string }[]) {
      expect(r.resident_id).not.toMatch(/^\d{17}[\dX]$/);
      expect(r.phone).not.toMatch(/^1\d{10}$/);
    }
    // Importing the same file again: every row is now already registered, nothing written.
    const again = await run(id, 'SHANDONG', iconv.encode(csv(fixed), 'gbk'), false);
    expect(again.data.importCandidates).toMatchObject({ applied: false, valid: 0, candidateCount: 5 });
    expect(again.data.importCandidates.problems).toHaveLength(4);

    // Every call left an audit row: the dry run, the refused run, the import, the repeat.
    const audit = await call('query ($id: String) { examsAuditEvents(filter: { action: "importCandidates", targetId: $id }, first: 20) { nodes { outcome detail } } }', { id }, 'SHANDONG');
    const mine = audit.data.examsAuditEvents.nodes;
    expect(mine.map((e: { outcome: string }) => e.outcome).sort()).toEqual(['REFUSED', 'REFUSED', 'REFUSED', 'SUCCESS']);
    expect(mine.map((e: { detail: string }) => e.detail)).toContainEqual('IMPORTED:4');
  });

  it('Jiangsu refuses priority groups by its own rules; XLSX rows are the sheet\'s; headings are checked', async () => {
    const id = await draft('JIANGSU', '2024-06-15');
    const xlsx = await writeXlsx([
      ['姓名', '身份证号', '手机号', '重点群体'],
      ['示例甲', person('1990-01-01', '320102'), '13600000001', ''],
      ['示例乙', person('1990-01-01', '320102'), '13600000002', '下岗失业人员'],
    ]);
    const report = (await run(id, 'JIANGSU', xlsx, true)).data.importCandidates;
    expect(report).toMatchObject({ format: 'XLSX', encoding: null, total: 2, valid: 1 });
    expect(report.problems).toEqual([{ row: 3, column: '重点群体', field: 'priorityGroup', reason: expect.stringContaining('未规定就业重点群体') }]);

    const headings = (await run(id, 'JIANGSU', csv([['姓名', '证件号', '手机号'], ['示例', person(), '13600000001']]), true)).data.importCandidates;
    expect(headings.problems.map((p: { row: number; column: string | null; field: string | null }) => [p.row, p.column, p.field])).toEqual([
      [1, '证件号', null],
      [1, null, 'residentId'],
    ]);
    expect(headings).toMatchObject({ total: 1, valid: 0, applied: false });

    // A CSV sent as XLSX, and an XLSX sent as CSV, are refused as such.
    expect((await run(id, 'JIANGSU', 'a,b\n', true, 'XLSX')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    expect((await run(id, 'JIANGSU', xlsx, true, 'CSV')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format' });
    // More rows than a batch holds: refused before any row is checked.
    const many = [['姓名', '身份证号', '手机号'], ...Array.from({ length: MAX_CANDIDATES_PER_BATCH + 1 }, () => ['示例', '1', '1'])];
    expect((await run(id, 'JIANGSU', csv(many), true)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    // Another province's operator, and a batch past its draft.
    expect((await run(id, 'SHANDONG', xlsx, true)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const declared = await draft('JIANGSU', '2024-06-22');
    await call('mutation ($id: ID!, $input: AddCandidateInput!) { addCandidate(batchId: $id, input: $input) { id } }', { id: declared, input: { name: '示例', residentId: person('1990-01-01', '320102'), phone: '13600000001', projectId: projectOf(inst('JIANGSU').id) } }, 'JIANGSU');
    expect((await call('mutation ($id: ID!) { declareExamBatch(id: $id, declaredOn: "2024-06-03") { status } }', { id: declared }, 'JIANGSU')).errors).toBeUndefined();
    expect((await run(declared, 'JIANGSU', xlsx, true)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('the committed samples import cleanly into a Shandong draft batch (UTF-8 CSV, GBK CSV and XLSX alike)', async () => {
    const files = ['candidates-shandong.csv', 'candidates-shandong.gbk.csv', 'candidates-shandong.xlsx'];
    const reports = [];
    for (const file of files) {
      const id = await draft('SHANDONG', '2024-05-18');
      const report = (await run(id, 'SHANDONG', fs.readFileSync(path.join(SAMPLES, file)), true)).data.importCandidates;
      expect(report.problems, file).toEqual([]);
      reports.push(report);
    }
    expect(reports.map((r) => r.encoding)).toEqual(['UTF-8', 'GB18030', null]);
    expect(new Set(reports.map((r) => r.total)).size).toBe(1);
    expect(reports[0].total).toBeGreaterThanOrEqual(5);
  });
});
