/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 证书种类 / certificate kind */
export type CertificateKind =
  /** 职业技能等级证书 */
  | 'SKILL_LEVEL'
  /** 专项职业能力证书 */
  | 'SPECIAL_ABILITY';

/** 证书状态 / certificate status */
export type CertificateStatus =
  /** 已更正换发（由新证书取代） */
  | 'REPLACED'
  /** 已撤销（注销） */
  | 'REVOKED'
  /** 有效 */
  | 'VALID';

/** 考核批次状态 / exam batch status */
export type ExamBatchStatus =
  /** 审核通过（花名册） */
  | 'APPROVED'
  /** 参考确认 */
  | 'ATTENDANCE_CONFIRMED'
  /** 已取消 */
  | 'CANCELLED'
  /** 已申报 */
  | 'DECLARED'
  /** 草稿 */
  | 'DRAFT'
  /** 考核中 */
  | 'IN_PROGRESS'
  /** 已缴费（辽宁） */
  | 'PAID'
  /** 已退回 */
  | 'REJECTED'
  /** 成绩已取消（辽宁 五：情节严重的，取消该批次鉴定考核成绩） */
  | 'RESULTS_CANCELLED'
  /** 成绩已发布 */
  | 'RESULTS_PUBLISHED'
  /** 已评分 */
  | 'SCORED'
  /** 审核中 */
  | 'UNDER_REVIEW';

/** 发证层级 / who issues certificates */
export type IssuerTier =
  /** 市级 */
  | 'CITY'
  /** 评价机构自行发证 */
  | 'INSTITUTION'
  /** 省级 */
  | 'PROVINCE';

/** 重点群体（山东 三(一)）/ Shandong priority group */
export type PriorityGroup =
  /** 就业困难人员 */
  | 'EMPLOYMENT_DIFFICULT'
  /** 下岗失业人员 */
  | 'LAID_OFF_WORKER'
  /** 无 */
  | 'NONE'
  /** 农村转移就业劳动者 */
  | 'RURAL_MIGRANT_WORKER'
  /** 城乡未继续升学初高中毕业生 */
  | 'UNEMPLOYED_GRADUATE'
  /** 退役军人 */
  | 'VETERAN';

/** 省份（或计划单列的市）代码 / jurisdiction whose notices the system encodes */
export type ProvinceCode =
  /** 广东省韶关市 Guangdong / Shaoguan (440200) */
  | 'GUANGDONG_SHAOGUAN'
  /** 江苏省 Jiangsu (320000) */
  | 'JIANGSU'
  /** 辽宁省 Liaoning (210000) */
  | 'LIAONING'
  /** 山东省 Shandong (370000) */
  | 'SHANDONG';

/** 统计筛选（月份含首尾）/ report filter; months are inclusive */
export type StatsFilter = {
  /** 地市行政区划代码 / city division codes */
  cityCodes?: Array<string> | null | undefined;
  /** 起始月份 YYYY-MM / first month */
  fromMonth?: string | null | undefined;
  /** 机构 / institution */
  institutionId?: string | number | null | undefined;
  /** 项目（或职业及等级）/ project */
  projectId?: string | number | null | undefined;
  /** 省份；省级经办人只能看本省 / provinces (operators: their own only) */
  provinces?: Array<ProvinceCode> | null | undefined;
  /** 截止月份 YYYY-MM / last month */
  toMonth?: string | null | undefined;
};

/** 评价类别 / assessment track */
export type Track =
  /** 职业技能等级认定 */
  | 'SKILL_LEVEL'
  /** 专项职业能力考核 */
  | 'SPECIAL_ABILITY';

export type DashboardOverviewQueryVariables = Exact<{
  filter?: StatsFilter | null | undefined;
}>;


export type DashboardOverviewQuery = { total: Array<{ batchesDeclared: number, candidatesExamined: number, candidatesPassed: number, passRate: number | null, deadlinesDue: number, deadlinesMetOnTime: number, deadlinesMetLate: number, deadlinesOverdue: number, archivesDueForPurge: number, examinerDays: number | null, priorityGroups: Array<{ group: PriorityGroup, examined: number, passed: number, passRate: number | null }> }>, byProvince: Array<{ province: ProvinceCode | null, batchesDeclared: number, candidatesExamined: number, candidatesPassed: number, passRate: number | null, deadlinesOverdue: number, deadlinesMetLate: number, archivesDueForPurge: number, examinerDays: number | null }>, byCity: Array<{ province: ProvinceCode | null, cityCode: string | null, batchesDeclared: number, candidatesExamined: number, candidatesPassed: number, passRate: number | null }>, byMonth: Array<{ province: ProvinceCode | null, month: string | null, batchesDeclared: number, candidatesExamined: number, candidatesPassed: number }>, certificatesTotal: Array<{ issued: number, revoked: number }>, certificatesByProvince: Array<{ province: ProvinceCode | null, issued: number, revoked: number }>, certificatesByMonth: Array<{ province: ProvinceCode | null, month: string | null, issued: number, revoked: number }> };

export type DashboardComplianceQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardComplianceQuery = { complianceBoard: { asOf: string, overdueTotal: number, metLateTotal: number, refusedPanelsTotal: number, overdue: Array<{ daysLate: number, batch: { id: string, code: string, province: ProvinceCode }, deadline: { kind: string, dueDate: string, metOn: string | null }, citation: { document: string, section: string, quote: string | null } }>, metLate: Array<{ daysLate: number, batch: { id: string, code: string, province: ProvinceCode }, deadline: { kind: string, dueDate: string, metOn: string | null }, citation: { document: string, section: string, quote: string | null } }>, refusedPanels: Array<{ id: string, province: ProvinceCode, refusedAt: string, actorRole: string, violations: Array<string>, batch: { id: string, code: string } }>, byProvince: Array<{ province: ProvinceCode | null, deadlinesDue: number, deadlinesMetOnTime: number, deadlinesMetLate: number, deadlinesOverdue: number, archivesDueForPurge: number }> }, examinerWorkload: Array<{ province: ProvinceCode, days: number, examinerDays: number, leaderDays: number, supervisorDays: number, examiner: { id: string, name: string | null } }> };

export type DashboardRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardRulesQuery = { compareProvinceRules: Array<{ rule: string, description: string, values: Array<{ province: ProvinceCode, track: Track, value: string | null, stated: boolean, note: string | null, source: { document: string, section: string, quote: string | null } }> }> };

export type DashboardDrillProvincesQueryVariables = Exact<{
  filter?: StatsFilter | null | undefined;
}>;


export type DashboardDrillProvincesQuery = { examStats: Array<{ province: ProvinceCode | null, batchesDeclared: number, candidatesExamined: number, candidatesPassed: number, passRate: number | null, deadlinesOverdue: number }>, certificateStats: Array<{ province: ProvinceCode | null, issued: number }> };

export type DashboardDrillInstitutionsQueryVariables = Exact<{
  filter?: StatsFilter | null | undefined;
}>;


export type DashboardDrillInstitutionsQuery = { examStats: Array<{ province: ProvinceCode | null, batchesDeclared: number, candidatesExamined: number, candidatesPassed: number, passRate: number | null, deadlinesOverdue: number, institution: { id: string, name: string, cityCode: string } | null }>, certificateStats: Array<{ issued: number, institution: { id: string } | null }> };

export type DashboardDrillBatchesQueryVariables = Exact<{
  institutionId: string | number;
  after?: string | null | undefined;
}>;


export type DashboardDrillBatchesQuery = { examBatches: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, province: ProvinceCode, status: ExamBatchStatus, startDate: string, endDate: string, candidateCount: number, project: { id: string, name: string } | null, deadlines: Array<{ kind: string, dueDate: string, metOn: string | null }> | null }> } | null };

export type DashboardVerifyQueryVariables = Exact<{
  number: string;
  holderName: string;
}>;


export type DashboardVerifyQuery = { verifyCertificate: { matched: boolean, message: string, number: string | null, status: CertificateStatus | null, holderName: string | null, kind: CertificateKind | null, occupationCode: string | null, level: number | null, issuedOn: string | null, province: ProvinceCode | null, project: { name: string } | null, issuer: { tier: IssuerTier, body: string, code: string } | null } };


export const DashboardOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"examStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TOTAL"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchesDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesExamined"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesPassed"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesDue"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesMetOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesMetLate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"archivesDueForPurge"}},{"kind":"Field","name":{"kind":"Name","value":"examinerDays"}},{"kind":"Field","name":{"kind":"Name","value":"priorityGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"examined"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byProvince"},"name":{"kind":"Name","value":"examStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"batchesDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesExamined"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesPassed"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesMetLate"}},{"kind":"Field","name":{"kind":"Name","value":"archivesDueForPurge"}},{"kind":"Field","name":{"kind":"Name","value":"examinerDays"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byCity"},"name":{"kind":"Name","value":"examStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CITY"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"cityCode"}},{"kind":"Field","name":{"kind":"Name","value":"batchesDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesExamined"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesPassed"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byMonth"},"name":{"kind":"Name","value":"examStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"batchesDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesExamined"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesPassed"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"certificatesTotal"},"name":{"kind":"Name","value":"certificateStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TOTAL"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"certificatesByProvince"},"name":{"kind":"Name","value":"certificateStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"certificatesByMonth"},"name":{"kind":"Name","value":"certificateStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const DashboardComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTotal"}},{"kind":"Field","name":{"kind":"Name","value":"metLateTotal"}},{"kind":"Field","name":{"kind":"Name","value":"refusedPanelsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metLate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusedPanels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"refusedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"violations"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesDue"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesMetOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesMetLate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"archivesDueForPurge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"examinerWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examiner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"examinerDays"}},{"kind":"Field","name":{"kind":"Name","value":"leaderDays"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDays"}}]}}]}}]} as unknown as DocumentNode<DashboardComplianceQuery, DashboardComplianceQueryVariables>;
export const DashboardRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareProvinceRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRulesQuery, DashboardRulesQueryVariables>;
export const DashboardDrillProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDrillProvinces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"batchesDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesExamined"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesPassed"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificateStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}}]}}]}}]} as unknown as DocumentNode<DashboardDrillProvincesQuery, DashboardDrillProvincesQueryVariables>;
export const DashboardDrillInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDrillInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"INSTITUTION"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"batchesDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesExamined"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesPassed"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cityCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificateStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"INSTITUTION"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"}}]}}]}}]} as unknown as DocumentNode<DashboardDrillInstitutionsQuery, DashboardDrillInstitutionsQueryVariables>;
export const DashboardDrillBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDrillBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardDrillBatchesQuery, DashboardDrillBatchesQueryVariables>;
export const DashboardVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"holderName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardVerifyQuery, DashboardVerifyQueryVariables>;