import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { supervise } from '../src/supervise';

describe('the npm start supervisor', () => {
  it('restarts a service that exits, and stops it on request', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillfed-supervise-'));
    const starts = path.join(dir, 'starts.log');
    const script = path.join(dir, 'service.js');
    // Crashes on its first two starts (one uncaught error, one abort-like exit), then stays up.
    fs.writeFileSync(
      script,
      `const fs = require('fs'); fs.appendFileSync(${JSON.stringify(starts)}, 'x\\n');
       const n = fs.readFileSync(${JSON.stringify(starts)}, 'utf8').trim().split('\\n').length;
       if (n === 1) throw new Error('boom');
       if (n === 2) process.exit(134);
       setInterval(() => {}, 1000);`,
    );
    const lines: string[] = [];
    const supervisor = supervise(script, [], { minDelayMs: 20, log: (line) => lines.push(line) });
    try {
      const startsSoFar = () => (fs.existsSync(starts) ? fs.readFileSync(starts, 'utf8').trim().split('\n').length : 0);
      for (let i = 0; i < 300 && startsSoFar() < 3; i++) await new Promise((r) => setTimeout(r, 50));
      // The third run stays up: no further restart.
      await new Promise((r) => setTimeout(r, 500));
      expect(supervisor.restarts()).toBe(2);
      expect(fs.readFileSync(starts, 'utf8').trim().split('\n')).toHaveLength(3);
      expect(lines.map((l) => JSON.parse(l).event)).toEqual(['service_exited', 'service_exited']);
      expect(JSON.parse(lines[1]).code).toBe(134);
    } finally {
      await supervisor.stop();
    }
    // Stopped on purpose: not restarted.
    await new Promise((r) => setTimeout(r, 200));
    expect(supervisor.restarts()).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 20_000);
});
