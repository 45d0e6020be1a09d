import crypto from 'node:crypto';
import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditEvent,
  CreateAuditEvents,
  ForbiddenError,
  buildFederatedSchema,
  createAuditResolver,
  createLogger,
  flushReadAudits,
  noteUnmaskedRead,
  openDataSource,
  recordAudit,
  setStrictAuditGuard,
  uuidv7,
  type Caller,
  type OpenedDataSource,
} from '../src';
import { callers, testDatabases } from '../src/testing';

class AuditEvents1700000000000 extends CreateAuditEvents {
  name = 'AuditEvents1700000000000';
}

@ObjectType('AuditTestThing')
class Thing {
  @Field(() => ID)
  id: string;
}

type Ctx = { caller: Caller; db: DataSource; requestId: string };

@Resolver()
class ThingResolver {
  @Query(() => Boolean)
  ok(): boolean {
    return true;
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Thing)
  async audited(@Arg('province') province: string, @Ctx() ctx: Ctx): Promise<Thing> {
    const id = crypto.randomUUID();
    await ctx.db.transaction((m) => recordAudit(m, ctx, { action: 'audited', targetType: 'Thing', targetId: id, province }));
    return { id };
  }

  @Authorized()
  @Mutation(() => Thing)
  async refused(@Arg('thingId', () => ID) _thingId: string): Promise<Thing> {
    throw new ForbiddenError('no');
  }

  @Authorized()
  @Mutation(() => Thing)
  async rolledBack(@Ctx() ctx: Ctx): Promise<Thing> {
    await ctx.db.transaction(async (m) => {
      await recordAudit(m, ctx, { action: 'rolledBack', targetType: 'Thing', targetId: 'x' });
      throw new Error('database said no');
    });
    return { id: 'never' };
  }

  @Authorized()
  @Mutation(() => Thing)
  async forgotten(): Promise<Thing> {
    return { id: 'forgot' };
  }
}

const databases = await testDatabases();
const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';

describe.each(databases)('audit trail on $name', (database) => {
  let opened: OpenedDataSource;
  let schema: GraphQLSchema;
  const run = (source: string, caller: Caller, requestId: string = crypto.randomUUID()) =>
    graphql({ schema, source, contextValue: { caller, db: opened.dataSource, requestId, loaders: {}, peers: {} } });
  const rows = () => opened.dataSource.getRepository(AuditEvent).find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    opened = await openDataSource({ database: database.config('audit_test'), entities: [AuditEvent], migrations: [AuditEvents1700000000000], logger: createLogger('test') });
    schema = await buildFederatedSchema({ resolvers: [ThingResolver, createAuditResolver('catalog')] });
  });
  afterAll(async () => {
    await opened?.dataSource.destroy();
    await database.cleanup();
  });

  it('records a mutation in its transaction with who, what and the request id', async () => {
    const result = await run('mutation { audited(province: "LIAONING") { id } }', callers.operator('LIAONING'), 'req-1');
    expect(result.errors).toBeUndefined();
    const [row] = await rows();
    expect(row).toMatchObject({
      subject: 'test-operator-liaoning',
      role: 'PROVINCE_OPERATOR',
      callerProvinces: 'LIAONING',
      action: 'audited',
      targetType: 'Thing',
      targetId: (result.data as any).audited.id,
      province: 'LIAONING',
      requestId: 'req-1',
      outcome: 'SUCCESS',
    });
  });

  it('records refusals and failures with their code; a rolled-back audit row disappears with its change', async () => {
    const before = (await rows()).length;
    const refused = await run(`mutation { refused(thingId: "${T1}") { id } }`, callers.admin);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unauthenticated = await run(`mutation { refused(thingId: "${T2}") { id } }`, callers.anonymous);
    expect(unauthenticated.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const failed = await run('mutation { rolledBack { id } }', callers.admin);
    expect(failed.errors).toHaveLength(1);
    const added = (await rows()).slice(before);
    expect(added.map((r) => [r.action, r.targetId, r.outcome, r.detail])).toEqual([
      ['refused', T1, 'REFUSED', 'FORBIDDEN'],
      ['refused', T2, 'REFUSED', 'UNAUTHENTICATED'],
      ['rolledBack', null, 'FAILED', 'INTERNAL_SERVER_ERROR'],
    ]);
  });

  it('fails a mutation that forgot recordAudit (under tests), so none can slip through', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    setStrictAuditGuard(true);
    const result = await run('mutation { forgotten { id } }', callers.admin);
    expect(result.errors?.[0].message).toMatch(/forgotten succeeded without recordAudit/);
  });

  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    await expect(opened.dataSource.query("UPDATE audit_events SET outcome = 'SUCCESS'")).rejects.toThrow(/append-only/);
    await expect(opened.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });

  it('writes noted unmasked reads once per target per request', async () => {
    const ctx = { caller: callers.operator('SHANDONG'), requestId: 'req-read' };
    noteUnmaskedRead(ctx, { targetType: 'Examiner', targetId: 'e1', province: 'SHANDONG', field: 'name' });
    noteUnmaskedRead(ctx, { targetType: 'Examiner', targetId: 'e1', province: 'SHANDONG', field: 'phone' });
    noteUnmaskedRead(ctx, { targetType: 'Examiner', targetId: 'e2', province: 'SHANDONG', field: 'name' });
    expect(await flushReadAudits(opened.dataSource, ctx)).toBe(2);
    expect(await flushReadAudits(opened.dataSource, ctx)).toBe(0);
    const reads = (await rows()).filter((r) => r.requestId === 'req-read');
    expect(reads.map((r) => [r.action, r.targetId, r.detail])).toEqual([
      ['READ_UNMASKED', 'e1', 'name,phone'],
      ['READ_UNMASKED', 'e2', 'name'],
    ]);
  });

  it('answers <subgraph>AuditEvents: all for national administrators, own provinces for operators, oldest first', async () => {
    const query = `query($filter: AuditEventFilter, $first: Int, $after: String) { catalogAuditEvents(filter: $filter, first: $first, after: $after) {
      totalCount nodes { id subgraph occurredAt subject role callerProvinces action targetType targetId province requestId outcome detail } pageInfo { hasNextPage endCursor } } }`;
    const all = await graphql({ schema, source: query, contextValue: { caller: callers.admin, db: opened.dataSource, requestId: 'q' } });
    expect(all.errors).toBeUndefined();
    const conn = (all.data as any).catalogAuditEvents;
    expect(conn.totalCount).toBe((await rows()).length);
    expect(conn.nodes[0]).toMatchObject({ subgraph: 'catalog', action: 'audited', callerProvinces: ['LIAONING'] });
    expect(conn.nodes.map((n: any) => n.id)).toEqual([...conn.nodes.map((n: any) => n.id)].sort());

    const shandong = await graphql({ schema, source: query, contextValue: { caller: callers.operator('SHANDONG'), db: opened.dataSource, requestId: 'q' } });
    expect((shandong.data as any).catalogAuditEvents.nodes.map((n: any) => n.targetId)).toEqual(['e1', 'e2']);
    const other = await graphql({ schema, source: query, variableValues: { filter: { province: 'LIAONING' } }, contextValue: { caller: callers.operator('SHANDONG'), db: opened.dataSource, requestId: 'q' } });
    expect((other.data as any).catalogAuditEvents.totalCount).toBe(0);

    const filtered = await graphql({ schema, source: query, variableValues: { filter: { outcome: 'REFUSED' }, first: 1 }, contextValue: { caller: callers.admin, db: opened.dataSource, requestId: 'q' } });
    const page1 = (filtered.data as any).catalogAuditEvents;
    expect(page1).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const page2 = await graphql({ schema, source: query, variableValues: { filter: { outcome: 'REFUSED' }, first: 1, after: page1.pageInfo.endCursor }, contextValue: { caller: callers.admin, db: opened.dataSource, requestId: 'q' } });
    expect((page2.data as any).catalogAuditEvents.nodes[0].targetId).toBe(T2);

    const today = new Date().toISOString().slice(0, 10);
    const byDay = await graphql({ schema, source: query, variableValues: { filter: { since: today, until: today } }, contextValue: { caller: callers.admin, db: opened.dataSource, requestId: 'q' } });
    expect((byDay.data as any).catalogAuditEvents.totalCount).toBe(conn.totalCount);
    const past = await graphql({ schema, source: query, variableValues: { filter: { until: '2000-01-01' } }, contextValue: { caller: callers.admin, db: opened.dataSource, requestId: 'q' } });
    expect((past.data as any).catalogAuditEvents.totalCount).toBe(0);

    const anonymous = await graphql({ schema, source: query, contextValue: { caller: callers.anonymous, db: opened.dataSource, requestId: 'q' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('uuidv7', () => {
  it('orders by time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_000);
    expect(uuidv7(1_600_000_000_000) > b).toBe(true);
    expect(a < b).toBe(true);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
