import { GraphQLError } from 'graphql';
import { CALLER_HEADER, GATEWAY_SECRET_HEADER, encodeCaller, type Caller } from './caller';

/**
 * A subgraph asking another subgraph directly, as the gateway would (shared secret, the same caller),
 * where an answer must combine data the two own and the client should still need one round trip.
 */
export interface PeerError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export class PeerClient {
  /** `url` may be a function: subgraphs that ask each other can be started in either order. */
  constructor(readonly name: string, private readonly url: string | (() => string), private readonly secret: string, private readonly timeoutMs = 5000) {}

  async query<T>(query: string, variables: Record<string, unknown>, caller: Caller): Promise<T> {
    const body = await this.queryPartial<T>(query, variables, caller);
    if (body.errors?.length) {
      const [first] = body.errors;
      throw new GraphQLError(first.message, { extensions: { ...(first.extensions ?? {}), serviceName: this.name } });
    }
    return body.data as T;
  }

  /** Data and per-field errors both, for callers that report each refused item. */
  async queryPartial<T>(query: string, variables: Record<string, unknown>, caller: Caller): Promise<{ data: T | null; errors: PeerError[] }> {
    let body: { data?: T; errors?: PeerError[] };
    try {
      const response = await fetch(typeof this.url === 'function' ? this.url() : this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_SECRET_HEADER]: this.secret, [CALLER_HEADER]: encodeCaller(caller) },
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
