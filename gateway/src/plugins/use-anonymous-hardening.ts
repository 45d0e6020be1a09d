import type { ApolloServerPlugin } from '@apollo/server';
import type { Caller } from '@skillfed/common';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

/**
 * useAnonymousHardening: for callers without a token, introspection (`__schema`, `__type`) is refused
 * (INTROSPECTION_DISABLED, 403) and validation messages lose graphql-js's "Did you mean …?" field
 * suggestions, so the schema cannot be mapped anonymously. Signed-in callers keep both.
 *
 * Default: on when NODE_ENV=production (ANONYMOUS_INTROSPECTION=false), off otherwise.
 */
function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function useAnonymousHardening(): ApolloServerPlugin<{ caller?: Caller }> {
  const isAnonymous = (context: { caller?: Caller } | undefined) => !context?.caller || context.caller.role === 'PUBLIC';
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (isAnonymous(contextValue) && usesIntrospection(document)) {
            throw new GraphQLError('匿名调用不能内省 / introspection is not available without a token', {
              extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 403 } },
            });
          }
        },
        async didEncounterErrors({ errors, contextValue }) {
          if (!isAnonymous(contextValue)) return;
          for (const error of errors) {
            const stripped = error.message.replace(SUGGESTION, '');
            if (stripped !== error.message) Object.assign(error, { message: stripped });
          }
        },
      };
    },
  };
}
