import os from 'node:os';
import path from 'node:path';
import { createLogger, openDataSource, parseDatabaseConfig } from '@skillfed/common';
import { UsageError, createProgress, parseArgs, resolveUserFile, runCli } from '@skillfed/common/cli';
import { examsSubgraph } from '../index';
import { ExamBatch } from '../exam-batch.entity';
import { importCandidates, MAX_CANDIDATE_FILE_BYTES, type CandidateFileFormat } from './candidate-import.service';

const USAGE = `usage: npm run import -- candidates --batch <examBatchId> --file <path.xlsx|path.csv> [--format csv|xlsx] [--dry-run]
  Registers a draft batch's candidates from a file into the exams database configured by the environment
  (DATABASE_URL, or the SQLite file under data/). A relative --file is taken from the directory you are in.
  Columns: 姓名, 身份证号, 手机号, 重点群体 (optional), 项目ID (optional; the batch's project).
  Exit 0: clean (and written unless --dry-run); 1: the file has problems, nothing written; 2: bad arguments.`;

/**
 * Command line form of `importCandidates`: the same service and checks as the GraphQL mutation, against
 * the database directly (for the provincial centre's operator with database access, e.g. before the
 * services are up). Problems go to stdout, one per line; progress to stderr.
 */
async function main(argv: string[]): Promise<number> {
  const { values, flags, positional } = parseArgs(argv, { values: ['batch', 'file', 'format'], flags: ['dry-run', 'help'] }, USAGE);
  if (flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"\n${USAGE}`);
  const batchId = values.get('batch');
  const file = values.get('file');
  if (!batchId) throw new UsageError(`--batch is required (the exam batch's id)\n${USAGE}`);
  if (!/^[0-9a-f-]{36}$/i.test(batchId)) throw new UsageError(`--batch must be an exam batch id (a UUID), got "${batchId}"`);
  if (!file) throw new UsageError(`--file is required\n${USAGE}`);
  const extension = path.extname(file).toLowerCase();
  const formatArg = values.get('format')?.toUpperCase() ?? (extension === '.xlsx' ? 'XLSX' : extension === '.csv' ? 'CSV' : null);
  if (formatArg !== null && formatArg !== 'CSV' && formatArg !== 'XLSX') throw new UsageError(`--format must be csv or xlsx, got "${values.get('format')}"`);
  if (extension === '.xls') throw new UsageError('.xls (Excel 97-2003) is not read: save the sheet as .xlsx or CSV');
  const { path: resolved, bytes } = resolveUserFile(file, MAX_CANDIDATE_FILE_BYTES);

  const logger = createLogger('candidate-import');
  const database = await openDataSource({ database: parseDatabaseConfig('exams'), entities: examsSubgraph.entities, migrations: examsSubgraph.migrations, logger });
  const progress = createProgress();
  try {
    const batch = await database.dataSource.getRepository(ExamBatch).findOneBy({ id: batchId });
    if (!batch) throw new UsageError(`no exam batch ${batchId} in ${database.dataSource.options.type === 'better-sqlite3' ? 'the SQLite database' : 'the database'}`);
    // Whoever can run this holds the database itself: recorded as the command line and the OS user.
    const actor = { caller: { subject: `cli:${os.userInfo().username}`, role: 'NATIONAL_ADMIN' as const, provinces: [] } };
    const report = await importCandidates(database.dataSource, actor, batch, { bytes, format: formatArg as CandidateFileFormat | null }, flags.has('dry-run'), (phase, done, total) => {
      if (done === 0) progress.start(phase === 'check' ? '检查 check' : '写入 write', total);
      else progress.update(done);
    });
    progress.stop();
    for (const p of report.problems) {
      process.stdout.write(`${p.row === null ? 'file' : `row ${p.row}`}${p.column ? ` [${p.column}]` : ''}: ${p.reason}\n`);
    }
    const verdict = report.dryRun ? (report.problems.length ? 'dry run: problems found, nothing would be written' : 'dry run: clean') : report.applied ? 'imported' : 'not imported (nothing written)';
    process.stdout.write(
      `${verdict} — ${path.basename(resolved)} (${report.encoding ?? report.format}) → batch ${batch.code}: ${report.total} rows, ${report.valid} valid, ${report.problems.length} problems, ${report.imported} written, ${report.candidateCount} candidates in the batch\n`,
    );
    return report.problems.length ? 1 : 0;
  } finally {
    progress.stop();
    await database.dataSource.destroy();
  }
}

runCli(main);
