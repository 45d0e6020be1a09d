/**
 * What the command-line tools share: arguments, file paths as the user typed them, and progress.
 * Data goes to stdout; progress and messages to stderr, so `> report.txt` keeps only the data.
 */
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';

/** A mistake in how the command was called or what it was given: printed without a stack, exit code 2. */
export class UsageError extends Error {}

/**
 * `--name value` and `--flag` pairs plus the positional words before them. Unknown options are refused
 * by name, so a typo (`--dryrun`) never silently does the real thing.
 */
export function parseArgs(argv: string[], known: { values: string[]; flags: string[] }, usage: string): { positional: string[]; values: Map<string, string>; flags: Set<string> } {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith('--')) {
      if (values.size || flags.size) throw new UsageError(`unexpected argument "${word}"\n${usage}`);
      positional.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (known.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value\n${usage}`);
      flags.add(name);
    } else if (known.values.includes(name)) {
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value\n${usage}`);
      if (inline === undefined) i++;
      values.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}\n${usage}`);
    }
  }
  return { positional, values, flags };
}

/**
 * A path as the user meant it: npm runs scripts from the package folder but sets INIT_CWD to the
 * directory the command was typed in, so a relative path is taken from there. Refuses what cannot be
 * read, naming the resolved path.
 */
export function resolveUserFile(file: string, maxBytes: number): { path: string; bytes: Buffer } {
  const resolved = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw new UsageError(`no such file: ${resolved}`);
  }
  if (!stat.isFile()) throw new UsageError(`not a file: ${resolved}`);
  if (stat.size === 0) throw new UsageError(`the file is empty: ${resolved}`);
  if (stat.size > maxBytes) throw new UsageError(`the file is ${stat.size} bytes, more than the ${maxBytes} this import takes: ${resolved}`);
  return { path: resolved, bytes: fs.readFileSync(resolved) };
}

export interface Progress {
  /** Starts (or restarts) a phase with its total. */
  start(phase: string, total: number): void;
  /** Sets how far the current phase is. */
  update(done: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr (cli-progress) when stderr is a terminal; otherwise one plain line per
 * phase and per tenth of it, so logs and CI output stay readable.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: '{phase} [{bar}] {value}/{total} ({percentage}%)', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let running = false;
    return {
      start(phase, total) {
        if (running) bar.stop();
        bar.start(total, 0, { phase });
        running = true;
      },
      update(done) {
        bar.update(done);
      },
      stop() {
        if (running) bar.stop();
        running = false;
      },
    };
  }
  let phase = '';
  let total = 0;
  let lastTenth = 0;
  return {
    start(name, count) {
      phase = name;
      total = count;
      lastTenth = 0;
      stream.write(`${phase}: 0/${total}\n`);
    },
    update(done) {
      const tenth = total ? Math.floor((done * 10) / total) : 10;
      if (tenth > lastTenth && done > 0) {
        lastTenth = tenth;
        stream.write(`${phase}: ${done}/${total}\n`);
      }
    },
    stop() {},
  };
}

/** Runs a command's main function: usage mistakes print their message and exit 2, anything else too. */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`${error instanceof UsageError ? '' : 'error: '}${error.message}\n`);
      process.exit(2);
    },
  );
}
