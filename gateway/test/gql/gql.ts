/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Certificates($first: Int, $after: String, $province: ProvinceCode) {\n  certificates(first: $first, after: $after, province: $province) {\n    totalCount\n    nodes { number holderName institution { name } project { name } exam { id startDate } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.CertificatesDocument,
    "query FirstCertificates { certificates(first: 5) { totalCount nodes { number institution { name } project { name } exam { id } } } }": typeof types.FirstCertificatesDocument,
    "query Provinces { provinces { code name divisionCode } }": typeof types.ProvincesDocument,
    "query RuleMatrix { compareProvinceRules { rule values { province track value stated source { document section } } } }": typeof types.RuleMatrixDocument,
};
const documents: Documents = {
    "query Certificates($first: Int, $after: String, $province: ProvinceCode) {\n  certificates(first: $first, after: $after, province: $province) {\n    totalCount\n    nodes { number holderName institution { name } project { name } exam { id startDate } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.CertificatesDocument,
    "query FirstCertificates { certificates(first: 5) { totalCount nodes { number institution { name } project { name } exam { id } } } }": types.FirstCertificatesDocument,
    "query Provinces { provinces { code name divisionCode } }": types.ProvincesDocument,
    "query RuleMatrix { compareProvinceRules { rule values { province track value stated source { document section } } } }": types.RuleMatrixDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Certificates($first: Int, $after: String, $province: ProvinceCode) {\n  certificates(first: $first, after: $after, province: $province) {\n    totalCount\n    nodes { number holderName institution { name } project { name } exam { id startDate } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query Certificates($first: Int, $after: String, $province: ProvinceCode) {\n  certificates(first: $first, after: $after, province: $province) {\n    totalCount\n    nodes { number holderName institution { name } project { name } exam { id startDate } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstCertificates { certificates(first: 5) { totalCount nodes { number institution { name } project { name } exam { id } } } }"): (typeof documents)["query FirstCertificates { certificates(first: 5) { totalCount nodes { number institution { name } project { name } exam { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Provinces { provinces { code name divisionCode } }"): (typeof documents)["query Provinces { provinces { code name divisionCode } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RuleMatrix { compareProvinceRules { rule values { province track value stated source { document section } } } }"): (typeof documents)["query RuleMatrix { compareProvinceRules { rule values { province track value stated source { document section } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;