import { defineEnum, type EnumValue } from '@skillfed/common';

export const QualificationType = defineEnum('QualificationType', '资质证明类型 / kind of evidence', {
  SKILL_CERTIFICATE: '职业技能等级证书（职业、等级）',
  PROFESSIONAL_TITLE: '专业技术职称（专业、级别）',
  SPECIAL_ABILITY_CERTIFICATE: '专项职业能力证书（项目、取得日期）',
  INSTITUTION_ROLE: '培训机构或经营性企业的管理者、教学师资',
  SPECIAL_ABILITY_EXAMINER: '专项职业能力考评员资质（项目）',
  OCCUPATIONAL_EXAMINER: '职业资格评价考评员资质（覆盖职业）',
  STAND_IN_AUTHORISATION: '相近或相关职业临时派遣（韶关，不超过6个月）',
});
export type QualificationType = EnumValue<typeof QualificationType>;

export const TitleGrade = defineEnum('TitleGrade', '职称级别 / title grade', { JUNIOR: '初级', INTERMEDIATE: '中级', ASSOCIATE_SENIOR: '副高', SENIOR: '正高' });
export type TitleGrade = EnumValue<typeof TitleGrade>;
export const TITLE_GRADE_NAMES: Record<TitleGrade, '初级' | '中级' | '副高' | '正高'> = { JUNIOR: '初级', INTERMEDIATE: '中级', ASSOCIATE_SENIOR: '副高', SENIOR: '正高' };

export const InstitutionRole = defineEnum('InstitutionRole', '机构职务 / role at a training institution or business', { MANAGER: '管理者', TEACHER: '教学师资' });
export type InstitutionRole = EnumValue<typeof InstitutionRole>;

export const CardKind = defineEnum('CardKind', '证卡类别 / card kind', { EXAMINER: '考评员证卡', SUPERVISOR: '质量督导员证卡' });
export type CardKind = EnumValue<typeof CardKind>;

export const CardStatus = defineEnum('CardStatus', '证卡状态（到期按日期判断）/ card status', { VALID: '有效', SUSPENDED: '暂停', REVOKED: '吊销', EXPIRED: '已到期' });
export type CardStatus = EnumValue<typeof CardStatus>;

export const TrainingType = defineEnum('TrainingType', '培训类型（辽宁 附件5）/ training type', { FIRST: '首次培训', RENEWAL: '复审' });
export type TrainingType = EnumValue<typeof TrainingType>;

export const ApplicationStatus = defineEnum('ApplicationStatus', '考评员申请状态 / examiner application status', {
  SUBMITTED: '已申报',
  RETURNED: '已退回（不予培训）',
  REVIEW_PASSED: '复审通过，待培训考核',
  ASSESSED_PASSED: '考核通过',
  ASSESSED_FAILED: '考核未通过',
  CARD_ISSUED: '已颁发证卡',
});
export type ApplicationStatus = EnumValue<typeof ApplicationStatus>;

export const ReviewDecision = defineEnum('ReviewDecision', '复审结论 / review decision', { PASS: '通过，参加培训', RETURN: '退回申报单位' });
export type ReviewDecision = EnumValue<typeof ReviewDecision>;
