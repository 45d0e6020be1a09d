import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

/**
 * `docker compose config` needs Docker's compose plugin, which this machine (and CI) does not have, and
 * Debian's `docker-compose` 1.29.2 cannot read this file at all (it rejects the compose specification's
 * top-level `name`). So the file is checked the way `docker compose config` checks it, in two steps:
 *   1. interpolation as compose does it (`${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 *      `${VAR?error}`, `${VAR:+alternative}`, `$VAR`, `$$`), which is where a missing secret stops `up`;
 *   2. validation of the result against the compose specification's JSON schema, as shipped in the npm
 *      package `dclint` (schemas/compose.schema.json, the compose-spec schema), with ajv.
 * What this does not check: anything that needs an engine (images build, ports bind, healthchecks pass).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const require = createRequire(__filename);
const SCHEMA_FILE = path.join(path.dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json');

type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };

/** Compose's interpolation of one string; `missing` collects the `:?`/`?` variables that stop compose. */
export function interpolate(value: string, env: Record<string, string | undefined>, missing: string[]): string {
  return value.replace(/\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^}])*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (whole, dollar, name, op, arg, bare) => {
    if (dollar === '$') return '$';
    if (bare) return env[bare] ?? '';
    const set = env[name] !== undefined;
    const nonEmpty = set && env[name] !== '';
    switch (op) {
      case undefined:
        return env[name] ?? '';
      case ':-':
        return nonEmpty ? env[name]! : arg;
      case '-':
        return set ? env[name]! : arg;
      case ':?':
      case '?':
        if (op === ':?' ? !nonEmpty : !set) {
          missing.push(`${name}${arg ? ` (${arg})` : ''}`);
          return '';
        }
        return env[name]!;
      case ':+':
        return nonEmpty ? arg : '';
      case '+':
        return set ? arg : '';
      default:
        return whole;
    }
  });
}

function interpolateAll(node: Yaml, env: Record<string, string | undefined>, missing: string[]): Yaml {
  if (typeof node === 'string') return interpolate(node, env, missing);
  if (Array.isArray(node)) return node.map((n) => interpolateAll(n, env, missing));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, interpolateAll(v, env, missing)]));
  return node;
}

const ajv = new Ajv({ allErrors: true, strict: false });
// The schema names draft-07 by its https URL, which ajv knows under http: validate against it as draft-07.
const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
delete schema.$schema;
const validateSpec = ajv.compile(schema);

/** What `docker compose config` would refuse: missing required variables, then schema violations. */
export function composeConfig(text: string, env: Record<string, string | undefined>): { missing: string[]; errors: string[]; config: Yaml } {
  const missing: string[] = [];
  const config = interpolateAll(YAML.parse(text, { merge: true }) as Yaml, env, missing);
  const ok = validateSpec(config);
  const errors = ok ? [] : (validateSpec.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
  return { missing, errors, config };
}

const COMPOSE = fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');
/** Every variable the file requires with `:?`, found in the file itself. */
const REQUIRED = [...new Set([...COMPOSE.matchAll(/\$\{([A-Z_]+):\?/g)].map((m) => m[1]))].sort();
const SECRETS = Object.fromEntries(REQUIRED.map((k) => [k, `${k.toLowerCase()}-${'x'.repeat(32)}`]));

describe('docker-compose.yml against the compose specification (as `docker compose config` checks it)', () => {
  it('interpolates with every secret set and validates against the compose-spec schema from npm', () => {
    expect(fs.existsSync(SCHEMA_FILE)).toBe(true);
    const { missing, errors, config } = composeConfig(COMPOSE, { PATH: process.env.PATH, ...SECRETS });
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    const services = (config as { services: Record<string, { environment?: Record<string, string> }> }).services;
    expect(Object.keys(services).sort()).toEqual(['catalog', 'certificates', 'examiners', 'exams', 'gateway', 'institutions', 'mysql']);
    expect(services.gateway.environment?.JWT_SECRET).toBe(SECRETS.JWT_SECRET);
  });

  it('refuses to start while any required secret is unset, naming each', () => {
    expect(REQUIRED).toEqual(expect.arrayContaining(['JWT_SECRET', 'MYSQL_ROOT_PASSWORD', 'GATEWAY_SHARED_SECRET', 'PERSONAL_DATA_KEYS', 'BLIND_INDEX_KEY']));
    for (const name of REQUIRED) {
      const { missing } = composeConfig(COMPOSE, { ...SECRETS, [name]: '' });
      expect(missing.map((m) => m.split(' ')[0])).toContain(name);
    }
  });

  it.each([
    ['a misspelt service key', (c: any) => (c.services.gateway.enviroment = { A: 'b' }), /\/services\/gateway must NOT have additional properties \(enviroment\)/],
    ['an unknown top-level key', (c: any) => (c.servics = {}), /\/ must NOT have additional properties \(servics\)/],
    ['a depends_on condition compose does not know', (c: any) => (c.services.gateway.depends_on.exams.condition = 'service_ready'), /depends_on\/exams\/condition must be equal to one of the allowed values/],
    ['a healthcheck that is not an object', (c: any) => (c.services.mysql.healthcheck = 'mysqladmin ping'), /\/services\/mysql\/healthcheck must be object/],
    ['a named volume that is not a mapping', (c: any) => (c.volumes['mysql-data'] = 'big'), /\/volumes\/mysql-data must be object/],
  ])('fails on an invalid file: %s', (_, mutate, expected) => {
    const document = YAML.parse(COMPOSE, { merge: true });
    mutate(document);
    const { errors } = composeConfig(YAML.stringify(document), SECRETS);
    expect(errors.join('\n')).toMatch(expected);
  });

  it('interpolates as compose does', () => {
    const env = { SET: 'v', EMPTY: '' };
    const run = (s: string) => {
      const missing: string[] = [];
      return [interpolate(s, env, missing), missing.join(',')];
    };
    expect(run('${SET} $SET $$SET ${UNSET}')).toEqual(['v v $SET ', '']);
    expect(run('${EMPTY:-d} ${EMPTY-d} ${UNSET-d} ${SET:+alt} ${EMPTY:+alt} ${EMPTY+alt}')).toEqual(['d  d alt  alt', '']);
    expect(run('${EMPTY:?set EMPTY} ${EMPTY?no} ${UNSET?gone}')).toEqual(['  ', 'EMPTY (set EMPTY),UNSET (gone)']);
  });

  it('also passes `docker compose config` where a Docker compose client is installed', () => {
    const docker = spawnSync('sh', ['-c', 'docker compose version'], { encoding: 'utf8' });
    if (docker.status !== 0) {
      // No compose plugin here (the `docker` client alone cannot run `compose`); the two steps above stand in for it.
      console.warn('no `docker compose` client on this machine: `docker compose config` not run');
      return;
    }
    const ok = spawnSync('docker', ['compose', 'config', '--quiet'], { cwd: ROOT, env: { ...process.env, ...SECRETS }, encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    const missing = spawnSync('docker', ['compose', 'config', '--quiet'], { cwd: ROOT, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect(missing.status).not.toBe(0);
  });
});
