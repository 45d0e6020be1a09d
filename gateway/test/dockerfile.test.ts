import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '@skillfed/common';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

// No Docker engine runs here: the Dockerfile's stages and the compose file's users are checked for
// the structure that matters, and the Dockerfile's own SERVICE check is executed as written.
const ROOT = path.resolve(__dirname, '..', '..');
const compose = YAML.parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
const services = compose.services as Record<string, any>;

describe('docker-compose.yml: least privilege and required secrets', () => {
  it('creates one database and one user per subgraph, granted only on its own database', () => {
    expect(services.mysql.volumes).toContain('./deploy/mysql-init:/docker-entrypoint-initdb.d:ro');
    const script = fs.readFileSync(path.join(ROOT, 'deploy/mysql-init/10-skillfed-users.sh'), 'utf8');
    expect(script).toContain(`for name in ${SUBGRAPHS.join(' ')}; do`);
    const grant = script.split('\n').find((l) => l.startsWith('GRANT'))!;
    expect(grant).toContain("ON \\`skillfed_${name}\\`.* TO 'skillfed_${name}'@'%'");
    expect(grant).not.toMatch(/\bALL\b|GRANT OPTION|\*\.\*|SUPER|FILE|PROCESS|CREATE USER/);
    for (const [name, service] of Object.entries(services)) {
      if (name !== 'mysql') expect(JSON.stringify(service.environment)).not.toContain('MYSQL_ROOT_PASSWORD');
    }
  });

  it('the user script runs under bash as the mysql image sources it, and refuses a missing password', () => {
    const script = path.join(ROOT, 'deploy/mysql-init/10-skillfed-users.sh');
    const passwords = Object.fromEntries(SUBGRAPHS.map((n) => [`${n.toUpperCase()}_DB_PASSWORD`, n === 'exams' ? "it's" : 'p']));
    // docker_process_sql is the entrypoint's helper; here it records the SQL it is given.
    const harness = `docker_process_sql() { cat; }; source ${JSON.stringify(script)}`;
    const ok = spawnSync('bash', ['-c', harness], { env: { PATH: process.env.PATH, ...passwords }, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    for (const name of SUBGRAPHS) expect(ok.stdout).toContain(`CREATE USER IF NOT EXISTS 'skillfed_${name}'@'%'`);
    expect(ok.stdout).toContain("IDENTIFIED BY 'it''s'");
    const missing = spawnSync('bash', ['-c', harness], { env: { PATH: process.env.PATH, ...passwords, CATALOG_DB_PASSWORD: '' }, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('CATALOG_DB_PASSWORD is not set');
  });
  // `docker compose config` and the compose specification's schema: compose-spec.test.ts.
});

describe('Dockerfile', () => {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  // Instructions with continuation lines joined and comments dropped, grouped by stage.
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: Record<string, string[]> = {};
  let current = '';
  for (const line of instructions) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages[(current = from[2] ?? from[1])] = [];
    if (current) stages[current].push(line);
  }
  const checkCommand = stages.build.find((l) => l.startsWith('RUN case'))!.replace(/^RUN /, '');

  it('has a build stage and a slim runtime stage', () => {
    expect(Object.keys(stages)).toEqual(['build', 'runtime']);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(stages.runtime[0]).toBe('FROM ${NODE_IMAGE} AS runtime');
    // The check is the build stage's first step, before anything is installed.
    expect(stages.build.slice(0, 3)).toEqual(['FROM ${NODE_IMAGE} AS build', 'ARG SERVICE', stages.build[2]]);
    expect(stages.build[2]).toBe(`RUN ${checkCommand}`);
  });

  it.each(['gateway', ...SUBGRAPHS.map((n) => `subgraphs/${n}`)])('accepts SERVICE=%s, a workspace with a main.ts', (service) => {
    expect(fs.existsSync(path.join(ROOT, service, 'src', 'main.ts'))).toBe(true);
    expect(spawnSync('sh', ['-c', checkCommand], { env: { SERVICE: service } }).status).toBe(0);
  });

  it.each(['', 'subgraphs', 'subgraphs/../gateway', 'packages/common', 'everything'])('refuses SERVICE=%j', (service) => {
    const run = spawnSync('sh', ['-c', checkCommand], { env: { SERVICE: service }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--build-arg SERVICE=gateway');
  });

  it('installs with npm ci only, builds only the service with its dependencies, keeps only production dependencies', () => {
    const runs = stages.build.filter((l) => l.startsWith('RUN')).join('\n');
    expect(dockerfile).not.toContain('npm install');
    expect(runs).toContain('npm ci --no-audit --no-fund');
    expect(runs).toContain(`npx turbo run build --filter="$(node -p "require('./\${SERVICE}/package.json').name")..."`);
    expect(runs).toContain('npm ci --omit=dev --workspace="${SERVICE}"');
  });

  it('runs as the unprivileged node user with only the assembled service in the image', () => {
    const runtime = stages.runtime;
    expect(runtime.filter((l) => l.startsWith('COPY'))).toEqual(['COPY --from=build --chown=root:root /out /app']);
    expect(runtime).toContain('USER node');
    expect(runtime.indexOf('USER node')).toBeGreaterThan(runtime.findIndex((l) => l.startsWith('COPY')));
    expect(runtime.join('\n')).toContain('NODE_ENV=production');
    expect(runtime.at(-1)).toContain('$SERVICE_DIR/dist/main.js');
  });

  it('assembles each linked workspace from its package.json, dist and checked-in schema only', () => {
    // Runs the assembly loop of the build stage against a miniature /app to see what lands in /out.
    const assemble = stages.build.find((l) => l.includes('for link in node_modules/@skillfed/*'))!;
    const loop = assemble.slice(assemble.indexOf('for link'));
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skillfed-docker-'));
    try {
      const app = path.join(tmp, 'app');
      for (const dir of ['gateway/dist', 'gateway/src', 'gateway/test', 'packages/common/dist', 'packages/common/src', 'node_modules/@skillfed']) fs.mkdirSync(path.join(app, dir), { recursive: true });
      for (const file of ['gateway/package.json', 'gateway/dist/main.js', 'gateway/src/main.ts', 'gateway/supergraph.graphql', 'packages/common/package.json', 'packages/common/dist/index.js', 'packages/common/src/index.ts']) fs.writeFileSync(path.join(app, file), '');
      fs.symlinkSync('../../gateway', path.join(app, 'node_modules/@skillfed/gateway'));
      fs.symlinkSync('../../packages/common', path.join(app, 'node_modules/@skillfed/common'));
      const script = loop.replaceAll('/app/', `${app}/`).replaceAll('/out', path.join(tmp, 'out'));
      const run = spawnSync('sh', ['-c', script], { cwd: app, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const listed = spawnSync('find', ['.', '-type', 'f'], { cwd: path.join(tmp, 'out'), encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort();
      expect(listed).toEqual(['./gateway/dist/main.js', './gateway/package.json', './gateway/supergraph.graphql', './packages/common/dist/index.js', './packages/common/package.json']);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('keeps modules, build output, turbo cache and local databases out of the build context', () => {
    const ignored = fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
    for (const entry of ['**/node_modules', '**/dist', '**/.turbo', '.turbo', 'data', '**/*.sqlite', '.git']) expect(ignored).toContain(entry);
  });
});
