import { NotFoundError, type Logger, type SubgraphServer } from '@skillfed/common';
import { KEYS_PATH, WELL_KNOWN } from '@skillfed/verifier';
import type { DataSource } from 'typeorm';
import type { CredentialConfig } from './credential.config';
import { signedStatusList } from './status-list.service';

/** How long HTTP caches may keep a status list; the list itself stays valid for CREDENTIAL_STATUS_TTL_SECONDS. */
const STATUS_MAX_AGE_SECONDS = 300;

/**
 * Public documents for offline verifiers, served by this subgraph over plain HTTP (no token, no caller:
 * they are public by design) and forwarded by the gateway under the same paths:
 * GET /.well-known/skillfed/credential-keys.json — the JWK set of credential keys;
 * GET /.well-known/skillfed/status/<listId> — a signed Bitstring Status List (application/vc+jwt).
 */
export function mountCredentialRoutes(app: SubgraphServer['app'], db: DataSource, config: () => CredentialConfig, logger?: Logger): void {
  app.get(KEYS_PATH, (_req, res) => {
    res.set('cache-control', 'public, max-age=3600').json(config().jwks);
  });
  app.get(`${WELL_KNOWN}/status/:listId`, async (req, res) => {
    const listId = String(req.params.listId);
    if (!/^[a-z0-9-]{1,40}$/.test(listId)) {
      res.status(400).json({ error: 'BAD_USER_INPUT', message: '状态列表 id 不合法 / invalid status list id' });
      return;
    }
    try {
      const { jwt, validUntil } = await signedStatusList(db, config(), listId);
      const maxAge = Math.min(STATUS_MAX_AGE_SECONDS, config().statusTtlSeconds);
      res.set('cache-control', `public, max-age=${maxAge}`).set('expires', validUntil.toUTCString()).type('application/vc+jwt').send(jwt);
    } catch (error) {
      if (error instanceof NotFoundError) {
        res.status(404).json({ error: 'NOT_FOUND', message: `没有状态列表 ${listId} / no status list ${listId}` });
        return;
      }
      logger?.error('status_list_failed', { listId, message: (error as Error).message });
      res.status(500).json({ error: 'INTERNAL', message: 'status list unavailable' });
    }
  });
}
