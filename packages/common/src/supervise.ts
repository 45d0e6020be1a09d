import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `node supervise.js <entry.js> [args…]`: runs one service and restarts it whenever it exits, so under
 * `npm start` one crashed subgraph (a V8 abort, an uncaught error) comes back instead of taking the
 * federation down with it. Back-off doubles from SUPERVISE_MIN_DELAY_MS (500 ms) to 30 s while the
 * service keeps dying within a minute of starting, and resets once it has run for a minute. Ctrl-C /
 * SIGTERM are passed on and stop the supervisor once the service has exited. Docker deployments use
 * `restart: unless-stopped` instead (docker-compose.yml).
 */
export interface SuperviseOptions {
  minDelayMs?: number;
  maxDelayMs?: number;
  /** How long a run must last for the back-off to reset. */
  stableAfterMs?: number;
  log?: (line: string) => void;
  spawnChild?: () => ChildProcess;
}

export interface Supervisor {
  restarts(): number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function supervise(entry: string, args: string[], options: SuperviseOptions = {}): Supervisor {
  const minDelay = options.minDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const stableAfter = options.stableAfterMs ?? 60_000;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let child: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let delay = minDelay;
  let timer: NodeJS.Timeout | undefined;
  let exited: Promise<void> = Promise.resolve();

  const start = () => {
    const startedAt = Date.now();
    child = options.spawnChild ? options.spawnChild() : spawn(process.execPath, [entry, ...args], { stdio: 'inherit', env: process.env });
    exited = new Promise<void>((resolve) => {
      child!.once('exit', (code, signal) => {
        resolve();
        if (stopping) return;
        if (Date.now() - startedAt >= stableAfter) delay = minDelay;
        log(JSON.stringify({ time: new Date().toISOString(), level: 'error', service: 'supervisor', event: 'service_exited', entry, code, signal, restartInMs: delay }));
        timer = setTimeout(() => {
          restarts++;
          start();
        }, delay);
        delay = Math.min(delay * 2, maxDelay);
      });
    });
  };
  start();

  return {
    restarts: () => restarts,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      stopping = true;
      if (timer) clearTimeout(timer);
      if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

if (require.main === module) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    process.stderr.write('usage: node supervise.js <entry.js> [args…]\n');
    process.exit(2);
  }
  const supervisor = supervise(entry, args, { minDelayMs: Number(process.env.SUPERVISE_MIN_DELAY_MS) || 500 });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => supervisor.stop(signal).then(() => process.exit(0)));
  }
}
