/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 新增考点/考场 / add an exam site */
export type AddExamSiteInput = {
  address: string;
  /** 协议起始日（韶关必填）/ agreement from (required in Shaoguan) */
  agreementFrom?: string | null | undefined;
  /** 协议截止日（韶关必填）/ agreement until (required in Shaoguan) */
  agreementUntil?: string | null | undefined;
  /** 经市级中心同意 / approved by the city centre */
  approvedByCityCentre?: boolean;
  institutionId: string | number;
  kind?: SiteKind;
  name: string;
  /** 可开展的目录项目 / catalog projects allowed at the site */
  projectIds: Array<string | number>;
  /** 临时考场所在的约束性区域 / restricted area of a temporary site */
  restrictedArea?: RestrictedArea | null | undefined;
  videoMonitoring: VideoMonitoring;
  /** 评估核定的最大工位数 / maximum workstations */
  workstations: number;
};

/** 证卡类别 / card kind */
export type CardKind =
  /** 考评员证卡 */
  | 'EXAMINER'
  /** 质量督导员证卡 */
  | 'SUPERVISOR';

/** 备案范围（整体替换）/ the filing scope, replaced as a whole */
export type FilingScopeInput = {
  /** 技能等级认定：职业及等级范围 / occupations (skill levels) */
  occupations: Array<ScopeOccupationInput>;
  /** 专项职业能力：可考核的目录项目 / catalog projects (special ability) */
  projectIds: Array<string | number>;
};

/** 备案状态 / filing status */
export type FilingStatus =
  /** 已申请 */
  | 'APPLIED'
  /** 已过期 */
  | 'EXPIRED'
  /** 已备案 */
  | 'FILED'
  /** 已撤销 */
  | 'REVOKED'
  /** 暂停 */
  | 'SUSPENDED'
  /** 审核中 */
  | 'UNDER_REVIEW';

/** 机构类别 / kind of institution */
export type InstitutionKind =
  /** 职业技能鉴定机构 */
  | 'ASSESSMENT_BODY'
  /** 央企辽宁分公司（辽宁 附件5 第10位=1） */
  | 'CENTRAL_ENTERPRISE_BRANCH'
  /** 院校 */
  | 'COLLEGE'
  /** 用人单位 */
  | 'EMPLOYER'
  /** 行业协会（辽宁 附件5 第10位=5） */
  | 'INDUSTRY_ASSOCIATION'
  /** 市属企业（辽宁 附件5 第10位=3） */
  | 'MUNICIPAL_ENTERPRISE'
  /** 其他 */
  | 'OTHER'
  /** 省属企业（辽宁 附件5 第10位=2） */
  | 'PROVINCIAL_ENTERPRISE'
  /** 省属行业组织 */
  | 'PROVINCIAL_INDUSTRY_ORGANISATION'
  /** 高级技工学校 */
  | 'SENIOR_TECHNICAL_SCHOOL'
  /** 社会培训机构 */
  | 'SOCIAL_TRAINING_INSTITUTION'
  /** 技工学校 */
  | 'TECHNICAL_SCHOOL'
  /** 技师学院 */
  | 'TECHNICIAN_COLLEGE';

/** 机构职务 / role at a training institution or business */
export type InstitutionRole =
  /** 管理者 */
  | 'MANAGER'
  /** 教学师资 */
  | 'TEACHER';

/** 核发证卡 / issue a card */
export type IssueCardInput = {
  examinerId: string | number;
  issuedOn: string;
  kind: CardKind;
  /** 考评项目（督导员证卡可为空）/ projects covered */
  projectIds?: Array<string | number>;
  trainingType?: TrainingType;
  /** 本省未规定有效期时必填 / required where the province states no term */
  validUntil?: string | null | undefined;
};

/** 提交备案材料 / record a provided filing material */
export type ProvideMaterialInput = {
  /** 材料代码，见 Institution.filingMaterials / material code */
  code: string;
  institutionId: string | number;
  /** 提交日期，默认今天 / provided on */
  providedOn?: string | null | undefined;
  /** 文件编号、存档位置或说明 / document reference */
  reference: string;
};

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

/** 资质证明；按 type 填写相应字段 / a qualification; fill the fields its type needs */
export type QualificationInput = {
  /** PROFESSIONAL_TITLE：专业 */
  field?: string | null | undefined;
  /** PROFESSIONAL_TITLE：级别 */
  grade?: TitleGrade | null | undefined;
  /** INSTITUTION_ROLE：职务 */
  institutionRole?: InstitutionRole | null | undefined;
  /** SKILL_CERTIFICATE：等级1-5 */
  level?: number | null | undefined;
  /** 取得日期；临时派遣的起始日 / obtained on, or stand-in start */
  obtainedOn?: string | null | undefined;
  /** SKILL_CERTIFICATE：职业编码 */
  occupationCode?: string | null | undefined;
  /** OCCUPATIONAL_EXAMINER：覆盖的职业编码 */
  occupationCodes?: Array<string>;
  /** SPECIAL_ABILITY_CERTIFICATE（一个）、SPECIAL_ABILITY_EXAMINER、STAND_IN_AUTHORISATION：项目 */
  projectIds?: Array<string | number>;
  /** 证书编号或文件号 */
  reference?: string | null | undefined;
  type: QualificationType;
};

/** 资质证明类型 / kind of evidence */
export type QualificationType =
  /** 培训机构或经营性企业的管理者、教学师资 */
  | 'INSTITUTION_ROLE'
  /** 职业资格评价考评员资质（覆盖职业） */
  | 'OCCUPATIONAL_EXAMINER'
  /** 专业技术职称（专业、级别） */
  | 'PROFESSIONAL_TITLE'
  /** 职业技能等级证书（职业、等级） */
  | 'SKILL_CERTIFICATE'
  /** 专项职业能力证书（项目、取得日期） */
  | 'SPECIAL_ABILITY_CERTIFICATE'
  /** 专项职业能力考评员资质（项目） */
  | 'SPECIAL_ABILITY_EXAMINER'
  /** 相近或相关职业临时派遣（韶关，不超过6个月） */
  | 'STAND_IN_AUTHORISATION';

/** 登记考评员/督导员 / register a person */
export type RegisterExaminerInput = {
  /** 工作单位 / employer */
  employer: string;
  name: string;
  phone: string;
  province: ProvinceCode;
  /** 18位身份证号（仅脱敏返回）/ resident ID, only ever returned masked */
  residentId: string;
};

/** 登记机构 / register an institution (its filing starts as APPLIED) */
export type RegisterInstitutionInput = {
  address: string;
  /** 所在市行政区划代码，须属于该省 / 6-digit city code inside the province */
  cityCode: string;
  contactName: string;
  contactPhone: string;
  /** 统一社会信用代码 / unified social credit code */
  creditCode: string;
  kind: InstitutionKind;
  name: string;
  /** 已参与完成专项职业能力考核项目立项 / took part in developing a project */
  priorProjectDevelopment?: boolean;
  /** 曾参与过省本级鉴定考核工作 / took part in provincial assessment */
  priorProvincialAssessment?: boolean;
  province: ProvinceCode;
  /** 评价类别，默认本省第一个类别 / track, default the province's first */
  track?: Track | null | undefined;
};

/** 约束性区域（韶关 四）/ restricted area */
export type RestrictedArea =
  /** 司法管辖区 */
  | 'JUDICIAL'
  /** 军事管辖区 */
  | 'MILITARY';

/** 备案范围中的职业（技能等级认定）/ an occupation with a level range */
export type ScopeOccupationInput = {
  /** 职业编码，如 6-18-01-01 */
  code: string;
  /** 最高等级（1=高级技师） */
  levelHighest: number;
  /** 最低等级（5=初级工） */
  levelLowest: number;
  /** 职业名称 */
  name: string;
  /** 工种名称（无则留空） */
  workType?: string | null | undefined;
};

/** 考场类型 / kind of exam site */
export type SiteKind =
  /** 定点考场 */
  | 'FIXED'
  /** 移动考场 */
  | 'MOBILE'
  /** 临时考场 */
  | 'TEMPORARY';

/** 职称级别 / title grade */
export type TitleGrade =
  /** 副高 */
  | 'ASSOCIATE_SENIOR'
  /** 中级 */
  | 'INTERMEDIATE'
  /** 初级 */
  | 'JUNIOR'
  /** 正高 */
  | 'SENIOR';

/** 评价类别 / assessment track */
export type Track =
  /** 职业技能等级认定 */
  | 'SKILL_LEVEL'
  /** 专项职业能力考核 */
  | 'SPECIAL_ABILITY';

/** 培训类型（辽宁 附件5）/ training type */
export type TrainingType =
  /** 首次培训 */
  | 'FIRST'
  /** 复审 */
  | 'RENEWAL';

/** 视频监控 / video monitoring on site */
export type VideoMonitoring =
  /** 电子监控 */
  | 'ELECTRONIC_MONITORING'
  /** 无 */
  | 'NONE'
  /** 全过程全景视频监控录像 */
  | 'PANORAMIC_FULL_PROCESS'
  /** 影像录制 */
  | 'RECORDING';

export type RegisterExaminerMutationVariables = Exact<{
  input: RegisterExaminerInput;
}>;


export type RegisterExaminerMutation = { registerExaminer: { id: string, residentId: string | null, phone: string | null } };

export type AddQualificationMutationVariables = Exact<{
  id: string | number;
  input: QualificationInput;
}>;


export type AddQualificationMutation = { addQualification: { id: string } };

export type SetProjectRelationsMutationVariables = Exact<{
  projectId: string | number;
}>;


export type SetProjectRelationsMutation = { setProjectRelations: { projectId: string } };

export type IssueCardMutationVariables = Exact<{
  input: IssueCardInput;
}>;


export type IssueCardMutation = { issueCard: { number: string, validUntil: string, projects: Array<{ name: string }> } };

export type WhoMayExamineQueryVariables = Exact<{
  projectId: string | number;
  date: string;
}>;


export type WhoMayExamineQuery = { eligibleExaminers: { totalCount: number, nodes: Array<{ available: boolean, booked: boolean, examiner: { id: string, name: string | null, residentId: string | null, bookings: Array<{ examBatch: { code: string } | null }> }, routes: Array<{ code: string, met: boolean, source: { document: string, section: string } }>, card: { met: boolean } }> } };

export type CertificatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  province?: ProvinceCode | null | undefined;
}>;


export type CertificatesQuery = { certificates: { totalCount: number, nodes: Array<{ number: string, holderName: string, institution: { name: string } | null, project: { name: string } | null, exam: { id: string, startDate: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type FirstCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstCertificatesQuery = { certificates: { totalCount: number, nodes: Array<{ number: string, institution: { name: string } | null, project: { name: string } | null, exam: { id: string } | null }> } | null };

export type ProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesQuery = { provinces: Array<{ code: ProvinceCode, name: string, divisionCode: string }> };

export type RuleMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type RuleMatrixQuery = { compareProvinceRules: Array<{ rule: string, values: Array<{ province: ProvinceCode, track: Track, value: string | null, stated: boolean, source: { document: string, section: string } }> }> };

export type RegisterInstitutionMutationVariables = Exact<{
  input: RegisterInstitutionInput;
}>;


export type RegisterInstitutionMutation = { registerInstitution: { id: string, filingStatus: FilingStatus } };

export type StartFilingReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type StartFilingReviewMutation = { startFilingReview: { filingStatus: FilingStatus, filingMaterials: Array<{ code: string, provided: boolean }> | null } };

export type ProvideFilingMaterialMutationVariables = Exact<{
  input: ProvideMaterialInput;
}>;


export type ProvideFilingMaterialMutation = { provideFilingMaterial: { id: string } };

export type ApproveFilingMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveFilingMutation = { approveFiling: { filingStatus: FilingStatus, filingNumber: string | null, filedOn: string | null } };

export type AddExamSiteMutationVariables = Exact<{
  input: AddExamSiteInput;
}>;


export type AddExamSiteMutation = { addExamSite: { id: string } };

export type SetFilingScopeMutationVariables = Exact<{
  id: string | number;
  input: FilingScopeInput;
}>;


export type SetFilingScopeMutation = { setFilingScope: { id: string } };

export type FiledInstitutionQueryVariables = Exact<{
  id: string | number;
}>;


export type FiledInstitutionQuery = { institution: { name: string, filingStatus: FilingStatus, filingNumber: string | null, filingHistory: Array<{ step: number, toStatus: FilingStatus, actorRole: string }> | null, scope: { projects: Array<{ id: string, name: string, province: ProvinceCode }> }, sites: Array<{ name: string, workstations: number, projects: Array<{ name: string }>, availability: { canHost: boolean, reasons: Array<string> } }> } | null };


export const RegisterExaminerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterExaminer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterExaminerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerExaminer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<RegisterExaminerMutation, RegisterExaminerMutationVariables>;
export const AddQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"examinerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddQualificationMutation, AddQualificationMutationVariables>;
export const SetProjectRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProjectRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProjectRelations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"EnumValue","value":"LIAONING"}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"occupationCodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"4-03-02-02","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"烹饪","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<SetProjectRelationsMutation, SetProjectRelationsMutationVariables>;
export const IssueCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IssueCardMutation, IssueCardMutationVariables>;
export const WhoMayExamineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoMayExamine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleExaminers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"EnumValue","value":"LIAONING"}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"examiner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examBatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoMayExamineQuery, WhoMayExamineQueryVariables>;
export const CertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CertificatesQuery, CertificatesQueryVariables>;
export const FirstCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstCertificatesQuery, FirstCertificatesQueryVariables>;
export const ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const RuleMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareProvinceRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"stated"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuleMatrixQuery, RuleMatrixQueryVariables>;
export const RegisterInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filingStatus"}}]}}]}}]} as unknown as DocumentNode<RegisterInstitutionMutation, RegisterInstitutionMutationVariables>;
export const StartFilingReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartFilingReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFilingReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"filingMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"provided"}}]}}]}}]}}]} as unknown as DocumentNode<StartFilingReviewMutation, StartFilingReviewMutationVariables>;
export const ProvideFilingMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvideFilingMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvideMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provideFilingMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProvideFilingMaterialMutation, ProvideFilingMaterialMutationVariables>;
export const ApproveFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"filingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}}]}}]}}]} as unknown as DocumentNode<ApproveFilingMutation, ApproveFilingMutationVariables>;
export const AddExamSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddExamSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddExamSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addExamSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddExamSiteMutation, AddExamSiteMutationVariables>;
export const SetFilingScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFilingScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFilingScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetFilingScopeMutation, SetFilingScopeMutationVariables>;
export const FiledInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiledInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"filingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"filingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"filingHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workstations"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2025-06-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canHost"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiledInstitutionQuery, FiledInstitutionQueryVariables>;