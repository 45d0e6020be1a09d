import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CALLER_HEADER, CallerAssertionSigner, GATEWAY_SECRET_HEADER, SUBGRAPHS, parseGatewaySigningKey, type SubgraphName } from '@skillfed/common';
import autocannon from 'autocannon';
import { makeDevToken } from '../src/token';
import { certificateNumber, ensureDataset, type DatasetInfo } from './dataset';
import { summariseProfile } from './profile';
import { EXTRA_SCENARIOS, type BenchContext } from './scenarios';

/**
 * `npm run bench -- --scale N`: builds or reuses a deterministic data set in MySQL/MariaDB, starts the
 * five subgraphs, the gateway and the bare reference server as separate processes on free ports, and
 * loads them with autocannon, alternating gateway / certificates subgraph directly / bare in one run.
 * Prints a table and JSON (rps, p50, p99, ratios, CPU ms per request per process, peak RSS) and saves
 * the JSON under bench/results/. Nothing here is asserted: targets are printed with their values.
 */
const GATEWAY_DIR = path.resolve(__dirname, '..', '..');
const ROOT = path.resolve(GATEWAY_DIR, '..');

interface Options {
  scale: number;
  duration: number;
  rounds: number;
  warmup: number;
  connections: number;
  rebuild: boolean;
  candidates: boolean;
  mysqlUrl: string;
  prefix: string;
  only: string[];
  cpuProf: boolean;
  /** Also profile the five subgraphs (`--cpu-prof-subgraphs`): profiles stay in the log folder. */
  cpuProfSubgraphs: boolean;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (name: string, fallback: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
    return n;
  };
  const scale = int('scale', 100_000);
  const big = scale >= 1_000_000;
  return {
    scale,
    duration: int('duration', big ? 10 : 4),
    rounds: int('rounds', big ? 2 : 1),
    warmup: int('warmup', big ? 4 : 2),
    connections: int('connections', 32),
    rebuild: argv.includes('--rebuild'),
    candidates: !argv.includes('--no-candidates'),
    mysqlUrl: value('mysql') ?? process.env.BENCH_MYSQL_URL ?? process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306',
    prefix: value('prefix') ?? `skillfed_bench${scale}_`,
    only: (value('only') ?? 'P1,P2,P3,P4,P5').split(','),
    cpuProf: argv.includes('--cpu-prof'),
    cpuProfSubgraphs: argv.includes('--cpu-prof-subgraphs'),
    out: value('out') ?? path.join(GATEWAY_DIR, 'bench', 'results', `scale-${scale}.json`),
  };
}

const say = (line: string) => process.stdout.write(line + '\n');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) and peak resident memory of a process, from /proc (Linux). */
function procStats(pid: number): { cpuMs: number; peakRssMb: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+)/.exec(status);
    return { cpuMs, peakRssMb: hwm ? Number(hwm[1]) / 1024 : 0 };
  } catch {
    return null;
  }
}

function findMariadbPid(): number | null {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (comm === 'mariadbd' || comm === 'mysqld') return Number(entry);
    } catch {
      // gone
    }
  }
  return null;
}

interface Proc {
  name: string;
  child: ChildProcess;
  url: string;
  logFile: string;
}

async function waitHealthy(proc: Proc, healthUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) break;
    try {
      const response = await fetch(healthUrl, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const tail = fs.existsSync(proc.logFile) ? fs.readFileSync(proc.logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
  throw new Error(`${proc.name} did not become healthy (exit code ${proc.child.exitCode}); log ${proc.logFile}:\n${tail}`);
}

function start(name: string, script: string, env: NodeJS.ProcessEnv, logDir: string, nodeArgs: string[] = []): Omit<Proc, 'url'> {
  const logFile = path.join(logDir, `${name}.log`);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeArgs, script], { env, stdio: ['ignore', out, out] });
  return { name, child, logFile };
}

interface Target {
  name: 'gateway' | 'direct' | 'bare';
  url: string;
  headers: Record<string, string>;
  /** Re-signs short-lived headers (the caller assertion lives 30 s) before each run. */
  refresh?: () => Promise<void>;
}

interface Scenario {
  id: 'P1' | 'P2';
  title: string;
  /** Query per target (the certificates subgraph alone cannot resolve the other subgraphs' fields). */
  query(target: Target['name']): string;
  variables(i: number): Record<string, unknown> | undefined;
  check(body: any): string | null;
}

interface RoundResult {
  scenario: string;
  target: string;
  round: number;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  cpuMs: Record<string, number>;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  say(`skillfed bench — scale ${options.scale.toLocaleString('en')}, ${options.connections} connections, ${options.rounds} round(s) of ${options.duration} s per target, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'})`);
  const dataset: DatasetInfo = await ensureDataset({ mysqlUrl: options.mysqlUrl, prefix: options.prefix, scale: options.scale, rebuild: options.rebuild, candidates: options.candidates, say });

  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillfed-bench-'));
  const secret = crypto.randomBytes(24).toString('hex');
  const ports = Object.fromEntries(await Promise.all([...SUBGRAPHS, 'gateway', 'bare'].map(async (n) => [n, await freePort()] as const))) as Record<SubgraphName | 'gateway' | 'bare', number>;
  const urls = Object.fromEntries(SUBGRAPHS.map((n) => [n, `http://127.0.0.1:${ports[n]}/graphql`])) as Record<SubgraphName, string>;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.mysqlUrl,
    DATABASE_PREFIX: options.prefix,
    DEMO_SEED: 'false',
    HOST: '127.0.0.1',
    GATEWAY_SHARED_SECRET: secret,
    // The load tool is one anonymous client address: the per-address limit would measure itself.
    RATE_LIMIT_ANONYMOUS: 'off',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(SUBGRAPHS.flatMap((n) => [[`${n.toUpperCase()}_PORT`, String(ports[n])], [`${n.toUpperCase()}_URL`, urls[n]]])),
  };
  const procs: Proc[] = [];
  const stopAll = async () => {
    for (const p of procs.reverse()) {
      if (p.child.exitCode === null) {
        p.child.kill('SIGTERM');
        await new Promise((r) => {
          const timer = setTimeout(() => {
            p.child.kill('SIGKILL');
            r(null);
          }, 10_000);
          p.child.once('exit', () => {
            clearTimeout(timer);
            r(null);
          });
        });
      }
    }
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

  const results: RoundResult[] = [];
  let peakRss: Record<string, number> = {};
  const extras: Record<string, unknown> = {};
  try {
    const profDir = path.join(logDir, 'profiles');
    for (const name of SUBGRAPHS) {
      const profArgs = options.cpuProfSubgraphs ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
      const proc = { ...start(name, path.join(ROOT, 'subgraphs', name, 'dist', 'main.js'), env, logDir, profArgs), url: urls[name] };
      procs.push(proc);
    }
    for (const proc of [...procs]) await waitHealthy(proc, proc.url.replace(/\/graphql$/, '/health'), 300_000);
    const gateway = { ...start('gateway', path.join(GATEWAY_DIR, 'dist', 'main.js'), env, logDir, options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), url: `http://127.0.0.1:${ports.gateway}/graphql` };
    procs.push(gateway);
    await waitHealthy(gateway, gateway.url.replace(/\/graphql$/, '/health'), 300_000);
    const bare = {
      ...start('bare', path.join(__dirname, 'bare-server.js'), { ...env, BENCH_MYSQL_URL: options.mysqlUrl, BENCH_PREFIX: options.prefix, BENCH_PORT: String(ports.bare) }, logDir),
      url: `http://127.0.0.1:${ports.bare}/graphql`,
    };
    procs.push(bare);
    await waitHealthy(bare, bare.url.replace(/\/graphql$/, '/health'), 120_000);
    say(`processes: ${procs.map((p) => `${p.name} pid ${p.child.pid}`).join(', ')}; logs in ${logDir}`);

    // Certificates are listed and looked up by number for signed-in operators only (issue 10; the public
    // verifies with number and name): the gateway and direct targets call as a national administrator.
    // Asked directly, the certificates subgraph wants what the gateway sends: the secret and a caller
    // assertion signed with the gateway's key for "certificates" (30 s; re-signed before every run).
    const signer = await CallerAssertionSigner.gateway(parseGatewaySigningKey(env));
    const benchCaller = { subject: 'bench', role: 'NATIONAL_ADMIN', provinces: [] } as const;
    const direct: Target = { name: 'direct', url: urls.certificates, headers: { [GATEWAY_SECRET_HEADER]: secret } };
    direct.refresh = async () => {
      direct.headers[CALLER_HEADER] = await signer.sign({ ...benchCaller, provinces: [] }, 'certificates');
    };
    const adminToken = await makeDevToken(['national-admin'], {});
    const targets: Target[] = [
      { name: 'gateway', url: gateway.url, headers: { authorization: `Bearer ${adminToken}` } },
      direct,
      { name: 'bare', url: bare.url, headers: {} },
    ];
    // Look-ups spread over the whole table, the same deterministic sequence for every target.
    let seed = 12345;
    const nextNumber = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return certificateNumber(seed % options.scale);
    };
    const allScenarios: Scenario[] = [
      {
        id: 'P1',
        title: 'certificate look-up by number',
        query: () => 'query Lookup($n: String!) { certificate(number: $n) { id number province issuedOn } }',
        variables: () => ({ n: nextNumber() }),
        check: (body: any) => (body?.data?.certificate?.number ? null : `unexpected answer ${JSON.stringify(body).slice(0, 300)}`),
      },
      {
        id: 'P2',
        title: '100 certificates with institution, project and exam',
        query: (target) =>
          target === 'direct'
            ? '{ certificates(first: 100) { nodes { number issuedOn institution { id } project { id } exam { id } } } }'
            : '{ certificates(first: 100) { nodes { number issuedOn institution { name } project { name } exam { startDate } } } }',
        variables: () => undefined,
        check: (body) => {
          const nodes = body?.data?.certificates?.nodes;
          if (!Array.isArray(nodes) || nodes.length !== Math.min(100, options.scale)) return `expected 100 nodes: ${JSON.stringify(body).slice(0, 300)}`;
          if (body.errors) return `errors: ${JSON.stringify(body.errors).slice(0, 300)}`;
          return nodes.every((n: any) => n.institution && n.project && n.exam) ? null : 'a reference is null';
        },
      },
    ];
    const scenarios = allScenarios.filter((s) => options.only.includes(s.id));

    const watched = () => {
      const list: { name: string; pid: number }[] = procs.map((p) => ({ name: p.name, pid: p.child.pid! }));
      const db = findMariadbPid();
      if (db) list.push({ name: 'mariadb', pid: db });
      return list;
    };
    const cpuNow = () => {
      const snapshot: Record<string, number> = {};
      for (const { name, pid } of watched()) snapshot[name] = procStats(pid)?.cpuMs ?? 0;
      const self = process.cpuUsage();
      snapshot['load tool'] = (self.user + self.system) / 1000;
      return snapshot;
    };

    const post = async (target: Target, body: string) => {
      await target.refresh?.();
      const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body });
      return response.json();
    };
    const load = async (scenario: Scenario, target: Target, seconds: number) => {
      await target.refresh?.();
      const query = scenario.query(target.name);
      return autocannon({
        url: target.url,
        connections: options.connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...target.headers },
            setupRequest: (request: any) => ({ ...request, body: JSON.stringify({ query, variables: scenario.variables(0) }) }),
          },
        ],
      } as never);
    };

    for (const scenario of scenarios) {
      for (const target of targets) {
        const problem = scenario.check(await post(target, JSON.stringify({ query: scenario.query(target.name), variables: scenario.variables(0) })));
        if (problem) throw new Error(`${scenario.id} via ${target.name}: ${problem}`);
        await load(scenario, target, options.warmup);
      }
    }
    for (let round = 0; round < options.rounds; round++) {
      for (const scenario of scenarios) {
        // Rotate the order each round so no target always runs first (or right after another's load).
        const order = targets.map((_, i) => targets[(i + round) % targets.length]);
        for (const target of order) {
          const before = cpuNow();
          const t0 = process.hrtime.bigint();
          const result: any = await load(scenario, target, options.duration);
          const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
          const after = cpuNow();
          const requests = result.requests.total;
          const cpuMs = Object.fromEntries(Object.keys(after).map((k) => [k, requests ? (after[k] - (before[k] ?? 0)) / requests : 0]));
          const row: RoundResult = { scenario: scenario.id, target: target.name, round, requests, seconds, rps: requests / seconds, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts, cpuMs };
          results.push(row);
          say(`  ${scenario.id} ${target.name.padEnd(7)} round ${round + 1}: ${Math.round(row.rps)} rps, p50 ${row.p50} ms, p99 ${row.p99} ms${row.non2xx || row.errors ? `, ${row.non2xx} non-2xx, ${row.errors} errors` : ''}`);
          const problem = scenario.check(await post(target, JSON.stringify({ query: scenario.query(target.name), variables: scenario.variables(0) })));
          if (problem) throw new Error(`${scenario.id} via ${target.name} after load: ${problem}`);
        }
      }
    }

    const ctx: BenchContext = {
      scale: options.scale,
      gatewayUrl: gateway.url,
      subgraphUrls: urls,
      token: (kind, province) => makeDevToken([kind, ...(province ? [province] : [])], {}),
      tokenFor: (args) => makeDevToken(args, {}),
      mysqlUrl: options.mysqlUrl,
      prefix: options.prefix,
      request: async (query, variables, token) => {
        const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
        return response.json() as never;
      },
      say,
    };
    for (const extra of EXTRA_SCENARIOS.filter((s) => options.only.includes(s.id))) {
      try {
        extras[extra.id] = extra.measure ? { title: extra.title, target: extra.target, ...(await extra.measure(ctx)) } : { title: extra.title, target: extra.target, notMeasured: extra.notMeasured };
      } catch (error) {
        // One scenario failing must not lose the others' figures: report it as not measured, with why.
        extras[extra.id] = { title: extra.title, target: extra.target, notMeasured: `failed: ${(error as Error).message.slice(0, 200)}` };
      }
    }
    peakRss = Object.fromEntries(watched().map(({ name, pid }) => [name, Math.round(procStats(pid)?.peakRssMb ?? 0)]));
    peakRss['load tool'] = Math.round(process.resourceUsage().maxRSS / 1024);
  } finally {
    await stopAll();
  }

  let profile: unknown = undefined;
  if (options.cpuProf) {
    const dir = path.join(logDir, 'profiles');
    // The gateway's profile keeps node's default name (CPU.<date>…); the subgraphs' are named after them.
    const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith('CPU.') && f.endsWith('.cpuprofile')) : undefined;
    if (file) {
      profile = summariseProfile(path.join(dir, file), 25);
      say(`gateway CPU profile: ${path.join(dir, file)}`);
    }
  }
  if (options.cpuProfSubgraphs) say(`subgraph CPU profiles: ${path.join(logDir, 'profiles')} (summarise one with: node gateway/dist-bench/bench/profile.js <file>)`);
  const report = buildReport(options, dataset, results, peakRss, extras, startedAt, profile);
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(options.out, JSON.stringify(report, null, 2) + '\n');
  say('');
  say(report.table);
  say('');
  say(`JSON (also in ${path.relative(process.cwd(), options.out)}):`);
  const { table: _table, ...json } = report;
  say(JSON.stringify(json));
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function buildReport(options: Options, dataset: DatasetInfo, rounds: RoundResult[], peakRss: Record<string, number>, extras: Record<string, any>, startedAt: Date, profile: unknown) {
  const summary: Record<string, Record<string, { rps: number; p50: number; p99: number; requests: number; non2xx: number; errors: number; cpuMsPerRequest: Record<string, number> }>> = {};
  for (const r of rounds) {
    summary[r.scenario] ??= {};
    const rows = rounds.filter((x) => x.scenario === r.scenario && x.target === r.target);
    const requests = rows.reduce((a, x) => a + x.requests, 0);
    const cpu: Record<string, number> = {};
    for (const x of rows) for (const [k, v] of Object.entries(x.cpuMs)) cpu[k] = (cpu[k] ?? 0) + v * x.requests;
    summary[r.scenario][r.target] = {
      rps: Math.round(requests / rows.reduce((a, x) => a + x.seconds, 0)),
      p50: Math.round(mean(rows.map((x) => x.p50)) * 10) / 10,
      p99: Math.round(mean(rows.map((x) => x.p99)) * 10) / 10,
      requests,
      non2xx: rows.reduce((a, x) => a + x.non2xx, 0),
      errors: rows.reduce((a, x) => a + x.errors, 0),
      cpuMsPerRequest: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, Math.round((v / Math.max(requests, 1)) * 1000) / 1000]).filter(([, v]) => (v as number) > 0.001)),
    };
  }
  const ratio = (a?: number, b?: number) => (a && b ? Math.round((a / b) * 100) / 100 : null);
  const P1 = summary.P1 ?? {};
  const P2 = summary.P2 ?? {};
  let p2At1M: number | null = null;
  if (options.scale >= 10_000_000) {
    const previous = path.join(path.dirname(options.out), 'scale-1000000.json');
    if (fs.existsSync(previous)) p2At1M = JSON.parse(fs.readFileSync(previous, 'utf8')).summary?.P2?.gateway?.p99 ?? null;
  }
  const targets = [
    { id: 'P1', what: 'gateway rps / direct rps', value: ratio(P1.gateway?.rps, P1.direct?.rps), target: '≥ 0.5', holds: (v: number) => v >= 0.5 },
    { id: 'P1', what: 'gateway rps / bare rps', value: ratio(P1.gateway?.rps, P1.bare?.rps), target: '≥ 0.25', holds: (v: number) => v >= 0.25 },
    { id: 'P1', what: 'gateway p99 / bare p99', value: ratio(P1.gateway?.p99, P1.bare?.p99), target: '≤ 2', holds: (v: number) => v <= 2 },
    { id: 'P2', what: 'gateway p99 / P1 gateway p99', value: ratio(P2.gateway?.p99, P1.gateway?.p99), target: '≤ 3', holds: (v: number) => v <= 3 },
    {
      id: 'P2',
      what: 'gateway p99 at 10 M / at 1 M',
      value: p2At1M ? ratio(P2.gateway?.p99, p2At1M) : null,
      target: '≤ 1.5',
      holds: (v: number) => v <= 1.5,
      missing: options.scale >= 10_000_000 ? 'no results/scale-1000000.json to compare with' : 'only at --scale 10000000 (compares with the 1 M run)',
    },
  ].map((t) => ({ id: t.id, what: t.what, value: t.value, target: t.target, holds: t.value === null ? null : t.holds(t.value), note: t.value === null ? (t as { missing?: string }).missing ?? 'not measured' : undefined }));

  const machine = {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
  const lines: string[] = [];
  lines.push(`skillfed bench ${startedAt.toISOString()} — ${machine.cpus} CPUs ${machine.model}, ${machine.memoryGb} GB, node ${machine.node}`);
  lines.push(`data set: ${dataset.scale.toLocaleString('en')} certificates${dataset.candidates ? ' and candidates' : ' (no candidates)'} (${dataset.rows.toLocaleString('en')} rows, ${dataset.reused ? 'reused; ' : ''}built at ${dataset.rowsPerSecond.toLocaleString('en')} rows/s); ${options.connections} connections, ${options.rounds} × ${options.duration} s per target, alternating`);
  const processes = [...new Set(Object.values(summary).flatMap((s) => Object.values(s).flatMap((t) => Object.keys(t.cpuMsPerRequest))))];
  const header = ['scenario', 'target', 'rps', 'p50 ms', 'p99 ms', ...processes.map((p) => `cpu ${p}`)];
  const body: string[][] = [];
  for (const [scenario, byTarget] of Object.entries(summary)) {
    for (const [target, s] of Object.entries(byTarget)) {
      body.push([scenario, target + (s.non2xx || s.errors ? ` (${s.non2xx} non-2xx, ${s.errors} errors)` : ''), String(s.rps), String(s.p50), String(s.p99), ...processes.map((p) => (s.cpuMsPerRequest[p] ? s.cpuMsPerRequest[p].toFixed(2) : '-'))]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const fmt = (row: string[]) => '| ' + row.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  lines.push('', '(cpu = CPU ms per request of each process)', fmt(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(fmt));
  lines.push('', 'targets:');
  for (const t of targets) lines.push(`  ${t.id} ${t.what}: ${t.value ?? 'n/a'} (target ${t.target})${t.holds === null ? ` — not measured: ${t.note}` : t.holds ? ' holds' : ' DOES NOT HOLD'}`);
  for (const [id, extra] of Object.entries(extras)) {
    lines.push(`  ${id} ${extra.title}: ${extra.notMeasured ? `not measured: ${extra.notMeasured}` : `${extra.measured} (target ${extra.target})${extra.holds ? ' holds' : ' DOES NOT HOLD'}`}`);
  }
  lines.push('', `peak RSS MB: ${Object.entries(peakRss).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return {
    date: startedAt.toISOString(),
    machine,
    options: { scale: options.scale, connections: options.connections, rounds: options.rounds, duration: options.duration, warmup: options.warmup },
    dataset,
    summary,
    targets,
    extras,
    peakRssMb: peakRss,
    rounds,
    profile,
    table: lines.join('\n'),
  };
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
