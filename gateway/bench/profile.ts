import fs from 'node:fs';

/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per package, so a
 * benchmark run says where the gateway's CPU per request goes. Usable alone:
 * `node dist-bench/bench/profile.js <file.cpuprofile>`.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function packageOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  if (url.startsWith('node:')) return url;
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (/\/packages\/common\//.test(url)) return '@skillfed/common';
  if (/\/gateway\//.test(url)) return '@skillfed/gateway';
  return url.replace(/^file:\/\//, '');
}

export function summariseProfile(file: string, top = 25) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  let idle = 0;
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') {
      idle += us;
      continue;
    }
    total += us;
    const key = `${name} ${packageOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const p = name === '(garbage collector)' ? '(garbage collector)' : packageOf(node.callFrame.url);
    pkg.set(p, (pkg.get(p) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: Math.round((us / Math.max(total, 1)) * 1000) / 10 }));
  return { busyMs: Math.round(total / 1000), idleMs: Math.round(idle / 1000), byPackage: rank(pkg), byFunction: rank(fn) };
}

if (require.main === module) {
  const summary = summariseProfile(process.argv[2], Number(process.argv[3] ?? 30));
  process.stdout.write(`busy ${summary.busyMs} ms, idle ${summary.idleMs} ms\n\nby package:\n`);
  for (const p of summary.byPackage) process.stdout.write(`  ${String(p.share).padStart(5)}%  ${p.ms} ms  ${p.name}\n`);
  process.stdout.write('\nby function (self time):\n');
  for (const f of summary.byFunction) process.stdout.write(`  ${String(f.share).padStart(5)}%  ${f.ms} ms  ${f.name}\n`);
}
