import crypto from 'node:crypto';
import { ConflictError, inTransaction, recordAudit, type SubgraphContext, type YearDataSnapshot } from '@skillfed/common';
import { validateAnnualNotice, validateHolidayArrangement, type AnnualNotice, type HolidayArrangement } from '@skillfed/province-rules';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AnnualNoticeRow, HolidayArrangementRow } from './year-data.entity';

type Ctx = SubgraphContext<unknown>;

export function toArrangement(row: HolidayArrangementRow): HolidayArrangement {
  const dates = (text: string) => (text ? text.split(',') : []);
  return { year: row.year, document: row.document, title: row.title, holidays: dates(row.holidays), workingWeekends: dates(row.workingWeekends), testData: row.testData };
}

export function toNotice(row: AnnualNoticeRow): AnnualNotice {
  return JSON.parse(row.content) as AnnualNotice;
}

/** The current (not superseded) loaded records: what every subgraph's YearDataSource is built from. */
export async function currentYearData(db: DataSource): Promise<YearDataSnapshot> {
  const [arrangements, notices] = await Promise.all([
    db.getRepository(HolidayArrangementRow).find({ where: { supersededAt: IsNull() }, order: { year: 'ASC' } }),
    db.getRepository(AnnualNoticeRow).find({ where: { supersededAt: IsNull() }, order: { province: 'ASC', year: 'ASC' } }),
  ]);
  return { arrangements: arrangements.map(toArrangement), notices: notices.map(toNotice) };
}

/** Sorted, de-duplicated dates keep a reload of the same notice recognisably unchanged. */
function normaliseArrangement(a: HolidayArrangement): HolidayArrangement {
  const sort = (d: string[]) => [...d].sort();
  return { year: a.year, document: a.document.trim(), title: a.title?.trim() || null, holidays: sort(a.holidays), workingWeekends: sort(a.workingWeekends), testData: Boolean(a.testData) };
}

function normaliseNotice(n: AnnualNotice): AnnualNotice {
  return {
    ...n,
    document: n.document.trim(),
    title: n.title.trim(),
    seed: n.seed ?? null,
    testData: Boolean(n.testData),
    note: n.note?.trim() || null,
    unifiedSchedule: n.unifiedSchedule ? { ...n.unifiedSchedule, sittings: [...n.unifiedSchedule.sittings].sort((a, b) => a.month.localeCompare(b.month)) } : null,
    separateBatch: n.separateBatch ?? null,
    keyDates: n.keyDates ?? [],
  };
}

async function nextVersion(manager: EntityManager, entity: typeof HolidayArrangementRow | typeof AnnualNoticeRow, where: Record<string, unknown>): Promise<number> {
  return ((await manager.maximum(entity as typeof HolidayArrangementRow, 'version', where)) ?? 0) + 1;
}

function uniqueClash(error: unknown): never {
  const message = String((error as Error)?.message ?? '');
  if (/UNIQUE|Duplicate entry/i.test(message)) throw new ConflictError('同一年度正在被另一次加载写入，请重试 / another load of the same year won the race; retry');
  throw error;
}

export interface LoadOutcome<T> {
  problems: string[];
  applied: boolean;
  /** True when the current record already says exactly this (nothing written). */
  unchanged: boolean;
  record: T | null;
}

/**
 * Loads one year's State Council arrangement: validated against the calendar the subgraphs already
 * see; a reload of the same year becomes a new version and supersedes the old one.
 */
export async function loadHolidayArrangement(ctx: Ctx, input: HolidayArrangement, options: { dryRun: boolean; reason: string | null }): Promise<LoadOutcome<HolidayArrangementRow>> {
  const arrangement = normaliseArrangement(input);
  const data = await ctx.yearData.get(true);
  const problems = validateHolidayArrangement(arrangement, data.calendar);
  const current = await ctx.db.getRepository(HolidayArrangementRow).findOneBy({ year: arrangement.year, supersededAt: IsNull() });
  const unchanged = current !== null && JSON.stringify(normaliseArrangement(toArrangement(current))) === JSON.stringify(arrangement);
  if (problems.length || options.dryRun || unchanged) return { problems, applied: false, unchanged, record: current };
  try {
    const row = await inTransaction(ctx.db, async (manager) => {
      const now = new Date();
      await manager.update(HolidayArrangementRow, { year: arrangement.year, supersededAt: IsNull() }, { supersededAt: now });
      const created = manager.create(HolidayArrangementRow, {
        id: crypto.randomUUID(),
        year: arrangement.year,
        version: await nextVersion(manager, HolidayArrangementRow, { year: arrangement.year }),
        document: arrangement.document,
        title: arrangement.title ?? null,
        holidays: arrangement.holidays.join(','),
        workingWeekends: arrangement.workingWeekends.join(','),
        testData: Boolean(arrangement.testData),
        loadedBy: ctx.caller.subject,
        loadedAt: now,
        supersededAt: null,
        reason: options.reason,
      });
      await manager.insert(HolidayArrangementRow, created);
      await recordAudit(manager, ctx, { action: 'LOAD_HOLIDAY_ARRANGEMENT', targetType: 'HolidayArrangement', targetId: created.id, detail: `${arrangement.year} v${created.version} ${arrangement.document}` });
      return created;
    });
    ctx.yearData.invalidate();
    return { problems: [], applied: true, unchanged: false, record: row };
  } catch (error) {
    uniqueClash(error);
  }
}

/** Loads notices all or nothing (an import may carry several years); each becomes a new version. */
export async function loadAnnualNotices(ctx: Ctx, inputs: AnnualNotice[], options: { dryRun: boolean; reason: string | null }): Promise<{ problems: { index: number; reason: string }[]; applied: boolean; outcomes: { unchanged: boolean; notice: AnnualNotice; row: AnnualNoticeRow | null }[] }> {
  const notices = inputs.map(normaliseNotice);
  const problems = notices.flatMap((n, index) => validateAnnualNotice(n).map((reason) => ({ index, reason })));
  const keys = notices.map((n) => `${n.province}:${n.year}`);
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) problems.push({ index, reason: `同一文件中${key}出现两次 / ${key} appears twice` });
  });
  const repo = ctx.db.getRepository(AnnualNoticeRow);
  const outcomes = await Promise.all(
    notices.map(async (notice) => {
      const current = await repo.findOneBy({ province: notice.province, year: notice.year, supersededAt: IsNull() });
      return { notice, row: current, unchanged: current !== null && current.content === JSON.stringify(notice) };
    }),
  );
  if (problems.length || options.dryRun || outcomes.every((o) => o.unchanged)) return { problems, applied: false, outcomes };
  try {
    const written = await inTransaction(ctx.db, async (manager) => {
      const now = new Date();
      const rows: typeof outcomes = [];
      for (const o of outcomes) {
        if (o.unchanged) {
          rows.push(o);
          continue;
        }
        const { province, year } = o.notice;
        await manager.update(AnnualNoticeRow, { province, year, supersededAt: IsNull() }, { supersededAt: now });
        const row = manager.create(AnnualNoticeRow, {
          id: crypto.randomUUID(),
          province,
          year,
          version: await nextVersion(manager, AnnualNoticeRow, { province, year }),
          document: o.notice.document,
          title: o.notice.title,
          testData: Boolean(o.notice.testData),
          content: JSON.stringify(o.notice),
          loadedBy: ctx.caller.subject,
          loadedAt: now,
          supersededAt: null,
          reason: options.reason,
        });
        await manager.insert(AnnualNoticeRow, row);
        await recordAudit(manager, ctx, { action: 'LOAD_ANNUAL_NOTICE', targetType: 'AnnualNotice', targetId: row.id, province, detail: `${year} v${row.version} ${o.notice.document}` });
        rows.push({ ...o, row });
      }
      return rows;
    });
    ctx.yearData.invalidate();
    return { problems: [], applied: true, outcomes: written };
  } catch (error) {
    uniqueClash(error);
  }
}
