import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CALLER_HEADER, GATEWAY_SECRET_HEADER, encodeCaller, type Caller, type Logger } from '@skillfed/common';
import { GraphQLError } from 'graphql';
import type { SubgraphFetcher } from './subgraph-fetcher';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
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
}

/**
 * Forwards the verified caller and the shared secret, bounds each call with a timeout, and turns a
 * failed call into an error that names the subgraph, so the rest of the response still arrives.
 */
export class SkillfedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SubgraphCallOptions) {
    super({
      url: options.url,
      fetcher: (options.fetcher ?? ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(options.timeoutMs) }))) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http!.headers;
    headers.set(GATEWAY_SECRET_HEADER, this.options.gatewaySecret);
    const ctx = context as Partial<GatewayContext>;
    if (ctx.caller) headers.set(CALLER_HEADER, encodeCaller(ctx.caller));
    if (ctx.requestId) headers.set('x-request-id', ctx.requestId);
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
