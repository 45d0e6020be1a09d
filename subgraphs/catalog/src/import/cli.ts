import path from 'node:path';
import { createLogger, openDataSource, parseDatabaseConfig } from '@skillfed/common';
import { UsageError, createProgress, parseArgs, resolveUserFile, runCli } from '@skillfed/common/cli';
import { hasProvince, listProvinces } from '@skillfed/province-rules';
import { catalogSubgraph } from '../index';
import { importCatalog, type ImportFormat, type ImportKind } from './import.service';

const USAGE = `usage: npm run import -- catalog --kind projects|occupations [--province <code>] --file <path> [--format csv|json|xlsx] [--dry-run]
  (or: npm run import -w @skillfed/subgraph-catalog -- --kind ...)
  Imports into the catalog database configured by the environment (DATABASE_URL, or the SQLite file
  under data/). A relative --file is taken from the directory you are in; the format follows the extension.
  Exit 0: clean (and written unless --dry-run); 1: the file has problems, nothing written; 2: bad arguments.`;

// The same bound as the GraphQL mutation's contentBase64 (7,000,000 base64 characters).
const MAX_FILE_BYTES = 5 * 1024 * 1024;

async function main(argv: string[]): Promise<number> {
  const { values, flags, positional } = parseArgs(argv, { values: ['kind', 'province', 'file', 'format'], flags: ['dry-run', 'help'] }, USAGE);
  if (flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"\n${USAGE}`);
  const file = values.get('file');
  const kind = (values.get('kind') ?? 'projects').toUpperCase() as ImportKind;
  const province = values.get('province') ?? null;
  if (!file) throw new UsageError(`--file is required\n${USAGE}`);
  if (kind !== 'PROJECTS' && kind !== 'OCCUPATIONS') throw new UsageError('--kind must be projects or occupations');
  if (kind === 'PROJECTS' && (province === null || !hasProvince(province))) throw new UsageError(`--province must name a province: ${listProvinces().map((p) => p.identity.code).join(', ')}`);
  const extension = path.extname(file).toLowerCase();
  const format = (values.get('format') ?? (extension === '.json' ? 'json' : extension === '.xlsx' ? 'xlsx' : 'csv')).toUpperCase() as ImportFormat;
  if (!['CSV', 'JSON', 'XLSX'].includes(format)) throw new UsageError('--format must be csv, json or xlsx');
  const { path: resolved, bytes } = resolveUserFile(file, MAX_FILE_BYTES);
  const logger = createLogger('catalog-import');
  const database = await openDataSource({ database: parseDatabaseConfig('catalog'), entities: catalogSubgraph.entities, migrations: catalogSubgraph.migrations, logger });
  const progress = createProgress();
  try {
    const report = await importCatalog(database.dataSource, {
      kind,
      format,
      province,
      bytes,
      dryRun: flags.has('dry-run'),
      progress: (done, total) => (done === 0 ? progress.start('写入 write', total) : progress.update(done)),
    });
    progress.stop();
    for (const p of report.problems) process.stdout.write(`line ${p.line}${p.field ? ` [${p.field}]` : ''}: ${p.reason}\n`);
    process.stdout.write(
      `${report.dryRun ? 'dry run' : report.applied ? 'imported' : 'not imported'} (${report.encoding ?? format}): ${report.total} rows, ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.problems.length} problems — ${path.basename(resolved)}\n`,
    );
    return report.problems.length ? 1 : 0;
  } finally {
    progress.stop();
    await database.dataSource.destroy();
  }
}

runCli(main);
