import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError, createProgress, parseArgs, resolveUserFile } from '../src/cli';

const KNOWN = { values: ['batch', 'file'], flags: ['dry-run'] };

describe('command-line arguments', () => {
  it('reads values, flags and positional words, in either --name value or --name=value form', () => {
    const parsed = parseArgs(['candidates', '--batch', 'b1', '--file=x.xlsx', '--dry-run'], KNOWN, 'usage');
    expect(parsed.positional).toEqual(['candidates']);
    expect(Object.fromEntries(parsed.values)).toEqual({ batch: 'b1', file: 'x.xlsx' });
    expect([...parsed.flags]).toEqual(['dry-run']);
  });

  it.each([
    [['--dryrun'], 'unknown option --dryrun'],
    [['--batch'], '--batch needs a value'],
    [['--batch', '--dry-run'], '--batch needs a value'],
    [['--dry-run=yes'], '--dry-run takes no value'],
    [['--batch', 'b', 'stray'], 'unexpected argument "stray"'],
  ])('refuses %j, naming the mistake and showing the usage', (argv, message) => {
    expect(() => parseArgs(argv, KNOWN, 'usage: here')).toThrow(UsageError);
    expect(() => parseArgs(argv, KNOWN, 'usage: here')).toThrow(message);
    expect(() => parseArgs(argv, KNOWN, 'usage: here')).toThrow('usage: here');
  });
});

describe('files as the user typed them', () => {
  it('resolves a relative path from INIT_CWD (where npm was typed), and refuses missing, empty, folder and oversized files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillfed-cli-'));
    const before = process.env.INIT_CWD;
    process.env.INIT_CWD = dir;
    try {
      fs.writeFileSync(path.join(dir, 'list.csv'), 'a,b\n');
      fs.writeFileSync(path.join(dir, 'empty.csv'), '');
      expect(resolveUserFile('list.csv', 100)).toMatchObject({ path: path.join(dir, 'list.csv') });
      expect(resolveUserFile('list.csv', 100).bytes.toString()).toBe('a,b\n');
      expect(() => resolveUserFile('missing.csv', 100)).toThrow(`no such file: ${path.join(dir, 'missing.csv')}`);
      expect(() => resolveUserFile('empty.csv', 100)).toThrow('the file is empty');
      expect(() => resolveUserFile('.', 100)).toThrow('not a file');
      expect(() => resolveUserFile('list.csv', 2)).toThrow('more than the 2 this import takes');
    } finally {
      if (before === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = before;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('progress', () => {
  it('writes plain lines (start and each tenth) when the stream is not a terminal', () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream;
    let text = '';
    (stream as unknown as PassThrough).on('data', (chunk) => (text += String(chunk)));
    const progress = createProgress(stream);
    progress.start('check', 20);
    for (let i = 1; i <= 20; i++) progress.update(i);
    progress.stop();
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('check: 0/20');
    expect(lines.at(-1)).toBe('check: 20/20');
    expect(lines).toHaveLength(11);
  });
});
