import { ApolloServer } from '@apollo/server';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS, estimateOperation, limitsPlugin, parseQueryLimits } from '../src/limits';

const schema = buildSchema(`
  type Query { items(first: Int = 20): ItemConnection  board(first: Int = 100): Board  tags: [String!]!  item(id: ID!): Item  _entities(representations: [String!]!): [Item]! }
  type ItemConnection { totalCount: Int! nodes: [Item!]! pageInfo: PageInfo! }
  type Board { late: [Item!]! total: Int! }
  type PageInfo { hasNextPage: Boolean! }
  type Item { id: ID! children(first: Int = 20): [Item!] labels: [String!]! }
`);

function estimate(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return estimateOperation(schema, document, operation, variables, DEFAULT_QUERY_LIMITS);
}

describe('cost and rows estimate', () => {
  it.each([
    ['a scalar', '{ tags }', 1, 0],
    ['a connection page of 100', '{ items(first: 100) { nodes { id } } }', 1 + 100 * 2, 100],
    ['the default page size', '{ items { nodes { id } } }', 1 + 20 * 2, 20],
    ['a variable page size', 'query($n: Int) { items(first: $n) { nodes { id } } }', 1 + 7 * 2, 7],
    ['nested lists multiply', '{ items(first: 10) { nodes { children(first: 10) { id } } } }', 1 + 10 * (1 + 1 + 10), 10 + 100],
    ['first on a single report object bounds its lists, not the object', '{ board(first: 5) { total late { id } } }', 1 + (1 + 1 + 5 * 1), 5],
    ['a report object without a bound list of its own uses its default first', '{ board { late { id } } }', 1 + (1 + 100 * 1), 100],
    ['entities count their representations', 'query($r: [String!]!) { _entities(representations: $r) { id } }', 1 + 3, 3],
  ])('%s', (_label, query, cost, rows) => {
    expect(estimate(query, { n: 7, r: ['a', 'b', 'c'] })).toEqual({ cost, rows });
  });

  it('costs a fragment once however often it is spread in one selection, and linearly for a chain', () => {
    const chain = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Item { id ${i < 59 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ');
    const result = estimate(`{ item(id: "1") { ...F0 } } ${chain}`);
    expect(result.cost).toBe(1 + 60);
  });

  it('multiplies fragments spread under lists', () => {
    const result = estimate('{ items(first: 100) { nodes { ...A } } } fragment A on Item { children(first: 100) { id } }');
    expect(result.cost).toBe(1 + 100 * (1 + 1 + 100));
  });
});

describe('limits from the environment', () => {
  it('has the documented defaults and reads overrides', () => {
    expect(parseQueryLimits({})).toEqual(DEFAULT_QUERY_LIMITS);
    expect(parseQueryLimits({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COST: '5000' })).toMatchObject({ maxDepth: 6, maxCost: 5000 });
    expect(() => parseQueryLimits({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(/GRAPHQL_MAX_DEPTH/);
    expect(() => parseQueryLimits({ GRAPHQL_MAX_TOKENS: '10' })).toThrow(/GRAPHQL_MAX_TOKENS/);
  });
});

describe('execution deadline', () => {
  it('fails fields that start resolving after the deadline with QUERY_TIMEOUT', async () => {
    const slow = buildSchema('type Query { slow: Node } type Node { value: Int }');
    const server = new ApolloServer({
      schema: slow,
      rootValue: { slow: () => new Promise((r) => setTimeout(() => r({ value: 1 }), 50)) },
      plugins: [limitsPlugin({ limits: DEFAULT_QUERY_LIMITS, executionTimeoutMs: 5 })],
    });
    await server.start();
    const response = await server.executeOperation({ query: '{ slow { value } }' });
    await server.stop();
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', limit: 5 });
    // Under load the deadline may already have passed when `slow` starts; either way the query is cut off there.
    expect(result?.errors?.[0]?.path?.[0]).toBe('slow');
  });
});
