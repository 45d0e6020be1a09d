import { DEMO_EXAMINERS, DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, demoId, demoResidentId } from '@skillfed/common';
import { parseCsv as readCsvRecords } from '@skillfed/common/tabular';
import { testDatabases } from '@skillfed/common/testing';
import { addWorkingDays, exchangeRules } from '@skillfed/province-rules';
import { EXCHANGE_COLUMNS } from '@skillfed/subgraph-certificates';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startFederation, tokenFor, type Federation } from './harness';

const databases = await testDatabases();

/** The export's CSV read back with the shared reader (common/tabular.ts) the imports use. */
const parseCsv = (text: string): string[][] => readCsvRecords(text).map((r) => r.fields);

type Row = Record<string, string>;
const KEYS = EXCHANGE_COLUMNS.map((c) => c.key as string);
const fromTable = (table: string[][]): Row[] => {
  expect(table[0]).toEqual(EXCHANGE_COLUMNS.map((c) => c.heading));
  return table.slice(1).map((cells) => Object.fromEntries(KEYS.map((k, i) => [k, cells[i] ?? ''])));
};

describe.each(databases)('exchange with the national query system through the gateway on $name', (database) => {
  let fed: Federation;
  let base: string;
  beforeAll(async () => {
    fed = await startFederation(database);
    base = fed.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('issued → built → exported in every format → receipt with one rejection → corrected → next batch → nothing pending, deadline met', async () => {
    const operator = await tokenFor('province-operator', 'LIAONING');
    const ok = async (query: string, variables: Record<string, unknown> = {}, token: string | undefined = operator) => {
      const { body } = await gql(fed.url, query, { token, variables });
      expect(body.errors, query.slice(0, 80)).toBeUndefined();
      return body.data;
    };
    const download = (path: string, format: string, token: string | null = operator) => fetch(`${base}${path}?format=${format}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    // 1. Certificates issued: a Liaoning special-ability batch from draft to certificates (000 三(七)).
    const institution = DEMO_INSTITUTIONS[0];
    const projectId = DEMO_EXAM_BATCHES.find((b) => b.institutionId === institution.id)!.projectId;
    const id = (await ok('mutation ($input: CreateExamBatchInput!) { createExamBatch(input: $input) { id } }', {
      input: { province: 'LIAONING', institutionId: institution.id, siteId: demoId('exam-site', institution.id), projectId, startDate: '2023-12-05', endDate: '2023-12-05', mode: 'SEPARATE' },
    })).createExamBatch.id;
    const names = ['赵交换甲', '钱交换乙', '孙交换丙'];
    for (const [i, name] of names.entries()) {
      await ok('mutation ($id: ID!, $input: AddCandidateInput!) { addCandidate(batchId: $id, input: $input) { id } }', { id, input: { name, residentId: demoResidentId('210102', '1996-04-0' + (i + 1), 700 + i), phone: '13600003333', projectId } });
    }
    const step = (m: string, args = '') => ok(`mutation ($id: ID!) { ${m}(id: $id${args}) { status } }`, { id });
    await step('declareExamBatch', ', declaredOn: "2023-11-20"');
    await step('startBatchReview');
    await step('approveRoster');
    await step('confirmAttendance', ', confirmed: 3');
    await step('issuePaymentNotice', ', issuedOn: "2023-11-24"');
    await step('recordPayment', ', paidOn: "2023-11-27"');
    const [a, b, c, supervisor] = DEMO_EXAMINERS.filter((e) => e.province === 'LIAONING').map((e) => e.id);
    await ok('mutation ($id: ID!, $input: PanelInput!) { assignPanel(batchId: $id, input: $input) { id } }', { id, input: { examinerIds: [a, b, c], leaderId: a, supervisorId: supervisor } });
    await step('startExam');
    const member = await tokenFor('examiner', 'LIAONING', a);
    const roster = (await ok('query ($id: ID!) { examBatch(id: $id) { candidates { id } } }', { id })).examBatch.candidates as { id: string }[];
    for (const cand of roster) await ok('mutation ($b: ID!, $c: ID!) { recordScore(batchId: $b, candidateId: $c, score: 88, subject: "PRACTICAL") { id } }', { b: id, c: cand.id }, member);
    await step('completeScoring');
    await step('publishResults');
    await ok('mutation ($id: ID!) { confirmHolderInfo(id: $id, on: "2023-12-08") { id } }', { id });
    const issued = await ok('mutation ($id: ID!) { issueCertificates(examBatchId: $id, issuedOn: "2023-12-15") { issued } }', { id });
    expect(issued.issueCertificates.issued).toBe(3);

    // 2. Batch built (province-wide for special ability, 000 三(七)); every Liaoning special-ability certificate is in it.
    const BUILD = 'mutation { buildUploadBatch(province: LIAONING, kind: SPECIAL_ABILITY) { id sequence status rowCount cityCode downloadPath fileName } }';
    const adminRefused = await gql(fed.url, BUILD, { token: await tokenFor('national-admin') });
    expect(adminRefused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const batch = (await ok(BUILD)).buildUploadBatch;
    const all = (await ok('{ certificates(province: LIAONING, first: 100) { totalCount nodes { id number holderName kind issuedOn status } } }')).certificates;
    const special = all.nodes.filter((n: { kind: string }) => n.kind === 'SPECIAL_ABILITY') as { id: string; number: string; holderName: string; issuedOn: string; status: string }[];
    expect(batch).toMatchObject({ sequence: 1, status: 'BUILT', rowCount: special.length, cityCode: null });
    expect((await ok(BUILD)).buildUploadBatch).toBeNull();

    // 3. Exported in every format through the gateway; each file reads back to the same records.
    expect((await download(batch.downloadPath, 'csv', null)).status).toBe(401);
    expect((await download(batch.downloadPath, 'csv', await tokenFor('province-operator', 'SHANDONG'))).status).toBe(403);
    expect((await download(batch.downloadPath, 'csv', await tokenFor('national-admin'))).status).toBe(403);
    const badFormat = await download(batch.downloadPath, 'pdf');
    expect(badFormat.status).toBe(400);
    expect(((await badFormat.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const csvResponse = await download(batch.downloadPath, 'csv');
    expect(csvResponse.headers.get('content-disposition')).toContain(`${batch.fileName}.csv`);
    const csv = Buffer.from(await csvResponse.arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const fromCsv = fromTable(parseCsv(csv.toString('utf8').slice(1)));
    const fromGbk = fromTable(parseCsv(iconv.decode(Buffer.from(await (await download(batch.downloadPath, 'csv-gbk')).arrayBuffer()), 'gb18030')));
    const jsonl = (await (await download(batch.downloadPath, 'jsonl')).text()).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const fromJsonl = jsonl.map((r) => Object.fromEntries(KEYS.map((k) => [k, r[k] === null ? '' : String(r[k])])));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await download(batch.downloadPath, 'xlsx')).arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet: string[][] = [];
    workbook.worksheets[0].eachRow((row) => sheet.push(KEYS.map((_k, i) => (row.getCell(i + 1).value === null ? '' : String(row.getCell(i + 1).value)))));
    const fromXlsx = fromTable(sheet);
    expect(fromCsv).toHaveLength(special.length);
    expect(fromGbk).toEqual(fromCsv);
    expect(fromJsonl).toEqual(fromCsv);
    expect(fromXlsx).toEqual(fromCsv);
    const byNumber = new Map(fromCsv.map((r) => [r.number, r]));
    for (const cert of special) {
      expect(byNumber.get(cert.number)).toMatchObject({ holderName: cert.holderName, issuedOn: cert.issuedOn, status: cert.status, changeKind: 'ISSUED', idType: '居民身份证' });
      expect(byNumber.get(cert.number)!.idNumber).toMatch(/^\d{17}[\dX]$/);
      // The project's code and name come from the catalog.
      expect(byNumber.get(cert.number)!.code).not.toBe('');
      expect(byNumber.get(cert.number)!.name).not.toBe('');
    }

    // 4. Sent (twice: nothing changes), then the receipt: one of the new certificates rejected.
    const SEND = 'mutation ($id: ID!) { markUploadBatchSent(id: $id, on: "2023-12-18") { status sentOn } }';
    const sent = (await ok(SEND, { id: batch.id })).markUploadBatchSent;
    expect(sent).toEqual({ status: 'SENT', sentOn: '2023-12-18' });
    expect((await ok(SEND.replace('2023-12-18', '2023-12-20'), { id: batch.id })).markUploadBatchSent).toEqual(sent);
    const rejected = special.find((s) => s.holderName === '钱交换乙')!;
    const days = exchangeRules('LIAONING', 'SPECIAL_ABILITY').uploadDeadline.value!.workingDays;
    // The query system processed each row within the working days the notice allows.
    const receipt = ['证书编号,结果,原因,日期', ...special.map((s) => `${s.number},${s.id === rejected.id ? '退回,身份证号码与姓名不一致' : '接收,'},${addWorkingDays(s.issuedOn, days - 5)}`)].join('\r\n');
    const RECEIPT = 'mutation ($id: ID!, $f: ExchangeFileFormat!, $c: String!) { importUploadReceipt(batchId: $id, format: $f, contentBase64: $c) { applied accepted rejected unchanged problemCount problems { line number reason } batch { status acceptedCount rejectedCount } } }';
    const imported = (await ok(RECEIPT, { id: batch.id, f: 'CSV', c: iconv.encode(receipt, 'gbk').toString('base64') })).importUploadReceipt;
    expect(imported).toMatchObject({ applied: true, accepted: special.length - 1, rejected: 1, problemCount: 0, batch: { status: 'PARTLY_REJECTED', rejectedCount: 1 } });
    const unknown = (await ok(RECEIPT, { id: batch.id, f: 'JSONL', c: Buffer.from('{"number":"Z999999990000009","outcome":"accepted"}\n').toString('base64') })).importUploadReceipt;
    expect(unknown).toMatchObject({ applied: false, problemCount: 1, problems: [{ line: 1, number: 'Z999999990000009', reason: expect.stringContaining('未知证书编号') }] });

    // 5. The rejected row corrected with the existing correction (a new certificate replaces it).
    const correctedOn = addWorkingDays(rejected.issuedOn, 3);
    const corrected = (await ok('mutation ($id: ID!, $on: Date) { correctCertificate(id: $id, input: { residentId: "' + demoResidentId('210102', '1996-04-02', 799) + '", reason: "回执退回：身份证号码更正", on: $on }) { id number issuedOn } }', { id: rejected.id, on: correctedOn })).correctCertificate;

    // 6. The next batch carries exactly the correction, naming the number it replaces.
    const next = (await ok(BUILD)).buildUploadBatch;
    expect(next).toMatchObject({ sequence: 2, rowCount: 1 });
    const nextRows = (await (await download(next.downloadPath, 'jsonl')).text()).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(nextRows).toEqual([expect.objectContaining({ number: corrected.number, changeKind: 'CORRECTED', replacesNumber: rejected.number, status: 'VALID', holderName: '钱交换乙' })]);
    await ok(SEND.replace('2023-12-18', correctedOn), { id: next.id });
    const second = (await ok(RECEIPT, { id: next.id, f: 'JSONL', c: Buffer.from(JSON.stringify({ number: corrected.number, outcome: 'accepted', date: addWorkingDays(corrected.issuedOn, 2) }) + '\n').toString('base64') })).importUploadReceipt;
    expect(second.batch.status).toBe('ACKNOWLEDGED');

    // 7. Reconciliation: nothing pending, nothing in flight, and 000 三(七)'s 20 working days met.
    const rec = (await ok('{ exchangeReconciliation(province: LIAONING, kind: SPECIAL_ABILITY, asOf: "2024-06-30") { total { issued pending inBatch acknowledged rejected corrected oldestUnacknowledgedAt } cities { cityCode issued pending } deadline { workingDays stated source { document section } met metLate overdue open dueUnknown } } }')).exchangeReconciliation;
    expect(rec.total).toEqual({ issued: special.length + 1, pending: 0, inBatch: 0, acknowledged: special.length, rejected: 0, corrected: 1, oldestUnacknowledgedAt: null });
    expect(rec.cities.every((city: { pending: number }) => city.pending === 0)).toBe(true);
    expect(rec.deadline).toEqual({ workingDays: 20, stated: true, source: { document: '辽就〔2023〕4号', section: '三(七)' }, met: special.length, metLate: 0, overdue: 0, open: 0, dueUnknown: 0 });

    // Per certificate: every one met its due date (issue date + 20 working days); none overdue.
    const DEADLINES = 'query ($s: ExchangeDeadlineFilter, $after: String) { certificateDeadlines(province: LIAONING, kind: SPECIAL_ABILITY, state: $s, asOf: "2024-06-30", first: 100, after: $after) { totalCount nodes { number issuedOn dueOn acknowledgedOn state } pageInfo { hasNextPage } } }';
    const perCertificate = (await ok(DEADLINES, { s: 'ACKNOWLEDGED' })).certificateDeadlines;
    expect(perCertificate.totalCount).toBe(special.length);
    for (const d of perCertificate.nodes) expect(d).toMatchObject({ state: 'MET', dueOn: addWorkingDays(d.issuedOn, days) });
    expect(perCertificate.nodes.find((d: { number: string }) => d.number === corrected.number).acknowledgedOn).toBe(addWorkingDays(corrected.issuedOn, 2));
    expect((await ok(DEADLINES, { s: 'OVERDUE' })).certificateDeadlines.totalCount).toBe(0);

    // Every download is in the audit trail; no file content is.
    const audit = (await ok('{ certificatesAuditEvents(filter: { action: "EXPORT_UPLOAD_BATCH" }, first: 50) { totalCount nodes { targetId detail province outcome role } } }')).certificatesAuditEvents;
    const done = audit.nodes.filter((n: { outcome: string }) => n.outcome === 'SUCCESS');
    expect(done).toHaveLength(5);
    expect(done.every((n: { province: string; detail: string }) => n.province === 'LIAONING' && /^format=\w+;rows=\d+$/.test(n.detail))).toBe(true);
    // The two refused attempts (another province's operator, a national administrator) are recorded as such.
    expect(audit.nodes.filter((n: { outcome: string }) => n.outcome === 'REFUSED').map((n: { role: string; detail: string }) => [n.role, n.detail]).sort()).toEqual([
      ['NATIONAL_ADMIN', 'FORBIDDEN'],
      ['PROVINCE_OPERATOR', 'FORBIDDEN'],
    ]);
  });
});
