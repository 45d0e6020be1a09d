import http from 'node:http';
import { buildSchema, graphql } from 'graphql';
import mysql from 'mysql2/promise';
import { mysqlConnectionOptions } from './dataset';

/**
 * The reference the gateway is measured against: node:http + graphql-js + mysql2, no framework, no
 * federation, running the statements the subgraphs run (the same `WHERE number IN (?)`, the same page
 * in issue order, one `WHERE id IN (...)` per referenced table) against the same databases. It parses
 * and validates every request like a plain graphql-js server would.
 *
 * Env: BENCH_MYSQL_URL, BENCH_PREFIX, BENCH_PORT. Prints `listening <port>` when ready.
 */
const schema = buildSchema(`
  type Institution { id: ID! name: String! }
  type Project { id: ID! name: String! }
  type ExamBatch { id: ID! startDate: String! }
  type Certificate { id: ID! number: String! province: String! issuedOn: String! institution: Institution project: Project exam: ExamBatch }
  type CertificateConnection { nodes: [Certificate!]! }
  type Query { certificate(number: String!): Certificate certificates(first: Int = 20): CertificateConnection }
`);

const prefix = process.env.BENCH_PREFIX ?? 'skillfed_bench_';
const pool = mysql.createPool({ ...mysqlConnectionOptions(process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306'), connectionLimit: 10, dateStrings: ['DATE'] as never, timezone: 'Z' });
const t = (subgraph: string, table: string) => `\`${prefix}${subgraph}\`.\`${table}\``;

type Row = Record<string, any>;

async function byIds(table: string, ids: string[]): Promise<Map<string, Row>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const [rows] = (await pool.query(`SELECT * FROM ${table} WHERE id IN (?)`, [unique])) as unknown as [Row[]];
  return new Map(rows.map((r) => [r.id, r]));
}

function certificate(row: Row, refs?: { institutions: Map<string, Row>; projects: Map<string, Row>; batches: Map<string, Row> }) {
  const institution = refs?.institutions.get(row.institution_id);
  const project = refs?.projects.get(row.project_id);
  const batch = refs?.batches.get(row.exam_batch_id);
  return {
    id: row.id,
    number: row.number,
    province: row.province,
    issuedOn: row.issued_on,
    institution: institution ? { id: institution.id, name: institution.name } : null,
    project: project ? { id: project.id, name: project.name } : null,
    exam: batch ? { id: batch.id, startDate: batch.start_date } : null,
  };
}

const rootValue = {
  async certificate({ number }: { number: string }) {
    const [rows] = (await pool.query(`SELECT * FROM ${t('certificates', 'certificates')} WHERE number IN (?)`, [[number]])) as unknown as [Row[]];
    return rows[0] ? certificate(rows[0]) : null;
  },
  async certificates({ first }: { first: number }) {
    const [rows] = (await pool.query(`SELECT * FROM ${t('certificates', 'certificates')} ORDER BY issued_on ASC, id ASC LIMIT ?`, [first + 1])) as unknown as [Row[]];
    const page = rows.slice(0, first);
    const [institutions, projects, batches] = await Promise.all([
      byIds(t('institutions', 'institutions'), page.map((r) => r.institution_id)),
      byIds(t('catalog', 'projects'), page.map((r) => r.project_id)),
      byIds(t('exams', 'exam_batches'), page.map((r) => r.exam_batch_id)),
    ]);
    return { nodes: page.map((r) => certificate(r, { institutions, projects, batches })) };
  },
};

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') return void res.end('ok');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
      const body = JSON.stringify(result);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
});
