#!/usr/bin/env node
// `npm run import -- <what> [options]`: one entry point for the imports, each run by its subgraph's own
// command (built by the npm script first). npm keeps INIT_CWD = the directory the command was typed in,
// so the commands resolve a relative --file from there.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const commands = {
  candidates: ['subgraphs/exams/dist/import/cli.js', "a draft exam batch's candidates from CSV (UTF-8/GBK) or XLSX"],
  catalog: ['subgraphs/catalog/dist/import/cli.js', "a province's catalog projects or the occupations, from CSV, JSON or XLSX"],
};
const [what, ...rest] = process.argv.slice(2);
const usage = `usage: npm run import -- <${Object.keys(commands).join('|')}> [options] (--help for each)\n${Object.entries(commands).map(([name, [, text]]) => `  ${name.padEnd(11)} ${text}`).join('\n')}`;
if (!what || what === '--help' || what === '-h') {
  process.stderr.write(`${usage}\n`);
  process.exit(what ? 0 : 2);
}
const command = commands[what];
if (!command) {
  process.stderr.write(`unknown import "${what}"\n${usage}\n`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [path.join(root, command[0]), ...rest], { stdio: 'inherit', env: { ...process.env, INIT_CWD: process.env.INIT_CWD ?? process.cwd() } });
process.exit(result.status ?? 1);
