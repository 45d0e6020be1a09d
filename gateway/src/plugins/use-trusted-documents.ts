import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/**
 * useTrustedDocuments: the public operations (gateway/operations/public/*.graphql) are compiled by
 * `npm run codegen` (graphql-codegen client preset, persisted documents, sha256) into
 * gateway/operations/generated/persisted-documents.json, which the gateway registers at start.
 *
 * - Any caller may send a trusted document by id instead of its text: `{"documentId": "<sha256>"}` or
 *   Apollo's `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<sha256>"}}}`.
 * - With TRUSTED_DOCUMENTS_ONLY (default: on when NODE_ENV=production, off otherwise) a caller without
 *   a token may run only those documents: other text is refused with PERSISTED_QUERY_REQUIRED (400),
 *   an unknown id with PERSISTED_QUERY_NOT_FOUND (400). Signed-in callers send any operation, within
 *   the query limits.
 *
 * Adding a public operation: drop a .graphql file into gateway/operations/public/, run
 * `npm run codegen`, commit the regenerated manifest.
 */
export const TRUSTED_DOCUMENTS_FILE = path.resolve(__dirname, '..', '..', 'operations', 'generated', 'persisted-documents.json');

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** Reads the manifest and checks every entry's hash, so a hand-edited manifest cannot smuggle a query in. */
export function loadTrustedDocuments(file = TRUSTED_DOCUMENTS_FILE): Map<string, string> {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  const documents = new Map<string, string>();
  for (const [key, text] of Object.entries(raw)) {
    const hash = key.replace(/^sha256:/, '');
    if (sha256(text) !== hash) throw new Error(`trusted document ${key} does not match its hash: regenerate with npm run codegen`);
    documents.set(hash, text);
  }
  return documents;
}

export interface TrustedDocuments {
  documents: Map<string, string>;
  /** Express middleware after the JSON body parser. */
  middleware(req: Request, res: Response, next: NextFunction): void;
}

function refuse(res: Response, code: 'PERSISTED_QUERY_REQUIRED' | 'PERSISTED_QUERY_NOT_FOUND', message: string) {
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}

export function useTrustedDocuments(options: { documents: Map<string, string>; anonymousOnlyTrusted: boolean }): TrustedDocuments {
  const { documents, anonymousOnlyTrusted } = options;
  return {
    documents,
    middleware(req, res, next) {
      const anonymous = !req.header('authorization');
      const body = req.body as { query?: unknown; documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
      if (req.method === 'GET') {
        const query = typeof req.query.query === 'string' ? req.query.query : undefined;
        if (anonymousOnlyTrusted && anonymous && query !== undefined && !documents.has(sha256(query))) {
          return refuse(res, 'PERSISTED_QUERY_REQUIRED', '匿名调用只能使用已登记的查询 / anonymous callers may run only the published (persisted) operations');
        }
        return next();
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) return next();
      const id = typeof body.documentId === 'string' ? body.documentId : body.extensions?.persistedQuery?.sha256Hash;
      if (typeof id === 'string' && body.query === undefined) {
        const text = documents.get(id.replace(/^sha256:/, ''));
        if (text !== undefined) {
          body.query = text;
          // Apollo's own persisted-query cache is not involved: the document is ours, not registered by a client.
          if (body.extensions) delete body.extensions.persistedQuery;
          delete body.documentId;
          return next();
        }
        if (anonymousOnlyTrusted && anonymous) return refuse(res, 'PERSISTED_QUERY_NOT_FOUND', `未登记的查询 / unknown persisted operation ${id.slice(0, 80)}`);
        return next();
      }
      if (anonymousOnlyTrusted && anonymous && typeof body.query === 'string' && !documents.has(sha256(body.query))) {
        return refuse(res, 'PERSISTED_QUERY_REQUIRED', '匿名调用只能使用已登记的查询 / anonymous callers may run only the published (persisted) operations; sign in to send your own');
      }
      next();
    },
  };
}
