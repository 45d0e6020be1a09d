import { cite } from '../sources';
import { stated, type FilingRules } from '../types';

const SCHOOLS = ['TECHNICIAN_COLLEGE', 'SENIOR_TECHNICAL_SCHOOL', 'TECHNICAL_SCHOOL'] as const;

export const liaoningSpecialAbilityFiling: FilingRules = {
  authority: stated('辽宁省人事考试中心（省考试中心）', cite('LIAONING_SPECIAL', '一(二); 二(二)', '凡开展专项职业能力培训的机构应从文件下发之日起20个工作日内到省考试中心进行备案申报')),
  eligibility: stated(
    [
      { kinds: ['PROVINCIAL_INDUSTRY_ORGANISATION', 'INDUSTRY_ASSOCIATION'], description: '省属行业组织' },
      { kinds: ['EMPLOYER', 'CENTRAL_ENTERPRISE_BRANCH', 'PROVINCIAL_ENTERPRISE', 'MUNICIPAL_ENTERPRISE'], description: '省属用人单位' },
      { kinds: ['COLLEGE', ...SCHOOLS], description: '省属院校' },
      {
        kinds: ['SOCIAL_TRAINING_INSTITUTION'],
        description: '社会培训机构',
        condition: {
          description: '已参与完成专项职业能力考核项目立项或曾参与过省本级鉴定考核工作',
          met: (facts) => Boolean(facts.priorProjectDevelopment || facts.priorProvincialAssessment),
        },
      },
    ],
    cite('LIAONING_SPECIAL', '二(一)', '省属行业组织、用人单位和院校；已参与完成专项职业能力考核项目立项或曾参与过省本级鉴定考核工作且设有代表性培训考核项目、社会影响力强、培训人数较多的社会培训机构'),
    '“省属”、代表性项目、影响力和培训规模由省考试中心审核时判断 / provincial affiliation and standing are judged at review',
  ),
  materials: stated(
    [
      { code: 'FILING_FORM', name: '《辽宁省专项职业能力培训考核机构备案申请表》(附件1)' },
      { code: 'LEGAL_PERSON_CERTIFICATE', name: '法人登记证书复印件或统一社会信用代码证复印件' },
      { code: 'TEACHER_LIST', name: '拟申请专项职业能力培训考核机构师资名单及技能水平证明' },
      { code: 'FACILITIES_LIST', name: '满足教学和技能训练需要的主要设施、设备清单，场地设施设备净资产有效证明材料' },
      { code: 'TEACHING_PLAN', name: '与培训项目相对应的教学（培训）计划、大纲和教材' },
    ],
    cite('LIAONING_SPECIAL', '二(二)', '备案材料如下'),
  ),
};

export const liaoningSkillLevelFiling: FilingRules = {
  authority: stated(
    '所在市人力资源社会保障部门核验，报省人事考试中心复核，省人力资源社会保障厅出具备案回执并赋予备案号',
    cite('LIAONING_SCHOOL', '四(一); 四(二)', '由省人力资源社会保障厅出具备案回执，并赋予机构备案号'),
  ),
  eligibility: stated(
    [{ kinds: [...SCHOOLS], description: '技工院校（技师学院、高级技工学校、技工学校）' }],
    cite('LIAONING_SCHOOL', '一; 二(三)', '决定在我省技工院校开展职业技能等级认定工作'),
  ),
  materials: stated(
    [
      { code: 'APPLICATION_FORM', name: '《技工院校职业技能等级认定申请表》（附件1）' },
      { code: 'WORK_PLAN', name: '《技工院校职业技能等级认定工作方案》（附件2）' },
      { code: 'FINANCIAL_AND_MANAGEMENT_RULES', name: '技工院校财务制度和管理制度' },
      { code: 'OCCUPATIONS_AND_STANDARDS', name: '开展职业技能等级认定的职业（工种）以及评价标准或评价规范' },
      { code: 'ASSET_PROOF', name: '场地、设施设备、视频监控设备等资产有效证明文件复印件' },
      { code: 'ORGANISATION_AND_STAFF', name: '专门负责职业技能等级认定工作的机构及工作制度；专职工作人员、专家队伍、考评人员、质量督导人员名单及质量管控文件等' },
    ],
    cite('LIAONING_SCHOOL', '四(一)', '申请时需提交如下材料'),
  ),
};

