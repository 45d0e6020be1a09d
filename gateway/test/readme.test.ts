import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { testDatabases } from '@skillfed/common/testing';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBanner } from '../src/banner';
import { makeDevToken } from '../src/token';
import { gql, startFederation, type Federation } from './harness';

/**
 * The README's examples, run as written against the demo federation (five subgraphs and the gateway
 * with their demo data, in-process on free ports). The only adaptation is the port: the README says
 * 127.0.0.1:4000, the test's gateway listens elsewhere. Whatever the README says at the time is what
 * runs, so an example that stops working fails here.
 *
 * - every ```graphql block: each operation in it, with a national administrator's token unless the
 *   block names another caller in a comment (`# as: anonymous`, or `(token: npm run token -- <args>)`
 *   as the README writes it); no errors and no null root field allowed;
 * - every shell command of the quick-start ("The two commands" section): the `Try it` block runs in
 *   bash from the repository root; each curl's answer must be GraphQL data without errors. The two
 *   commands themselves are what this test is part of (`npm install`, `npm test`) or what it replaces
 *   in-process (`npm start`), so they are checked for being the root scripts, not run;
 * - the start banner's commands, the same way.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const README_PORT = '127.0.0.1:4000';

function blocks(markdown: string, lang: string): { code: string; line: number }[] {
  const found: { code: string; line: number }[] = [];
  const fence = new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm');
  for (let m = fence.exec(markdown); m; m = fence.exec(markdown)) found.push({ code: m[1], line: markdown.slice(0, m.index).split('\n').length });
  return found;
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 4);
  return markdown.slice(start, end < 0 ? undefined : end);
}

const graphqlExamples = blocks(README, 'graphql').flatMap(({ code, line }) => {
  // A comment in the block names the caller: `# as: anonymous` or `(token: npm run token -- <args>)`.
  const as = /^#\s*as:\s*(.+)$/m.exec(code)?.[1].trim() ?? /token:\s*npm run (?:-s )?token -- ([^)\n]+)/.exec(code)?.[1].trim() ?? 'national-admin';
  return parse(code).definitions.map((definition, i) => ({ name: `README line ${line} #${i + 1}`, query: print(definition), as, definition }));
});

const quickStart = section(README, 'The two commands');
const quickStartShell = blocks(quickStart, 'sh');

async function tokenAs(as: string): Promise<string | undefined> {
  return as === 'anonymous' ? undefined : makeDevToken(as.split(/\s+/), {});
}

/**
 * Runs shell lines in bash from the repository root; every curl's body ends with a newline. Async: the
 * federation answering the curls lives in this process.
 */
function runShell(script: string, port: number): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const adapted = script.replaceAll(README_PORT, `127.0.0.1:${port}`);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-euo', 'pipefail', '-c', `curl() { command curl "$@"; echo; }\n${adapted}`], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function expectGraphQLAnswers(stdout: string, count: number) {
  const answers = stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  expect(answers).toHaveLength(count);
  for (const answer of answers) {
    expect(answer.errors).toBeUndefined();
    expect(Object.values(answer.data ?? {}).length).toBeGreaterThan(0);
    for (const value of Object.values(answer.data)) expect(value).not.toBeNull();
  }
  return answers;
}

describe('README examples against the demo federation', () => {
  const databases: Awaited<ReturnType<typeof testDatabases>> = [];
  let fed: Federation;
  let port: number;

  beforeAll(async () => {
    databases.push(...(await testDatabases()).slice(0, 1));
    fed = await startFederation(databases[0]!);
    port = Number(new URL(fed.url).port);
  });
  afterAll(async () => {
    await fed?.stop();
    await databases[0]?.cleanup();
  });

  it('finds the examples it is meant to run', () => {
    expect(graphqlExamples.length).toBeGreaterThanOrEqual(7);
    expect(quickStartShell.length).toBe(2);
    expect(README).toContain(`http://${README_PORT}/graphql`);
  });

  it.each(graphqlExamples.map((e) => [e.name, e] as const))('%s runs without errors', async (_name, example) => {
    expect(example.definition.kind).toBe(Kind.OPERATION_DEFINITION);
    const { status, body } = await gql(fed.url, example.query, { token: await tokenAs(example.as) });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    for (const [field, value] of Object.entries(body.data ?? {})) expect(value, field).not.toBeNull();
  });

  it('the two commands are the root scripts (npm start runs in-process here; npm test runs this file)', () => {
    const [commands] = quickStartShell;
    const lines = commands.code.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
    expect(lines).toEqual(['npm install && npm start', 'npm install && npm test']);
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.start).toBe('turbo run start');
    expect(scripts.test).toMatch(/^turbo run .*\btest\b/);
  });

  it("runs the quick-start's `Try it` commands in bash, each curl answering data without errors", async () => {
    const [, tryIt] = quickStartShell;
    const curls = (tryIt.code.match(/^curl /gm) ?? []).length;
    expect(curls).toBeGreaterThanOrEqual(2);
    const run = await runShell(tryIt.code, port);
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    expectGraphQLAnswers(run.stdout, curls);
  }, 300_000);

  it("runs the start banner's commands; the token command captures only the token", async () => {
    const banner = startBanner(`http://${README_PORT}/graphql`);
    const commands = banner.split('\n').filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim());
    expect(commands.some((c) => c.startsWith('TOKEN=$(npm run -s token'))).toBe(true);
    const script = `${commands.join('\n')}\nprintf '%s\\n' "$TOKEN" >&2`;
    const run = await runShell(script, port);
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const answers = expectGraphQLAnswers(run.stdout, commands.filter((c) => c.startsWith('curl ')).length);
    // The captured token is one JWT and nothing else (no turbo or npm lines).
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    // The operator's query saw its own province only.
    expect(answers.at(-1).data.institutions.totalCount).toBeGreaterThan(0);
  }, 300_000);
});
