import { Client, cacheExchange, fetchExchange } from 'urql';

export const TOKEN_KEY = 'skillfed.dashboard.token';

/** The gateway's /graphql on the same origin; the token (if any) travels as a bearer header. */
export function makeClient(token: string | null): Client {
  return new Client({
    url: new URL('../graphql', window.location.href.replace(/#.*$/, '')).toString().replace(/\/dashboard\/graphql$/, '/graphql'),
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
    // POST: Apollo's CSRF prevention refuses simple GET requests, and queries stay out of access logs.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : ({} as Record<string, string>) }),
  });
}

/** The caller a token names, read from its payload for display only (the gateway verifies it). */
export function describeToken(token: string): { role: string; subject: string; provinces: string[] } | null {
  try {
    const payload = JSON.parse(decodeURIComponent(escape(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')))));
    const claims = payload.skillfed ?? payload;
    return { role: String(claims.role ?? payload.role ?? '?'), subject: String(payload.sub ?? ''), provinces: (claims.provinces ?? payload.provinces ?? []) as string[] };
  } catch {
    return null;
  }
}
