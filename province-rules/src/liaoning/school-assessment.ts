import type { SchoolAssessmentRules } from '../school-assessments';
import { cite } from '../sources';
import { notStated, stated } from '../types';

const s = (section: string, quote?: string) => cite('LIAONING_SCHOOL', section, quote);

/** 辽人社〔2020〕32号: technical schools assess and certify their own students. */
export const liaoningSchoolAssessment: SchoolAssessmentRules = {
  candidates: stated('OWN_STUDENTS', s('二(四)', '技工院校面向本院校学生进行职业技能等级认定')),
  methods: stated(['EXAM', 'COMPETITION'], s('三(二)', '技工院校综合运用理论知识考试、技能操作考核、竞赛选拔等多种评价方式，对本院校学生开展职业技能等级认定')),
  examSubjects: stated(['THEORY', 'PRACTICAL'], s('三(二)1', '考核测评。采用理论知识考试、实际操作考核的方式组织评价')),
  fullMarks: {
    value: 100,
    stated: false,
    source: s('三(二)1', '采用理论知识考试、实际操作考核的方式组织评价'),
    note: '通知未规定计分制；按百分制记分（与各地专项考核一致），可在此替换 / the notice sets no scale; 100 per subject, configurable here',
  },
  passMark: notStated(
    s('二(二); 四(四)1', '技工院校依据现行国家职业标准和行业企业评价规范实施职业技能等级认定；技工院校要严格按照制定的工作方案组织实施职业技能等级认定'),
    '通知未规定合格线：每次认定按学校工作方案（附件2 五、评价内容及形式）填写 / the notice sets no mark: each assessment takes its work plan\'s',
  ),
  excludedCategories: stated(['准入类'], s('二(一)', '准入类职业（工种）不纳入职业技能等级认定范围')),
  review: stated(
    { tier: 'CITY', body: '各市公共就业服务机构主管部门' },
    s('四(四)1', '认定结果报各市公共就业服务机构主管部门审核规范。具体报送内容和方式由省人事考试中心另行制定。对审核通过的学生，由技工院校按照证书编码规则（附件5）'),
    '报送内容和方式由省人事考试中心另行制定（未随通知发布）；本系统以上报—审核（通过/退回）记录 / the reporting format is to be set by the centre; modelled as report → approve or return',
  ),
  monthlySummary: stated(
    { form: '技工院校职业技能等级认定结果汇总表（附件7）', due: 'MONTH_END', to: '各市公共就业服务机构主管部门' },
    s('四(四)3; 附件7', '技工院校根据审核通过的认定结果填写职业技能等级认定结果汇总表（附件7），于月末报至各市公共就业服务机构主管部门'),
  ),
  filingExtension: stated(
    { decidedAtExpiry: true, extensionYears: null },
    s('四(二)', '资质有效期为3年，资质期满后，根据技工院校意愿、评估结果等决定是否予以延期'),
    '延期年限通知未规定：延期决定须写明新的有效期 / the length of an extension is not stated: the decision names the new end date',
  ),
  addOccupationsDuringTerm: stated(true, s('四', '经备案的技工院校在资质有效期内申请增加职业技能等级认定职业（工种）的，参照上述有关实施程序执行')),
  upload: stated(
    '各市公共就业服务机构主管部门上传至省人事考试中心职业技能等级证书信息查询系统',
    s('四(四)2', '各市公共就业服务机构主管部门将审核通过的证书发放数据上传至省人事考试中心职业技能等级证书信息查询系统'),
  ),
};
