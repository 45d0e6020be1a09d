import type { ApolloServerPlugin } from '@apollo/server';
import { limitParseOptions, limitValidationRules, limitsPlugin, type Estimate, type QueryLimits } from '@skillfed/common';
import type { ValidationRule } from 'graphql';

/**
 * useLimits: refuses a query that is too deep, too aliased, too directive-heavy, too long or too
 * expensive before the gateway plans it, so no subgraph is called. The rules are the shared kit's
 * (limits.ts), the same every subgraph applies again to what reaches it.
 *
 * Defaults (env): GRAPHQL_MAX_DEPTH 10, GRAPHQL_MAX_ALIASES 30, GRAPHQL_MAX_DIRECTIVES 20,
 * GRAPHQL_MAX_TOKENS 2000, GRAPHQL_MAX_COST 20000, GRAPHQL_MAX_ROWS 10000, GRAPHQL_LIST_SIZE 20.
 * Refusals: QUERY_TOO_DEEP, QUERY_TOO_MANY_ALIASES, QUERY_TOO_MANY_DIRECTIVES, QUERY_TOO_LARGE,
 * QUERY_TOO_COMPLEX, QUERY_TOO_MANY_ROWS, each with `limit` and `measured`, HTTP 400.
 */
export interface Limits {
  plugins: ApolloServerPlugin<any>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
}

export function useLimits(limits: QueryLimits, onMeasured?: (estimate: Estimate) => void): Limits {
  return {
    plugins: [limitsPlugin({ limits, onMeasured })],
    validationRules: limitValidationRules(limits),
    parseOptions: limitParseOptions(limits),
  };
}
