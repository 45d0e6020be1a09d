import { DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, demoId, demoResidentId } from '@skillfed/common';
import { writeXlsx } from '@skillfed/common/tabular';
import { testDatabases } from '@skillfed/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startFederation, tokenFor, type Federation } from './harness';

const databases = await testDatabases();

const IMPORT = `mutation ($id: ID!, $input: ImportCandidatesInput!) { importCandidates(batchId: $id, input: $input) {
  format dryRun applied total valid imported candidateCount problems { row column field reason } } }`;

/**
 * Issue 16's "done when": a 200-candidate XLSX imports into a batch with one bad row reported and
 * nothing written, then, fixed, is imported — through the gateway, as a Shandong provincial operator.
 */
describe.each(databases)('bulk candidate import through the gateway on $name', (database) => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startFederation(database);
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('a 200-candidate XLSX: one bad row reported and nothing written, then fixed and imported in one transaction', async () => {
    const token = await tokenFor('province-operator', 'SHANDONG');
    const institution = DEMO_INSTITUTIONS.find((i) => i.province === 'SHANDONG')!;
    const projectId = DEMO_EXAM_BATCHES.find((b) => b.institutionId === institution.id)!.projectId;
    const created = await gql(fed.url, 'mutation ($input: CreateExamBatchInput!) { createExamBatch(input: $input) { id } }', {
      token,
      variables: { input: { province: 'SHANDONG', institutionId: institution.id, siteId: demoId('exam-site', institution.id), projectId, startDate: '2024-09-14', endDate: '2024-09-14', mode: 'REGULAR' } },
    });
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.createExamBatch.id;

    const groups = ['', '农村转移就业劳动者', '城乡未继续升学初高中毕业生', '下岗失业人员', '退役军人', '就业困难人员'];
    const people = Array.from({ length: 200 }, (_, i) => [`考生${i + 1}示例`, demoResidentId('370102', `19${80 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`, i), `1360531${String(i).padStart(4, '0')}`, groups[i % groups.length]]);
    const BAD = 137; // index; the sheet row is BAD + 2 (row 1 is the heading)
    const good = people[BAD][1];
    const broken = people.map((p, i) => (i === BAD ? [p[0], good.slice(0, 17) + (good[17] === '1' ? '2' : '1'), p[2], p[3]] : p));
    const sheet = async (rows: string[][]) => (await writeXlsx([['姓名', '身份证号', '手机号', '重点群体'], ...rows])).toString('base64');
    const run = async (rows: string[][], dryRun: boolean) => {
      const { body } = await gql(fed.url, IMPORT, { token, variables: { id, input: { contentBase64: await sheet(rows), dryRun } } });
      expect(body.errors).toBeUndefined();
      return body.data.importCandidates;
    };
    const batch = async () => (await gql(fed.url, 'query ($id: ID!) { examBatch(id: $id) { candidateCount } }', { token, variables: { id } })).body.data.examBatch.candidateCount;

    const dry = await run(broken, true);
    expect(dry).toMatchObject({ format: 'XLSX', dryRun: true, applied: false, total: 200, valid: 199, imported: 0 });
    expect(dry.problems).toEqual([{ row: BAD + 2, column: '身份证号', field: 'residentId', reason: expect.stringContaining('校验') }]);
    const real = await run(broken, false);
    expect(real).toMatchObject({ dryRun: false, applied: false, imported: 0, candidateCount: 0 });
    expect(real.problems).toHaveLength(1);
    expect(await batch()).toBe(0);

    const fixed = await run(people, false);
    expect(fixed).toMatchObject({ applied: true, total: 200, valid: 200, imported: 200, candidateCount: 200, problems: [] });
    expect(await batch()).toBe(200);
    // The batch's list shows them masked, with their priority groups (002 三(一)).
    const list = await gql(fed.url, 'query ($id: ID!) { examBatch(id: $id) { candidates { residentId priorityGroup } } }', { token, variables: { id } });
    expect(list.body.data.examBatch.candidates).toHaveLength(200);
    expect(list.body.data.examBatch.candidates.every((c: { residentId: string }) => /^\d{6}\*{8}\d{3}[\dX]$/.test(c.residentId))).toBe(true);
    expect(list.body.data.examBatch.candidates.filter((c: { priorityGroup: string }) => c.priorityGroup === 'VETERAN')).toHaveLength(people.filter((p) => p[3] === '退役军人').length);
    // The same file again writes nothing: every row is already registered.
    const again = await run(people, false);
    expect(again).toMatchObject({ applied: false, valid: 0, candidateCount: 200 });
    expect(again.problems).toHaveLength(200);
  });
});
