import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import type { AuthCheckerFn } from 'type-graphql';
import { auditMutations, recordMutationError } from './audit';
import { authChecker, type Role } from './caller';
import { inputHygiene } from './input-hygiene';
import { ProvinceCodeEnum } from './province-code';

/**
 * The one Federation version every subgraph links. Pinned so composition never sees two subgraphs on
 * different federation specs; Apollo Router on the same supergraph supports it.
 */
export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.7';
const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@tag'];

/**
 * type-graphql runs `@Authorized` before any middleware, so the audit guard never sees those refusals:
 * record them here, for Mutation fields only (reads stay free of extra writes).
 */
const auditedAuthChecker: AuthCheckerFn<any, Role> = (data, roles) => {
  try {
    return (authChecker as AuthCheckerFn<any, Role>)(data, roles);
  } catch (error) {
    if (data.info.parentType.name !== 'Mutation' || !data.context?.db) throw error;
    return recordMutationError(data.context, data.info.fieldName, data.args, error).then(() => {
      throw error;
    });
  }
};

export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, ctx: any, info: any) => unknown }>;

/** Builds a Federation 2 subgraph schema from type-graphql resolvers plus `__resolveReference` functions. */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'authChecker'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  // Field type thunks run during the build, after enums are collected: register the enum first.
  ProvinceCodeEnum();
  const schema = await buildSchema({
    ...options,
    authChecker: auditedAuthChecker,
    // Every Mutation field passes the audit guard (see audit.ts), whatever the resolver remembers.
    // then every argument is trimmed, length-checked and format-checked (input-hygiene.ts).
    globalMiddlewares: [auditMutations as never, inputHygiene, ...(options.globalMiddlewares ?? [])],
    // Subgraphs may legitimately lack a Query of their own types; composition checks the whole.
    skipCheck: true,
    validate: false,
  });
  const resolvers = createResolversMap(schema) as Record<string, any>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: gql`
      extend schema @link(url: "${FEDERATION_LINK}", import: ${JSON.stringify(FEDERATION_IMPORTS)})
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}
