import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express, NextFunction, Request, Response } from 'express';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface ListenOptions {
  /**
   * How long an idle kept-alive connection stays open (HTTP_KEEP_ALIVE_TIMEOUT_MS, default 65 s). It
   * must outlast every client's own idle timeout (undici's fetch: 4 s; load balancers: 60 s), otherwise
   * the server closes a connection just as the client reuses it ("other side closed"). Node's default is 5 s.
   */
  keepAliveTimeoutMs?: number;
}

export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Listens on `port` (0 = any free port, as tests use) and returns the GraphQL URL and a stopper. */
export async function listen(app: Express, port: number, host: string, onStop: () => Promise<void>, options: ListenOptions = {}): Promise<RunningServer> {
  const server = http.createServer(app);
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS;
  // headersTimeout must exceed keepAliveTimeout, or Node may close a reused connection waiting for headers.
  server.headersTimeout = server.keepAliveTimeout + 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  return {
    port: address.port,
    url: `http://${host}:${address.port}/graphql`,
    stop() {
      stopped ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await onStop();
      })();
      return stopped;
    },
  };
}

/**
 * Express error handler for what fails before GraphQL runs (a body over the size limit, malformed JSON):
 * a typed JSON error instead of express's HTML page, and never a 500 for the client's own mistake.
 */
export function bodyErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const status = (error as { status?: number; statusCode?: number })?.status ?? (error as { statusCode?: number })?.statusCode;
  const type = (error as { type?: string })?.type;
  if (status === 413 || type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: '请求体过大 / request body too large', extensions: { code: 'REQUEST_TOO_LARGE', limit: (error as { limit?: number }).limit } }] });
    return;
  }
  if (status && status >= 400 && status < 500) {
    res.status(status).json({ errors: [{ message: '请求格式错误 / malformed request body', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  res.status(500).json({ errors: [{ message: '服务器内部错误 / internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
