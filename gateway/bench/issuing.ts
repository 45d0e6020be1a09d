import crypto from 'node:crypto';
import { blindIndex, demoResidentId, sealPersonal } from '@skillfed/common';
import { prefectureOf } from '@skillfed/province-rules';
import mysql from 'mysql2/promise';
import type { BenchContext, ExtraResult } from './scenarios';

/**
 * P4 (issue 10): a 10,000-candidate batch issued by one `issueCertificates` call through the gateway —
 * the holders fetched from exams page by page, numbered, sealed and written in one transaction — then
 * 20 batches of one issuer issued concurrently, checked for duplicate and missing serials. The batches'
 * published results are written straight into the exams database as fixture (not timed).
 */
const BIG = 10_000;
const PARALLEL = 20;
const SMALL = 50;

async function publishedBatch(conn: mysql.Connection, prefix: string, institutionId: string, projectId: string, candidates: number): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date();
  await conn.query(
    `INSERT INTO \`${prefix}exams\`.exam_batches (id, code, province, institution_id, project_id, start_date, end_date, candidate_count, status, site_id, mode, created_at, updated_at) VALUES (?, ?, 'SHANDONG', ?, ?, '2025-04-12', '2025-04-12', ?, 'RESULTS_PUBLISHED', NULL, 'REGULAR', ?, ?)`,
    [id, `P4-${id.slice(0, 12)}`, institutionId, projectId, candidates, now, now],
  );
  for (let i = 0; i < candidates; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, candidates - i) }, (_v, k) => ({ id: crypto.randomUUID(), k: i + k }));
    await conn.query(
      `INSERT INTO \`${prefix}exams\`.candidates (id, batch_id, name, resident_id, resident_id_bidx, phone, priority_group, project_id) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      // Stored as the declaration path stores them: ID number and phone sealed, with the blind index the unique key needs.
      rows.flatMap((r) => {
        const residentId = demoResidentId('370102', `${1970 + Math.floor(r.k / 1000)}-01-01`, r.k % 1000);
        return [r.id, id, `考生${r.k}示例`, sealPersonal(residentId), blindIndex('resident-id', residentId), sealPersonal('13600000000'), 'NONE', projectId];
      }),
    );
    await conn.query(
      `INSERT INTO \`${prefix}exams\`.scores (id, batch_id, candidate_id, project_id, subject, score, entered_by, entered_at) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      rows.flatMap((r) => [crypto.randomUUID(), id, r.id, projectId, 'THEORY', 80, 'bench', now, crypto.randomUUID(), id, r.id, projectId, 'PRACTICAL', 75.5, 'bench', now]),
    );
  }
  return id;
}

export async function measureIssuing(ctx: BenchContext): Promise<ExtraResult> {
  const conn = await mysql.createConnection(ctx.mysqlUrl);
  try {
    const [[institution]] = (await conn.query(`SELECT id, city_code FROM \`${ctx.prefix}institutions\`.institutions WHERE province = 'SHANDONG' LIMIT 1`)) as unknown as [{ id: string; city_code: string }[]];
    const [[project]] = (await conn.query(`SELECT id FROM \`${ctx.prefix}catalog\`.projects WHERE province = 'SHANDONG' LIMIT 1`)) as unknown as [{ id: string }[]];
    if (!institution || !project) throw new Error('P4: the data set has no Shandong institution or project');
    const token = await ctx.tokenFor(['city-operator', 'SHANDONG', prefectureOf(institution.city_code)]);
    const ISSUE = 'mutation ($id: ID!) { issueCertificates(examBatchId: $id) { issued firstNumber lastNumber } }';

    const big = await publishedBatch(conn, ctx.prefix, institution.id, project.id, BIG);
    const started = performance.now();
    const answer = await ctx.request(ISSUE, { id: big }, token);
    const ms = performance.now() - started;
    if (answer.errors || answer.data?.issueCertificates?.issued !== BIG) throw new Error(`P4: ${JSON.stringify(answer).slice(0, 300)}`);
    ctx.say(`  P4 issued ${BIG.toLocaleString('en')} certificates in one call: ${Math.round(ms)} ms (${answer.data.issueCertificates.firstNumber} … ${answer.data.issueCertificates.lastNumber})`);

    const small: string[] = [];
    for (let i = 0; i < PARALLEL; i++) small.push(await publishedBatch(conn, ctx.prefix, institution.id, project.id, SMALL));
    const parallelStarted = performance.now();
    const answers = await Promise.all(small.map((id) => ctx.request(ISSUE, { id }, token)));
    const parallelMs = performance.now() - parallelStarted;
    const failed = answers.filter((a) => a.errors || a.data?.issueCertificates?.issued !== SMALL);
    const [[serials]] = (await conn.query(
      `SELECT COUNT(*) AS n, COUNT(DISTINCT serial) AS distinctSerials, MIN(serial) AS first, MAX(serial) AS last FROM \`${ctx.prefix}certificates\`.certificates WHERE exam_batch_id IN (?)`,
      [[big, ...small]],
    )) as unknown as [{ n: number; distinctSerials: number; first: number; last: number }[]];
    const expected = BIG + PARALLEL * SMALL;
    const duplicates = Number(serials.n) - Number(serials.distinctSerials);
    const missing = Number(serials.last) - Number(serials.first) + 1 - Number(serials.distinctSerials);
    ctx.say(`  P4 ${PARALLEL} concurrent batches of ${SMALL}: ${Math.round(parallelMs)} ms, ${failed.length} failed, ${serials.n}/${expected} certificates, ${duplicates} duplicate and ${missing} missing serials`);
    return {
      measured: `${Math.round(ms)} ms for ${BIG.toLocaleString('en')} candidates; ${PARALLEL} concurrent batches: ${duplicates} duplicate, ${missing} missing serials, ${failed.length} failed`,
      value: ms / 1000,
      holds: ms <= 5000 && duplicates === 0 && missing === 0 && failed.length === 0 && Number(serials.n) === expected,
      details: { ms: Math.round(ms), parallelMs: Math.round(parallelMs), duplicates, missing, failed: failed.length, certificates: Number(serials.n) },
    };
  } finally {
    await conn.end();
  }
}
