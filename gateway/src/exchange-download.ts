import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { AppError, CALLER_HEADER, GATEWAY_SECRET_HEADER, type Logger } from '@skillfed/common';
import type { Express, Request, RequestHandler, Response } from 'express';
import type { CallerVerifier } from './auth';
import type { CallerSigning } from './plugins/use-caller-signing';

/**
 * GET /exchange/upload-batches/:id/file?format=csv|csv-gbk|xlsx|jsonl — the national-upload file of a
 * batch, served by the certificates subgraph. The gateway does here what it does for GraphQL: verifies
 * the client's token, signs a caller assertion for the certificates subgraph, adds the shared secret,
 * and streams the answer back unchanged (never buffered: a batch can hold a million rows). The
 * subgraph decides who may have the file. Nothing of the body is logged.
 */
export interface ExchangeDownloadOptions {
  verifyCaller: CallerVerifier;
  signing: CallerSigning;
  certificatesUrl: string;
  gatewaySecret: string;
  /** Until the subgraph's headers arrive; the body then streams as long as it takes. */
  timeoutMs: number;
  logger: Logger;
  before?: RequestHandler[];
}

const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'x-row-count'];

export function mountExchangeDownload(app: Express, options: ExchangeDownloadOptions): void {
  app.get('/exchange/upload-batches/:id/file', ...(options.before ?? []), async (req: Request, res: Response) => {
    let caller;
    try {
      caller = await options.verifyCaller(req.header('authorization'));
    } catch (error) {
      if (error instanceof AppError) return void res.status(401).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
      throw error;
    }
    const requestId = crypto.randomUUID();
    const target = new URL(options.certificatesUrl);
    target.pathname = target.pathname.replace(/\/graphql\/?$/, '') + `/exchange/upload-batches/${encodeURIComponent(String(req.params.id))}/file`;
    for (const key of ['format', 'bom']) if (typeof req.query[key] === 'string') target.searchParams.set(key, req.query[key] as string);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), options.timeoutMs);
    res.on('close', () => abort.abort());
    let upstream: globalThis.Response;
    try {
      upstream = await fetch(target, {
        headers: {
          [GATEWAY_SECRET_HEADER]: options.gatewaySecret,
          [CALLER_HEADER]: await options.signing.assertionFor({ caller, requestId }, 'certificates'),
          'x-request-id': requestId,
        },
        signal: abort.signal,
      });
    } catch {
      clearTimeout(timer);
      options.logger.warn('exchange_download_unavailable', { requestId });
      if (!res.headersSent) res.status(502).json({ errors: [{ message: '子图 certificates 暂不可用 / subgraph "certificates" is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'certificates' } }] });
      return;
    }
    clearTimeout(timer);
    res.status(upstream.status);
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    if (!upstream.body) return void res.end();
    const body = Readable.fromWeb(upstream.body as never);
    body.on('error', () => res.destroy());
    body.pipe(res);
  });
}
