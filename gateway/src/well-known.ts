import type { Logger } from '@skillfed/common';
import type express from 'express';
import type { NextFunction, Request, Response } from 'express';

/** The public documents of offline verification (see the certificates subgraph's credential-routes.ts). */
const FORWARDED = /^\/\.well-known\/skillfed\/(credential-keys\.json|status\/[a-z0-9-]{1,40})$/;
const PASSED_HEADERS = ['content-type', 'cache-control', 'expires'];

/**
 * GET /.well-known/skillfed/… is forwarded to the certificates subgraph, which owns the credential keys
 * and the status lists; the gateway adds nothing, so any front (Apollo Router with a plain reverse
 * proxy rule, a load balancer) can route these paths the same way. Only the two documented shapes pass:
 * nothing else of the subgraph becomes reachable, and anonymous callers share the anonymous rate limit.
 */
export function forwardWellKnown(app: express.Express, options: { certificatesUrl: string; timeoutMs: number; rateLimit: (req: Request, res: Response, next: NextFunction) => void; logger?: Logger }): void {
  const origin = new URL(options.certificatesUrl).origin;
  app.get(/^\/\.well-known\/skillfed\//, options.rateLimit, async (req: Request, res: Response) => {
    if (!FORWARDED.test(req.path)) {
      res.status(404).json({ error: 'NOT_FOUND', message: 'unknown well-known document' });
      return;
    }
    try {
      const upstream = await fetch(origin + req.path, { signal: AbortSignal.timeout(options.timeoutMs) });
      for (const name of PASSED_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.status(upstream.status).send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      options.logger?.warn('well_known_unavailable', { path: req.path, message: (error as Error).message });
      res.status(502).json({ error: 'SUBGRAPH_UNAVAILABLE', serviceName: 'certificates', message: '证书子图暂不可用 / the certificates subgraph did not answer' });
    }
  });
}
