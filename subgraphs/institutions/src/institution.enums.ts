import { defineEnum, type EnumValue } from '@skillfed/common';

/** Kinds named by the notices (000 二(一); 001 二(三) and 附件5 第10位; 002 规则 二; 004 三(一)). */
export const InstitutionKind = defineEnum('InstitutionKind', '机构类别 / kind of institution', {
  PROVINCIAL_INDUSTRY_ORGANISATION: '省属行业组织',
  EMPLOYER: '用人单位',
  COLLEGE: '院校',
  SOCIAL_TRAINING_INSTITUTION: '社会培训机构',
  ASSESSMENT_BODY: '职业技能鉴定机构',
  TECHNICIAN_COLLEGE: '技师学院',
  SENIOR_TECHNICAL_SCHOOL: '高级技工学校',
  TECHNICAL_SCHOOL: '技工学校',
  CENTRAL_ENTERPRISE_BRANCH: '央企辽宁分公司（辽宁 附件5 第10位=1）',
  PROVINCIAL_ENTERPRISE: '省属企业（辽宁 附件5 第10位=2）',
  MUNICIPAL_ENTERPRISE: '市属企业（辽宁 附件5 第10位=3）',
  INDUSTRY_ASSOCIATION: '行业协会（辽宁 附件5 第10位=5）',
  OTHER: '其他',
});
export type InstitutionKind = EnumValue<typeof InstitutionKind>;

export const FilingStatus = defineEnum('FilingStatus', '备案状态 / filing status', {
  APPLIED: '已申请',
  UNDER_REVIEW: '审核中',
  FILED: '已备案',
  SUSPENDED: '暂停',
  REVOKED: '已撤销',
  EXPIRED: '已过期',
});
export type FilingStatus = EnumValue<typeof FilingStatus>;

export { Track } from '@skillfed/common';

export const SiteKind = defineEnum('SiteKind', '考场类型 / kind of exam site', { FIXED: '定点考场', TEMPORARY: '临时考场', MOBILE: '移动考场' });
export type SiteKind = EnumValue<typeof SiteKind>;

export const RestrictedArea = defineEnum('RestrictedArea', '约束性区域（韶关 四）/ restricted area', { MILITARY: '军事管辖区', JUDICIAL: '司法管辖区' });
export type RestrictedArea = EnumValue<typeof RestrictedArea>;

export const VideoMonitoring = defineEnum('VideoMonitoring', '视频监控 / video monitoring on site', {
  NONE: '无',
  ELECTRONIC_MONITORING: '电子监控',
  RECORDING: '影像录制',
  PANORAMIC_FULL_PROCESS: '全过程全景视频监控录像',
});
export type VideoMonitoring = EnumValue<typeof VideoMonitoring>;

export const SiteStatus = defineEnum('SiteStatus', '考场状态 / site status', { ACTIVE: '启用', SUSPENDED: '暂停' });
export type SiteStatus = EnumValue<typeof SiteStatus>;
