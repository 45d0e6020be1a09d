import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  isInterfaceType,
  typeFromAST,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ConfigError, parsePositiveInt } from './env';

/**
 * Query limits, enforced the same way at the gateway and, as defence in depth, in every subgraph (a
 * request sent straight to a subgraph is measured again there). Depth, aliases and directives use
 * graphql-armor's rules; tokens use graphql-js's own parser limit; the cost rule is ours because
 * neither graphql-armor's cost-limit nor its depth factor multiplies by list sizes (`first`), which is
 * what makes `certificates(first: 100) { … institution { certificates(first: 100) … } }` explode.
 *
 * Every refusal is a GraphQLError with a machine code, the limit and the measured value, and HTTP 400,
 * raised before execution: at the gateway no subgraph is called.
 */
export interface QueryLimits {
  /** Deepest field nesting (fragments count as written). GRAPHQL_MAX_DEPTH. */
  maxDepth: number;
  /** Aliased fields in one operation (`__typename` aliases excepted). GRAPHQL_MAX_ALIASES. */
  maxAliases: number;
  /** Directives in one operation. GRAPHQL_MAX_DIRECTIVES. */
  maxDirectives: number;
  /** Lexical tokens in the document, checked while parsing. GRAPHQL_MAX_TOKENS. */
  maxTokens: number;
  /** Estimated cost: every field 1, multiplied by the sizes of the lists above it. GRAPHQL_MAX_COST. */
  maxCost: number;
  /** Estimated objects returned (list items, multiplied through nesting). GRAPHQL_MAX_ROWS. */
  maxRows: number;
  /** Assumed length of a list field without `first` (and outside a connection). GRAPHQL_LIST_SIZE. */
  assumedListSize: number;
  /** Characters of query text (variables are not counted: send large values as variables). GRAPHQL_MAX_QUERY_CHARS. */
  maxQueryChars: number;
}

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 20_000,
  maxRows: 10_000,
  assumedListSize: 20,
  maxQueryChars: 20_000,
});

/** Subgraph-only: a query still executing after this long is cut off (fields fail with QUERY_TIMEOUT); mutations run to the end. */
export const DEFAULT_EXECUTION_TIMEOUT_MS = 8_000;

export const LIMIT_ENV: Record<keyof QueryLimits, string> = {
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxDirectives: 'GRAPHQL_MAX_DIRECTIVES',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxCost: 'GRAPHQL_MAX_COST',
  maxRows: 'GRAPHQL_MAX_ROWS',
  assumedListSize: 'GRAPHQL_LIST_SIZE',
  maxQueryChars: 'GRAPHQL_MAX_QUERY_CHARS',
};

export function parseQueryLimits(env: Record<string, string | undefined> = process.env): QueryLimits {
  const limits = Object.fromEntries(
    (Object.keys(DEFAULT_QUERY_LIMITS) as (keyof QueryLimits)[]).map((key) => [key, parsePositiveInt(LIMIT_ENV[key], env[LIMIT_ENV[key]], DEFAULT_QUERY_LIMITS[key])]),
  ) as unknown as QueryLimits;
  if (limits.maxTokens < 100) throw new ConfigError('GRAPHQL_MAX_TOKENS below 100 would refuse ordinary queries');
  return limits;
}

export function parseExecutionTimeout(env: Record<string, string | undefined> = process.env): number {
  return parsePositiveInt('GRAPHQL_EXECUTION_TIMEOUT_MS', env.GRAPHQL_EXECUTION_TIMEOUT_MS, DEFAULT_EXECUTION_TIMEOUT_MS);
}

export type LimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_MANY_ALIASES' | 'QUERY_TOO_MANY_DIRECTIVES' | 'QUERY_TOO_LARGE' | 'QUERY_TOO_COMPLEX' | 'QUERY_TOO_MANY_ROWS' | 'QUERY_TIMEOUT';

const LIMIT_TEXT: Record<LimitCode, string> = {
  QUERY_TOO_DEEP: '查询嵌套过深 / query is nested too deeply',
  QUERY_TOO_MANY_ALIASES: '查询别名过多 / query uses too many aliases',
  QUERY_TOO_MANY_DIRECTIVES: '查询指令过多 / query uses too many directives',
  QUERY_TOO_LARGE: '查询文档过大 / query document has too many tokens',
  QUERY_TOO_COMPLEX: '查询代价过高 / query is too expensive',
  QUERY_TOO_MANY_ROWS: '查询返回行数过多 / query would return too many rows',
  QUERY_TIMEOUT: '查询执行超时 / query took too long',
};

/** A refused request: code, limit and measured value in extensions, HTTP 400 (the client must change it). */
export class QueryLimitError extends GraphQLError {
  constructor(code: LimitCode, limit: number, measured: number, extra: Record<string, unknown> = {}) {
    const unit = code === 'QUERY_TIMEOUT' ? ' ms' : '';
    super(`${LIMIT_TEXT[code]} (limit ${limit}${unit}, measured ${measured}${unit})`, {
      extensions: { code, limit, measured, ...extra, http: { status: code === 'QUERY_TIMEOUT' ? 503 : 400 } },
    });
  }
}

export function limitError(code: LimitCode, limit: number, measured: number, extra: Record<string, unknown> = {}): QueryLimitError {
  return new QueryLimitError(code, limit, measured, extra);
}

/** graphql-armor's rules report "… limit of N exceeded, found M."; we re-issue them as typed errors. */
function armorRule(code: LimitCode, limit: number, build: (options: object) => ValidationRule, extra: object = {}): ValidationRule {
  return (context: ValidationContext) =>
    build({
      n: limit,
      exposeLimits: true,
      propagateOnRejection: false,
      ...extra,
      onReject: [
        (_ctx: unknown, error: GraphQLError) => {
          const measured = Number(/found (\d+)/.exec(error.message)?.[1] ?? limit + 1);
          context.reportError(limitError(code, limit, measured));
        },
      ],
    })(context);
}

/** Validation rules for depth, aliases and directives (tokens are limited by `parseOptions`). */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  return [
    armorRule('QUERY_TOO_DEEP', limits.maxDepth, maxDepthRule as never, { ignoreIntrospection: true, flattenFragments: true }),
    armorRule('QUERY_TOO_MANY_ALIASES', limits.maxAliases, maxAliasesRule as never),
    armorRule('QUERY_TOO_MANY_DIRECTIVES', limits.maxDirectives, maxDirectivesRule as never),
  ];
}

/** Passed to graphql-js `parse`: stops lexing a document past the token limit. */
export function limitParseOptions(limits: QueryLimits): { maxTokens: number } {
  return { maxTokens: limits.maxTokens };
}

/**
 * Express middleware (after the JSON body parser): refuses query text longer than maxQueryChars before
 * it is parsed, e.g. a megabyte string literal that is a single token.
 */
export function queryLengthGuard(limits: QueryLimits) {
  return (req: { body?: unknown; query?: unknown }, res: { status(code: number): { json(body: unknown): void } }, next: () => void): void => {
    const body = req.body as { query?: unknown } | undefined;
    const text = body && typeof body === 'object' && typeof body.query === 'string' ? body.query : typeof (req.query as { query?: unknown })?.query === 'string' ? ((req.query as { query: string }).query) : undefined;
    if (text !== undefined && text.length > limits.maxQueryChars) {
      const error = limitError('QUERY_TOO_LARGE', limits.maxQueryChars, text.length, { unit: 'characters' });
      const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
      return res.status(400).json({ errors: [{ message: error.message, extensions }] });
    }
    next();
  };
}

/** Counts a document's tokens (for the measured value once the parser has refused it); stops at `cap`. */
export function countTokens(source: string, cap = 1_000_000): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count < cap) count++;
  } catch {
    // A lexing error after the limit: what was counted is the lower bound we report.
  }
  return count;
}

const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:an|at) (\d+) tokens/;

export interface Estimate {
  cost: number;
  rows: number;
}

/**
 * Estimates an operation's cost and returned objects without executing it. A field costs 1 plus its
 * selection times the field's multiplier: `first` (literal, variable, or the argument's default) on a
 * paginated field, the number of `representations` on `_entities`, 1 for `nodes`/`edges` inside a
 * connection (already counted by `first`), `assumedListSize` for any other list. Named fragments are
 * costed once each (their cost does not depend on where they are spread), and a fragment spread twice
 * in one selection set counts once, as execution merges it: fragment bombs cost linear time here.
 */
export function estimateOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, limits: QueryLimits): Estimate {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const fragmentMemo = new Map<string, Estimate>();
  const inProgress = new Set<string>();
  const cap = (n: number) => Math.min(n, Number.MAX_SAFE_INTEGER / 1e6);

  const argumentNumber = (field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, name: string): number | undefined => {
    const argDef = definition?.args.find((a) => a.name === name);
    const node = field.arguments?.find((a) => a.name.value === name);
    if (node && argDef) {
      const value = valueFromAST(node.value, argDef.type, variables as never);
      if (typeof value === 'number') return value;
      if (Array.isArray(value)) return value.length;
    } else if (node && node.value.kind === Kind.VARIABLE) {
      const value = variables?.[node.value.name.value];
      if (typeof value === 'number') return value;
      if (Array.isArray(value)) return value.length;
    }
    if (argDef && argDef.defaultValue !== undefined && typeof argDef.defaultValue === 'number') return argDef.defaultValue;
    return undefined;
  };

  // Assumed length of a list without `first`; a bounding `first` on an enclosing object replaces it.
  let listSize = limits.assumedListSize;

  const isConnection = (type: GraphQLCompositeType): boolean => (isObjectType(type) || isInterfaceType(type)) && 'pageInfo' in type.getFields();

  const selectionSet = (set: SelectionSetNode, parent: GraphQLCompositeType): Estimate => {
    let cost = 0;
    let rows = 0;
    const seenFragments = new Set<string>();
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') continue; // introspection is bounded by the schema's size
        if (name === '__typename') {
          cost += 1;
          continue;
        }
        const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        const fieldType = definition ? getNullableType(definition.type) : undefined;
        const isList = fieldType ? isListType(fieldType) : false;
        let multiplier = 1;
        const named = definition ? getNamedType(definition.type) : undefined;
        // `first` on a single object that is not a connection (a report such as complianceBoard) bounds the
        // lists inside it, not the object itself.
        let innerListSize = listSize;
        if (name === '_entities') multiplier = argumentNumber(selection, definition, 'representations') ?? listSize;
        else {
          const first = argumentNumber(selection, definition, 'first') ?? argumentNumber(selection, definition, 'limit');
          const boundsObject = !isList && named !== undefined && (isObjectType(named) || isInterfaceType(named)) && !isConnection(named as GraphQLCompositeType);
          if (first !== undefined && boundsObject) innerListSize = Math.max(1, first);
          else if (first !== undefined) multiplier = Math.max(1, first);
          else if (isList) multiplier = isConnection(parent) ? 1 : listSize;
        }
        const outerListSize = listSize;
        listSize = innerListSize;
        const child =
          selection.selectionSet && named && (isObjectType(named) || isInterfaceType(named) || isAbstractType(named))
            ? selectionSet(selection.selectionSet, named as GraphQLCompositeType)
            : { cost: 0, rows: 0 };
        listSize = outerListSize;
        const returnsObjects = !!selection.selectionSet;
        const listed = isList || multiplier > 1;
        cost = cap(cost + 1 + multiplier * child.cost);
        rows = cap(rows + multiplier * child.rows + (returnsObjects && listed && !(named && isConnection(named as GraphQLCompositeType)) ? multiplier : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? (typeFromAST(schema, selection.typeCondition) as GraphQLCompositeType | undefined) : parent;
        const inner = selectionSet(selection.selectionSet, condition ?? parent);
        cost = cap(cost + inner.cost);
        rows = cap(rows + inner.rows);
      } else {
        const name = selection.name.value;
        if (seenFragments.has(name)) continue;
        seenFragments.add(name);
        const inner = fragment(name, parent);
        cost = cap(cost + inner.cost);
        rows = cap(rows + inner.rows);
      }
    }
    return { cost, rows };
  };

  const fragment = (name: string, parent: GraphQLCompositeType): Estimate => {
    const key = `${name}@${listSize}`;
    const memo = fragmentMemo.get(key);
    if (memo) return memo;
    const definition = fragments.get(name);
    // Unknown or cyclic fragments are refused by standard validation; cost them as nothing here.
    if (!definition || inProgress.has(name)) return { cost: 0, rows: 0 };
    inProgress.add(name);
    const condition = (typeFromAST(schema, definition.typeCondition) as GraphQLCompositeType | undefined) ?? parent;
    const result = selectionSet(definition.selectionSet, condition);
    inProgress.delete(name);
    fragmentMemo.set(key, result);
    return result;
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return { cost: 0, rows: 0 };
  return selectionSet(operation.selectionSet, root);
}

/** Throws the typed error when an estimate passes the limits. */
export function assertWithinCost(estimate: Estimate, limits: QueryLimits): void {
  if (estimate.cost > limits.maxCost) throw limitError('QUERY_TOO_COMPLEX', limits.maxCost, Math.round(estimate.cost), { rows: Math.round(estimate.rows) });
  if (estimate.rows > limits.maxRows) throw limitError('QUERY_TOO_MANY_ROWS', limits.maxRows, Math.round(estimate.rows), { cost: Math.round(estimate.cost) });
}

export interface LimitsPluginOptions {
  limits: QueryLimits;
  /** Cuts execution off after this many milliseconds (subgraphs). */
  executionTimeoutMs?: number;
  /** Observes every measured operation (tests, metrics). */
  onMeasured?: (estimate: Estimate) => void;
  /** Requests whose cost and rows are not capped (subgraph-to-subgraph calls: our own code, paged on purpose). */
  exemptFromCost?: (context: unknown) => boolean;
}

/**
 * Apollo plugin: re-types the parser's token-limit error, measures cost and rows once the operation is
 * known (variables included), and optionally enforces an execution deadline checked as fields resolve.
 */
export function limitsPlugin<TContext extends object>(options: LimitsPluginOptions): ApolloServerPlugin<TContext> {
  const { limits } = options;
  return {
    async requestDidStart() {
      let deadline = 0;
      return {
        async didResolveOperation(requestContext: GraphQLRequestContext<TContext>) {
          const { document, operation, request, schema } = requestContext as unknown as {
            document: DocumentNode;
            operation?: OperationDefinitionNode;
            request: { variables?: Record<string, unknown> };
            schema: GraphQLSchema;
          };
          if (!operation || options.exemptFromCost?.(requestContext.contextValue)) return;
          const estimate = estimateOperation(schema, document, operation, request.variables, limits);
          options.onMeasured?.(estimate);
          assertWithinCost(estimate, limits);
        },
        async didEncounterErrors(requestContext) {
          for (const error of requestContext.errors ?? []) {
            const match = TOKEN_LIMIT_MESSAGE.exec(error.message);
            if (!match) continue;
            const measured = countTokens(requestContext.source ?? '', 1_000_000);
            const typed = limitError('QUERY_TOO_LARGE', limits.maxTokens, measured);
            // The parser's SyntaxError becomes our typed refusal (the message names limit and count).
            Object.assign(error, { message: typed.message });
            (error as { extensions: Record<string, unknown> }).extensions = typed.extensions as Record<string, unknown>;
          }
        },
        async executionDidStart(requestContext) {
          // Reads only: a mutation past the deadline has done its work, and failing its answer would hide that.
          if (!options.executionTimeoutMs || requestContext.operation?.operation !== 'query') return;
          const timeout = options.executionTimeoutMs;
          const started = Date.now();
          deadline = started + timeout;
          return {
            willResolveField() {
              const now = Date.now();
              if (now > deadline) throw limitError('QUERY_TIMEOUT', timeout, now - started);
            },
          };
        },
      };
    },
  };
}
