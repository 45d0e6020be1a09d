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
    "query CompareProvinceRules {\n  compareProvinceRules {\n    rule\n    values {\n      province\n      track\n      value\n      stated\n      source {\n        document\n        section\n      }\n    }\n  }\n}": typeof types.CompareProvinceRulesDocument,
    "query Projects($province: ProvinceCode, $search: String, $first: Int, $after: String) {\n  projects(province: $province, search: $search, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      province\n      code\n      name\n      status\n      batch\n      modes\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ProjectsDocument,
    "query Provinces {\n  provinces {\n    code\n    name\n    nameEn\n    divisionCode\n    tracks\n  }\n}": typeof types.ProvincesDocument,
    "query VerifyCertificate($number: String!, $holderName: String!) {\n  verifyCertificate(number: $number, holderName: $holderName) {\n    matched\n    message\n    number\n    status\n    holderName\n    kind\n    occupationCode\n    level\n    issuedOn\n    province\n    project {\n      code\n      name\n    }\n  }\n}": typeof types.VerifyCertificateDocument,
};
const documents: Documents = {
    "query CompareProvinceRules {\n  compareProvinceRules {\n    rule\n    values {\n      province\n      track\n      value\n      stated\n      source {\n        document\n        section\n      }\n    }\n  }\n}": types.CompareProvinceRulesDocument,
    "query Projects($province: ProvinceCode, $search: String, $first: Int, $after: String) {\n  projects(province: $province, search: $search, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      province\n      code\n      name\n      status\n      batch\n      modes\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ProjectsDocument,
    "query Provinces {\n  provinces {\n    code\n    name\n    nameEn\n    divisionCode\n    tracks\n  }\n}": types.ProvincesDocument,
    "query VerifyCertificate($number: String!, $holderName: String!) {\n  verifyCertificate(number: $number, holderName: $holderName) {\n    matched\n    message\n    number\n    status\n    holderName\n    kind\n    occupationCode\n    level\n    issuedOn\n    province\n    project {\n      code\n      name\n    }\n  }\n}": types.VerifyCertificateDocument,
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
export function graphql(source: "query CompareProvinceRules {\n  compareProvinceRules {\n    rule\n    values {\n      province\n      track\n      value\n      stated\n      source {\n        document\n        section\n      }\n    }\n  }\n}"): (typeof documents)["query CompareProvinceRules {\n  compareProvinceRules {\n    rule\n    values {\n      province\n      track\n      value\n      stated\n      source {\n        document\n        section\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Projects($province: ProvinceCode, $search: String, $first: Int, $after: String) {\n  projects(province: $province, search: $search, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      province\n      code\n      name\n      status\n      batch\n      modes\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query Projects($province: ProvinceCode, $search: String, $first: Int, $after: String) {\n  projects(province: $province, search: $search, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      province\n      code\n      name\n      status\n      batch\n      modes\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Provinces {\n  provinces {\n    code\n    name\n    nameEn\n    divisionCode\n    tracks\n  }\n}"): (typeof documents)["query Provinces {\n  provinces {\n    code\n    name\n    nameEn\n    divisionCode\n    tracks\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VerifyCertificate($number: String!, $holderName: String!) {\n  verifyCertificate(number: $number, holderName: $holderName) {\n    matched\n    message\n    number\n    status\n    holderName\n    kind\n    occupationCode\n    level\n    issuedOn\n    province\n    project {\n      code\n      name\n    }\n  }\n}"): (typeof documents)["query VerifyCertificate($number: String!, $holderName: String!) {\n  verifyCertificate(number: $number, holderName: $holderName) {\n    matched\n    message\n    number\n    status\n    holderName\n    kind\n    occupationCode\n    level\n    issuedOn\n    province\n    project {\n      code\n      name\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;