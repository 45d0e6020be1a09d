import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from './errors';
import { toConnection, type Connection, type Page } from './pagination';

/** Restricts a query to the provinces a caller may see; `null` means all, `[]` means none. */
export function whereProvinceIn<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, provinces: string[] | null): SelectQueryBuilder<T> {
  if (provinces === null) return qb;
  if (provinces.length === 0) return qb.andWhere('1 = 0');
  return qb.andWhere(`${alias}.province IN (:...__provinces)`, { __provinces: provinces });
}

export interface PaginateOptions<T> {
  /**
   * Sort keys ahead of the primary key (ascending), e.g. `[{ column: 'c.issuedOn', property: 'issuedOn' }]` (property paths, as in `andWhere`)
   * for "in issue order". Every filter the resolver offers needs an index starting with the filter's
   * column and followed by these keys, so a page reads `limit + 1` index entries and never sorts.
   */
  orderBy?: { column: string; property: keyof T & string }[];
  /**
   * How `totalCount` is computed when a client selects it. Default: COUNT(*) of the filtered query,
   * fine for small tables and for filters an index narrows; large tables pass maintained counters
   * for their unfiltered totals instead (see certificates' CertificateTotals).
   */
  count?: () => Promise<number>;
  /** Newest first: every key descending (the index still serves it, read backwards). */
  descending?: boolean;
}

function decodeKeys(afterKey: string, arity: number): string[] {
  if (arity === 1) return [afterKey];
  try {
    const keys: unknown = JSON.parse(afterKey);
    if (Array.isArray(keys) && keys.length === arity && keys.every((k) => typeof k === 'string')) return keys as string[];
  } catch {
    // fall through to the typed error
  }
  throw new BadUserInputError('游标无效 / `after` is not a cursor returned by this API for this list', { field: 'after' });
}

/**
 * Keyset pagination: one statement per page (`ORDER BY keys..., id LIMIT n+1`, continuing after the
 * cursor's keys), no OFFSET scans, and the count only when `totalCount` is selected. Ids are UUIDs
 * assigned by the application, so the order is stable on SQLite, MySQL and TiDB alike without relying
 * on AUTO_INCREMENT.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  page: Page,
  options: PaginateOptions<T> = {},
): Promise<Connection<T>> {
  const keys = [...(options.orderBy ?? []), { column: `${alias}.id`, property: 'id' as keyof T & string }];
  const count = options.count ?? (() => qb.clone().getCount());
  const rowsQb = qb.clone().take(page.limit + 1);
  const direction = options.descending ? 'DESC' : 'ASC';
  const cmp = options.descending ? '<' : '>';
  keys.forEach((key, i) => (i === 0 ? rowsQb.orderBy(key.column, direction) : rowsQb.addOrderBy(key.column, direction)));
  if (page.afterKey !== null) {
    const after = decodeKeys(page.afterKey, keys.length);
    // (k1 > a1) OR (k1 = a1 AND k2 > a2) OR ...: spelled out because MariaDB uses an index range for
    // this form on every version, while row-value comparisons are not always sargable.
    const params: Record<string, string> = {};
    const alternatives = keys.map((key, i) => {
      params[`__after${i}`] = after[i];
      return [...keys.slice(0, i).map((k, j) => `${k.column} = :__after${j}`), `${key.column} ${cmp} :__after${i}`].join(' AND ');
    });
    rowsQb.andWhere(`(${alternatives.map((a) => `(${a})`).join(' OR ')})`, params);
  }
  const rows = await rowsQb.getMany();
  const keyOf = keys.length === 1 ? (row: T) => row.id : (row: T) => JSON.stringify(keys.map((k) => String(row[k.property])));
  return toConnection(rows, count, page, keyOf);
}

/** Whether a table has any row, without counting it (demo seeding asks this at every start). */
export async function hasAnyRow(db: DataSource | EntityManager, entity: EntityTarget<ObjectLiteral>): Promise<boolean> {
  const found = await db.getRepository(entity).createQueryBuilder('t').select('1', 'one').limit(1).getRawOne();
  return found !== undefined && found !== null;
}

/** One `WHERE id IN (...)` per batch; results come back in key order, null where missing. */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(db: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * For reverse fields such as Institution.certificates: the first `n` children of each parent, in id
 * order, for a whole batch of parents in two statements. ROW_NUMBER() runs on SQLite 3.25+, MySQL 8,
 * MariaDB 10.2+ and TiDB.
 */
export function childrenLoader<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  parentProperty: keyof T & string,
  n: number,
  restrict?: (qb: SelectQueryBuilder<T>, alias: string) => SelectQueryBuilder<T>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const repo = db.getRepository(entity);
    const meta = repo.metadata;
    const parentColumn = meta.findColumnWithPropertyName(parentProperty)!.databaseName;
    const idColumn = meta.primaryColumns[0].databaseName;
    let inner = repo
      .createQueryBuilder('c')
      .select(`c.${idColumn}`, 'id')
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY c.${parentColumn} ORDER BY c.${idColumn})`, 'rn')
      .where(`c.${parentColumn} IN (:...parents)`, { parents: [...parentIds] });
    if (restrict) inner = restrict(inner, 'c');
    const ranked: { id: string; rn: number | string }[] = await db
      .createQueryBuilder()
      .select('t.id', 'id')
      .addSelect('t.rn', 'rn')
      .from(`(${inner.getQuery()})`, 't')
      .where('t.rn <= :n', { n })
      .setParameters(inner.getParameters())
      .getRawMany();
    const rows = ranked.length ? await repo.findBy({ id: In(ranked.map((r) => r.id)) } as never) : [];
    const grouped = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) grouped.get(row[parentProperty] as string)?.push(row);
    return parentIds.map((id) => grouped.get(id) ?? []);
  });
}

/** Loaders keyed by an argument (e.g. `first`), so each distinct argument still batches. */
export function perArgument<K, V>(make: (arg: K) => V): (arg: K) => V {
  const cache = new Map<K, V>();
  return (arg) => {
    let value = cache.get(arg);
    if (value === undefined) {
      value = make(arg);
      cache.set(arg, value);
    }
    return value;
  };
}

/**
 * Case-sensitive substring search that treats %, _ and ! in the user's text literally. `!` is the
 * escape character because a backslash means different things in SQLite and MySQL string literals.
 */
export function whereContains<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, expressions: string[], text: string | null | undefined, param = 'search'): SelectQueryBuilder<T> {
  const trimmed = text?.trim();
  if (!trimmed) return qb;
  const pattern = `%${trimmed.replace(/[%_!]/g, (c) => `!${c}`)}%`;
  return qb.andWhere(`(${expressions.map((e) => `${e} LIKE :${param} ESCAPE '!'`).join(' OR ')})`, { [param]: pattern });
}

/** Every child of each parent, in id order, for a whole batch of parents in one statement. */
export function groupLoader<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, parentProperty: keyof T & string, order?: keyof T & string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const rows = await db.getRepository(entity).find({ where: { [parentProperty]: In([...parentIds]) } as never, order: order ? ({ [order]: 'ASC' } as never) : undefined });
    const grouped = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) grouped.get(row[parentProperty] as string)?.push(row);
    return parentIds.map((id) => grouped.get(id) ?? []);
  });
}
