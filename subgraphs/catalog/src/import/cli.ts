import fs from 'node:fs';
import path from 'node:path';
import { createLogger, openDataSource, parseDatabaseConfig } from '@skillfed/common';
import { hasProvince, listProvinces } from '@skillfed/province-rules';
import { catalogSubgraph } from '../index';
import { importCatalog, type ImportFormat, type ImportKind } from './import.service';

/**
 * Command line import into the catalog database configured by the environment (DATABASE_URL, or the
 * SQLite file under data/):
 *   npm run import -w @skillfed/subgraph-catalog -- --kind projects --province <ProvinceCode> --file subgraphs/catalog/samples/liaoning-projects.xlsx [--dry-run]
 * A relative --file is taken from the directory the command was typed in (INIT_CWD), not the workspace.
 * Exit 0 when the file is clean (and, without --dry-run, written), 1 when it has problems.
 */
async function run(argv: string[]): Promise<number> {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key.startsWith('--')) throw new Error(`unexpected argument ${key}`);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args.set(key.slice(2), true);
    else args.set(key.slice(2), (i++, next));
  }
  const file = args.get('file');
  const kind = String(args.get('kind') ?? 'projects').toUpperCase() as ImportKind;
  const province = args.get('province');
  if (typeof file !== 'string') throw new Error('usage: --kind projects|occupations --province CODE --file PATH [--format csv|json|xlsx] [--dry-run]');
  if (kind !== 'PROJECTS' && kind !== 'OCCUPATIONS') throw new Error('--kind must be projects or occupations');
  if (kind === 'PROJECTS' && (typeof province !== 'string' || !hasProvince(province))) throw new Error(`--province must name a province: ${listProvinces().map((p) => p.identity.code).join(', ')}`);
  const extension = path.extname(file).toLowerCase();
  const format = String(args.get('format') ?? (extension === '.json' ? 'json' : extension === '.xlsx' ? 'xlsx' : 'csv')).toUpperCase() as ImportFormat;
  if (!['CSV', 'JSON', 'XLSX'].includes(format)) throw new Error('--format must be csv, json or xlsx');
  // npm runs workspace scripts from the workspace folder; a relative path means where the user stands
  // (npm sets INIT_CWD to that directory).
  const resolved = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!fs.existsSync(resolved)) throw new Error(`no such file: ${resolved}`);
  const logger = createLogger('catalog-import');
  const database = await openDataSource({ database: parseDatabaseConfig('catalog'), entities: catalogSubgraph.entities, migrations: catalogSubgraph.migrations, logger });
  try {
    const report = await importCatalog(database.dataSource, { kind, format, province: typeof province === 'string' ? province : null, bytes: fs.readFileSync(resolved), dryRun: args.has('dry-run') });
    for (const p of report.problems) process.stdout.write(`line ${p.line}${p.field ? ` [${p.field}]` : ''}: ${p.reason}\n`);
    process.stdout.write(
      `${report.dryRun ? "dry run" : report.applied ? "imported" : "not imported"} (${report.encoding ?? format}): ${report.total} rows, ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.problems.length} problems\n`,
    );
    return report.problems.length ? 1 : 0;
  } finally {
    await database.dataSource.destroy();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  },
);
