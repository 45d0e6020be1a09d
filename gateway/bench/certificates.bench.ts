import crypto from 'node:crypto';
import { DEMO_EXAM_BATCHES, DEMO_INSTITUTIONS, demoResidentId } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { prefectureOf } from '@skillfed/province-rules';
import { afterAll, bench, describe } from 'vitest';
import { gql, startFederation, tokenFor, type Federation } from '../test/harness';

// Issuing a 10,000-candidate batch through the gateway: peer fetch of the holders from exams (10 pages),
// numbering, sealing and one transaction of 30,000 rows. Target ≤ 5 s on MariaDB on the 2-core machine.
// The batch's results are written straight into the exams database as fixture (not measured).
const CANDIDATES = 10_000;
const databases = await testDatabases();
const database = databases.find((d) => d.name === 'mysql') ?? databases[0];
const fed: Federation = await startFederation(database, { timeoutMs: 120_000 });
const template = DEMO_EXAM_BATCHES.find((b) => b.province === 'SHANDONG')!;
const institution = DEMO_INSTITUTIONS.find((i) => i.id === template.institutionId)!;
const token = await tokenFor('city-operator', 'SHANDONG', prefectureOf(institution.cityCode));

async function publishedBatch(n: number): Promise<string> {
  const exams = fed.subgraphs.exams.server.database.dataSource;
  const id = crypto.randomUUID();
  const now = new Date();
  await exams.query(
    'INSERT INTO exam_batches (id, code, province, institution_id, project_id, start_date, end_date, candidate_count, status, site_id, mode, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)',
    [id, `BENCH-${n}-${id.slice(0, 8)}`, 'SHANDONG', template.institutionId, template.projectId, '2025-04-12', '2025-04-12', CANDIDATES, 'RESULTS_PUBLISHED', 'REGULAR', now, now],
  );
  for (let i = 0; i < CANDIDATES; i += 1000) {
    const candidates = Array.from({ length: Math.min(1000, CANDIDATES - i) }, (_v, k) => ({ id: crypto.randomUUID(), k: i + k }));
    await exams.query(
      `INSERT INTO candidates (id, batch_id, name, resident_id, phone, priority_group, project_id) VALUES ${candidates.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      candidates.flatMap((c) => [c.id, id, `考生${c.k}`, demoResidentId('370102', '1990-01-01', c.k % 1000), '13600000000', 'NONE', template.projectId]),
    );
    await exams.query(
      `INSERT INTO scores (id, batch_id, candidate_id, project_id, subject, score, entered_by, entered_at) VALUES ${candidates.flatMap(() => ['(?, ?, ?, ?, ?, ?, ?, ?)', '(?, ?, ?, ?, ?, ?, ?, ?)']).join(', ')}`,
      candidates.flatMap((c) => [crypto.randomUUID(), id, c.id, template.projectId, 'THEORY', 80, 'bench', now, crypto.randomUUID(), id, c.id, template.projectId, 'PRACTICAL', 75.5, 'bench', now]),
    );
  }
  return id;
}

const batchId = await publishedBatch(1);

describe(`issueCertificates on ${database.name}`, () => {
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  bench(`issue a ${CANDIDATES}-candidate batch (one call; target ≤ 5 s on MariaDB)`, async () => {
    const started = performance.now();
    const { body } = await gql(fed.url, 'mutation ($id: ID!) { issueCertificates(examBatchId: $id) { issued } }', { token, variables: { id: batchId } });
    if (body.errors) throw new Error(body.errors[0].message);
    if (body.data.issueCertificates.issued !== CANDIDATES) throw new Error(`issued ${body.data.issueCertificates.issued}`);
    process.stdout.write(`[bench] issued ${CANDIDATES} certificates on ${database.name} in ${Math.round(performance.now() - started)} ms\n`);
  }, { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 });
});
