import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Structured JSON logs on stderr. Fields are identifiers, codes and counts only: personal data (ID
 * numbers, names, phones) must never reach a log line, so SQL parameters are never logged.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** Where log lines go; tests replace it to capture and grep them. */
export let logSink: (line: string) => void = (line) => process.stderr.write(line + '\n');
export function setLogSink(sink: (line: string) => void): void {
  logSink = sink;
}

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? 'info') as LogLevel;
  return ORDER[level] ?? ORDER.info;
}

export function createLogger(service: string): Logger {
  const write = (level: LogLevel) => (event: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[level] < threshold()) return;
    logSink(JSON.stringify({ time: new Date().toISOString(), level, service, event, ...fields }));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** Counts SQL statements (the batching tests assert on it) and logs them without parameters. */
export class CountingTypeOrmLogger implements TypeOrmLogger {
  queryCount = 0;
  constructor(private readonly logger: Logger) {}

  logQuery(query: string): void {
    this.queryCount++;
    this.logger.debug('sql', { sql: query.slice(0, 500) });
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error('sql_error', { error: error instanceof Error ? error.message : error, sql: query.slice(0, 500) });
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn('sql_slow', { ms: time, sql: query.slice(0, 500) });
  }
  logSchemaBuild(message: string): void {
    this.logger.debug('schema', { message });
  }
  logMigration(message: string): void {
    this.logger.info('migration', { message });
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.logger[level === 'warn' ? 'warn' : 'debug']('typeorm', { message: String(message) });
  }
}
