import { Agent, errors, request } from 'undici';

/**
 * The gateway's HTTP client to its subgraphs: undici's `request` on one pooled keep-alive agent,
 * instead of the global `fetch` (undici's WHATWG layer: Request/Response objects, web streams and an
 * `AbortSignal.timeout` per call, which the gateway profile showed among its top costs).
 *
 * It is a drop-in for `fetch` as the data source calls it (`(url, init) => Response-like`):
 * connection failures reject with `TypeError('fetch failed', { cause })` exactly like fetch (so callers
 * can read `cause.code`, e.g. ECONNRESET), and a subgraph that does not answer in time rejects with a
 * `TimeoutError`. Timeouts use undici's own coarse timers (headers, then body) rather than a timer per
 * request.
 *
 * A query (never a mutation) whose kept-alive connection was closed under it is sent once more on a
 * fresh connection: the subgraph never executed it, and repeating a read is safe.
 */
export interface SubgraphFetcherOptions {
  timeoutMs: number;
  /** Sockets per subgraph origin; requests beyond it queue. Default 64. */
  connections?: number;
  /**
   * How long an idle socket is kept. Default 30 s: well below the subgraphs' 65 s server keep-alive
   * (HTTP_KEEP_ALIVE_TIMEOUT_MS), so the client always gives a socket up before a subgraph would close it.
   */
  keepAliveTimeoutMs?: number;
}

export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

class Headers {
  constructor(private readonly raw: Record<string, string | string[] | undefined>) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }
}

export interface SubgraphRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export type SubgraphFetcher = ((url: string, init: SubgraphRequestInit) => Promise<SubgraphResponse>) & {
  close(): Promise<void>;
};

/** Connection-level failures where the request never reached the subgraph's GraphQL layer. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

export function isConnectionReset(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return !!cause?.code && RESET_CODES.has(cause.code);
}

/** A read-only operation (anonymous `{ … }` or `query …`): safe to send again after a reset. */
export function isRepeatableBody(body: unknown): boolean {
  return typeof body === 'string' && /^\{"query":"\s*(query\b|\{)/.test(body);
}

/** Sends once more when a query's connection was reset under it; anything else fails as it came. */
export function withResetRetry<I extends { body?: unknown }, R>(send: (url: string, init: I) => Promise<R>): (url: string, init: I) => Promise<R> {
  return async (url, init) => {
    try {
      return await send(url, init);
    } catch (error) {
      if (!isConnectionReset(error) || !isRepeatableBody(init.body)) throw error;
      return send(url, init);
    }
  };
}

export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const keepAlive = options.keepAliveTimeoutMs ?? 30_000;
  const agent = new Agent({
    connections: options.connections ?? 64,
    keepAliveTimeout: keepAlive,
    keepAliveMaxTimeout: keepAlive,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    // undici's default connect timeout is 10 s; a subgraph that does not accept within the call's
    // own timeout is unavailable either way.
    connect: { timeout: Math.min(options.timeoutMs, 10_000) },
  });
  const once = async (url: string, init: SubgraphRequestInit): Promise<SubgraphResponse> => {
    let response: Awaited<ReturnType<typeof request>>;
    let text: string;
    try {
      response = await request(url, { method: (init.method ?? 'POST') as 'POST', headers: init.headers, body: init.body, dispatcher: agent, signal: init.signal });
      text = await response.body.text();
    } catch (error) {
      if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError) {
        throw Object.assign(new Error(`subgraph did not answer within ${options.timeoutMs} ms`), { name: 'TimeoutError', cause: error });
      }
      throw new TypeError('fetch failed', { cause: error });
    }
    const status = response.statusCode;
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: String(status),
      url,
      headers: new Headers(response.headers),
      text: async () => text,
      json: async () => JSON.parse(text),
    };
  };
  return Object.assign(withResetRetry(once), { close: () => agent.close() });
}
