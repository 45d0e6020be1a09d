import { AsyncLocalStorage } from 'node:async_hooks';
import { GraphQLError } from 'graphql';
import { CALLER_HEADER, GATEWAY_SECRET_HEADER, type Caller } from './caller';
import type { CallerAssertionSigner } from './caller-assertion';

/**
 * A subgraph asking another subgraph directly, as the gateway would (shared secret, the same caller in a
 * caller assertion signed with the peer key, audience = the peer's name), where an answer must combine
 * data the two own and the client should still need one round trip.
 */
/** The request a subgraph is serving, so peer calls carry its request id without resolvers passing it. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export interface PeerError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export class PeerClient {
  /** `url` may be a function: subgraphs that ask each other can be started in either order. */
  constructor(
    readonly name: string,
    private readonly url: string | (() => string),
    private readonly secret: string,
    private readonly signer: CallerAssertionSigner,
    private readonly timeoutMs = 5000,
  ) {}

  async query<T>(query: string, variables: Record<string, unknown>, caller: Caller, requestId?: string): Promise<T> {
    const body = await this.queryPartial<T>(query, variables, caller, requestId);
    if (body.errors?.length) {
      const [first] = body.errors;
      throw new GraphQLError(first.message, { extensions: { ...(first.extensions ?? {}), serviceName: this.name } });
    }
    return body.data as T;
  }

  /** Data and per-field errors both, for callers that report each refused item. */
  async queryPartial<T>(query: string, variables: Record<string, unknown>, caller: Caller, requestId?: string): Promise<{ data: T | null; errors: PeerError[] }> {
    let body: { data?: T; errors?: PeerError[] };
    const assertion = await this.signer.sign(caller, this.name, requestId ?? requestScope.getStore()?.requestId);
    try {
      const response = await fetch(typeof this.url === 'function' ? this.url() : this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_SECRET_HEADER]: this.secret, [CALLER_HEADER]: assertion },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw new GraphQLError(`子图 ${this.name} 暂不可用 / subgraph "${this.name}" is unavailable`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.name } });
    }
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }
}
