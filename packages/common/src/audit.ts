import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import { Arg, Args, Authorized, Ctx, Directive, Field, ID, InputType, ObjectType, Query, Resolver, registerEnumType, type ClassType, type MiddlewareFn } from 'type-graphql';
import { Column, Entity, PrimaryColumn, Table, TableIndex, type DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { insertRows } from './bulk-insert';
import type { Caller } from './caller';
import { provinceScope } from './caller';
import { col } from './entity-columns';
import { AppError } from './errors';
import { createLogger } from './logger';
import { redactPersonalData } from './redact';
import { ConnectionType, PageArgs, parsePage } from './pagination';
import { paginate, whereProvinceIn } from './query';
import { DateScalar } from './scalars';
import type { SubgraphName } from './env';

/**
 * The audit trail (issue 9): every mutation, and every read that returns unmasked personal data,
 * appends one `audit_events` row in the subgraph that owns the data. Mutations write it with
 * `recordAudit(manager, ctx, …)` inside their own transaction, so a change and its audit row commit or
 * roll back together. The table is append-only: nothing in the code updates or deletes it, and on
 * SQLite and MySQL/MariaDB triggers refuse UPDATE and DELETE (TiDB has no triggers; there the grant
 * should be INSERT/SELECT only — see README).
 */

export const AUDIT_OUTCOMES = ['SUCCESS', 'REFUSED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
export const AuditOutcomeEnum = { SUCCESS: 'SUCCESS', REFUSED: 'REFUSED', FAILED: 'FAILED' } as const;
registerEnumType(AuditOutcomeEnum, {
  name: 'AuditOutcome',
  description: '结果 / outcome',
  valuesConfig: {
    SUCCESS: { description: '成功 / done' },
    REFUSED: { description: '被拒绝（输入、权限、冲突）/ refused: bad input, forbidden, not found, conflict' },
    FAILED: { description: '失败（内部错误）/ failed on an internal error' },
  },
});

/** Error codes that mean "the request was refused" rather than "the server failed". */
const REFUSAL_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED']);

/** Action name of a read that returned unmasked personal data. */
export const READ_UNMASKED = 'READ_UNMASKED';

@Entity('audit_events')
export class AuditEvent {
  /** UUIDv7: time-ordered, so keyset pages on the id come out in time order on every database. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'occurred_at', type: 'datetime' })
  occurredAt: Date;

  /** Token subject (a user id), never a name or an ID number. */
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'varchar', length: 40 })
  role: string;

  /** The caller's provinces, comma-separated (empty for national administrators). */
  @Column({ name: 'caller_provinces', type: 'varchar', length: 200 })
  callerProvinces: string;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 60 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 100, nullable: true })
  targetId: string | null;

  /** Province the target belongs to; drives what a provincial operator may read back. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  province: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 100 })
  requestId: string;

  @Column({ type: 'varchar', length: 10 })
  outcome: AuditOutcome;

  /** Error code of a refusal, or the fields read unmasked; never personal data. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  detail: string | null;
}

/** What `recordAudit` needs from the resolver context. */
export interface AuditContext {
  caller: Caller;
  /** The request's x-request-id; work started outside a request (a CLI, a seed) has none. */
  requestId?: string;
}

export interface AuditEntry {
  /** Usually the mutation name (`registerExaminer`). */
  action: string;
  /** Entity type the action is about (`Examiner`). */
  targetType: string;
  targetId?: string | null;
  province?: string | null;
  outcome?: AuditOutcome;
  /** A code or field list; never personal data. */
  detail?: string | null;
}

let lastMs = 0;
let sequence = 0;

/**
 * RFC 9562 UUIDv7: 48-bit millisecond time, a 12-bit per-process counter (method 1 of the RFC, so ids
 * made in the same millisecond still sort in the order they were made), then random bits.
 */
export function uuidv7(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs += 1;
    sequence = 0;
  }
  const bytes = crypto.randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const clip = (value: string | null | undefined, max: number) => (value == null ? null : [...String(value)].slice(0, max).join(''));

function toRow(context: AuditContext, entry: AuditEntry): AuditEvent {
  return Object.assign(new AuditEvent(), {
    id: uuidv7(),
    occurredAt: new Date(),
    subject: clip(context.caller.subject, 200)!,
    role: context.caller.role,
    callerProvinces: clip(context.caller.provinces.join(','), 200)!,
    action: clip(entry.action, 100)!,
    targetType: clip(entry.targetType, 60)!,
    targetId: clip(entry.targetId ?? null, 100),
    province: entry.province ?? null,
    requestId: clip(context.requestId ?? '-', 100)!,
    outcome: entry.outcome ?? 'SUCCESS',
    detail: clip(entry.detail ?? null, 200),
  });
}

const recorded = new WeakMap<object, number>();

/** How many audit rows this request context has recorded (the mutation guard compares it). */
export function auditCount(context: object): number {
  return recorded.get(context) ?? 0;
}

/**
 * Appends one audit row with `manager` — pass the transaction's manager so the row commits with the
 * change. Call it once per mutation, after the checks, with the target's type, id and province.
 */
export async function recordAudit(manager: EntityManager, context: AuditContext, entry: AuditEntry): Promise<void> {
  await manager.insert(AuditEvent, toRow(context, entry));
  recorded.set(context, auditCount(context) + 1);
  // A service may pass its own actor object rather than the resolver context: it still counts for the mutation.
  const scope = mutationScope.getStore();
  if (scope && scope.context !== context) recorded.set(scope.context, auditCount(scope.context) + 1);
}

// --- reads of unmasked personal data --------------------------------------------------------------

const pendingReads = new WeakMap<object, Map<string, AuditEntry>>();

/**
 * Notes that this request returns a target's personal data unmasked (e.g. a name to an operator of the
 * same province). Field resolvers only note; the server writes all of a request's notes in one INSERT
 * when the response is ready (`flushReadAudits`), so there is no statement per row.
 */
export function noteUnmaskedRead(context: AuditContext, entry: { targetType: string; targetId: string; province?: string | null; field: string }): void {
  let pending = pendingReads.get(context);
  if (!pending) pendingReads.set(context, (pending = new Map()));
  const key = `${entry.targetType}|${entry.targetId}`;
  const existing = pending.get(key);
  if (existing) {
    const fields = new Set((existing.detail ?? '').split(',').filter(Boolean));
    fields.add(entry.field);
    existing.detail = [...fields].sort().join(',');
  } else {
    pending.set(key, { action: READ_UNMASKED, targetType: entry.targetType, targetId: entry.targetId, province: entry.province ?? null, detail: entry.field });
  }
}

/** Writes the request's noted unmasked reads (multi-row INSERTs). Called by the server kit. */
export async function flushReadAudits(db: DataSource, context: AuditContext): Promise<number> {
  const pending = pendingReads.get(context);
  if (!pending || pending.size === 0) return 0;
  pendingReads.delete(context);
  const rows = [...pending.values()].map((entry) => toRow(context, entry));
  // A page of 1,000 holders read for issuing is 1,000 rows: the positional multi-row insert, not TypeORM's.
  await insertRows(db.manager, AuditEvent, rows);
  return rows.length;
}

// --- the guard every mutation passes through ------------------------------------------------------

const guardLogger = createLogger('audit');

function errorCode(error: unknown): string {
  const code = (error as AppError)?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

function inputOf(args: Record<string, unknown>): Record<string, unknown> {
  return args.input && typeof args.input === 'object' ? (args.input as Record<string, unknown>) : {};
}

/** The province a mutation names (`province` or `input.province`), so provincial operators see its rows. */
function provinceOf(args: Record<string, unknown>): string | null {
  const value = args.province ?? inputOf(args).province;
  return typeof value === 'string' ? value : null;
}

/** The id-like argument of a mutation (`id`, `examinerId`, `input.batchId` …), for rows without an entity. */
function targetOf(args: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries({ ...inputOf(args), ...args })) {
    // Never a resident ID or phone given as an argument (`residentId`): the trail must not hold them in clear.
    if ((key === 'id' || key.endsWith('Id')) && !/resident|phone/i.test(key) && typeof value === 'string' && redactPersonalData(value) === value) return value.slice(0, 100);
  }
  return null;
}

/**
 * Global type-graphql middleware (installed by `buildFederatedSchema`) around every Mutation field:
 * - a refused or failed mutation gets an audit row with its outcome and error code (written on its
 *   own, since the mutation's transaction rolled back);
 * - a mutation that succeeded without calling `recordAudit` is a bug: under tests (NODE_ENV=test) it
 *   fails loudly when the strict guard is on; otherwise a fallback row (detail NO_TRANSACTION) is written and a warning logged, so the
 *   trail never has a hole even when a new mutation forgot.
 */
/** Writes the audit row of a refused or failed mutation (its own transaction rolled back, if any). */
export async function recordMutationError(context: AuditContext & { db: DataSource }, action: string, args: Record<string, unknown>, error: unknown): Promise<void> {
  const code = errorCode(error);
  try {
    await recordAudit(context.db.manager, context, {
      action,
      targetType: 'Mutation',
      targetId: targetOf(args),
      province: provinceOf(args),
      outcome: REFUSAL_CODES.has(code) ? 'REFUSED' : 'FAILED',
      detail: code,
    });
  } catch (auditError) {
    // The caller still gets the original error; the failed audit write is logged without personal data.
    guardLogger.error('audit_write_failed', { action, name: (auditError as Error)?.name });
  }
}

/**
 * Off by default: a mutation that wrote nothing through inTransaction (a dry run) gets the fallback row.
 * Tests switch it on to fail any mutation that forgot its audit row.
 */
let strictAuditGuard = false;
export function setStrictAuditGuard(strict: boolean): void {
  strictAuditGuard = strict;
}

/** The mutation being resolved, so `inTransaction` can audit it in the transaction that changes data. */
interface MutationScope {
  context: AuditContext;
  action: string;
  args: Record<string, unknown>;
}
const mutationScope = new AsyncLocalStorage<MutationScope>();

/**
 * Wraps every transaction's work (`inTransaction` does it): when the work of the current mutation did
 * not record an audit row itself, records one with the same manager, so it commits or rolls back with the
 * change. The target is what the work returned (an entity with id and province) or the id argument.
 * Resolvers that know better call `recordAudit` themselves first.
 */
export async function auditTransaction<T>(manager: EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const scope = mutationScope.getStore();
  const before = scope ? auditCount(scope.context) : 0;
  const result = await work(manager);
  // Counting per attempt (not a flag) keeps this right when inTransaction retries after a rollback.
  if (!scope || auditCount(scope.context) !== before) return result;
  const entity = result && typeof result === 'object' && !Array.isArray(result) ? (result as Record<string, unknown>) : null;
  const typeName = entity?.constructor?.name;
  await recordAudit(manager, scope.context, {
    action: scope.action,
    targetType: typeName && typeName !== 'Object' ? typeName : 'Mutation',
    targetId: typeof entity?.id === 'string' ? entity.id : targetOf(scope.args),
    province: typeof entity?.province === 'string' ? entity.province : provinceOf(scope.args),
  });
  return result;
}

export const auditMutations: MiddlewareFn<AuditContext & { db: DataSource }> = async ({ info, context, args }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  const before = auditCount(context);
  const scope: MutationScope = { context, action: info.fieldName, args };
  let result: unknown;
  try {
    result = await mutationScope.run(scope, next);
  } catch (error) {
    await recordMutationError(context, info.fieldName, args, error);
    throw error;
  }
  if (auditCount(context) === before) {
    guardLogger.warn('mutation_without_audit', { action: info.fieldName });
    if (process.env.NODE_ENV === 'test' && strictAuditGuard) throw new Error(`mutation ${info.fieldName} succeeded without recordAudit`);
    await recordAudit(context.db.manager, context, { action: info.fieldName, targetType: 'Mutation', targetId: targetOf(args), province: provinceOf(args), detail: 'NO_TRANSACTION' });
  }
  return result;
};

// --- schema: each subgraph exposes its own trail under `<subgraph>AuditEvents` --------------------

@Directive('@shareable')
@ObjectType('AuditEvent', { description: '审计记录（只增不改）/ one append-only audit trail entry' })
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field({ description: '记录所在子图 / subgraph that owns the target and the row' })
  subgraph: string;

  @Field({ description: '发生时间（UTC, ISO 8601）/ when, UTC ISO 8601' })
  occurredAt: string;

  @Field({ description: '操作人（令牌 sub）/ caller subject' })
  subject: string;

  @Field({ description: '角色 / caller role' })
  role: string;

  @Field(() => [String], { description: '操作人所属省份 / caller provinces. Bounded: the provinces with a rules module.' })
  callerProvinces: string[];

  @Field({ description: '操作（变更名或 READ_UNMASKED）/ mutation name, or READ_UNMASKED' })
  action: string;

  @Field({ description: '对象类型 / target type' })
  targetType: string;

  @Field(() => String, { nullable: true, description: '对象标识 / target id' })
  targetId: string | null;

  @Field(() => String, { nullable: true, description: '对象所属省份 / province of the target' })
  province: string | null;

  @Field({ description: '请求标识 / request id (x-request-id)' })
  requestId: string;

  @Field(() => AuditOutcomeEnum)
  outcome: AuditOutcome;

  @Field(() => String, { nullable: true, description: '错误码或明文读取的字段 / error code, or fields read unmasked' })
  detail: string | null;
}

@Directive('@shareable')
@ObjectType('AuditEventConnection')
export class AuditEventConnection extends ConnectionType(AuditEventType) {}

@InputType('AuditEventFilter', { description: '审计记录筛选 / audit trail filter' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: '对象所属省份（省级经办人只能查本省）/ province of the target' })
  province?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => String, { nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: '操作人 / caller subject' })
  subject?: string | null;

  @Field(() => AuditOutcomeEnum, { nullable: true })
  outcome?: AuditOutcome | null;

  @Field(() => DateScalar, { nullable: true, description: '起始日（含，UTC）/ from this day, inclusive (UTC)' })
  since?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '截止日（含，UTC）/ up to this day, inclusive (UTC)' })
  until?: string | null;
}

export function toAuditEventType(subgraph: string, row: AuditEvent): AuditEventType {
  return {
    id: row.id,
    subgraph,
    occurredAt: new Date(row.occurredAt).toISOString(),
    subject: row.subject,
    role: row.role,
    callerProvinces: row.callerProvinces ? row.callerProvinces.split(',') : [],
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    province: row.province,
    requestId: row.requestId,
    outcome: row.outcome,
    detail: row.detail,
  };
}

function nextDay(date: string): Date {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/**
 * The `<subgraph>AuditEvents(filter, first, after)` query of one subgraph. Distinct field names (rather
 * than one shared `auditEvents`) compose in Federation 2 without gateway magic: each field has one
 * owner, and the shared `AuditEvent` value type is @shareable. Oldest first (UUIDv7 order).
 */
const auditResolvers = new Map<SubgraphName, ClassType>();

export function createAuditResolver(subgraph: SubgraphName): ClassType {
  const existing = auditResolvers.get(subgraph);
  if (existing) return existing;
  @Resolver()
  class AuditEventsResolver {
    @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
    @Query(() => AuditEventConnection, {
      name: `${subgraph}AuditEvents`,
      description: `${subgraph} 子图的审计记录：全国管理员看全部，省级经办人看本省 / the ${subgraph} subgraph's audit trail; national administrators see all, provincial operators their provinces'`,
    })
    async auditEvents(
      @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
      @Args() pageArgs: PageArgs,
      @Ctx() ctx: { caller: Caller; db: DataSource },
    ): Promise<AuditEventConnection> {
      const page = parsePage(pageArgs);
      const qb = ctx.db.getRepository(AuditEvent).createQueryBuilder('a');
      const scope = provinceScope(ctx.caller);
      if (filter?.province) {
        if (scope !== null && !scope.includes(filter.province)) return { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
        qb.andWhere('a.province = :province', { province: filter.province });
      }
      whereProvinceIn(qb, 'a', scope);
      if (filter?.action) qb.andWhere('a.action = :action', { action: filter.action });
      if (filter?.targetType) qb.andWhere('a.target_type = :targetType', { targetType: filter.targetType });
      if (filter?.targetId) qb.andWhere('a.target_id = :targetId', { targetId: filter.targetId });
      if (filter?.subject) qb.andWhere('a.subject = :subject', { subject: filter.subject });
      if (filter?.outcome) qb.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
      if (filter?.since) qb.andWhere('a.occurred_at >= :since', { since: new Date(`${filter.since}T00:00:00Z`) });
      if (filter?.until) qb.andWhere('a.occurred_at < :until', { until: nextDay(filter.until) });
      const connection = await paginate(qb, 'a', page);
      return { ...connection, nodes: connection.nodes.map((row) => toAuditEventType(subgraph, row)) };
    }
  }
  auditResolvers.set(subgraph, AuditEventsResolver);
  return AuditEventsResolver;
}

// --- migration ------------------------------------------------------------------------------------

/**
 * Creates `audit_events` and the triggers that make it append-only. Each subgraph declares a subclass
 * with its own timestamped name: `export class AuditEvents1764000000000 extends CreateAuditEvents { name = 'AuditEvents1764000000000' }`.
 */
export abstract class CreateAuditEvents implements MigrationInterface {
  abstract name: string;

  async up(queryRunner: QueryRunner): Promise<void> {
    const existing = await queryRunner.getTable('audit_events');
    if (existing?.findColumnByName('caller_provinces')) return; // created by an earlier migration of this subgraph
    if (existing) {
      // The provisional table the certificates branch used before this helper landed: kept, renamed, never dropped.
      await queryRunner.renameTable('audit_events', 'audit_events_provisional');
    }
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          col.id(),
          { name: 'occurred_at', type: 'datetime', isNullable: false },
          col.text('subject', 200),
          col.text('role', 40),
          col.text('caller_provinces', 200),
          col.text('action', 100),
          col.text('target_type', 60),
          col.text('target_id', 100, true),
          col.text('province', 40, true),
          col.text('request_id', 100),
          col.text('outcome', 10),
          col.text('detail', 200, true),
        ],
      }),
    );
    await queryRunner.createIndex('audit_events', new TableIndex({ name: 'ix_audit_events_province', columnNames: ['province', 'id'] }));
    await queryRunner.createIndex('audit_events', new TableIndex({ name: 'ix_audit_events_target', columnNames: ['target_type', 'target_id'] }));
    const type = queryRunner.connection.options.type;
    if (type === 'better-sqlite3' || type === 'sqlite') {
      for (const op of ['UPDATE', 'DELETE']) {
        await queryRunner.query(`CREATE TRIGGER audit_events_no_${op.toLowerCase()} BEFORE ${op} ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`);
      }
    } else if (type === 'mysql' || type === 'mariadb') {
      const [{ version }] = await queryRunner.query('SELECT VERSION() AS version');
      if (!/tidb/i.test(String(version))) {
        for (const op of ['UPDATE', 'DELETE']) {
          try {
            await queryRunner.query(
              `CREATE TRIGGER audit_events_no_${op.toLowerCase()} BEFORE ${op} ON audit_events FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_events is append-only'`,
            );
          } catch (error) {
            // A least-privilege user on a binlogged server may not create triggers (SUPER or
            // log_bin_trust_function_creators): the code never updates the table; grant INSERT/SELECT only.
            createLogger('audit').warn('audit_trigger_not_created', { operation: op, code: (error as { code?: string }).code });
          }
        }
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['update', 'delete']) await queryRunner.query(`DROP TRIGGER IF EXISTS audit_events_no_${op}`);
    await queryRunner.dropTable('audit_events');
  }
}

/**
 * The name the certificates subgraph's migration list used for its provisional audit table (before this
 * helper landed). It now creates the real table, so databases built from either list end up the same.
 */
export class CreateAuditEvents1763900000002 extends CreateAuditEvents {
  name = 'CreateAuditEvents1763900000002';
}
