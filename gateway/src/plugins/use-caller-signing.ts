import { CallerAssertionSigner, type Caller } from '@skillfed/common';
import type { JWK } from 'jose';

/**
 * useCallerSigning: the gateway turns the caller it verified from the client's token into a caller
 * assertion per subgraph request (caller-assertion.ts in the shared kit): signed with the gateway's own
 * key (GATEWAY_SIGNING_KEY, EdDSA or ES256, with a `kid`), audience = the subgraph's name, lifetime
 * 30 s (never over 60), `rid` = the gateway's request id. One assertion per request and subgraph: the
 * fetches of one query plan to the same subgraph reuse it.
 *
 * Defaults: development key outside production only (NODE_ENV=production refuses to start without
 * a real key, see config.ts).
 */
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
  const perRequest = new WeakMap<object, Map<string, Promise<string>>>();
  return {
    keyId: signer.kid,
    assertionFor(context, subgraph) {
      let assertions = perRequest.get(context);
      if (!assertions) perRequest.set(context, (assertions = new Map()));
      let assertion = assertions.get(subgraph);
      if (!assertion) assertions.set(subgraph, (assertion = signer.sign(context.caller, subgraph, context.requestId)));
      return assertion;
    },
  };
}
