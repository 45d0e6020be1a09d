import fs from 'node:fs';
import { Writable } from 'node:stream';
import { configurePersonalData, createLogger, openDataSource, parseDatabaseConfig } from '@skillfed/common';
import { NO_CATALOG, readBatchRecords, sqlCatalogNames, writeExchangeFile, type CatalogNames } from '@skillfed/subgraph-certificates';

/**
 * P5 worker: streams one upload batch out of MariaDB in an export format into a sink that counts and
 * discards the bytes, and prints one JSON line {rows, bytes, ms, peakRssMb}. A process of its own, so
 * its peak RSS (VmHWM) is the export's, not the benchmark's.
 *   node export-worker.js <batchId> <CSV|CSV_GBK|XLSX|JSONL>   (DATABASE_URL, DATABASE_PREFIX from the env)
 */
async function main(): Promise<void> {
  const [batchId, format] = process.argv.slice(2);
  configurePersonalData(process.env);
  const logger = createLogger('bench-export');
  const certificates = await openDataSource({ database: parseDatabaseConfig('certificates'), entities: [], migrations: [], logger });
  const catalog = await openDataSource({ database: parseDatabaseConfig('catalog'), entities: [], migrations: [], logger });
  const names: CatalogNames = catalog ? sqlCatalogNames(catalog.dataSource) : NO_CATALOG;
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback();
    },
  });
  const started = performance.now();
  const rows = await writeExchangeFile(readBatchRecords(certificates.dataSource, batchId, names), sink, { format: format as 'CSV' });
  const ms = performance.now() - started;
  const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  process.stdout.write(`${JSON.stringify({ rows, bytes, ms: Math.round(ms), peakRssMb: hwm ? Math.round(Number(hwm[1]) / 1024) : null })}\n`);
  await certificates.dataSource.destroy();
  await catalog.dataSource.destroy();
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
