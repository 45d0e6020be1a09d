import { graphql } from './gql';

/**
 * Every operation the dashboard sends, typed by codegen (`npm run codegen` writes ./gql from the
 * composed API schema). One request per page: the gateway fans out to the subgraphs.
 */
export const OverviewQuery = graphql(`
  query DashboardOverview($filter: StatsFilter) {
    total: examStats(groupBy: TOTAL, filter: $filter) {
      batchesDeclared candidatesExamined candidatesPassed passRate deadlinesDue deadlinesMetOnTime deadlinesMetLate deadlinesOverdue archivesDueForPurge examinerDays
      priorityGroups { group examined passed passRate }
    }
    byProvince: examStats(groupBy: PROVINCE, filter: $filter) {
      province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue deadlinesMetLate archivesDueForPurge examinerDays
    }
    byCity: examStats(groupBy: CITY, filter: $filter) {
      province cityCode batchesDeclared candidatesExamined candidatesPassed passRate
    }
    byMonth: examStats(groupBy: MONTH, filter: $filter) {
      province month batchesDeclared candidatesExamined candidatesPassed
    }
    certificatesTotal: certificateStats(groupBy: TOTAL, filter: $filter) { issued revoked }
    certificatesByProvince: certificateStats(groupBy: PROVINCE, filter: $filter) { province issued revoked }
    certificatesByMonth: certificateStats(groupBy: MONTH, filter: $filter) { province month issued revoked }
  }
`);

export const ComplianceQuery = graphql(`
  query DashboardCompliance($first: Int) {
    complianceBoard(first: $first) {
      asOf overdueTotal metLateTotal refusedPanelsTotal
      overdue { batch { id code province } deadline { kind dueDate metOn } daysLate citation { document section quote } }
      metLate { batch { id code province } deadline { kind dueDate metOn } daysLate citation { document section quote } }
      refusedPanels { id province refusedAt actorRole violations batch { id code } }
      byProvince { province deadlinesDue deadlinesMetOnTime deadlinesMetLate deadlinesOverdue archivesDueForPurge }
    }
    examinerWorkload(first: 20) { examiner { id name } province days examinerDays leaderDays supervisorDays }
  }
`);

export const RulesQuery = graphql(`
  query DashboardRules {
    compareProvinceRules {
      rule description
      values { province track value stated note source { document section quote } }
    }
  }
`);

export const ProvincesDrillQuery = graphql(`
  query DashboardDrillProvinces($filter: StatsFilter) {
    examStats(groupBy: PROVINCE, filter: $filter) { province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue }
    certificateStats(groupBy: PROVINCE, filter: $filter) { province issued }
  }
`);

export const InstitutionsDrillQuery = graphql(`
  query DashboardDrillInstitutions($filter: StatsFilter) {
    examStats(groupBy: INSTITUTION, filter: $filter) {
      province batchesDeclared candidatesExamined candidatesPassed passRate deadlinesOverdue
      institution { id name cityCode }
    }
    certificateStats(groupBy: INSTITUTION, filter: $filter) { institution { id } issued }
  }
`);

export const BatchesDrillQuery = graphql(`
  query DashboardDrillBatches($institutionId: ID!, $after: String) {
    examBatches(institutionId: $institutionId, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id code province status startDate endDate candidateCount project { id name } deadlines { kind dueDate metOn } }
    }
  }
`);

/** Public: the number alone finds nothing, the holder's name must match too (checked on the server). */
export const VerifyQuery = graphql(`
  query DashboardVerify($number: String!, $holderName: String!) {
    verifyCertificate(number: $number, holderName: $holderName) {
      matched message number status holderName kind occupationCode level issuedOn province
      project { name }
      issuer { tier body code }
    }
  }
`);
