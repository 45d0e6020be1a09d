import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@Directive('@shareable')
@ObjectType({ description: '分页信息 / cursor pagination state' })
export class PageInfo {
  @Field({ description: '是否还有下一页 / whether a next page exists' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: '本页最后一条的游标，传给 after 取下一页 / pass as `after` for the next page' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `每页条数，1-${MAX_PAGE_SIZE}，默认 ${DEFAULT_PAGE_SIZE} / page size` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '上一页的 endCursor / the endCursor of the previous page' })
  after?: string | null;
}

export interface Page {
  limit: number;
  afterKey: string | null;
}

const CURSOR_PREFIX = 'v1:';

export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX) || text.length === CURSOR_PREFIX.length) {
    throw new BadUserInputError('游标无效 / `after` is not a cursor returned by this API', { field: 'after' });
  }
  return text.slice(CURSOR_PREFIX.length);
}

export function parsePage(args: PageArgs): Page {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first 须在 1 到 ${MAX_PAGE_SIZE} 之间 / first must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}`, { field: 'first' });
  }
  return { limit, afterKey: args.after ? decodeCursor(args.after) : null };
}

/**
 * `totalCount` may be a promise: GraphQL reads the property only when a client selects the field, so a
 * connection built with a lazy count (see `lazyCount`) never counts for clients that do not ask.
 */
export interface Connection<T> {
  totalCount: number | Promise<number>;
  nodes: T[];
  pageInfo: PageInfo;
}

/**
 * Builds a connection from rows fetched with `limit + 1` (the extra row only says a next page exists).
 * `totalCount` is a number or a function run the first time the field is read (at most once).
 */
export function toConnection<T>(rows: T[], totalCount: number | (() => Promise<number>), page: Page, keyOf: (row: T) => string): Connection<T> {
  const hasNextPage = rows.length > page.limit;
  const nodes = hasNextPage ? rows.slice(0, page.limit) : rows;
  const last = nodes[nodes.length - 1];
  const pageInfo = { hasNextPage, endCursor: last ? encodeCursor(keyOf(last)) : null };
  if (typeof totalCount === 'number') return { totalCount, nodes, pageInfo };
  let counted: Promise<number> | undefined;
  return {
    get totalCount() {
      return (counted ??= totalCount());
    },
    nodes,
    pageInfo,
  };
}

/** Connection object type for one node type: `@ObjectType() class XConnection extends ConnectionType(X) {}`. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => Int, {
      description:
        '符合条件的总数（仅在请求此字段时计算）/ exact total matching the filters, across all pages; computed only when selected, from maintained counters or an index range (never a scan of a large table)',
    })
    totalCount: number | Promise<number>;

    @Field(() => [nodeType], { description: '本页数据 / this page' })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}
