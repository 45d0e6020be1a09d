import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import crypto from 'node:crypto';
import { ANONYMOUS, CALLER_HEADER, GATEWAY_SECRET_HEADER, type Caller, type Logger } from '@skillfed/common';
import type { CallerSigning } from './plugins/use-caller-signing';
import { GraphQLError } from 'graphql';
import type { SubgraphFetcher } from './subgraph-fetcher';

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
  /** The pooled HTTP client shared by all subgraphs (subgraph-fetcher.ts); global fetch when absent. */
  fetcher?: SubgraphFetcher;
  /** Signs the caller assertion each subgraph request carries. */
  signing: CallerSigning;
}

/** Connection-level failures where the request never reached the subgraph's GraphQL layer. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

function isConnectionReset(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return !!cause?.code && RESET_CODES.has(cause.code);
}

/**
 * fetch with the subgraph timeout, retrying a query (never a mutation) once when a kept-alive
 * connection was closed under it: the subgraph did not execute it, and repeating a read is safe.
 */
export function retryingFetch(timeoutMs: number) {
  return async (input: string, init: RequestInit): Promise<globalThis.Response> => {
    const attempt = () => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    try {
      return await attempt();
    } catch (error) {
      const body = typeof init.body === 'string' ? init.body : '';
      if (!isConnectionReset(error) || !/^\{"query":"\s*(query\b|\{)/.test(body)) throw error;
      return attempt();
    }
  };
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

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      const err = error as Error & { extensions?: Record<string, any> };
      if (err instanceof GraphQLError && err.extensions?.code && err.extensions.code !== 'INTERNAL_SERVER_ERROR') throw err;
      // The subgraph answered, but with an HTTP error (e.g. 400 for a bad argument): pass its own error on.
      const response = err.extensions?.response as { status?: number; body?: { errors?: { message: string; extensions?: Record<string, unknown> }[] } } | undefined;
      const first = response?.body?.errors?.[0];
      if (first) throw new GraphQLError(first.message, { extensions: { ...(first.extensions ?? {}), serviceName: this.options.name } });
      const timedOut = err.name === 'TimeoutError' || /timeout|aborted/i.test(err.message);
      const reason = response ? `HTTP ${response.status}` : timedOut ? `no answer within ${this.options.timeoutMs} ms` : 'unreachable';
      this.options.logger.warn('subgraph_unavailable', { subgraph: this.options.name, reason, requestId: (options.context as Partial<GatewayContext>)?.requestId });
      throw new GraphQLError(`子图 ${this.options.name} 暂不可用 / subgraph "${this.options.name}" is unavailable (${reason})`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.options.name },
      });
    }
  }
}
