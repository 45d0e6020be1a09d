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
    "\n  query DashboardOverview($filter: StatsFilter) {\n    total: examStats(groupBy: TOTAL, filter: $filter) {\n      batchesDeclared candidatesExamined candidatesPassed passRate deadlinesDue deadlinesMetOnTime deadlinesMetLate deadlinesOverdue archivesDueForPurge examinerDays\n      priorityGroups { group examined passed passRate }\n    }\n    byProvince: examStats(groupBy: PROVINCE, filter: $filter) {\n      province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue deadlinesMetLate archivesDueForPurge examinerDays\n    }\n    byCity: examStats(groupBy: CITY, filter: $filter) {\n      province cityCode batchesDeclared candidatesExamined candidatesPassed passRate\n    }\n    byMonth: examStats(groupBy: MONTH, filter: $filter) {\n      province month batchesDeclared candidatesExamined candidatesPassed\n    }\n    certificatesTotal: certificateStats(groupBy: TOTAL, filter: $filter) { issued revoked }\n    certificatesByProvince: certificateStats(groupBy: PROVINCE, filter: $filter) { province issued revoked }\n    certificatesByMonth: certificateStats(groupBy: MONTH, filter: $filter) { province month issued revoked }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  query DashboardCompliance($first: Int) {\n    complianceBoard(first: $first) {\n      asOf overdueTotal metLateTotal refusedPanelsTotal\n      overdue { batch { id code province } deadline { kind dueDate metOn } daysLate citation { document section quote } }\n      metLate { batch { id code province } deadline { kind dueDate metOn } daysLate citation { document section quote } }\n      refusedPanels { id province refusedAt actorRole violations batch { id code } }\n      byProvince { province deadlinesDue deadlinesMetOnTime deadlinesMetLate deadlinesOverdue archivesDueForPurge }\n    }\n    examinerWorkload(first: 20) { examiner { id name } province days examinerDays leaderDays supervisorDays }\n  }\n": typeof types.DashboardComplianceDocument,
    "\n  query DashboardRules {\n    compareProvinceRules {\n      rule description\n      values { province track value stated note source { document section quote } }\n    }\n  }\n": typeof types.DashboardRulesDocument,
    "\n  query DashboardDrillProvinces($filter: StatsFilter) {\n    examStats(groupBy: PROVINCE, filter: $filter) { province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue }\n    certificateStats(groupBy: PROVINCE, filter: $filter) { province issued }\n  }\n": typeof types.DashboardDrillProvincesDocument,
    "\n  query DashboardDrillInstitutions($filter: StatsFilter) {\n    examStats(groupBy: INSTITUTION, filter: $filter) {\n      province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue\n      institution { id name cityCode }\n    }\n    certificateStats(groupBy: INSTITUTION, filter: $filter) { institution { id } issued }\n  }\n": typeof types.DashboardDrillInstitutionsDocument,
    "\n  query DashboardDrillBatches($institutionId: ID!, $after: String) {\n    examBatches(institutionId: $institutionId, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id code province status startDate endDate candidateCount project { id name } deadlines { kind dueDate metOn } }\n    }\n  }\n": typeof types.DashboardDrillBatchesDocument,
    "\n  query DashboardVerify($number: String!) {\n    certificate(number: $number) { number holderName issuedOn province institution { name } project { name } }\n  }\n": typeof types.DashboardVerifyDocument,
};
const documents: Documents = {
    "\n  query DashboardOverview($filter: StatsFilter) {\n    total: examStats(groupBy: TOTAL, filter: $filter) {\n      batchesDeclared candidatesExamined candidatesPassed passRate deadlinesDue deadlinesMetOnTime deadlinesMetLate deadlinesOverdue archivesDueForPurge examinerDays\n      priorityGroups { group examined passed passRate }\n    }\n    byProvince: examStats(groupBy: PROVINCE, filter: $filter) {\n      province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue deadlinesMetLate archivesDueForPurge examinerDays\n    }\n    byCity: examStats(groupBy: CITY, filter: $filter) {\n      province cityCode batchesDeclared candidatesExamined candidatesPassed passRate\n    }\n    byMonth: examStats(groupBy: MONTH, filter: $filter) {\n      province month batchesDeclared candidatesExamined candidatesPassed\n    }\n    certificatesTotal: certificateStats(groupBy: TOTAL, filter: $filter) { issued revoked }\n    certificatesByProvince: certificateStats(groupBy: PROVINCE, filter: $filter) { province issued revoked }\n    certificatesByMonth: certificateStats(groupBy: MONTH, filter: $filter) { province month issued revoked }\n  }\n": types.DashboardOverviewDocument,
    "\n  query DashboardCompliance($first: Int) {\n    complianceBoard(first: $first) {\n      asOf overdueTotal metLateTotal refusedPanelsTotal\n      overdue { batch { id code province } deadline { kind dueDate metOn } daysLate citation { document section quote } }\n      metLate { batch { id code province } deadline { kind dueDate metOn } daysLate citation { document section quote } }\n      refusedPanels { id province refusedAt actorRole violations batch { id code } }\n      byProvince { province deadlinesDue deadlinesMetOnTime deadlinesMetLate deadlinesOverdue archivesDueForPurge }\n    }\n    examinerWorkload(first: 20) { examiner { id name } province days examinerDays leaderDays supervisorDays }\n  }\n": types.DashboardComplianceDocument,
    "\n  query DashboardRules {\n    compareProvinceRules {\n      rule description\n      values { province track value stated note source { document section quote } }\n    }\n  }\n": types.DashboardRulesDocument,
    "\n  query DashboardDrillProvinces($filter: StatsFilter) {\n    examStats(groupBy: PROVINCE, filter: $filter) { province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue }\n    certificateStats(groupBy: PROVINCE, filter: $filter) { province issued }\n  }\n": types.DashboardDrillProvincesDocument,
    "\n  query DashboardDrillInstitutions($filter: StatsFilter) {\n    examStats(groupBy: INSTITUTION, filter: $filter) {\n      province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue\n      institution { id name cityCode }\n    }\n    certificateStats(groupBy: INSTITUTION, filter: $filter) { institution { id } issued }\n  }\n": types.DashboardDrillInstitutionsDocument,
    "\n  query DashboardDrillBatches($institutionId: ID!, $after: String) {\n    examBatches(institutionId: $institutionId, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id code province status startDate endDate candidateCount project { id name } deadlines { kind dueDate metOn } }\n    }\n  }\n": types.DashboardDrillBatchesDocument,
    "\n  query DashboardVerify($number: String!) {\n    certificate(number: $number) { number holderName issuedOn province institution { name } project { name } }\n  }\n": types.DashboardVerifyDocument,
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
export function graphql(source: "\n  query DashboardOverview($filter: StatsFilter) {\n    total: examStats(groupBy: TOTAL, filter: $filter) {\n      batchesDeclared candidatesExamined candidatesPassed passRate deadlinesDue deadlinesMetOnTime deadlinesMetLate deadlinesOverdue archivesDueForPurge examinerDays\n      priorityGroups { group examined passed passRate }\n    }\n    byProvince: examStats(groupBy: PROVINCE, filter: $filter) {\n      province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue deadlinesMetLate archivesDueForPurge examinerDays\n    }\n    byCity: examStats(groupBy: CITY, filter: $filter) {\n      province cityCode batchesDeclared candidatesExamined candidatesPassed passRate\n    }\n    byMonth: examStats(groupBy: MONTH, filter: $filter) {\n      province month batchesDeclared candidatesExamined candidatesPassed\n    }\n    certificatesTotal: certificateStats(groupBy: TOTAL, filter: $filter) { issued revoked }\n    certificatesByProvince: certificateStats(groupBy: PROVINCE, filter: $filter) { province issued revoked }\n    certificatesByMonth: certificateStats(groupBy: MONTH, filter: $filter) { province month issued revoked }\n  }\n"): (typeof documents)["\n  query DashboardOverview($filter: StatsFilter) {\n    total: examStats(groupBy: TOTAL, filter: $filter) {\n      batchesDeclared candidatesExamined candidatesPassed passRate deadlinesDue deadlinesMetOnTime deadlinesMetLate deadlinesOverdue archivesDueForPurge examinerDays\n      priorityGroups { group examined passed passRate }\n    }\n    byProvince: examStats(groupBy: PROVINCE, filter: $filter) {\n      province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue deadlinesMetLate archivesDueForPurge examinerDays\n    }\n    byCity: examStats(groupBy: CITY, filter: $filter) {\n      province cityCode batchesDeclared candidatesExamined candidatesPassed passRate\n    }\n    byMonth: examStats(groupBy: MONTH, filter: $filter) {\n      province month batchesDeclared candidatesExamined candidatesPassed\n    }\n    certificatesTotal: certificateStats(groupBy: TOTAL, filter: $filter) { issued revoked }\n    certificatesByProvince: certificateStats(groupBy: PROVINCE, filter: $filter) { province issued revoked }\n    certificatesByMonth: certificateStats(groupBy: MONTH, filter: $filter) { province month issued revoked }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCompliance($first: Int) {\n    complianceBoard(first: $first) {\n      asOf overdueTotal metLateTotal refusedPanelsTotal\n      overdue { batch { id code province } deadline { kind dueDate metOn } daysLate citation { document section quote } }\n      metLate { batch { id code province } deadline { kind dueDate metOn } daysLate citation { document section quote } }\n      refusedPanels { id province refusedAt actorRole violations batch { id code } }\n      byProvince { province deadlinesDue deadlinesMetOnTime deadlinesMetLate deadlinesOverdue archivesDueForPurge }\n    }\n    examinerWorkload(first: 20) { examiner { id name } province days examinerDays leaderDays supervisorDays }\n  }\n"): (typeof documents)["\n  query DashboardCompliance($first: Int) {\n    complianceBoard(first: $first) {\n      asOf overdueTotal metLateTotal refusedPanelsTotal\n      overdue { batch { id code province } deadline { kind dueDate metOn } daysLate citation { document section quote } }\n      metLate { batch { id code province } deadline { kind dueDate metOn } daysLate citation { document section quote } }\n      refusedPanels { id province refusedAt actorRole violations batch { id code } }\n      byProvince { province deadlinesDue deadlinesMetOnTime deadlinesMetLate deadlinesOverdue archivesDueForPurge }\n    }\n    examinerWorkload(first: 20) { examiner { id name } province days examinerDays leaderDays supervisorDays }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRules {\n    compareProvinceRules {\n      rule description\n      values { province track value stated note source { document section quote } }\n    }\n  }\n"): (typeof documents)["\n  query DashboardRules {\n    compareProvinceRules {\n      rule description\n      values { province track value stated note source { document section quote } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDrillProvinces($filter: StatsFilter) {\n    examStats(groupBy: PROVINCE, filter: $filter) { province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue }\n    certificateStats(groupBy: PROVINCE, filter: $filter) { province issued }\n  }\n"): (typeof documents)["\n  query DashboardDrillProvinces($filter: StatsFilter) {\n    examStats(groupBy: PROVINCE, filter: $filter) { province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue }\n    certificateStats(groupBy: PROVINCE, filter: $filter) { province issued }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDrillInstitutions($filter: StatsFilter) {\n    examStats(groupBy: INSTITUTION, filter: $filter) {\n      province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue\n      institution { id name cityCode }\n    }\n    certificateStats(groupBy: INSTITUTION, filter: $filter) { institution { id } issued }\n  }\n"): (typeof documents)["\n  query DashboardDrillInstitutions($filter: StatsFilter) {\n    examStats(groupBy: INSTITUTION, filter: $filter) {\n      province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue\n      institution { id name cityCode }\n    }\n    certificateStats(groupBy: INSTITUTION, filter: $filter) { institution { id } issued }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDrillBatches($institutionId: ID!, $after: String) {\n    examBatches(institutionId: $institutionId, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id code province status startDate endDate candidateCount project { id name } deadlines { kind dueDate metOn } }\n    }\n  }\n"): (typeof documents)["\n  query DashboardDrillBatches($institutionId: ID!, $after: String) {\n    examBatches(institutionId: $institutionId, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id code province status startDate endDate candidateCount project { id name } deadlines { kind dueDate metOn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardVerify($number: String!) {\n    certificate(number: $number) { number holderName issuedOn province institution { name } project { name } }\n  }\n"): (typeof documents)["\n  query DashboardVerify($number: String!) {\n    certificate(number: $number) { number holderName issuedOn province institution { name } project { name } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;