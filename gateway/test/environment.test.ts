import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every variable the README documents must reach every process under `npm start`: turbo passes only
 * the variables globalPassThroughEnv lists (issue 12: DATABASE_PREFIX and HOST were silently dropped).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const turbo = JSON.parse(fs.readFileSync(path.join(ROOT, 'turbo.json'), 'utf8')) as { globalPassThroughEnv: string[] };

/** Variable names in the first column of the README's "## Environment" table. */
function documentedVariables(): string[] {
  const section = readme.split(/^## Environment$/m)[1]?.split(/^## /m)[0] ?? '';
  const names = new Set<string>();
  for (const line of section.split('\n')) {
    if (!line.startsWith('| `')) continue;
    const firstCell = line.split('|')[1];
    for (const match of firstCell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)) names.add(match[1]);
    // "`INSTITUTIONS_URL` … `CERTIFICATES_URL`" stands for the five subgraph URLs.
  }
  return [...names];
}

function passedThrough(name: string): boolean {
  return turbo.globalPassThroughEnv.some((pattern) => new RegExp(`^${pattern.replace(/\*/g, '[A-Z0-9_]*')}$`).test(name));
}

describe('environment variables reach every process under npm start', () => {
  const documented = documentedVariables();

  it('finds the README table', () => {
    expect(documented).toEqual(expect.arrayContaining(['DATABASE_URL', 'DATABASE_PREFIX', 'HOST', 'GATEWAY_SIGNING_KEY', 'GRAPHQL_MAX_DEPTH', 'REDIS_URL']));
  });

  it.each(documented)('turbo.json passes %s through', (name) => {
    expect(passedThrough(name), `${name} is documented in README.md but missing from turbo.json globalPassThroughEnv`).toBe(true);
  });
});
