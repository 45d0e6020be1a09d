import { CallerAssertionSigner, LruCache, type Caller } from '@skillfed/common';
import type { JWK } from 'jose';

/**
 * useCallerSigning: the gateway turns the caller it verified from the client's token into a caller
 * assertion per subgraph request (caller-assertion.ts in the shared kit): signed with the gateway's own
 * key (GATEWAY_SIGNING_KEY, EdDSA or ES256, with a `kid`), audience = the subgraph's name, lifetime
 * 30 s (never over 60), `rid` = the request id of the request it was signed for.
 *
 * One assertion per caller and subgraph is reused for REUSE_MS (10 s) of its 30 s: signing (WebCrypto
 * Ed25519 through jose) was the largest single cost in the gateway's CPU profile of a look-up, and the
 * subgraph verifies a token it has seen from its cache. Reuse adds no power: anyone holding an assertion
 * can already replay it until it expires. The per-request id travels in x-request-id, which subgraphs
 * prefer for their logs and audit rows. A reused assertion still has at least 20 s to live, more than
 * the gateway's subgraph timeout.
 *
 * Defaults: development key outside production only (NODE_ENV=production refuses to start without
 * a real key, see config.ts); REUSE_MS 10 s; at most MAX_CALLERS (10,000) callers × subgraphs kept.
 */
export const REUSE_MS = 10_000;
export const MAX_CALLERS = 10_000;

export interface CallerSigningContext {
  caller: Caller;
  requestId: string;
}

export interface CallerSigning {
  keyId: string;
  assertionFor(context: CallerSigningContext, subgraph: string): Promise<string>;
}

export async function useCallerSigning(signingKey: JWK): Promise<CallerSigning> {
  const signer = await CallerAssertionSigner.gateway(signingKey);
  const recent = new LruCache<string, Promise<string>>(MAX_CALLERS);
  return {
    keyId: signer.kid,
    assertionFor(context, subgraph) {
      // The whole caller is the key: a token with other provinces or cities gets its own assertion.
      const key = `${subgraph}\u0000${JSON.stringify(context.caller)}`;
      let assertion = recent.get(key);
      if (!assertion) {
        assertion = signer.sign(context.caller, subgraph, context.requestId);
        recent.set(key, assertion, REUSE_MS);
        assertion.catch(() => recent.delete(key));
      }
      return assertion;
    },
  };
}
