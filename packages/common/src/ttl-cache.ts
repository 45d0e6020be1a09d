/**
 * In-process caches for public answers on hot paths (issue 12), first of all certificate verification
 * by number: the national query system asks the same numbers again and again.
 *
 * Rules for what may be cached (why the verification cache is split in two):
 * - what never changes once issued (number, holder's masked name, project, dates, issuer) is kept
 *   until evicted (LRU, bounded by `maxEntries`);
 * - what can change (status: revoked, replaced) is kept only `statusTtlMs` (default 30 s), so a
 *   revocation shows on every replica within that time, and at once on the replica that made it
 *   (`invalidate`);
 * - "not found" is kept only `missTtlMs` (default 5 s): a number issued a moment ago soon verifies;
 * - nothing that depends on the caller (full names for operators) and no personal data in clear
 *   goes in: callers cache only the public projection.
 */
export interface Clock {
  now(): number;
}

const systemClock: Clock = { now: () => Date.now() };

/** Bounded LRU map with an optional per-entry expiry (a Map keeps insertion order: oldest first). */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; expires: number }>();
  constructor(
    private readonly maxEntries: number,
    private readonly clock: Clock = systemClock,
  ) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.clock.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Refresh recency.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V, ttlMs = Infinity): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.clock.now() + ttlMs });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface VerificationCacheOptions {
  /** Entries kept (immutable parts); default 100,000 (about 30 MB for typical certificate records). */
  maxEntries?: number;
  /** How long a status is trusted; default 30 s. */
  statusTtlMs?: number;
  /** How long "no such certificate" is trusted; default 5 s. */
  missTtlMs?: number;
  clock?: Clock;
}

export interface VerificationLoaders<I, S> {
  /** Loads both parts for numbers not cached (one call per batch, e.g. a DataLoader's). */
  load(key: string): Promise<{ immutable: I; status: S } | null>;
  /** Loads only the status when the immutable part is cached but the status expired. */
  loadStatus(key: string): Promise<S | null>;
}

/**
 * Verification by number with the immutable part cached and the status on a short TTL. Concurrent
 * misses for one number share one load.
 */
export class VerificationCache<I, S> {
  private readonly immutable: LruCache<string, I>;
  private readonly status: LruCache<string, S>;
  private readonly misses: LruCache<string, true>;
  private readonly inflight = new Map<string, Promise<{ immutable: I; status: S } | null>>();
  readonly statusTtlMs: number;
  readonly missTtlMs: number;
  hits = 0;
  loads = 0;

  constructor(options: VerificationCacheOptions = {}) {
    const max = options.maxEntries ?? 100_000;
    this.statusTtlMs = options.statusTtlMs ?? 30_000;
    this.missTtlMs = options.missTtlMs ?? 5_000;
    this.immutable = new LruCache(max, options.clock);
    this.status = new LruCache(max, options.clock);
    this.misses = new LruCache(Math.max(1, Math.ceil(max / 10)), options.clock);
  }

  async get(key: string, loaders: VerificationLoaders<I, S>): Promise<{ immutable: I; status: S } | null> {
    if (this.misses.get(key)) {
      this.hits++;
      return null;
    }
    const immutable = this.immutable.get(key);
    if (immutable !== undefined) {
      const cached = this.status.get(key);
      if (cached !== undefined) {
        this.hits++;
        return { immutable, status: cached };
      }
      const loaded = await loaders.loadStatus(key);
      this.loads++;
      if (loaded === null) {
        // Deleted (never expected for certificates): forget it entirely.
        this.invalidate(key);
        return null;
      }
      this.status.set(key, loaded as S, this.statusTtlMs);
      return { immutable, status: loaded as S };
    }
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = loaders.load(key).then(
        (found) => {
          this.inflight.delete(key);
          this.loads++;
          if (found === null) this.misses.set(key, true, this.missTtlMs);
          else {
            this.immutable.set(key, found.immutable);
            this.status.set(key, found.status, this.statusTtlMs);
          }
          return found;
        },
        (error: unknown) => {
          this.inflight.delete(key);
          throw error;
        },
      );
      this.inflight.set(key, pending);
    }
    return pending;
  }

  /** After this replica changes a certificate's status (revoke, replace): its next read reloads it. */
  invalidate(key: string): void {
    this.status.delete(key);
    this.misses.delete(key);
  }

  /** After a certificate is issued with a number that was looked up (and missed) a moment ago. */
  forgetMiss(key: string): void {
    this.misses.delete(key);
  }
}
