/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 考核方式 / assessment mode */
export type AssessmentMode =
  /** 上机考试 */
  | 'COMPUTER_BASED'
  /** 工作现场考核 */
  | 'ON_THE_JOB'
  /** 操作技能考核 */
  | 'PRACTICAL'
  /** 仿真模拟 */
  | 'SIMULATION'
  /** 理论知识考试 */
  | 'THEORY'
  /** 工件加工 */
  | 'WORKPIECE'
  /** 作业项目评定 */
  | 'WORK_ITEM'
  /** 笔试（以笔代操） */
  | 'WRITTEN_FOR_PRACTICAL';

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

/** 项目状态 / catalog project status */
export type ProjectStatus =
  /** 已审定 */
  | 'APPROVED'
  /** 已申报 */
  | 'PROPOSED'
  /** 已发布 */
  | 'PUBLISHED'
  /** 已停用 */
  | 'RETIRED';

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

/** 评价类别 / assessment track */
export type Track =
  /** 职业技能等级认定 */
  | 'SKILL_LEVEL'
  /** 专项职业能力考核 */
  | 'SPECIAL_ABILITY';

export type CompareProvinceRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CompareProvinceRulesQuery = { compareProvinceRules: Array<{ rule: string, values: Array<{ province: ProvinceCode, track: Track, value: string | null, stated: boolean, source: { document: string, section: string } }> }> };

export type ProjectsQueryVariables = Exact<{
  province?: ProvinceCode | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number, nodes: Array<{ id: string, province: ProvinceCode, code: string, name: string, status: ProjectStatus, batch: number | null, modes: Array<AssessmentMode> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<{ code: ProvinceCode, name: string, nameEn: string, divisionCode: string, tracks: Array<Track> }> };

export type VerifyCertificateQueryVariables = Exact<{
  number: string;
  holderName: string;
}>;


export type VerifyCertificateQuery = { verifyCertificate: { matched: boolean, message: string, number: string | null, status: CertificateStatus | null, holderName: string | null, kind: CertificateKind | null, occupationCode: string | null, level: number | null, issuedOn: string | null, province: ProvinceCode | null, project: { code: string, name: string } | null } };


export const CompareProvinceRulesDocument = {"__meta__":{"hash":"sha256:5e57a61e09b91d26a06cee996015c82b2cf26faf96e17479d0273cef0fa0f844"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareProvinceRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareProvinceRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareProvinceRulesQuery, CompareProvinceRulesQueryVariables>;
export const ProjectsDocument = {"__meta__":{"hash":"sha256:76aa7d22c124c4ea859e7a475a1f6eda23ffd2df440c00ac5459884de965a6df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvinceCode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProvincesDocument = {"__meta__":{"hash":"sha256:59cd48140f7e821d7cca195b06cf5474613261db52b13c942aa75395215eefed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const VerifyCertificateDocument = {"__meta__":{"hash":"sha256:93f2503184da2a10e8b9611bbe66c0bbaf0693716f65f9151fa9d04cd97bd6f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"holderName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyCertificateQuery, VerifyCertificateQueryVariables>;