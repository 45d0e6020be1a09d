import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { createLogger, openDataSource, type DatabaseConfig, type SubgraphDefinition } from '@skillfed/common';
import type { Connection as MysqlConnection } from 'mysql2/promise';
import type { EntityMetadata } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];
import { DEFINITIONS } from '../src/compose';

/**
 * The benchmark's data set: certificates with their institutions, projects, exam batches and
 * candidates, deterministic for a given scale (same ids, numbers and dates every time), in MySQL /
 * MariaDB databases `${prefix}<subgraph>`. The schema comes from the subgraphs' own migrations, and
 * each row is built from the entity metadata, so columns other engineers add are filled (with their
 * TypeORM transformers applied, e.g. sealed personal data) without this file knowing them.
 *
 * Load path: secondary indexes are dropped, rows streamed with LOAD DATA LOCAL INFILE, indexes rebuilt
 * (a sorted build is several times faster than maintaining them row by row).
 */
export const GENERATOR_VERSION = 3;
export const PROVINCES = ['LIAONING', 'SHANDONG', 'GUANGDONG_SHAOGUAN', 'JIANGSU'] as const;
const CITY = { LIAONING: '210100', SHANDONG: '370100', GUANGDONG_SHAOGUAN: '440200', JIANGSU: '320100' } as const;
export const CANDIDATES_PER_BATCH = 50;

export interface DatasetShape {
  certificates: number;
  institutions: number;
  projects: number;
  batches: number;
}

export function shapeFor(scale: number): DatasetShape {
  return {
    certificates: scale,
    institutions: Math.min(2000, Math.max(20, Math.round(scale / 5000))),
    projects: 200,
    batches: Math.ceil(scale / CANDIDATES_PER_BATCH),
  };
}

/** Time-ordered ids (like UUIDv7): deterministic, unique per kind, and appended in primary-key order. */
export function benchId(kind: number, i: number): string {
  const h = i.toString(16).padStart(20, '0');
  return `${kind.toString(16).padStart(8, '0')}-${h.slice(0, 4)}-7${h.slice(4, 7)}-8${h.slice(7, 10)}-00${h.slice(10, 20)}`;
}
const K = { institution: 1, project: 2, batch: 3, candidate: 4, certificate: 5 };

/** Certificate i's public number. */
export function certificateNumber(i: number): string {
  return `B${String(i).padStart(11, '0')}`;
}

const DAY = 86_400_000;
const START = Date.UTC(2016, 0, 1);
const SPAN_DAYS = 3650;
const days: string[] = [];
function isoDay(offset: number): string {
  return (days[offset] ??= new Date(START + offset * DAY).toISOString().slice(0, 10));
}

/** Batch b: its province, institution and project (of that province) and dates spread over ten years. */
let lastBatch: { shape: DatasetShape; b: number; value: ReturnType<typeof computeBatch> } | null = null;
function batchOf(shape: DatasetShape, b: number) {
  if (lastBatch?.shape !== shape || lastBatch.b !== b) lastBatch = { shape, b, value: computeBatch(shape, b) };
  return lastBatch.value;
}
function computeBatch(shape: DatasetShape, b: number) {
  const n = PROVINCES.length;
  const perProvinceInst = Math.max(1, Math.floor(shape.institutions / n));
  const perProvinceProj = Math.max(1, Math.floor(shape.projects / n));
  const inst = (Math.floor(b / n) % perProvinceInst) * n + (b % n);
  const proj = (Math.floor(b / n) % perProvinceProj) * n + (b % n);
  const startDay = Math.floor((b * SPAN_DAYS) / shape.batches);
  return { province: PROVINCES[b % n], institution: inst, project: proj, startDate: isoDay(startDay), endDate: isoDay(startDay + 1), issuedOn: isoDay(startDay + 20) };
}

type Row = Record<string, unknown>;

/** A distinct 18-character ID-number-shaped value per person (not a valid 居民身份证号: fictional). */
function residentId(i: number): string {
  return `9${String(i).padStart(16, '0')}X`;
}

/** Values the generator knows, by table and column; every other column gets a typed filler. */
function knownValues(shape: DatasetShape, table: string, i: number): Row {
  switch (table) {
    case 'institutions': {
      const province = PROVINCES[i % PROVINCES.length];
      return {
        // kind and track as the InstitutionKind and Track enums allow (issueCertificates reads them).
        id: benchId(K.institution, i), province, city_code: CITY[province], name: `基准测试培训学校${i}示例`, kind: 'SOCIAL_TRAINING_INSTITUTION', track: 'SPECIAL_ABILITY',
        credit_code: `91${String(i).padStart(16, '0')}`, filing_status: 'FILED', filing_number: `BENCH-${i}`, filed_on: '2020-01-01',
        sequence_code: String(i).padStart(6, '0'), address: '示例路1号', contact_name: '联系人', contact_phone: '13800000000',
      };
    }
    case 'projects': {
      const province = PROVINCES[i % PROVINCES.length];
      return { id: benchId(K.project, i), province, code: `BP${String(i).padStart(5, '0')}`, name: `基准测试项目${i}`, status: 'PUBLISHED', modes: 'PRACTICAL' };
    }
    case 'exam_batches': {
      const b = batchOf(shape, i);
      const count = Math.min(CANDIDATES_PER_BATCH, shape.certificates - i * CANDIDATES_PER_BATCH);
      return {
        id: benchId(K.batch, i), code: `BB${String(i).padStart(10, '0')}`, province: b.province, institution_id: benchId(K.institution, b.institution),
        project_id: benchId(K.project, b.project), start_date: b.startDate, end_date: b.endDate, candidate_count: count, status: 'PUBLISHED', mode: 'REGULAR',
      };
    }
    case 'candidates': {
      const batch = Math.floor(i / CANDIDATES_PER_BATCH);
      const b = batchOf(shape, batch);
      return { id: benchId(K.candidate, i), batch_id: benchId(K.batch, batch), project_id: benchId(K.project, b.project), name: '考生示例', resident_id: residentId(i), priority_group: 'NONE' };
    }
    case 'certificates': {
      const batch = Math.floor(i / CANDIDATES_PER_BATCH);
      const b = batchOf(shape, batch);
      return {
        id: benchId(K.certificate, i), number: certificateNumber(i), province: b.province, city_code: CITY[b.province], holder_name: '持证人示例',
        holder_resident_id: residentId(i), candidate_id: benchId(K.candidate, i), institution_id: benchId(K.institution, b.institution),
        project_id: benchId(K.project, b.project), exam_batch_id: benchId(K.batch, batch), issued_on: b.issuedOn, score: 60 + (i % 40),
        status: 'VALID', kind: 'SPECIAL_ABILITY', carrier: 'ELECTRONIC', serial_scope: `${b.province}:${batch % 1000}`, serial: i + 1,
      };
    }
    default:
      return {};
  }
}

interface ColumnPlan {
  name: string;
  make: (i: number) => string;
}

const NEEDS_ESCAPE = /[\\\t\n]/;

/** `\N` is NULL in LOAD DATA; tabs, newlines and backslashes are escaped. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace('T', ' ');
  const text = String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\\\')) : text;
}

export function planColumns(shape: DatasetShape, meta: EntityMetadata): ColumnPlan[] {
  const uniqueColumns = new Set(meta.indices.filter((index) => index.isUnique).flatMap((index) => index.columns.map((c) => c.databaseName)));
  const now = new Date('2026-01-01T00:00:00Z');
  const probe = knownValues(shape, meta.tableName, 0);
  // The known values of the row being written, computed once per row rather than once per column.
  let rowIndex = -1;
  let row: Row = {};
  const known = (i: number) => {
    if (i !== rowIndex) {
      row = knownValues(shape, meta.tableName, i);
      rowIndex = i;
    }
    return row;
  };
  return meta.columns.map((column: ColumnMetadata) => {
    const name = column.databaseName;
    const transformer = Array.isArray(column.transformer) ? column.transformer[0] : column.transformer;
    const length = Number(column.length) || 255;
    const type = String(typeof column.type === 'function' ? (column.type as { name: string }).name : column.type).toLowerCase();
    let base: (i: number) => unknown;
    if (name in probe) base = (i) => known(i)[name];
    else if (name === 'created_at' || name === 'updated_at') base = () => now;
    else if (uniqueColumns.has(name)) base = /int|number/.test(type) ? (i) => i + 1 : (i) => `u${i}`.slice(0, length);
    else if (column.isNullable) base = () => null;
    else if (column.default !== undefined && typeof column.default !== 'function') base = () => column.default;
    else if (/int|decimal|float|double|numeric|number/.test(type)) base = () => 0;
    else if (/bool/.test(type)) base = () => false;
    else if (type === 'date') base = () => '2024-01-01';
    else if (/datetime|timestamp/.test(type)) base = () => now;
    else base = () => 'x';
    if (!transformer?.to) return { name, make: (i) => field(base(i)) };
    // Transformed columns (sealed personal data): a pool of transformed values reused row after row, so
    // the load does not spend minutes encrypting and reads still decrypt.
    const pool = new Map<unknown, string>();
    return {
      name,
      make: (i) => {
        const plain = base(i);
        let stored = pool.get(plain);
        if (stored === undefined) {
          stored = field(transformer.to(plain));
          if (pool.size < 10_000) pool.set(plain, stored);
        }
        return stored;
      },
    };
  });
}

export function rowsStream(total: number, plan: ColumnPlan[], onRows: (n: number) => void): Readable {
  let i = 0;
  return new Readable({
    read() {
      const lines: string[] = [];
      const end = Math.min(total, i + 2000);
      for (; i < end; i++) lines.push(plan.map((c) => c.make(i)).join('\t'));
      onRows(lines.length);
      if (lines.length) this.push(lines.join('\n') + '\n');
      if (i >= total) this.push(null);
    },
  });
}

async function loadTable(connection: MysqlConnection, database: string, shape: DatasetShape, meta: EntityMetadata, total: number, say: (line: string) => void): Promise<void> {
  const table = meta.tableName;
  const plan = planColumns(shape, meta);
  const [indexRows] = (await connection.query(
    `SELECT INDEX_NAME AS name, NON_UNIQUE AS nonUnique, GROUP_CONCAT(CONCAT('\`', COLUMN_NAME, '\`') ORDER BY SEQ_IN_INDEX) AS cols
       FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME, NON_UNIQUE`,
    [database, table],
  )) as unknown as [{ name: string; nonUnique: number; cols: string }[]];
  const qualified = `\`${database}\`.\`${table}\``;
  if (indexRows.length) await connection.query(`ALTER TABLE ${qualified} ${indexRows.map((r) => `DROP INDEX \`${r.name}\``).join(', ')}`);
  const started = Date.now();
  let done = 0;
  let lastReport = started;
  await connection.query({
    sql: `LOAD DATA LOCAL INFILE 'bench-${table}.tsv' INTO TABLE ${qualified} CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (${plan.map((c) => `\`${c.name}\``).join(', ')})`,
    infileStreamFactory: () =>
      rowsStream(total, plan, (n) => {
        done += n;
        if (Date.now() - lastReport > 15_000) {
          lastReport = Date.now();
          say(`  ${table}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows streamed`);
        }
      }),
  } as never);
  const loadedMs = Date.now() - started;
  if (indexRows.length) {
    await connection.query(`ALTER TABLE ${qualified} ${indexRows.map((r) => `ADD ${Number(r.nonUnique) ? '' : 'UNIQUE '}INDEX \`${r.name}\` (${r.cols})`).join(', ')}`);
  }
  const ms = Date.now() - started;
  say(
    `  ${table}: ${total.toLocaleString('en')} rows in ${(ms / 1000).toFixed(1)} s (${Math.round(total / Math.max(loadedMs / 1000, 0.001)).toLocaleString('en')} rows/s streamed, ${((ms - loadedMs) / 1000).toFixed(1)} s rebuilding ${indexRows.length} indexes)`,
  );
}

export interface DatasetInfo {
  scale: number;
  prefix: string;
  reused: boolean;
  candidates: boolean;
  shape: DatasetShape;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

const TABLES: Record<string, { subgraph: string; count: (s: DatasetShape) => number }> = {
  institutions: { subgraph: 'institutions', count: (s) => s.institutions },
  projects: { subgraph: 'catalog', count: (s) => s.projects },
  exam_batches: { subgraph: 'exams', count: (s) => s.batches },
  candidates: { subgraph: 'exams', count: (s) => s.certificates },
  certificates: { subgraph: 'certificates', count: (s) => s.certificates },
};

async function fingerprint(connection: MysqlConnection, prefix: string): Promise<string> {
  const [rows] = await connection.query(
    `SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE FROM information_schema.COLUMNS
      WHERE TABLE_SCHEMA LIKE ? AND TABLE_NAME <> 'bench_dataset' ORDER BY 1, 2, 3`,
    [`${prefix.replace(/_/g, '\\_')}%`],
  );
  return crypto.createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
}

export function mysqlConnectionOptions(mysqlUrl: string) {
  const url = new URL(mysqlUrl);
  return { host: url.hostname || '127.0.0.1', port: Number(url.port || 3306), user: decodeURIComponent(url.username || 'root'), password: decodeURIComponent(url.password || '') };
}

/**
 * Opens (migrating) every subgraph database under `prefix`, then reuses the data set when this
 * generator version built it for this scale and the schema is unchanged; otherwise rebuilds it.
 */
export async function ensureDataset(options: { mysqlUrl: string; prefix: string; scale: number; rebuild: boolean; candidates: boolean; say: (line: string) => void }): Promise<DatasetInfo> {
  const { say, prefix, scale } = options;
  const shape = shapeFor(scale);
  const base = mysqlConnectionOptions(options.mysqlUrl);
  // Candidates are not read by P1/P2; `--no-candidates` leaves them out to halve a 10 M build.
  const tables = Object.entries(TABLES).filter(([table]) => options.candidates || table !== 'candidates');
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection({ ...base, infileStreamFactory: () => Readable.from([]) } as never);
  const logger = createLogger('bench');
  const metas = new Map<string, EntityMetadata>();
  const migrateAll = async () => {
    for (const definition of DEFINITIONS as SubgraphDefinition<unknown>[]) {
      const database: DatabaseConfig = { kind: 'mysql', ...base, database: `${prefix}${definition.name}` };
      const opened = await openDataSource({ database, entities: definition.entities, migrations: definition.migrations, logger });
      for (const meta of opened.dataSource.entityMetadatas) if (TABLES[meta.tableName]?.subgraph === definition.name) metas.set(meta.tableName, meta);
      await opened.dataSource.destroy();
    }
  };
  try {
    const marker = `\`${prefix}certificates\`.bench_dataset`;
    if (!options.rebuild) {
      const [exists] = (await connection.query(`SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'bench_dataset'`, [`${prefix}certificates`])) as unknown as [unknown[]];
      if (exists.length) {
        // Pending migrations (other engineers' work) apply to the kept data, as in production.
        await migrateAll();
        const [rows] = (await connection.query(`SELECT scale, version, schema_print, seconds, rows_loaded, with_candidates FROM ${marker}`).catch(() => [[]])) as unknown as [
          { scale: number; version: number; schema_print: string; seconds: number; rows_loaded: number; with_candidates: number }[],
        ];
        const row = rows[0];
        const print = await fingerprint(connection, prefix);
        if (row && Number(row.scale) === scale && row.version === GENERATOR_VERSION && row.schema_print === print && Boolean(row.with_candidates) === options.candidates) {
          say(`data set: reusing ${scale.toLocaleString('en')} certificates in ${prefix}* (built at ${Math.round(Number(row.rows_loaded) / Number(row.seconds)).toLocaleString('en')} rows/s)`);
          return { scale, prefix, reused: true, candidates: options.candidates, shape, rows: Number(row.rows_loaded), seconds: Number(row.seconds), rowsPerSecond: Math.round(Number(row.rows_loaded) / Number(row.seconds)) };
        }
        say('data set: schema or generator changed since it was built, rebuilding');
      }
    }
    say(
      `data set: building ${scale.toLocaleString('en')} certificates in ${prefix}* (${shape.institutions} institutions, ${shape.projects} projects, ${shape.batches.toLocaleString('en')} batches, ${options.candidates ? scale.toLocaleString('en') : 'no'} candidates)`,
    );
    for (const definition of DEFINITIONS) await connection.query(`DROP DATABASE IF EXISTS \`${prefix}${definition.name}\``);
    const started = Date.now();
    await migrateAll();
    await connection.query('SET SESSION unique_checks = 0, foreign_key_checks = 0');
    let rows = 0;
    for (const [table, spec] of tables) {
      const meta = metas.get(table);
      if (!meta) {
        say(`  ${table}: no such entity in ${spec.subgraph}, skipped`);
        continue;
      }
      await loadTable(connection, `${prefix}${spec.subgraph}`, shape, meta, spec.count(shape), say);
      rows += spec.count(shape);
    }
    // Maintained counters (certificates' totalCount) as the application would have left them.
    const [hasTotals] = (await connection.query(`SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'certificate_totals'`, [`${prefix}certificates`])) as unknown as [unknown[]];
    if (hasTotals.length) {
      await connection.query(`DELETE FROM \`${prefix}certificates\`.certificate_totals`);
      await connection.query(`INSERT INTO \`${prefix}certificates\`.certificate_totals (province, total) SELECT province, COUNT(*) FROM \`${prefix}certificates\`.certificates GROUP BY province`);
    }
    await loadExamCounters(connection, `${prefix}exams`, say);
    for (const [table, spec] of tables) if (metas.has(table)) await connection.query(`ANALYZE TABLE \`${prefix}${spec.subgraph}\`.\`${table}\``);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    await connection.query(`CREATE TABLE ${marker} (scale BIGINT, version INT, schema_print VARCHAR(64), seconds DOUBLE, rows_loaded BIGINT, with_candidates BOOLEAN, built_at DATETIME)`);
    await connection.query(`INSERT INTO ${marker} VALUES (?, ?, ?, ?, ?, ?, NOW())`, [scale, GENERATOR_VERSION, await fingerprint(connection, prefix), seconds, rows, options.candidates]);
    say(`data set: ${rows.toLocaleString('en')} rows in ${seconds} s = ${Math.round(rows / seconds).toLocaleString('en')} rows/s including migrations and index builds`);
    return { scale, prefix, reused: false, candidates: options.candidates, shape, rows, seconds, rowsPerSecond: Math.round(rows / seconds) };
  } finally {
    await connection.end();
  }
}

/**
 * The exams subgraph's maintained counters (issue 13) as the workflow would have left them for the
 * generated batches: each batch declared in its first exam day's month, CANDIDATES_PER_BATCH candidates
 * examined, 40-49 of them passed (deterministic per batch), priority group NONE. Written at every grain
 * the subgraph keeps (common/stats.ts `project`), so P3 reads a summary table of the real size.
 */
async function loadExamCounters(connection: MysqlConnection, database: string, say: (line: string) => void): Promise<void> {
  const [exists] = (await connection.query(`SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'stat_counters'`, [database])) as unknown as [unknown[]];
  if (!exists.length) return say('  stat_counters: no such table in exams, skipped');
  const started = Date.now();
  const db = `\`${database}\``;
  await connection.query(`DELETE FROM ${db}.stat_counters`);
  const city = "COALESCE(b.city_code, '')";
  const grains: Record<string, { city: string; institution: string; subject: string }> = {
    CITY: { city, institution: "''", subject: "''" },
    INSTITUTION: { city, institution: 'b.institution_id', subject: "''" },
    SUBJECT: { city: "''", institution: "''", subject: 'b.project_id' },
    INSTITUTION_SUBJECT: { city, institution: 'b.institution_id', subject: 'b.project_id' },
  };
  for (const [grain, g] of Object.entries(grains)) {
    await connection.query(
      `INSERT INTO ${db}.stat_counters (grain, metric, province, month, city_code, institution_id, subject, category, value)
       SELECT ?, m.metric, b.province, DATE_FORMAT(b.start_date, '%Y-%m'), ${g.city}, ${g.institution}, ${g.subject}, m.category,
              SUM(CASE m.metric WHEN 'BATCHES_DECLARED' THEN 1 WHEN 'CANDIDATES_EXAMINED' THEN ${CANDIDATES_PER_BATCH} ELSE 40 + CRC32(b.id) % 10 END)
       FROM ${db}.exam_batches b
       CROSS JOIN (SELECT 'BATCHES_DECLARED' AS metric, '' AS category UNION ALL SELECT 'CANDIDATES_EXAMINED', 'NONE' UNION ALL SELECT 'CANDIDATES_PASSED', 'NONE') m
       GROUP BY m.metric, b.province, DATE_FORMAT(b.start_date, '%Y-%m'), ${g.city}, ${g.institution}, ${g.subject}, m.category`,
      [grain],
    );
  }
  const [[count]] = (await connection.query(`SELECT COUNT(*) AS n FROM ${db}.stat_counters`)) as unknown as [{ n: number }[]];
  say(`  stat_counters: ${Number(count.n).toLocaleString('en')} summary rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
