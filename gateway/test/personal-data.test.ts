import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { blindIndex, createLogger, demoCreditCode, demoResidentId, isSealed, openDataSource, openPersonal, type SubgraphDefinition } from '@skillfed/common';
import { findPlainPersonalData, testDatabases } from '@skillfed/common/testing';
import { examinersSubgraph } from '@skillfed/subgraph-examiners';
import { examsSubgraph } from '@skillfed/subgraph-exams';
import { institutionsSubgraph } from '@skillfed/subgraph-institutions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startFederation, tokenFor, type Federation } from './harness';

const databases = await testDatabases();
// Raw inserts: better-sqlite3 binds neither Date nor boolean.
const NOW = '2026-01-01 08:00:00';

/**
 * Plain rows as wave 1 stored them, inserted before the sealing migration runs: the migration must
 * seal them, fill the blind index, and leave nothing readable.
 */
const LEGACY: { subgraph: SubgraphDefinition<any>; table: string; row: (i: number) => Record<string, unknown>; sealed: string[]; bidx?: [string, string] }[] = [
  {
    subgraph: examinersSubgraph,
    table: 'examiners',
    row: (i) => ({ id: crypto.randomUUID(), province: 'LIAONING', name: '旧考评员', resident_id: demoResidentId('210102', '1970-01-01', 11 + i), phone: `1370000111${i}`, employer: '旧单位', created_at: NOW, updated_at: NOW }),
    sealed: ['resident_id', 'phone'],
    bidx: ['resident_id', 'resident_id_bidx'],
  },
  {
    subgraph: institutionsSubgraph,
    table: 'institutions',
    row: (i) => ({
      id: crypto.randomUUID(), province: 'JIANGSU', city_code: '320500', name: `旧机构${crypto.randomInt(1e6)}`, kind: 'SOCIAL_TRAINING_INSTITUTION', track: 'SPECIAL_ABILITY', prior_project_development: 0, prior_provincial_assessment: 0, credit_code: demoCreditCode('320500', crypto.randomInt(900) + 50),
      filing_status: 'APPLIED', address: '旧地址', contact_name: '旧联系人', contact_phone: `1390000222${i}`, created_at: NOW, updated_at: NOW,
    }),
    sealed: ['contact_phone'],
  },
  {
    subgraph: examsSubgraph,
    table: 'candidates',
    row: (i) => ({ id: crypto.randomUUID(), batch_id: crypto.randomUUID(), name: '旧考生', resident_id: demoResidentId('110105', '1990-02-02', 31 + i), phone: `1360000333${i}`, priority_group: 'OTHER', project_id: crypto.randomUUID() }),
    sealed: ['resident_id', 'phone'],
    bidx: ['resident_id', 'resident_id_bidx'],
  },
];

describe.each(databases)('personal data at rest on $name', (database) => {
  afterAll(async () => {
    await database.cleanup();
  });

  it.each(LEGACY.map((l) => [l.subgraph.name, l] as const))('the %s migration seals rows stored in clear, in batches, and is idempotent', async (_name, legacy) => {
    // SQLite in memory would not survive closing the database between the two openings.
    const config = database.name === 'sqlite' ? { kind: 'sqlite' as const, file: path.join(os.tmpdir(), `skillfed-legacy-${crypto.randomUUID()}.sqlite`) } : database.config(`${legacy.subgraph.name}_legacy`);
    const migrations = legacy.subgraph.migrations as { name: string }[];
    const cut = migrations.findIndex((m) => m.name === 'SealPersonalData1764000000100');
    expect(cut).toBeGreaterThan(0);
    const before = await openDataSource({ database: config, entities: legacy.subgraph.entities, migrations: migrations.slice(0, cut) as never, logger: createLogger('test') });
    const rows = Array.from({ length: 3 }, (_, i) => legacy.row(i));
    try {
      for (const row of rows) {
        const columns = Object.keys(row);
        await before.dataSource.query(`INSERT INTO ${legacy.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, Object.values(row));
      }
      expect((await findPlainPersonalData(before.dataSource)).length).toBeGreaterThan(0);
    } finally {
      await before.dataSource.destroy();
    }
    const after = await openDataSource({ database: config, entities: legacy.subgraph.entities, migrations: legacy.subgraph.migrations, logger: createLogger('test') });
    try {
      expect(await findPlainPersonalData(after.dataSource)).toEqual([]);
      const stored: Record<string, string>[] = await after.dataSource.query(`SELECT * FROM ${legacy.table}`);
      for (const row of rows) {
        const s = stored.find((r) => r.id === row.id)!;
        for (const column of legacy.sealed) {
          expect(isSealed(s[column])).toBe(true);
          expect(openPersonal(s[column])).toBe(row[column]);
        }
        if (legacy.bidx) expect(s[legacy.bidx[1]]).toBe(blindIndex('resident-id', row[legacy.bidx[0]] as string));
      }
    } finally {
      await after.dataSource.destroy();
    }
  });
});

describe.each(databases)('sealed personal data through the federation on $name', (database) => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startFederation(database);
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('finds duplicates by blind index, audits every change in its subgraph, and stores nothing readable', async () => {
    const token = await tokenFor('province-operator', 'LIAONING');
    const residentId = demoResidentId('210102', '1979-09-09', 777);
    const input = { province: 'LIAONING', name: '封存测试', residentId, phone: '13911113333', employer: '沈阳示例单位' };
    const first = await gql(fed.url, 'mutation ($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id residentId phone } }', { token, variables: { input } });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.registerExaminer).toMatchObject({ residentId: `${residentId.slice(0, 6)}********${residentId.slice(-4)}`, phone: '139****3333' });
    // The same person again, with a lower-case check character where it has one: still a duplicate.
    const again = await gql(fed.url, 'mutation ($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id } }', { token, variables: { input: { ...input, phone: '13911114444' } } });
    expect(again.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(again.body)).not.toContain(residentId);

    const trail = await gql(fed.url, `query { examinersAuditEvents(filter: { action: "registerExaminer" }) { totalCount nodes { subgraph action targetType targetId province outcome detail subject role callerProvinces requestId } } }`, { token });
    expect(trail.body.errors).toBeUndefined();
    const nodes = trail.body.data.examinersAuditEvents.nodes;
    expect(nodes).toEqual([
      expect.objectContaining({ subgraph: 'examiners', targetType: 'Examiner', targetId: first.body.data.registerExaminer.id, province: 'LIAONING', outcome: 'SUCCESS', role: 'PROVINCE_OPERATOR', callerProvinces: ['LIAONING'] }),
      expect.objectContaining({ outcome: 'REFUSED', detail: 'CONFLICT' }),
    ]);
    // A Shandong operator sees none of Liaoning's trail; anonymous callers none at all.
    const shandong = await gql(fed.url, '{ examinersAuditEvents { totalCount } }', { token: await tokenFor('province-operator', 'SHANDONG') });
    expect(shandong.body.data.examinersAuditEvents.totalCount).toBe(0);
    expect((await gql(fed.url, '{ examinersAuditEvents { totalCount } }')).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // Reading a name unmasked is audited too, once per examiner per request.
    const read = await gql(fed.url, `query ($id: ID!) { examiner(id: $id) { name } }`, { token, variables: { id: first.body.data.registerExaminer.id } });
    expect(read.body.data.examiner.name).toBe('封存测试');
    const reads = await gql(fed.url, `query { examinersAuditEvents(filter: { action: "READ_UNMASKED" }) { nodes { targetId detail } } }`, { token });
    expect(reads.body.data.examinersAuditEvents.nodes).toContainEqual({ targetId: first.body.data.registerExaminer.id, detail: 'name' });

    for (const [name, { server }] of Object.entries(fed.subgraphs)) {
      expect({ name, hits: await findPlainPersonalData(server.database.dataSource) }).toEqual({ name, hits: [] });
    }
  });
});
