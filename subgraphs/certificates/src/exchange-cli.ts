import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { AppError, configurePersonalData, createLogger, inTransaction, openDataSource, parseDatabaseConfig, recordAudit, todayInChina, type Caller } from '@skillfed/common';
import { hasProvince, listProvinces } from '@skillfed/province-rules';
import { SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { writeExchangeFile } from './exchange-export';
import { NO_CATALOG, readBatchRecords, sqlCatalogNames, type CatalogNames } from './exchange-records';
import { certificatesSubgraph } from './index';
import { ReceiptFileError, readReceipt } from './receipt-import';
import { reconcile } from './reconciliation.service';
import { UploadBatch } from './upload-batch.entity';
import type { ExchangeFileFormat } from './upload-batch.enums';
import { FORMAT_NAMES } from './upload-batch.route';
import { buildUploadBatch, importUploadReceipt, loadBatch, markUploadBatchSent } from './upload-batch.service';

/**
 * Command line exchange with the national query system, against the databases the environment names
 * (DATABASE_URL, or the SQLite files under data/). Whoever runs it holds the database credentials; it
 * acts and is audited as `cli:<os user>`, a province operator of the batch's province.
 *
 *   npm run export -- --province <CODE> [--kind special-ability|skill-level] [--city <code>] --format csv|csv-gbk|xlsx|jsonl --out <file> [--batch <id>] [--no-bom] [--mark-sent]
 *   npm run export -- receipt --batch <id> --file <receipt.csv|.xlsx|.jsonl> [--format …] [--date YYYY-MM-DD] [--dry-run]
 *   npm run export -- reconcile --province <CODE> [--kind …] [--city <code>] [--as-of YYYY-MM-DD]
 *
 * Data goes to --out (never stdout: the file holds holders' ID numbers); progress and messages go to
 * stderr (a bar when stderr is a terminal). Exit 0 done, 1 refused or problems found, 2 bad arguments.
 */
export class UsageError extends Error {}

const USAGE = `usage:
  npm run export -- --province <CODE> [--kind special-ability|skill-level] [--city <6-digit code>] --format csv|csv-gbk|xlsx|jsonl --out <file> [--batch <id>] [--no-bom] [--mark-sent]
  npm run export -- receipt --batch <id> --file <file> [--format csv|csv-gbk|xlsx|jsonl] [--date YYYY-MM-DD] [--dry-run]
  npm run export -- reconcile --province <CODE> [--kind special-ability|skill-level] [--city <code>] [--as-of YYYY-MM-DD]`;

const FLAGS: Record<string, string[]> = {
  export: ['province', 'kind', 'city', 'format', 'out', 'batch', 'no-bom', 'mark-sent'],
  receipt: ['batch', 'file', 'format', 'date', 'dry-run'],
  reconcile: ['province', 'kind', 'city', 'as-of'],
};
const SWITCHES = new Set(['no-bom', 'mark-sent', 'dry-run']);

export function parseArgs(argv: string[]): { command: string; args: Map<string, string | true> } {
  const command = argv[0] && !argv[0].startsWith('--') ? argv[0] : 'export';
  if (!FLAGS[command]) throw new UsageError(`unknown command "${command}" (export, receipt or reconcile)\n${USAGE}`);
  const rest = argv[0] === command ? argv.slice(1) : argv;
  const args = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i];
    if (!key.startsWith('--')) throw new UsageError(`unexpected argument "${key}"\n${USAGE}`);
    const name = key.slice(2);
    if (!FLAGS[command].includes(name)) throw new UsageError(`--${name} is not an option of ${command} (options: ${FLAGS[command].map((f) => `--${f}`).join(' ')})`);
    if (args.has(name)) throw new UsageError(`--${name} is given twice`);
    if (SWITCHES.has(name)) args.set(name, true);
    else {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      args.set(name, value);
      i++;
    }
  }
  return { command, args };
}

const text = (args: Map<string, string | true>, name: string): string | undefined => {
  const v = args.get(name);
  return typeof v === 'string' ? v : undefined;
};

function province(args: Map<string, string | true>): string {
  const code = text(args, 'province')?.toUpperCase();
  if (!code) throw new UsageError(`--province is required: ${listProvinces().map((p) => p.identity.code).join(', ')}`);
  if (!hasProvince(code)) throw new UsageError(`--province ${code} is not a province: ${listProvinces().map((p) => p.identity.code).join(', ')}`);
  return code;
}

function kind(args: Map<string, string | true>, provinceCode: string): string {
  const given = text(args, 'kind');
  if (!given) return listProvinces().find((p) => p.identity.code === provinceCode)!.identity.tracks[0];
  const k = given.toUpperCase().replace(/-/g, '_');
  if (k !== 'SPECIAL_ABILITY' && k !== 'SKILL_LEVEL') throw new UsageError(`--kind must be special-ability or skill-level, got "${given}"`);
  return k;
}

function format(args: Map<string, string | true>, file?: string): ExchangeFileFormat {
  const given = text(args, 'format');
  const extension = file ? path.extname(file).toLowerCase().slice(1) : '';
  const name = (given ?? (extension === 'xlsx' || extension === 'jsonl' || extension === 'csv' ? extension : '')).toLowerCase();
  if (!name) throw new UsageError(`--format is required: ${Object.keys(FORMAT_NAMES).join(', ')}`);
  const f = FORMAT_NAMES[name];
  if (!f) throw new UsageError(`--format must be one of ${Object.keys(FORMAT_NAMES).join(', ')}, got "${given}"`);
  return f;
}

function date(args: Map<string, string | true>, name: string): string | null {
  const v = text(args, name);
  if (v === undefined) return null;
  const d = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${v}"`);
  return v;
}

/** Relative paths are the user's, not the workspace's (npm runs scripts elsewhere; INIT_CWD is where they typed). */
const resolvePath = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

const cliCaller = (provinces: string[]): Caller => ({ subject: `cli:${os.userInfo().username}`, role: 'PROVINCE_OPERATOR', provinces });

function progress(total: number, label: string) {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} rows | {eta}s`, stream: process.stderr, hideCursor: true }, undefined);
    bar.start(total, 0);
    return { tick: (n: number) => bar.increment(n), stop: () => bar.stop() };
  }
  // Not a terminal (CI, a log file): one plain line per tenth.
  let done = 0;
  let next = Math.max(1, Math.ceil(total / 10));
  return {
    tick(n: number) {
      done += n;
      if (done >= next || done === total) {
        process.stderr.write(`${label}: ${done}/${total} rows\n`);
        next = done + Math.max(1, Math.ceil(total / 10));
      }
    },
    stop() {},
  };
}

async function openCatalog(): Promise<{ names: CatalogNames; close(): Promise<void> }> {
  const config = parseDatabaseConfig('catalog');
  if (config.kind === 'sqlite' && !fs.existsSync(config.file)) {
    process.stderr.write(`warning: no catalog database at ${config.file}: project and occupation names are left empty\n`);
    return { names: NO_CATALOG, close: async () => undefined };
  }
  const catalog = await openDataSource({ database: config, entities: [], migrations: [], logger: createLogger('exchange-cli') });
  try {
    await catalog.dataSource.query('SELECT 1 FROM projects LIMIT 1');
  } catch {
    await catalog.dataSource.destroy();
    process.stderr.write('warning: the catalog database has no projects table: project and occupation names are left empty\n');
    return { names: NO_CATALOG, close: async () => undefined };
  }
  return { names: sqlCatalogNames(catalog.dataSource), close: () => catalog.dataSource.destroy() };
}

async function exportBatch(db: DataSource, args: Map<string, string | true>): Promise<number> {
  const out = text(args, 'out');
  if (!out) throw new UsageError('--out <file> is required (the file holds ID numbers: it is never written to stdout)');
  const target = resolvePath(out);
  if (!fs.existsSync(path.dirname(target))) throw new UsageError(`--out: the folder ${path.dirname(target)} does not exist`);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new UsageError(`--out: ${target} is a folder`);
  const fmt = format(args, out);
  const batchId = text(args, 'batch');
  let batch: UploadBatch;
  if (batchId) {
    batch = await loadBatch(db, batchId);
    if (args.has('province') && province(args) !== batch.province) throw new UsageError(`--batch ${batchId} belongs to ${batch.province}, not ${province(args)}`);
  } else {
    const code = province(args);
    const built = await buildUploadBatch(db, { caller: cliCaller([code]) }, { province: code, kind: kind(args, code), cityCode: text(args, 'city') ?? null });
    if (!built) {
      const open = await db.getRepository(UploadBatch).find({ where: { province: code, status: 'BUILT' }, order: { builtAt: 'ASC' }, take: 5 });
      process.stderr.write(`nothing pending for ${code}: every change is in a batch already${open.length ? `; not yet sent: ${open.map((b) => `${b.id} (no. ${b.sequence}, ${b.rowCount} rows)`).join(', ')} — export one with --batch <id>` : ''}\n`);
      return 0;
    }
    batch = built;
    process.stderr.write(`built batch ${batch.id} (no. ${batch.sequence}, ${batch.rowCount} rows)\n`);
  }
  const caller = cliCaller([batch.province]);
  const catalog = await openCatalog();
  const temp = `${target}.part`;
  const stream = fs.createWriteStream(temp);
  const bar = progress(batch.rowCount, `batch ${batch.sequence}`);
  try {
    await inTransaction(db, (manager) => recordAudit(manager, { caller }, { action: 'EXPORT_UPLOAD_BATCH', targetType: 'UploadBatch', targetId: batch.id, province: batch.province, detail: `format=${fmt};rows=${batch.rowCount};cli` }));
    const rows = await writeExchangeFile(readBatchRecords(db, batch.id, catalog.names), stream, { format: fmt, bom: !args.has('no-bom'), onPage: (n) => bar.tick(n) });
    bar.stop();
    fs.renameSync(temp, target);
    process.stderr.write(`wrote ${rows} rows to ${target}\n`);
  } catch (error) {
    bar.stop();
    stream.destroy();
    if (!stream.closed) await once(stream, 'close').catch(() => undefined);
    fs.rmSync(temp, { force: true });
    throw error;
  } finally {
    await catalog.close();
  }
  if (args.has('mark-sent')) {
    const sent = await markUploadBatchSent(db, { caller }, batch.id, todayInChina());
    process.stderr.write(`batch ${batch.id} is ${sent.status} (sent on ${sent.sentOn})\n`);
  }
  process.stdout.write(`${batch.id}\n`);
  return 0;
}

async function importReceipt(db: DataSource, args: Map<string, string | true>): Promise<number> {
  const batchId = text(args, 'batch');
  if (!batchId) throw new UsageError('--batch <id> is required');
  const file = text(args, 'file');
  if (!file) throw new UsageError('--file <receipt> is required');
  const resolved = resolvePath(file);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) throw new UsageError(`--file: no such file ${resolved}`);
  const fmt = format(args, file);
  const on = date(args, 'date');
  const batch = await loadBatch(db, batchId);
  let lines;
  try {
    lines = await readReceipt(fs.readFileSync(resolved), fmt);
  } catch (error) {
    if (error instanceof ReceiptFileError) throw new UsageError(`--file ${resolved}: ${error.message}`);
    throw error;
  }
  const report = await importUploadReceipt(db, { caller: cliCaller([batch.province]) }, batch.id, lines, { acknowledgedOn: on, dryRun: args.has('dry-run') });
  for (const p of report.problems) process.stdout.write(`line ${p.line}${p.number ? ` [${p.number}]` : ''}: ${p.reason}\n`);
  process.stdout.write(
    `${report.dryRun ? 'dry run' : report.applied ? 'imported' : 'not imported'}: ${report.lines} lines, ${report.accepted} accepted, ${report.rejected} rejected, ${report.unchanged} unchanged, ${report.problemCount} problems; batch ${report.batch.status}\n`,
  );
  return report.problemCount ? 1 : 0;
}

async function printReconciliation(db: DataSource, args: Map<string, string | true>): Promise<number> {
  const code = province(args);
  const city = text(args, 'city');
  if (city && !/^\d{6}$/.test(city)) throw new UsageError(`--city must be a 6-digit division code, got "${city}"`);
  const result = await reconcile(db, { province: code, kind: kind(args, code), cityCode: city ? `${city.slice(0, 4)}00` : '' }, { asOf: date(args, 'as-of') });
  const rows = [...result.lines, { ...result.total, cityCode: 'total' }];
  process.stdout.write('city\tissued\tpending\tin batch\tacknowledged\trejected\tcorrected\toldest unacknowledged (UTC)\n');
  for (const l of rows) process.stdout.write(`${l.cityCode}\t${l.issued}\t${l.pending}\t${l.inBatch}\t${l.acknowledged}\t${l.rejected}\t${l.corrected}\t${l.oldestUnacknowledgedAt?.toISOString() ?? '-'}\n`);
  const d = result.deadline;
  if (d?.rule.value) process.stdout.write(`deadline ${d.rule.value.workingDays} working days (${d.rule.source.document} ${d.rule.source.section}): met ${d.met}, met late ${d.metLate}, overdue ${d.overdue}, open ${d.open}, due date unknown ${d.dueUnknown}\n`);
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const { command, args } = parseArgs(argv);
  // The CLI's own lines are its output; the services' info logs (migrations) would only bury them.
  process.env.LOG_LEVEL ??= 'warn';
  configurePersonalData(process.env);
  // Quiet: the CLI's own messages are the output; SQL is not logged (and never with its parameters).
  const database = await openDataSource({ database: parseDatabaseConfig('certificates'), entities: certificatesSubgraph.entities, migrations: certificatesSubgraph.migrations, logger: createLogger('exchange-cli') });
  try {
    if (command === 'receipt') return await importReceipt(database.dataSource, args);
    if (command === 'reconcile') return await printReconciliation(database.dataSource, args);
    return await exportBatch(database.dataSource, args);
  } finally {
    await database.dataSource.destroy();
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(2);
      }
      process.stderr.write(`${error instanceof AppError ? `${String(error.extensions.code)}: ` : ''}${error.message}\n`);
      process.exit(1);
    },
  );
}
