import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ConstDirectiveNode, type DocumentNode, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * No single request may exhaust a process, so no list in the schema may grow without a bound. Every
 * list-typed output field of the composed supergraph is either
 *   - the `nodes` of a connection (`{ totalCount nodes pageInfo }`, paged by `first` ≤ 100 and `after`), or
 *   - a plain list whose schema description says `Bounded:` followed by the bound and why, e.g.
 *     `Bounded: the five levels of one occupation.`
 * The test reads gateway/supergraph.graphql as composed (`npm run compose`), so a field added in any
 * subgraph is checked the moment the supergraph is regenerated.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const SUPERGRAPH = path.join(ROOT, 'gateway', 'supergraph.graphql');

const BOUNDED = /\bBounded:\s*\S.{3,}/;

function isList(type: TypeNode): boolean {
  if (type.kind === Kind.NON_NULL_TYPE) return isList(type.type);
  return type.kind === Kind.LIST_TYPE;
}

export interface Offender {
  field: string;
  subgraphs: string[];
}

/** The list fields of a supergraph that are neither a connection's `nodes` nor described as bounded. */
export function unboundedLists(document: DocumentNode): Offender[] {
  const offenders: Offender[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    // Federation's own bookkeeping types are not part of the API.
    if (/^(join__|link__)/.test(definition.name.value)) continue;
    const fields = definition.fields ?? [];
    const names = new Set(fields.map((f) => f.name.value));
    const isConnection = names.has('nodes') && names.has('pageInfo') && names.has('totalCount');
    for (const field of fields) {
      if (!isList(field.type)) continue;
      if (field.directives?.some((d) => d.name.value === 'inaccessible')) continue;
      if (isConnection && field.name.value === 'nodes') continue;
      if (BOUNDED.test(field.description?.value ?? '')) continue;
      // A field names its subgraphs with @join__field when its type is shared; otherwise the type's @join__type does.
      const fieldOwners = graphsOf(field.directives, 'join__field');
      offenders.push({ field: `${definition.name.value}.${field.name.value}`, subgraphs: fieldOwners.length ? fieldOwners : graphsOf(definition.directives, 'join__type') });
    }
  }
  return offenders;
}

/** The subgraphs a join directive names (`graph: EXAMS` → `exams`), so the message says where to edit. */
function graphsOf(directives: readonly ConstDirectiveNode[] | undefined, name: 'join__field' | 'join__type'): string[] {
  const graphs = (directives ?? [])
    .filter((d) => d.name.value === name)
    .flatMap((d) => d.arguments?.filter((a) => a.name.value === 'graph').map((a) => (a.value.kind === Kind.ENUM ? a.value.value.toLowerCase() : '')) ?? []);
  return [...new Set(graphs.filter(Boolean))];
}

export function explain(offenders: Offender[]): string {
  return [
    `${offenders.length} list field(s) of the composed schema are neither a connection nor documented as bounded:`,
    ...offenders.map((o) => `  - ${o.field}${o.subgraphs.length ? ` (subgraph: ${o.subgraphs.join(', ')})` : ''}`),
    '',
    'Fix each one, then run `npm run compose` (and `npm run codegen`) and commit the regenerated files:',
    '  - a list that grows with the data becomes a connection: return `XConnection extends ConnectionType(X)`',
    '    (packages/common/src/pagination.ts), take `@Args() args: PageArgs` and page with `paginate()` (keyset, first 1-100);',
    "  - a list with a natural bound keeps its plain type and says so in its schema description:",
    "    `description: '... / ... Bounded: <the bound and why>.'`, e.g. 'Bounded: the five levels of one occupation.'",
    '    (a list bounded by a `first` argument says that: `Bounded: by first (1-100).`).',
  ].join('\n');
}

describe('every list in the schema is a connection or documented as bounded', () => {
  it('finds no unbounded list field in gateway/supergraph.graphql', () => {
    const offenders = unboundedLists(parse(fs.readFileSync(SUPERGRAPH, 'utf8')));
    expect(offenders, explain(offenders)).toEqual([]);
  });

  it('flags a plain list without the bound, names it and its subgraph, and accepts the two allowed forms', () => {
    const sdl = `
      type Query
        @join__type(graph: EXAMS)
      {
        batches: [Batch!]! @join__field(graph: EXAMS)
        "Every province. Bounded: the four provinces with a rules module."
        provinces: [String!]!
        "A list that merely mentions being bounded"
        loose: [Int]
      }
      type Batch
        @join__type(graph: EXAMS)
      {
        id: ID!
        tags: [String!]!
        page(first: Int): BatchConnection
        one: Batch
      }
      type BatchConnection { totalCount: Int! nodes: [Batch!]! pageInfo: PageInfo! }
      type PageInfo { hasNextPage: Boolean! }
      type join__Unrelated { things: [String] }
    `;
    const offenders = unboundedLists(parse(sdl));
    expect(offenders).toEqual([
      { field: 'Query.batches', subgraphs: ['exams'] },
      { field: 'Query.loose', subgraphs: ['exams'] },
      { field: 'Batch.tags', subgraphs: ['exams'] },
    ]);
    const message = explain(offenders);
    expect(message).toContain('Query.batches (subgraph: exams)');
    expect(message).toContain('Bounded:');
    expect(message).toContain('ConnectionType');
  });
});
