import { BadUserInputError, NotFoundError, insertRows, isDuplicateKey } from '@skillfed/common';
import { encodeBitstring, hashIdNumber, newIdSalt, randomIndex, signVcJwt, statusListCredential, statusPath } from '@skillfed/verifier';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Certificate } from './certificate.entity';
import { STATUS_LIST_BITS, type CredentialConfig } from './credential.config';
import { CredentialStatusEntry, CredentialStatusList } from './status-list.entity';

/** A list takes certificates until half its bits are used, so a random draw finds a free slot quickly. */
const FILL = 0.5;
const MAX_ATTEMPTS = 6;
const CHUNK = 500;

export function listIdFor(province: string, sequence: number): string {
  return `${province.toLowerCase().replace(/_/g, '-')}-${sequence}`;
}

export function statusListUrl(config: CredentialConfig, listId: string): string {
  return config.baseUrl + statusPath(listId);
}

/** The open list of a province (creating the next when the last is full), inside the caller's transaction. */
async function openList(manager: EntityManager, province: string, needed: number): Promise<CredentialStatusList> {
  const last = await manager.getRepository(CredentialStatusList).findOne({ where: { province }, order: { sequence: 'DESC' } });
  if (last && last.allocated + needed <= last.capacity) return last;
  const sequence = (last?.sequence ?? 0) + 1;
  const list: CredentialStatusList = { id: listIdFor(province, sequence), province, sequence, lengthBits: STATUS_LIST_BITS, capacity: Math.floor(STATUS_LIST_BITS * FILL), allocated: 0, createdAt: new Date() };
  await manager.insert(CredentialStatusList, list);
  return list;
}

/**
 * Each VALID certificate's status entry, allocated on first use: a random free index in its
 * province's open list (never a counter, so indexes say nothing about issue order) and the salted
 * ID-number hash. One read for the existing entries; the new ones in one transaction per attempt —
 * a collision with a concurrent allocator (same slot or same certificate) rolls back and retries.
 */
export async function ensureStatusEntries(db: DataSource, certificates: Certificate[], options: { maxNew?: number } = {}): Promise<Map<string, CredentialStatusEntry>> {
  const found = new Map<string, CredentialStatusEntry>();
  const ids = [...new Set(certificates.map((c) => c.id))];
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const entry of await db.getRepository(CredentialStatusEntry).findBy({ certificateId: In(ids.slice(i, i + CHUNK)) })) found.set(entry.certificateId, entry);
  }
  const missing = [...new Map(certificates.filter((c) => c.status === 'VALID' && !found.has(c.id)).map((c) => [c.id, c])).values()];
  if (missing.length === 0) return found;
  if (options.maxNew !== undefined && missing.length > options.maxNew) {
    throw new BadUserInputError(
      `一次请求最多为${options.maxNew}张证书首次生成凭证（本次${missing.length}张），请减小 first 分页 / at most ${options.maxNew} certificates get their first credential per request (${missing.length} asked): page with a smaller first`,
      { field: 'first', limit: options.maxNew, measured: missing.length },
    );
  }
  // The slow part (scrypt) happens once per certificate, outside any transaction.
  const hashes = new Map<string, { salt: string; hash: string }>();
  await Promise.all(
    missing.map(async (c) => {
      const salt = newIdSalt();
      hashes.set(c.id, { salt: Buffer.from(salt).toString('base64url'), hash: Buffer.from(await hashIdNumber(c.holderResidentId, salt)).toString('base64url') });
    }),
  );
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await db.transaction(async (manager) => {
        const rows: CredentialStatusEntry[] = [];
        const byProvince = new Map<string, Certificate[]>();
        for (const c of missing) {
          const group = byProvince.get(c.province);
          if (group) group.push(c);
          else byProvince.set(c.province, [c]);
        }
        for (const [province, group] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) {
          const list = await openList(manager, province, group.length);
          const taken = new Set<number>();
          const draws: number[] = [];
          while (draws.length < group.length) {
            const candidates = Array.from({ length: Math.min(CHUNK, (group.length - draws.length) * 2) }, () => randomIndex(list.lengthBits)).filter((n) => !taken.has(n));
            const used = await manager.getRepository(CredentialStatusEntry).find({ where: { listId: list.id, statusIndex: In(candidates) }, select: { statusIndex: true } });
            const usedSet = new Set(used.map((u) => u.statusIndex));
            for (const n of candidates) {
              if (draws.length < group.length && !usedSet.has(n) && !taken.has(n)) {
                taken.add(n);
                draws.push(n);
              }
            }
          }
          const now = new Date();
          group.forEach((c, i) => rows.push({ certificateId: c.id, listId: list.id, statusIndex: draws[i], revoked: 0, idSalt: hashes.get(c.id)!.salt, idHash: hashes.get(c.id)!.hash, createdAt: now, revokedAt: null }));
          await manager.createQueryBuilder().update(CredentialStatusList).set({ allocated: () => `allocated + ${group.length}` }).where('id = :id', { id: list.id }).execute();
        }
        await insertRows(manager, CredentialStatusEntry, rows);
        return rows;
      });
      for (const row of created) found.set(row.certificateId, row);
      return found;
    } catch (error) {
      if (!isDuplicateKey(error) || attempt >= MAX_ATTEMPTS) throw error;
      // Someone else allocated some of them meanwhile: keep theirs, allocate the rest.
      const again = await db.getRepository(CredentialStatusEntry).findBy({ certificateId: In(missing.map((c) => c.id)) });
      for (const entry of again) found.set(entry.certificateId, entry);
      const rest = missing.filter((c) => !found.has(c.id));
      if (rest.length === 0) return found;
      missing.splice(0, missing.length, ...rest);
    }
  }
}

/**
 * Sets the status bit of the given certificates, in the caller's transaction (revocation, correction,
 * cancelled results): the next status list served says REVOKED. Certificates never given a credential
 * have no entry and nothing to flip.
 */
export async function markRevoked(manager: EntityManager, certificateIds: string[]): Promise<void> {
  const now = new Date();
  for (let i = 0; i < certificateIds.length; i += CHUNK) {
    await manager.update(CredentialStatusEntry, { certificateId: In(certificateIds.slice(i, i + CHUNK)), revoked: 0 }, { revoked: 1, revokedAt: now });
  }
}

/** The province list as a signed BitstringStatusListCredential (VC-JOSE JWT), built from the revoked slots. */
export async function signedStatusList(db: DataSource, config: CredentialConfig, listId: string, now = new Date()): Promise<{ jwt: string; validUntil: Date }> {
  const list = await db.getRepository(CredentialStatusList).findOneBy({ id: listId });
  if (!list) throw new NotFoundError('状态列表 status list', listId);
  const revoked = await db.getRepository(CredentialStatusEntry).find({ where: { listId, revoked: 1 }, select: { statusIndex: true } });
  const validFrom = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const validUntil = new Date(validFrom.getTime() + config.statusTtlSeconds * 1000);
  const credential = statusListCredential({
    url: statusListUrl(config, listId),
    issuer: config.baseUrl,
    validFrom,
    validUntil,
    encodedList: encodeBitstring(list.lengthBits, revoked.map((r) => r.statusIndex)),
  });
  return { jwt: await signVcJwt(credential, config.signer), validUntil };
}
