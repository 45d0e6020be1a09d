import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import crypto from 'node:crypto';
import { ANONYMOUS, CALLER_HEADER, GATEWAY_SECRET_HEADER, type Caller, type Logger } from '@skillfed/common';
import type { CallerSigning } from './plugins/use-caller-signing';
import { GraphQLError } from 'graphql';
import { withResetRetry, type SubgraphFetcher, type SubgraphResponse } from './subgraph-fetcher';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
  /** The client's address as express sees it (TRUST_PROXY), for per-operation rate limits. */
  clientAddress?: string;
}

export interface SubgraphCallOptions {
  name: string;
  url: string;
  gatewaySecret: string;
  timeoutMs: number;
  logger: Logger;
  /** Observes every subgraph fetch; the batching tests count them. */
  onFetch?: (subgraph: string) => void;
  /** The HTTP client shared by all subgraphs (subgraph-fetcher.ts, or retryingFetch); global fetch with one retry when absent. */
  fetcher?: SubgraphFetcher | ReturnType<typeof retryingFetch>;
  /** Signs the caller assertion each subgraph request carries. */
  signing: CallerSigning;
}

/**
 * fetch with the subgraph timeout, retrying a query (never a mutation) once when a kept-alive
 * connection was closed under it: the subgraph did not execute it, and repeating a read is safe.
 */
export function retryingFetch(timeoutMs: number) {
  return withResetRetry((input: string, init: RequestInit): Promise<globalThis.Response> => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }));
}

/**
 * Forwards the verified caller and the shared secret, bounds each call with a timeout, and turns a
 * failed call into an error that names the subgraph, so the rest of the response still arrives.
 */
export class SkillfedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SubgraphCallOptions) {
    super({ url: options.url, fetcher: (options.fetcher ?? retryingFetch(options.timeoutMs)) as never });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http!.headers;
    headers.set(GATEWAY_SECRET_HEADER, this.options.gatewaySecret);
    const ctx = context as Partial<GatewayContext>;
    // Every subgraph request carries a caller assertion, anonymous included: subgraphs refuse requests without one.
    const requestId = ctx.requestId ?? crypto.randomUUID();
    const signingContext = ctx.caller && ctx.requestId ? (ctx as GatewayContext) : { caller: ctx.caller ?? ANONYMOUS, requestId };
    headers.set(CALLER_HEADER, await this.options.signing.assertionFor(signingContext, this.options.name));
    headers.set('x-request-id', requestId);
    this.options.onFetch?.(this.options.name);
  }

  /**
   * RemoteGraphQLDataSource.process without its per-call node-fetch `Headers` and `Request` objects
   * (a Request builds a body stream it never reads): plain header records and one JSON.stringify.
   * Same contract: willSendRequest sees `request.http.headers` with set/get, a non-2xx answer becomes
   * errorFromResponse's error, and the parsed body is returned with the response as `http`.
   * No APQ and no subgraph cache-control hints: this gateway uses neither.
   */
  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<any> {
    const { request } = options;
    const headers = new HeaderBag();
    const incoming = request.http?.headers as Iterable<[string, string]> | undefined;
    if (incoming) for (const [name, value] of incoming) headers.set(name, value);
    headers.set('content-type', 'application/json');
    request.http = { method: 'POST', url: this.url, headers: headers as never };
    await this.willSendRequest(options);
    if (!request.query) throw new Error('Missing query');
    const { http, ...payload } = request;
    const response = (await (this.fetcher as unknown as (url: string, init: object) => Promise<SubgraphResponse>)(http!.url, {
      method: 'POST',
      headers: headers.record(),
      body: JSON.stringify(payload),
    })) as SubgraphResponse;
    if (!response.ok) throw await this.errorFromResponse(response as never);
    const body = await this.parseBody(response as never);
    if (body === null || typeof body !== 'object') throw new Error(`Expected JSON response body, but received: ${String(body).slice(0, 200)}`);
    return { ...body, http: response };
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await this.send(options);
    } catch (error) {
      const err = error as Error & { extensions?: Record<string, any> };
      if (err instanceof GraphQLError && err.extensions?.code && err.extensions.code !== 'INTERNAL_SERVER_ERROR') throw err;
      // The subgraph answered, but with an HTTP error (e.g. 400 for a bad argument): pass its own error on.
      const response = err.extensions?.response as { status?: number; body?: { errors?: { message: string; extensions?: Record<string, unknown> }[] } } | undefined;
      const first = response?.body?.errors?.[0];
      if (first) throw new GraphQLError(first.message, { extensions: { ...(first.extensions ?? {}), serviceName: this.options.name } });
      const timedOut = err.name === 'TimeoutError' || /timeout|aborted/i.test(err.message);
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      const reason = response ? `HTTP ${response.status}` : timedOut ? `no answer within ${this.options.timeoutMs} ms` : cause ? `unreachable: ${cause}` : 'unreachable';
      this.options.logger.warn('subgraph_unavailable', { subgraph: this.options.name, reason, requestId: (options.context as Partial<GatewayContext>)?.requestId });
      throw new GraphQLError(`子图 ${this.options.name} 暂不可用 / subgraph "${this.options.name}" is unavailable (${reason})`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.options.name },
      });
    }
  }
}

/** The `request.http.headers` willSendRequest writes to: set/get/has/iterate, names lower-cased. */
class HeaderBag {
  private readonly values = new Map<string, string>();
  set(name: string, value: string): void {
    this.values.set(name.toLowerCase(), value);
  }
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const existing = this.values.get(key);
    this.values.set(key, existing === undefined ? value : `${existing}, ${value}`);
  }
  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }
  delete(name: string): void {
    this.values.delete(name.toLowerCase());
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.values.entries();
  }
  record(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
}
