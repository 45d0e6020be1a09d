import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, Authorized, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFederatedSchema, dropPassThroughResolvers } from '../src';
import { callers } from '../src/testing';

let middlewareCalls = 0;
const counting: MiddlewareFn = (_data, next) => {
  middlewareCalls += 1;
  return next();
};

@ObjectType('PassThroughRow')
class Row {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Authorized('NATIONAL_ADMIN')
  @Field()
  secret: string;

  @UseMiddleware(counting)
  @Field(() => Int)
  counted: number;

  @Field(() => String, { name: 'renamed' })
  internalName: string;

  @Field(() => String)
  computed: string;
}

@Resolver(() => Row)
class RowResolver {
  @Query(() => [Row])
  rows(@Arg('n', () => Int) n: number): Row[] {
    return Array.from({ length: n }, (_v, i) => ({ id: `r${i}`, name: `行${i}`, secret: `s${i}`, counted: i, internalName: `n${i}`, computed: 'raw' }));
  }

  @FieldResolver(() => String)
  computed(@Root() row: Row): string {
    return `computed ${row.id}`;
  }
}

describe('plain property fields skip the middleware chain; protected ones keep it', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFederatedSchema({ resolvers: [RowResolver] });
  });
  const run = (source: string, caller = callers.admin) => graphql({ schema, source, contextValue: { caller, requestId: 'r' } });

  it('plain fields use the default resolver, the others keep theirs', () => {
    const fields = (schema.getType('PassThroughRow') as any).getFields();
    expect(fields.id.resolve).toBeUndefined();
    expect(fields.name.resolve).toBeUndefined();
    expect(typeof fields.secret.resolve).toBe('function');
    expect(typeof fields.counted.resolve).toBe('function');
    expect(typeof fields.renamed.resolve).toBe('function');
    expect(typeof fields.computed.resolve).toBe('function');
  });

  it('answers the same values as before', async () => {
    middlewareCalls = 0;
    const result = await run('{ rows(n: 3) { id name secret counted renamed computed } }');
    expect(result.errors).toBeUndefined();
    expect((result.data as any).rows[2]).toEqual({ id: 'r2', name: '行2', secret: 's2', counted: 2, renamed: 'n2', computed: 'computed r2' });
    expect(middlewareCalls).toBe(3);
  });

  it('a field with roles is still refused to a caller without them', async () => {
    const result = await run('{ rows(n: 1) { id secret } }', callers.operator('SHANDONG'));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const open = await run('{ rows(n: 1) { id name } }', callers.operator('SHANDONG'));
    expect(open.errors).toBeUndefined();
  });

  it('drops nothing from a map that has no type-graphql types', () => {
    expect(dropPassThroughResolvers({ Unknown: { x: () => 1 } })).toBe(0);
  });
});
