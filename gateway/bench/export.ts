import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import os from 'node:os';
import mysql from 'mysql2/promise';
import type { BenchContext, ExtraResult } from './scenarios';

/**
 * P5 (issue 11): stream every certificate of the data set out of MariaDB in the national-upload
 * formats. Fixture (not timed): one upload batch whose rows are all the data set's certificates,
 * written with one INSERT … SELECT and kept for the next run. Timed: a worker process per format
 * (export-worker.ts) reading the batch by keyset pages and writing the format into a discarding sink —
 * rows/s and that process's peak RSS; then the same batch as CSV through the gateway's download route
 * (rows/s as a client sees them, the subgraph and gateway streaming it).
 */
const FORMATS = ['CSV', 'JSONL', 'XLSX'] as const;
const P5_ROWS = 1_000_000;
const run = promisify(execFile);

export async function measureExport(ctx: BenchContext): Promise<ExtraResult> {
  const conn = await mysql.createConnection(ctx.mysqlUrl);
  const batchId = `bench-p5-${ctx.scale}`;
  const db = `\`${ctx.prefix}certificates\``;
  try {
    const [[existing]] = (await conn.query(`SELECT row_count AS n FROM ${db}.upload_batches WHERE id = ?`, [batchId])) as unknown as [{ n: number }[]];
    // The target is about 1 M rows out; at 10 M the batch holds the first 1 M (five passes over 10 M
    // would take half an hour on this machine and measure the same rate).
    const [[counted]] = (await conn.query(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${db}.certificates LIMIT ${P5_ROWS}) c`)) as unknown as [{ n: number }[]];
    const certs = { n: Number(counted.n) };
    if (!existing || Number(existing.n) !== Number(certs.n)) {
      const t0 = performance.now();
      await conn.query(`DELETE FROM ${db}.upload_batch_rows WHERE batch_id = ?`, [batchId]);
      await conn.query(`DELETE FROM ${db}.upload_batches WHERE id = ?`, [batchId]);
      await conn.query(
        `INSERT INTO ${db}.upload_batches (id, province, kind, city_code, sequence, status, row_count, accepted_count, rejected_count, built_at, built_by, sent_on, sent_by, acknowledged_on) VALUES (?, 'LIAONING', 'SPECIAL_ABILITY', 'BENCH', 1, 'BUILT', ?, 0, 0, NOW(), 'bench', NULL, NULL, NULL)`,
        [batchId, Number(certs.n)],
      );
      await conn.query(
        `INSERT INTO ${db}.upload_batch_rows (batch_id, certificate_id, number, event_step, change_kind, certificate_status, outcome, reason, outcome_on, open_certificate_id) SELECT ?, id, number, 1, 'ISSUED', status, 'PENDING', NULL, NULL, NULL FROM ${db}.certificates ORDER BY id LIMIT ${P5_ROWS}`,
        [batchId],
      );
      ctx.say(`  P5 fixture: a batch of ${Number(certs.n).toLocaleString('en')} certificates in ${Math.round(performance.now() - t0)} ms (not timed)`);
    }
    const rows = Number(certs.n);
    const workers: Record<string, { rows: number; bytes: number; ms: number; peakRssMb: number; rowsPerSecond: number }> = {};
    for (const format of FORMATS) {
      const { stdout } = await run(process.execPath, [path.join(__dirname, 'export-worker.js'), batchId, format], { env: { ...process.env, DATABASE_URL: ctx.mysqlUrl, DATABASE_PREFIX: ctx.prefix, LOG_LEVEL: 'warn' }, maxBuffer: 1 << 20 });
      const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
      if (result.rows !== rows) throw new Error(`P5 ${format}: ${result.rows} rows written, expected ${rows}`);
      workers[format] = { ...result, rowsPerSecond: Math.round(result.rows / (result.ms / 1000)) };
      ctx.say(`  P5 ${format.padEnd(5)} ${rows.toLocaleString('en')} rows in ${result.ms} ms: ${workers[format].rowsPerSecond.toLocaleString('en')} rows/s, ${(result.bytes / 1e6).toFixed(1)} MB, peak RSS ${result.peakRssMb} MB`);
    }
    // Through the gateway: the route a provincial operator downloads from.
    const token = await ctx.tokenFor(['province-operator', 'LIAONING']);
    const base = ctx.gatewayUrl.replace(/\/graphql$/, '');
    const t0 = performance.now();
    const response = await fetch(`${base}/exchange/upload-batches/${batchId}/file?format=csv`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok || !response.body) throw new Error(`P5 download: HTTP ${response.status}`);
    let lines = 0;
    let bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const b of chunk) if (b === 0x0a) lines++;
    }
    const httpMs = performance.now() - t0;
    if (lines !== rows + 1) throw new Error(`P5 download: ${lines - 1} rows received, expected ${rows}`);
    const httpRate = Math.round(rows / (httpMs / 1000));
    ctx.say(`  P5 CSV through the gateway: ${rows.toLocaleString('en')} rows in ${Math.round(httpMs)} ms: ${httpRate.toLocaleString('en')} rows/s, ${(bytes / 1e6).toFixed(1)} MB`);
    const csv = workers.CSV;
    const worstRss = Math.max(...Object.values(workers).map((w) => w.peakRssMb));
    const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
    return {
      measured: `${rows.toLocaleString('en')} rows: CSV ${csv.rowsPerSecond.toLocaleString('en')} rows/s (peak RSS ${csv.peakRssMb} MB), JSONL ${workers.JSONL.rowsPerSecond.toLocaleString('en')}/s (${workers.JSONL.peakRssMb} MB), XLSX ${workers.XLSX.rowsPerSecond.toLocaleString('en')}/s (${workers.XLSX.peakRssMb} MB); CSV via gateway ${httpRate.toLocaleString('en')}/s; load average ${load}`,
      value: csv.rowsPerSecond,
      holds: csv.rowsPerSecond >= 50_000 && worstRss < 200,
      details: { rows, workers, gatewayCsv: { ms: Math.round(httpMs), bytes, rowsPerSecond: httpRate }, loadAverage: os.loadavg() },
    };
  } finally {
    await conn.end();
  }
}
