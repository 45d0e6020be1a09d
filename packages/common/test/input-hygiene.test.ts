import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { DateScalar, buildFederatedSchema } from '../src';
import { callers } from '../src/testing';

@InputType('HygieneInput')
class HygieneInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  ids: string[];
}

@Resolver()
class EchoResolver {
  @Query(() => String)
  echo(@Arg('input') input: HygieneInput, @Arg('search', () => String, { nullable: true }) search?: string): string {
    return JSON.stringify({ name: input.name, reason: input.reason, ids: input.ids, search });
  }

  @Query(() => String)
  byId(@Arg('id', () => ID) id: string): string {
    return id;
  }

  @Query(() => String)
  onDate(@Arg('date', () => DateScalar) date: string): string {
    return date;
  }
}

describe('input hygiene on every argument', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFederatedSchema({ resolvers: [EchoResolver] });
  });
  const run = (source: string, variableValues?: Record<string, unknown>) => graphql({ schema, source, variableValues, contextValue: { caller: callers.admin, requestId: 'r' } });
  const ECHO = 'query($input: HygieneInput!, $search: String) { echo(input: $input, search: $search) }';
  const UUID = '0b9a3f3e-6f0e-4a53-9d59-3c1b8f3f9a11';

  it('trims text and passes clean input through', async () => {
    const result = await run(ECHO, { input: { name: '  张三  ', reason: '第一行\n第二行', ids: [UUID] }, search: ' 烹饪 ' });
    expect(result.errors).toBeUndefined();
    expect(JSON.parse((result.data as any).echo)).toEqual({ name: '张三', reason: '第一行\n第二行', ids: [UUID], search: '烹饪' });
  });

  it.each([
    ['a NUL', { input: { name: 'a\u0000b' } }, 'input.name', /control characters/],
    ['an ANSI escape', { input: { name: '\u001b[31mred' } }, 'input.name', /control characters/],
    ['a bidi override', { input: { name: 'abc\u202Edef' } }, 'input.name', /control characters/],
    ['a newline in a single-line field', { input: { name: 'a\nb' } }, 'input.name', /single line/],
    ['a 101-character search', { input: { name: 'x' }, search: 's'.repeat(101) }, 'search', /longer than 100/],
    ['a 1 MB name', { input: { name: 'x'.repeat(1_000_000) } }, 'input.name', /longer than 100/],
    ['a 501-character reason', { input: { name: 'x', reason: '理'.repeat(501) } }, 'input.reason', /longer than 500/],
    ['a malformed id in a list', { input: { name: 'x', ids: [UUID, 'not an id'] } }, 'input.ids[1]', /must be an id/],
    ['too many list items', { input: { name: 'x', ids: Array(1001).fill(UUID) } }, 'input.ids', /at most 1000/],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, variables, field, message) => {
    const result = await run(ECHO, variables);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(message);
  });

  it('counts characters, not UTF-16 units: 100 emoji are a valid search', async () => {
    expect((await run(ECHO, { input: { name: 'x' }, search: '😀'.repeat(100) })).errors).toBeUndefined();
  });

  it('checks id arguments for their format, literal or variable', async () => {
    expect((await run(`{ byId(id: "${UUID}") }`)).data).toEqual({ byId: UUID });
    for (const bad of ['', "' OR 1=1 --", '../etc/passwd', 'x'.repeat(65), 'id\u0000']) {
      const result = await run('query($id: ID!) { byId(id: $id) }', { id: bad });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
  });

  it('refuses dates outside 1900-2100 but accepts the edges', async () => {
    expect((await run('{ onDate(date: "1900-01-01") }')).data).toEqual({ onDate: '1900-01-01' });
    expect((await run('query($d: Date!) { onDate(date: $d) }', { d: '2100-12-31' })).data).toEqual({ onDate: '2100-12-31' });
    for (const d of ['9999-12-31', '1899-12-31', '2101-01-01']) {
      const result = await run('query($d: Date!) { onDate(date: $d) }', { d });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/1900 and 2100/);
    }
  });
});
