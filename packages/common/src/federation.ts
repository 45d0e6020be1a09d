import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './caller';
import { ProvinceCodeEnum } from './province-code';

/**
 * The one Federation version every subgraph links. Pinned so composition never sees two subgraphs on
 * different federation specs; Apollo Router on the same supergraph supports it.
 */
export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.7';
const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@tag'];

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
    authChecker,
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
