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
    "mutation RegisterExaminer($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id residentId phone } }": typeof types.RegisterExaminerDocument,
    "mutation AddQualification($id: ID!, $input: QualificationInput!) { addQualification(examinerId: $id, input: $input) { id } }": typeof types.AddQualificationDocument,
    "mutation SetProjectRelations($projectId: ID!) { setProjectRelations(province: LIAONING, projectId: $projectId, occupationCodes: [\"4-03-02-02\"], fields: [\"烹饪\"]) { projectId } }": typeof types.SetProjectRelationsDocument,
    "mutation IssueCard($input: IssueCardInput!) { issueCard(input: $input) { number validUntil projects { name } } }": typeof types.IssueCardDocument,
    "query WhoMayExamine($projectId: ID!, $date: Date!) {\n  eligibleExaminers(province: LIAONING, projectId: $projectId, date: $date, first: 100) {\n    totalCount\n    nodes {\n      available booked examiner { id name residentId bookings(date: $date) { examBatch { code } } }\n      routes { code met source { document section } } card { met }\n    }\n  } }": typeof types.WhoMayExamineDocument,
    "query Certificates($first: Int, $after: String, $province: ProvinceCode) {\n  certificates(first: $first, after: $after, province: $province) {\n    totalCount\n    nodes { number holderName institution { name } project { name } exam { id startDate } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.CertificatesDocument,
    "query FirstCertificates { certificates(first: 5) { totalCount nodes { number institution { name } project { name } exam { id } } } }": typeof types.FirstCertificatesDocument,
    "query Provinces { provinces { code name divisionCode } }": typeof types.ProvincesDocument,
    "query RuleMatrix { compareProvinceRules { rule values { province track value stated source { document section } } } }": typeof types.RuleMatrixDocument,
    "mutation RegisterInstitution($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id filingStatus } }": typeof types.RegisterInstitutionDocument,
    "mutation StartFilingReview($id: ID!) { startFilingReview(id: $id) { filingStatus filingMaterials { code provided } } }": typeof types.StartFilingReviewDocument,
    "mutation ProvideFilingMaterial($input: ProvideMaterialInput!) { provideFilingMaterial(input: $input) { id } }": typeof types.ProvideFilingMaterialDocument,
    "mutation ApproveFiling($id: ID!) { approveFiling(id: $id) { filingStatus filingNumber filedOn } }": typeof types.ApproveFilingDocument,
    "mutation AddExamSite($input: AddExamSiteInput!) { addExamSite(input: $input) { id } }": typeof types.AddExamSiteDocument,
    "mutation SetFilingScope($id: ID!, $input: FilingScopeInput!) { setFilingScope(institutionId: $id, input: $input) { id } }": typeof types.SetFilingScopeDocument,
    "query FiledInstitution($id: ID!) { institution(id: $id) {\n  name filingStatus filingNumber\n  filingHistory { step toStatus actorRole }\n  scope { projects { id name province } }\n  sites { name workstations projects { name } availability(date: \"2025-06-01\") { canHost reasons } }\n} }": typeof types.FiledInstitutionDocument,
};
const documents: Documents = {
    "mutation RegisterExaminer($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id residentId phone } }": types.RegisterExaminerDocument,
    "mutation AddQualification($id: ID!, $input: QualificationInput!) { addQualification(examinerId: $id, input: $input) { id } }": types.AddQualificationDocument,
    "mutation SetProjectRelations($projectId: ID!) { setProjectRelations(province: LIAONING, projectId: $projectId, occupationCodes: [\"4-03-02-02\"], fields: [\"烹饪\"]) { projectId } }": types.SetProjectRelationsDocument,
    "mutation IssueCard($input: IssueCardInput!) { issueCard(input: $input) { number validUntil projects { name } } }": types.IssueCardDocument,
    "query WhoMayExamine($projectId: ID!, $date: Date!) {\n  eligibleExaminers(province: LIAONING, projectId: $projectId, date: $date, first: 100) {\n    totalCount\n    nodes {\n      available booked examiner { id name residentId bookings(date: $date) { examBatch { code } } }\n      routes { code met source { document section } } card { met }\n    }\n  } }": types.WhoMayExamineDocument,
    "query Certificates($first: Int, $after: String, $province: ProvinceCode) {\n  certificates(first: $first, after: $after, province: $province) {\n    totalCount\n    nodes { number holderName institution { name } project { name } exam { id startDate } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.CertificatesDocument,
    "query FirstCertificates { certificates(first: 5) { totalCount nodes { number institution { name } project { name } exam { id } } } }": types.FirstCertificatesDocument,
    "query Provinces { provinces { code name divisionCode } }": types.ProvincesDocument,
    "query RuleMatrix { compareProvinceRules { rule values { province track value stated source { document section } } } }": types.RuleMatrixDocument,
    "mutation RegisterInstitution($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id filingStatus } }": types.RegisterInstitutionDocument,
    "mutation StartFilingReview($id: ID!) { startFilingReview(id: $id) { filingStatus filingMaterials { code provided } } }": types.StartFilingReviewDocument,
    "mutation ProvideFilingMaterial($input: ProvideMaterialInput!) { provideFilingMaterial(input: $input) { id } }": types.ProvideFilingMaterialDocument,
    "mutation ApproveFiling($id: ID!) { approveFiling(id: $id) { filingStatus filingNumber filedOn } }": types.ApproveFilingDocument,
    "mutation AddExamSite($input: AddExamSiteInput!) { addExamSite(input: $input) { id } }": types.AddExamSiteDocument,
    "mutation SetFilingScope($id: ID!, $input: FilingScopeInput!) { setFilingScope(institutionId: $id, input: $input) { id } }": types.SetFilingScopeDocument,
    "query FiledInstitution($id: ID!) { institution(id: $id) {\n  name filingStatus filingNumber\n  filingHistory { step toStatus actorRole }\n  scope { projects { id name province } }\n  sites { name workstations projects { name } availability(date: \"2025-06-01\") { canHost reasons } }\n} }": types.FiledInstitutionDocument,
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
export function graphql(source: "mutation RegisterExaminer($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id residentId phone } }"): (typeof documents)["mutation RegisterExaminer($input: RegisterExaminerInput!) { registerExaminer(input: $input) { id residentId phone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddQualification($id: ID!, $input: QualificationInput!) { addQualification(examinerId: $id, input: $input) { id } }"): (typeof documents)["mutation AddQualification($id: ID!, $input: QualificationInput!) { addQualification(examinerId: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetProjectRelations($projectId: ID!) { setProjectRelations(province: LIAONING, projectId: $projectId, occupationCodes: [\"4-03-02-02\"], fields: [\"烹饪\"]) { projectId } }"): (typeof documents)["mutation SetProjectRelations($projectId: ID!) { setProjectRelations(province: LIAONING, projectId: $projectId, occupationCodes: [\"4-03-02-02\"], fields: [\"烹饪\"]) { projectId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueCard($input: IssueCardInput!) { issueCard(input: $input) { number validUntil projects { name } } }"): (typeof documents)["mutation IssueCard($input: IssueCardInput!) { issueCard(input: $input) { number validUntil projects { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoMayExamine($projectId: ID!, $date: Date!) {\n  eligibleExaminers(province: LIAONING, projectId: $projectId, date: $date, first: 100) {\n    totalCount\n    nodes {\n      available booked examiner { id name residentId bookings(date: $date) { examBatch { code } } }\n      routes { code met source { document section } } card { met }\n    }\n  } }"): (typeof documents)["query WhoMayExamine($projectId: ID!, $date: Date!) {\n  eligibleExaminers(province: LIAONING, projectId: $projectId, date: $date, first: 100) {\n    totalCount\n    nodes {\n      available booked examiner { id name residentId bookings(date: $date) { examBatch { code } } }\n      routes { code met source { document section } } card { met }\n    }\n  } }"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterInstitution($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id filingStatus } }"): (typeof documents)["mutation RegisterInstitution($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id filingStatus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartFilingReview($id: ID!) { startFilingReview(id: $id) { filingStatus filingMaterials { code provided } } }"): (typeof documents)["mutation StartFilingReview($id: ID!) { startFilingReview(id: $id) { filingStatus filingMaterials { code provided } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProvideFilingMaterial($input: ProvideMaterialInput!) { provideFilingMaterial(input: $input) { id } }"): (typeof documents)["mutation ProvideFilingMaterial($input: ProvideMaterialInput!) { provideFilingMaterial(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveFiling($id: ID!) { approveFiling(id: $id) { filingStatus filingNumber filedOn } }"): (typeof documents)["mutation ApproveFiling($id: ID!) { approveFiling(id: $id) { filingStatus filingNumber filedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddExamSite($input: AddExamSiteInput!) { addExamSite(input: $input) { id } }"): (typeof documents)["mutation AddExamSite($input: AddExamSiteInput!) { addExamSite(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetFilingScope($id: ID!, $input: FilingScopeInput!) { setFilingScope(institutionId: $id, input: $input) { id } }"): (typeof documents)["mutation SetFilingScope($id: ID!, $input: FilingScopeInput!) { setFilingScope(institutionId: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FiledInstitution($id: ID!) { institution(id: $id) {\n  name filingStatus filingNumber\n  filingHistory { step toStatus actorRole }\n  scope { projects { id name province } }\n  sites { name workstations projects { name } availability(date: \"2025-06-01\") { canHost reasons } }\n} }"): (typeof documents)["query FiledInstitution($id: ID!) { institution(id: $id) {\n  name filingStatus filingNumber\n  filingHistory { step toStatus actorRole }\n  scope { projects { id name province } }\n  sites { name workstations projects { name } availability(date: \"2025-06-01\") { canHost reasons } }\n} }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;