import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, getMetadataStorage, type BuildSchemaOptions } from 'type-graphql';
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

/**
 * type-graphql gives every plain property field (`@Field() name`) a resolver that runs the global
 * middlewares through an async dispatcher: a promise and several closures per field per row. Both global
 * middlewares do nothing on such a field (no arguments, not a Mutation), yet on a 1,000-row peer answer
 * they were most of the subgraph's CPU. A field with no arguments, roles, field middlewares or field
 * resolver, whose schema name is its property name, gets graphql-js's default resolver instead
 * (`source[fieldName]`), which returns the same value. Anything protected keeps its wrapped resolver.
 */
export function dropPassThroughResolvers(resolvers: Record<string, any>): number {
  const storage = getMetadataStorage();
  const withFieldResolver = new Map<unknown, Set<string>>();
  for (const r of storage.fieldResolvers) {
    const target = r.getObjectType?.();
    if (!withFieldResolver.has(target)) withFieldResolver.set(target, new Set());
    withFieldResolver.get(target)!.add(r.methodName);
  }
  let dropped = 0;
  for (const objectType of storage.objectTypes) {
    const typeResolvers = resolvers[objectType.name];
    if (!typeResolvers) continue;
    for (const field of objectType.fields ?? []) {
      const plain =
        field.schemaName === field.name &&
        field.roles === undefined &&
        (field.params ?? []).length === 0 &&
        (field.middlewares ?? []).length === 0 &&
        !withFieldResolver.get(field.target)?.has(field.name);
      if (plain && typeof typeResolvers[field.schemaName] === 'function') {
        delete typeResolvers[field.schemaName];
        dropped += 1;
      }
    }
  }
  return dropped;
}

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
  dropPassThroughResolvers(resolvers);
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
