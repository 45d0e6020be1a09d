import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listProvinces } from '../src';

/**
 * Province differences live in province-rules; subgraphs call rules and hooks generically. This test
 * fails when a subgraph's source (or the shared kit) names a registered province code, or imports a
 * province-specific export (liaoningX, SHANDONG_Y …) instead of a generic hook. Seed and demo data
 * files are exempt: they are data, written for particular provinces on purpose.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const EXEMPT = new Set(['seed.ts', 'demo.ts']);
const PROVINCE_WORDS = /liaoning|shandong|shaoguan|guangdong|jiangsu/i;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !EXEMPT.has(entry.name) ? [full] : [];
  });
}

/** Every place `text` names a province code as a word, or imports a province-specific rule export. */
export function provinceMentions(text: string, codes: string[]): string[] {
  const found: string[] = [];
  for (const code of codes) if (new RegExp(`\\b${code}\\b`).test(text)) found.push(code);
  for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@skillfed\/province-rules'/g)) {
    for (const name of m[1].split(',').map((n) => n.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0].trim())) if (PROVINCE_WORDS.test(name)) found.push(name);
  }
  return found;
}

const codes = listProvinces().map((p) => p.identity.code);
const roots = [...fs.readdirSync(path.join(ROOT, 'subgraphs')).map((name) => path.join(ROOT, 'subgraphs', name, 'src')), path.join(ROOT, 'packages', 'common', 'src')];
const files = roots.flatMap(sourceFiles);

describe('no province-specific branch outside province-rules', () => {
  it('finds what it looks for (so it can fail)', () => {
    expect(provinceMentions("if (batch.province === 'LIAONING') {}", codes)).toEqual(['LIAONING']);
    expect(provinceMentions("import { shaoguanSiteRefusal, trackRules } from '@skillfed/province-rules';", codes)).toEqual(['shaoguanSiteRefusal']);
    expect(provinceMentions("const code = 'LIAONING_SPECIAL_X'; // 辽宁", codes)).toEqual([]);
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s names no province', (_name, file) => {
    expect(provinceMentions(fs.readFileSync(file, 'utf8'), codes)).toEqual([]);
  });
});
