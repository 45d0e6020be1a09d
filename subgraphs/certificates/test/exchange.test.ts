import { PassThrough } from 'node:stream';
import { parseCsv as readCsvRecords } from '@skillfed/common/tabular';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AuditEvent, demoId, demoResidentId, type Caller, type RunningServer, type SubgraphServer } from '@skillfed/common';
import { TEST_GATEWAY_SECRET, callers, subgraphRequest, testDatabases } from '@skillfed/common/testing';
import { addWorkingDays, exchangeRules } from '@skillfed/province-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Certificate,
  EXCHANGE_COLUMNS,
  NO_CATALOG,
  UploadBatch,
  UploadBatchRow,
  buildUploadBatch,
  correctCertificate,
  createServer,
  importUploadReceipt,
  issueBatch,
  markUploadBatchSent,
  readBatchRecords,
  readReceipt,
  certificateDeadlines,
  overdueCutoff,
  reconcile,
  revokeCertificate,
  writeExchangeFile,
  type ExchangeRecord,
  type HolderFacts,
  type ResultsSource,
} from '../src';

const databases = await testDatabases();
const DOWN = 'http://127.0.0.1:9/graphql';

function source(options: { batches: string[]; size: number; province: string; institution: { id: string; cityCode: string; track: string; sequenceCode: string | null }; level?: number; names?: string[] }): ResultsSource {
  return {
    async batch(id) {
      if (!options.batches.includes(id)) return null;
      return { id, province: options.province, institutionId: options.institution.id, projectId: demoId('project', 'exchange'), status: 'RESULTS_PUBLISHED', startDate: '2025-03-01', endDate: '2025-03-01', holderInfoConfirmedOn: '2025-03-05', level: options.level ?? null, occupationCode: options.level ? '4-01-02-01' : null };
    },
    async institution(id) {
      return id === options.institution.id ? { ...options.institution, province: options.province } : null;
    },
    async passingHolders(id) {
      const b = options.batches.indexOf(id);
      return Array.from({ length: options.size }, (_v, k): HolderFacts => ({
        candidateId: demoId('exchange-candidate', `${id}-${k}`),
        name: options.names?.[k] ?? `交换${b}-${k}`,
        residentId: demoResidentId('210102', '1999-05-01', (b * options.size + k) % 1000),
        scores: [{ subject: 'PRACTICAL', score: 80 }, { subject: 'THEORY', score: 70 }],
      }));
    },
    async certificatesPublished() {},
  };
}

async function exportTo(db: SubgraphServer['database']['dataSource'], batchId: string, format: 'CSV' | 'CSV_GBK' | 'XLSX' | 'JSONL'): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  // A small page size so the test crosses page boundaries (keyset paging).
  await writeExchangeFile(readBatchRecords(db, batchId, NO_CATALOG, 3), out, { format });
  return Buffer.concat(chunks);
}

/** The export's CSV read back with the shared reader (common/tabular.ts) the imports use. */
const splitCsv = (text: string): string[][] => readCsvRecords(text).map((r) => r.fields);

function asStrings(r: ExchangeRecord): string[] {
  return EXCHANGE_COLUMNS.map((c) => (r[c.key] === null ? '' : String(r[c.key])));
}

describe.each(databases)('exchange with the national query system on $name', (database) => {
  let server: SubgraphServer;
  let running: RunningServer;
  const liaoning: Caller = callers.operator('LIAONING');
  const db = () => server.database.dataSource;
  beforeAll(async () => {
    server = await createServer({ database: database.config('certificates'), gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: true, peerUrls: { exams: DOWN, institutions: DOWN, catalog: DOWN } });
    running = await server.listen(0);
    const institution = { id: demoId('institution', `exchange-${database.name}`), cityCode: '210102', track: 'SPECIAL_ABILITY', sequenceCode: null };
    // A name with a comma, a quote and a character outside GBK (𠮷) exercises every format's escaping.
    await issueBatch(db(), { caller: liaoning }, source({ batches: ['exchange-a'], size: 5, province: 'LIAONING', institution, names: ['王,"小"明', '𠮷田', '李四'] }), 'exchange-a', { issuedOn: '2025-03-20' });
  });
  afterAll(async () => {
    await running?.stop();
    await database.cleanup();
  });

  const scopeCount = async (province: string, kind: string, cityPrefix = '') =>
    db().getRepository(Certificate).createQueryBuilder('c').where('c.province = :province AND c.kind = :kind AND c.city_code LIKE :city', { province, kind, city: `${cityPrefix}%` }).getCount();

  it('refuses what the rules and roles refuse', async () => {
    await expect(buildUploadBatch(db(), { caller: callers.admin }, { province: 'LIAONING', kind: 'SPECIAL_ABILITY' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(buildUploadBatch(db(), { caller: callers.operator('SHANDONG') }, { province: 'LIAONING', kind: 'SPECIAL_ABILITY' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(buildUploadBatch(db(), { caller: callers.anonymous }, { province: 'LIAONING', kind: 'SPECIAL_ABILITY' })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // 001 四(四)2: skill-level data is uploaded by each city; 000 三(七): special ability by the province.
    const school = exchangeRules('LIAONING', 'SKILL_LEVEL').route.source.section;
    await expect(buildUploadBatch(db(), { caller: liaoning }, { province: 'LIAONING', kind: 'SKILL_LEVEL' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'cityCode' }, message: expect.stringContaining(school) });
    await expect(buildUploadBatch(db(), { caller: liaoning }, { province: 'LIAONING', kind: 'SPECIAL_ABILITY', cityCode: '210100' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'cityCode' } });
    expect(await db().getRepository(UploadBatch).count()).toBe(0);
  });

  let first: UploadBatch;
  it('builds one batch of every pending certificate of the scope; a certificate is never in two open batches', async () => {
    const expected = await scopeCount('LIAONING', 'SPECIAL_ABILITY');
    expect(expected).toBeGreaterThan(5);
    const [a, b] = await Promise.allSettled([
      buildUploadBatch(db(), { caller: liaoning }, { province: 'LIAONING', kind: 'SPECIAL_ABILITY' }),
      buildUploadBatch(db(), { caller: liaoning }, { province: 'LIAONING', kind: 'SPECIAL_ABILITY' }),
    ]);
    const built = [a, b].flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []));
    expect(built).toHaveLength(1);
    for (const r of [a, b]) if (r.status === 'rejected') expect(r.reason).toMatchObject({ extensions: { code: 'CONFLICT' } });
    first = built[0];
    expect(first).toMatchObject({ status: 'BUILT', rowCount: expected, sequence: 1, cityCode: '' });
    expect(await db().getRepository(UploadBatchRow).countBy({ batchId: first.id, changeKind: 'ISSUED' })).toBe(expected);
    expect(await buildUploadBatch(db(), { caller: liaoning }, { province: 'LIAONING', kind: 'SPECIAL_ABILITY' })).toBeNull();
    const audits = await db().getRepository(AuditEvent).findBy({ action: 'buildUploadBatch' });
    expect(audits.some((e) => e.targetId === first.id && e.outcome === 'SUCCESS')).toBe(true);
  });

  it('builds per city where the city uploads (001 四(四)2)', async () => {
    const school = { id: demoId('institution', `exchange-school-${database.name}`), cityCode: '210202', track: 'SKILL_LEVEL', sequenceCode: '024001' };
    await issueBatch(db(), { caller: callers.staff('LIAONING', school.id) }, source({ batches: ['exchange-skill'], size: 3, province: 'LIAONING', institution: school, level: 4 }), 'exchange-skill', { issuedOn: '2025-06-30' });
    await expect(buildUploadBatch(db(), { caller: callers.city('LIAONING', '210100') }, { province: 'LIAONING', kind: 'SKILL_LEVEL', cityCode: '210200' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    // 沈阳's centre batches only 沈阳's schools: the demo technician college's certificates (issue 15), if any.
    const shenyang = await buildUploadBatch(db(), { caller: callers.city('LIAONING', '210100') }, { province: 'LIAONING', kind: 'SKILL_LEVEL', cityCode: '210100' });
    expect(shenyang?.rowCount ?? 0).toBe(await scopeCount('LIAONING', 'SKILL_LEVEL', '2101'));
    const dalian = await buildUploadBatch(db(), { caller: callers.city('LIAONING', '210200') }, { province: 'LIAONING', kind: 'SKILL_LEVEL', cityCode: '210202' });
    expect(dalian).toMatchObject({ cityCode: '210200', rowCount: await scopeCount('LIAONING', 'SKILL_LEVEL', '2102'), sequence: 1 });
  });

  it('exports CSV (UTF-8 with BOM and GBK), XLSX and JSON Lines that read back to the same records', async () => {
    const records: ExchangeRecord[] = [];
    for await (const page of readBatchRecords(db(), first.id, NO_CATALOG, 4)) records.push(...page);
    expect(records).toHaveLength(first.rowCount);
    expect(records.map((r) => r.number)).toEqual([...records.map((r) => r.number)].sort());
    const tricky = records.find((r) => r.holderName === '王,"小"明')!;
    expect(tricky).toMatchObject({ idType: '居民身份证', kind: 'SPECIAL_ABILITY', status: 'VALID', changeKind: 'ISSUED', issuedOn: '2025-03-20', replacesNumber: null });
    expect(tricky.idNumber).toMatch(/^\d{17}[\dX]$/);

    const csv = await exportTo(db(), first.id, 'CSV');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvRows = splitCsv(csv.toString('utf8').slice(1));
    expect(csvRows[0]).toEqual(EXCHANGE_COLUMNS.map((c) => c.heading));
    expect(csvRows.slice(1)).toEqual(records.map(asStrings));

    const gbk = await exportTo(db(), first.id, 'CSV_GBK');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(splitCsv(iconv.decode(gbk, 'gb18030')).slice(1)).toEqual(records.map(asStrings));
    // Every GBK character is encoded exactly as GBK does: 证书编号 in the heading.
    expect(gbk.subarray(0, 8).equals(iconv.encode('证书编号', 'gbk'))).toBe(true);

    const jsonl = await exportTo(db(), first.id, 'JSONL');
    expect(jsonl.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(records);

    const xlsx = await exportTo(db(), first.id, 'XLSX');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const sheetRows: string[][] = [];
    sheet.eachRow((row) => sheetRows.push(EXCHANGE_COLUMNS.map((_c, i) => (row.getCell(i + 1).value === null ? '' : String(row.getCell(i + 1).value)))));
    expect(sheetRows[0]).toEqual(EXCHANGE_COLUMNS.map((c) => c.heading));
    expect(sheetRows.slice(1)).toEqual(records.map(asStrings));
  });

  it('lists each certificate\'s deadline (000 三(七)): every valid one unacknowledged and past due is overdue', async () => {
    const add = (d: string, n: number) => addWorkingDays(d, n);
    for (const asOf of ['2025-01-02', '2025-05-06', '2025-10-09', '2024-02-29']) {
      const cutoff = overdueCutoff(asOf, 20, add);
      expect(add(cutoff, 20) < asOf).toBe(true);
      const next = new Date(Date.parse(`${cutoff}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(add(next, 20) >= asOf).toBe(true);
    }
    const scope = { province: 'LIAONING', kind: 'SPECIAL_ABILITY', cityCode: '' };
    const valid = await db().getRepository(Certificate).countBy({ province: 'LIAONING', kind: 'SPECIAL_ABILITY', status: 'VALID' });
    const seen: string[] = [];
    let after: [string, string] | null = null;
    for (;;) {
      const page: NonNullable<Awaited<ReturnType<typeof certificateDeadlines>>> = (await certificateDeadlines(db(), scope, { asOf: '2025-06-30', state: 'OVERDUE', limit: 3, after, add }))!;
      for (const r of page.rows) {
        expect(r).toMatchObject({ state: 'OVERDUE', acknowledgedOn: null, dueOn: add(r.issuedOn, 20) });
        seen.push(r.number);
      }
      if (!page.hasNextPage) {
        expect(await page.count()).toBe(valid);
        break;
      }
      const last: { issuedOn: string; id: string } = page.rows[page.rows.length - 1];
      after = [last.issuedOn, last.id];
    }
    expect(new Set(seen).size).toBe(valid);
    // On the issue date itself nothing of ours is overdue yet.
    const early = (await certificateDeadlines(db(), scope, { asOf: '2025-03-20', state: 'OPEN', limit: 100, after: null, add }))!;
    expect(early.rows.filter((r) => r.issuedOn === '2025-03-20')).toHaveLength(5);
    expect(await certificateDeadlines(db(), { ...scope, province: 'SHANDONG' }, { asOf: '2025-06-30', state: null, limit: 10, after: null, add })).toBeNull();
  });

  it('is sent once: sending again changes nothing', async () => {
    await expect(importUploadReceipt(db(), { caller: liaoning }, first.id, [])).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    const sent = await markUploadBatchSent(db(), { caller: liaoning }, first.id, '2025-03-25');
    expect(sent).toMatchObject({ status: 'SENT', sentOn: '2025-03-25' });
    const again = await markUploadBatchSent(db(), { caller: liaoning }, first.id, '2025-03-28');
    expect(again).toEqual(sent);
  });

  let rejectedNumber: string;
  it('imports a receipt: unknown and foreign numbers are reported and nothing is written; then one row is rejected', async () => {
    const rows = await db().getRepository(UploadBatchRow).find({ where: { batchId: first.id }, order: { number: 'ASC' } });
    const skill = await db().getRepository(UploadBatchRow).createQueryBuilder('r').where('r.batch_id <> :id', { id: first.id }).getOneOrFail();
    const bad = [
      '证书编号,结果,原因',
      ...rows.map((r, i) => `${r.number},${i === 1 ? '退回' : '接收'},${i === 1 ? '身份证号码与姓名不符' : ''}`),
      'Z999999990000001,接收,',
      `${skill.number},接收,`,
      `${rows[0].number},接收,`,
      `${rows[2].number},也许,`,
    ].join('\r\n');
    const lines = await readReceipt(iconv.encode(bad, 'gbk'), 'CSV');
    const report = await importUploadReceipt(db(), { caller: liaoning }, first.id, lines, { acknowledgedOn: '2025-04-03' });
    expect(report.applied).toBe(false);
    expect(report.problems.map((p) => [p.line, p.number])).toEqual([
      [rows.length + 2, 'Z999999990000001'],
      [rows.length + 3, skill.number],
      [rows.length + 4, rows[0].number],
      [rows.length + 5, rows[2].number],
    ]);
    expect(report.problems.map((p) => p.reason)).toEqual([expect.stringContaining('未知证书编号'), expect.stringContaining('不在本批次'), expect.stringContaining('重复'), expect.stringContaining('无法识别')]);
    expect(await db().getRepository(UploadBatchRow).countBy({ batchId: first.id, outcome: 'PENDING' })).toBe(rows.length);

    const good = rows.map((r, i) => JSON.stringify({ number: r.number, outcome: i === 1 ? 'rejected' : 'accepted', reason: i === 1 ? '身份证号码与姓名不符' : null })).join('\n');
    const applied = await importUploadReceipt(db(), { caller: liaoning }, first.id, await readReceipt(Buffer.from(good), 'JSONL'), { acknowledgedOn: '2025-04-03' });
    expect(applied).toMatchObject({ applied: true, accepted: rows.length - 1, rejected: 1, unchanged: 0, problemCount: 0 });
    expect(applied.batch).toMatchObject({ status: 'PARTLY_REJECTED', acceptedCount: rows.length - 1, rejectedCount: 1, acknowledgedOn: '2025-04-03' });
    const again = await importUploadReceipt(db(), { caller: liaoning }, first.id, await readReceipt(Buffer.from(good), 'JSONL'), { acknowledgedOn: '2025-04-09' });
    expect(again).toMatchObject({ applied: true, accepted: 0, rejected: 0, unchanged: rows.length });
    expect(again.batch).toEqual(applied.batch);
    rejectedNumber = rows[1].number;
    expect(await db().getRepository(UploadBatchRow).findOneByOrFail({ batchId: first.id, number: rejectedNumber })).toMatchObject({ outcome: 'REJECTED', reason: '身份证号码与姓名不符', openCertificateId: null });
  });

  it('carries the corrected certificate and a revocation in the next batch, and not the rejected original', async () => {
    const rejected = await db().getRepository(Certificate).findOneByOrFail({ number: rejectedNumber });
    const corrected = await correctCertificate(db(), { caller: liaoning }, source({ batches: [], size: 0, province: 'LIAONING', institution: { id: 'x', cityCode: '210102', track: 'SPECIAL_ABILITY', sequenceCode: null } }), rejected.id, { holderName: '更正姓名', reason: '回执退回：姓名与身份证不符' }, '2025-04-07');
    const accepted = await db().getRepository(UploadBatchRow).findOneByOrFail({ batchId: first.id, outcome: 'ACCEPTED' });
    const revoked = await revokeCertificate(db(), { caller: liaoning }, accepted.certificateId, '考核违规', '辽就〔2023〕4号 五', '2025-04-08');
    const next = (await buildUploadBatch(db(), { caller: liaoning }, { province: 'LIAONING', kind: 'SPECIAL_ABILITY' }))!;
    expect(next).toMatchObject({ sequence: 2, rowCount: 2 });
    const records: ExchangeRecord[] = [];
    for await (const page of readBatchRecords(db(), next.id, NO_CATALOG)) records.push(...page);
    expect(records.map((r) => [r.number, r.changeKind, r.status, r.replacesNumber]).sort()).toEqual(
      [
        [corrected.number, 'CORRECTED', 'VALID', rejectedNumber],
        [revoked.number, 'REVOKED', 'REVOKED', null],
      ].sort(),
    );
    expect(records.find((r) => r.number === corrected.number)!.holderName).toBe('更正姓名');
    await markUploadBatchSent(db(), { caller: liaoning }, next.id, '2025-04-10');
    const receipt = `number,outcome,reason\n${records.map((r) => `${r.number},accepted,`).join('\n')}\n`;
    const done = await importUploadReceipt(db(), { caller: liaoning }, next.id, await readReceipt(Buffer.from(receipt), 'CSV'), { acknowledgedOn: '2025-04-14' });
    expect(done.batch.status).toBe('ACKNOWLEDGED');
  });

  it('reconciles per city: nothing pending, and 000 三(七)\'s 20 working days met by the acknowledgement dates', async () => {
    const result = await reconcile(db(), { province: 'LIAONING', kind: 'SPECIAL_ABILITY', cityCode: '' }, { asOf: '2025-06-30' });
    const all = await scopeCount('LIAONING', 'SPECIAL_ABILITY');
    expect(result.total).toMatchObject({ issued: all, pending: 0, inBatch: 0, rejected: 0, corrected: 1, acknowledged: all - 1, oldestUnacknowledgedAt: null });
    expect(result.lines.reduce((n, l) => n + l.issued, 0)).toBe(all);
    expect(result.lines.every((l) => /^\d{4}00$/.test(l.cityCode))).toBe(true);
    const rule = exchangeRules('LIAONING', 'SPECIAL_ABILITY').uploadDeadline;
    expect(result.deadline).toMatchObject({ rule: { stated: true, value: { workingDays: 20 }, source: { section: '三(七)' } }, overdue: 0, open: 0, dueUnknown: 0 });
    // Expected from the rows themselves: acknowledged on or before issue date + 20 working days.
    const certs = await db().getRepository(Certificate).find({ where: { province: 'LIAONING', kind: 'SPECIAL_ABILITY' } });
    const acks = await db().getRepository(UploadBatchRow).find({ where: { outcome: 'ACCEPTED' } });
    const ackOf = new Map(acks.map((a) => [a.certificateId, a.outcomeOn!]));
    const considered = certs.filter((c) => c.status === 'VALID' || ackOf.has(c.id));
    const met = considered.filter((c) => ackOf.get(c.id)! <= addWorkingDays(c.issuedOn, rule.value!.workingDays)).length;
    expect(result.deadline!.met).toBe(met);
    expect(result.deadline!.met + result.deadline!.metLate).toBe(considered.length);
    // Our certificates issued 2025-03-20 and accepted 2025-04-03 are within 20 working days.
    expect(addWorkingDays('2025-03-20', 20) >= '2025-04-03').toBe(true);

    const shandong = await reconcile(db(), { province: 'SHANDONG', kind: 'SPECIAL_ABILITY', cityCode: '' }, { asOf: '2025-06-30' });
    expect(shandong.deadline).toBeNull();
    expect(shandong.total.pending).toBe(await scopeCount('SHANDONG', 'SPECIAL_ABILITY'));
  });

  it('answers through GraphQL with the same figures and scopes', async () => {
    const Q = `query ($p: ProvinceCode!) {
      uploadBatches(province: $p, first: 10) { totalCount nodes { kind sequence status rowCount acceptedCount rejectedCount cityCode downloadPath rows(first: 2) { totalCount nodes { number changeKind outcome } pageInfo { hasNextPage } } } }
      exchangeReconciliation(province: $p, kind: SKILL_LEVEL, asOf: "2025-06-30") { total { issued pending inBatch acknowledged rejected corrected oldestUnacknowledgedDays } cities { cityCode issued } deadline { workingDays stated source { section } met overdue } }
    }`;
    const res = await subgraphRequest(running.url, Q, { variables: { p: 'LIAONING' }, caller: liaoning });
    expect(res.body.errors).toBeUndefined();
    // Two special-ability batches, 大连's skill-level batch, and 沈阳's where the demo college issued.
    expect(res.body.data.uploadBatches.totalCount).toBe((await scopeCount('LIAONING', 'SKILL_LEVEL', '2101')) ? 4 : 3);
    expect(res.body.data.uploadBatches.nodes.find((b: { kind: string; sequence: number }) => b.kind === 'SPECIAL_ABILITY' && b.sequence === 1)).toMatchObject({ sequence: 1, status: 'PARTLY_REJECTED', rowCount: first.rowCount, rejectedCount: 1, rows: { totalCount: first.rowCount, pageInfo: { hasNextPage: true } } });
    // Skill levels: the Dalian batch is built, not acknowledged; 001 sets no working-day period (the
    // catalog, down here, is not asked for a calendar the rule does not need).
    const skill = await scopeCount('LIAONING', 'SKILL_LEVEL');
    expect(res.body.data.exchangeReconciliation.total).toMatchObject({ issued: skill, inBatch: skill, pending: 0, rejected: 0 });
    expect(res.body.data.exchangeReconciliation.total.oldestUnacknowledgedDays).toEqual(expect.any(Number));
    expect(res.body.data.exchangeReconciliation.cities.find((c: { cityCode: string }) => c.cityCode === '210200')).toMatchObject({ issued: 3 });
    expect(res.body.data.exchangeReconciliation.deadline).toBeNull();
    const other = await subgraphRequest(running.url, Q, { variables: { p: 'LIAONING' }, caller: callers.operator('JIANGSU') });
    expect(other.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await subgraphRequest(running.url, Q, { variables: { p: 'LIAONING' }, caller: callers.admin });
    expect(admin.body.errors).toBeUndefined();
  });
});
