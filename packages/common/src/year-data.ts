import { YearDataMissingError, yearBoundData, type AnnualNotice, type HolidayArrangement, type YearBoundData } from '@skillfed/province-rules';
import { GraphQLError } from 'graphql';
import { ANONYMOUS } from './caller';
import type { PeerClient } from './peer';

/**
 * Year-bound records (State Council holiday arrangements, provinces' annual notices) are loaded into
 * the catalog subgraph's database. Every subgraph that computes with them holds a YearDataSource: the
 * catalog reads its own tables, the others ask the catalog (one peer query) and cache the answer.
 *
 * Freshness: a cached snapshot is reused for `ttlMs` (YEAR_DATA_TTL_SECONDS, default 60). When a
 * computation misses a year (a year may have been loaded a moment ago), the source reloads once and
 * retries, so a newly loaded year is seen at once; a correction to an already-loaded year is seen
 * within the TTL (the catalog itself invalidates on every load, so it sees corrections at once).
 */
export interface YearDataSnapshot {
  arrangements: HolidayArrangement[];
  notices: AnnualNotice[];
}

/** GraphQL error for a missing year: extensions say which record and which mutation loads it. */
export class YearDataNotLoadedError extends GraphQLError {
  constructor(error: YearDataMissingError) {
    super(error.message, { extensions: { code: 'YEAR_DATA_NOT_LOADED', ...error.missing } });
  }
}

export class YearDataSource {
  private cached: { at: number; data: YearBoundData } | null = null;
  private pending: Promise<YearBoundData> | null = null;

  constructor(
    private readonly load: () => Promise<YearDataSnapshot>,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Bundled data only (chinese-days and the notices in the seeds), for subgraphs that load nothing. */
  static bundled(): YearDataSource {
    return new YearDataSource(async () => ({ arrangements: [], notices: [] }), Number.MAX_SAFE_INTEGER);
  }

  /** Asks the catalog subgraph; the records are public, so the peer call carries no caller. */
  static fromCatalog(catalog: PeerClient, ttlMs?: number): YearDataSource {
    return new YearDataSource(async () => {
      const data = await catalog.query<{ currentHolidayArrangements: HolidayArrangement[]; currentAnnualNotices: { content: string }[] }>(YEAR_DATA_QUERY, {}, ANONYMOUS);
      return { arrangements: data.currentHolidayArrangements, notices: data.currentAnnualNotices.map((n) => JSON.parse(n.content) as AnnualNotice) };
    }, ttlMs);
  }

  invalidate(): void {
    this.cached = null;
  }

  async get(fresh = false): Promise<YearBoundData> {
    if (!fresh && this.cached && this.now() - this.cached.at < this.ttlMs) return this.cached.data;
    // One load in flight at a time: concurrent requests share it instead of each asking the catalog.
    this.pending ??= this.load()
      .then((snapshot) => {
        const data = yearBoundData(snapshot);
        this.cached = { at: this.now(), data };
        return data;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /**
   * Runs `fn` with the current data. A missing year reloads once and retries; if it is still missing
   * the caller gets YEAR_DATA_NOT_LOADED saying which year and what to load.
   */
  async use<T>(fn: (data: YearBoundData) => T | Promise<T>): Promise<T> {
    try {
      return await fn(await this.get());
    } catch (error) {
      if (!(error instanceof YearDataMissingError)) throw error;
      // Reload before refusing: the year may have been loaded a moment ago. Concurrent misses share
      // one load (see get), so a burst of requests for an unloaded year costs one catalog query.
      const data = await this.get(true);
      try {
        return await fn(data);
      } catch (again) {
        if (again instanceof YearDataMissingError) throw new YearDataNotLoadedError(again);
        throw again;
      }
    }
  }
}

const YEAR_DATA_QUERY = `query YearBoundData {
  currentHolidayArrangements { year document title holidays workingWeekends testData }
  currentAnnualNotices { content }
}`;
