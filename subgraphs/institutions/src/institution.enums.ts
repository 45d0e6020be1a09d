import { registerEnumType } from 'type-graphql';

/** Kinds named by the notices (000 二(一); 001 二(三) and 附件5 第10位; 002 规则 二; 004 三(一)). */
export enum InstitutionKind {
  PROVINCIAL_INDUSTRY_ORGANISATION = 'PROVINCIAL_INDUSTRY_ORGANISATION',
  EMPLOYER = 'EMPLOYER',
  COLLEGE = 'COLLEGE',
  SOCIAL_TRAINING_INSTITUTION = 'SOCIAL_TRAINING_INSTITUTION',
  ASSESSMENT_BODY = 'ASSESSMENT_BODY',
  TECHNICIAN_COLLEGE = 'TECHNICIAN_COLLEGE',
  SENIOR_TECHNICAL_SCHOOL = 'SENIOR_TECHNICAL_SCHOOL',
  TECHNICAL_SCHOOL = 'TECHNICAL_SCHOOL',
  CENTRAL_ENTERPRISE_BRANCH = 'CENTRAL_ENTERPRISE_BRANCH',
  PROVINCIAL_ENTERPRISE = 'PROVINCIAL_ENTERPRISE',
  MUNICIPAL_ENTERPRISE = 'MUNICIPAL_ENTERPRISE',
  INDUSTRY_ASSOCIATION = 'INDUSTRY_ASSOCIATION',
  OTHER = 'OTHER',
}

registerEnumType(InstitutionKind, {
  name: 'InstitutionKind',
  description: '机构类别 / kind of institution',
  valuesConfig: {
    PROVINCIAL_INDUSTRY_ORGANISATION: { description: '省属行业组织' },
    EMPLOYER: { description: '用人单位' },
    COLLEGE: { description: '院校' },
    SOCIAL_TRAINING_INSTITUTION: { description: '社会培训机构' },
    ASSESSMENT_BODY: { description: '职业技能鉴定机构' },
    TECHNICIAN_COLLEGE: { description: '技师学院' },
    SENIOR_TECHNICAL_SCHOOL: { description: '高级技工学校' },
    TECHNICAL_SCHOOL: { description: '技工学校' },
    CENTRAL_ENTERPRISE_BRANCH: { description: '央企辽宁分公司（辽宁 附件5 第10位=1）' },
    PROVINCIAL_ENTERPRISE: { description: '省属企业（辽宁 附件5 第10位=2）' },
    MUNICIPAL_ENTERPRISE: { description: '市属企业（辽宁 附件5 第10位=3）' },
    INDUSTRY_ASSOCIATION: { description: '行业协会（辽宁 附件5 第10位=5）' },
    OTHER: { description: '其他' },
  },
});

export enum FilingStatus {
  APPLIED = 'APPLIED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  FILED = 'FILED',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(FilingStatus, {
  name: 'FilingStatus',
  description: '备案状态 / filing status',
  valuesConfig: {
    APPLIED: { description: '已申请' },
    UNDER_REVIEW: { description: '审核中' },
    FILED: { description: '已备案' },
    SUSPENDED: { description: '暂停' },
    REVOKED: { description: '已撤销' },
    EXPIRED: { description: '已过期' },
  },
});
