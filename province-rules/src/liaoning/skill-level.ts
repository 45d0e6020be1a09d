import { liaoningSkillLevelCertificates } from './certificates';
import { deadlines } from '../baseline';
import { cite } from '../sources';
import { notStated, stated, type TrackRules } from '../types';
import { liaoningSkillLevelFiling } from './filing';
import { liaoningSchoolAssessment } from './school-assessment';

const s = (section: string, quote?: string) => cite('LIAONING_SCHOOL', section, quote);

/** 辽人社〔2020〕32号: skill-level recognition (职业技能等级认定) by technical schools. */
export const liaoningSkillLevel: TrackRules = {
  track: 'SKILL_LEVEL',
  certificates: liaoningSkillLevelCertificates,
  passScore: notStated(s('三(二)', '采用理论知识考试、实际操作考核的方式组织评价'), '依据国家职业标准和评价规范，通知未规定合格分数线 / set by the occupational standard, not by the notice'),
  minimumAge: notStated(s('二(四)', '技工院校面向本院校学生进行职业技能等级认定'), '对象为本校学生，通知未规定年龄 / candidates are the school\'s own students; no age stated'),
  validCardOnDuty: notStated(s('一(四)', '具有与评价职业（工种）相适应的…考评人员、质量督导人员'), '未规定证卡 / no card rule stated'),
  retentionMonths: {
    PAPER: stated(36, s('四(四)4', '纸质材料保管不少于3年')),
    ELECTRONIC: stated(60, s('四(四)4', '电子材料不少于5年')),
    VIDEO: stated(60, s('四(四)4', '妥善保管评价工作全过程资料，纸质材料保管不少于3年，电子材料不少于5年'), '视频属全过程电子材料 / video is an electronic record of the process'),
  },
  examinerPanel: notStated(s('一(四)', '具有…考评人员、质量督导人员'), '未规定考评员人数 / no panel size stated'),
  certificateIssuer: stated(
    { tier: 'INSTITUTION', body: '技工院校（谁评价、谁发证、谁负责）' },
    s('四(四)1; 五(三)', '由技工院校按照证书编码规则…制作并颁发职业技能等级证书；按照“谁评价、谁发证、谁负责”的原则'),
  ),
  deadlines: deadlines('LIAONING_SCHOOL', {}, '认定结果汇总表于月末报送，不以工作日计 / results are reported at month end, not in working days'),
  fee: notStated(s('一(五)', '人才评价不以营利为目的'), '未规定收费标准 / no fee stated'),
  sites: stated(
    { term: '技工院校', fixedContractedOnly: false, temporaryAllowed: false, temporaryException: null, maxWorkstationsByEvaluation: false, videoMonitoring: '场地、设施设备、视频监控设备等硬件设施' },
    s('一(四); 四(一)5', '有相应的场地、设施设备、视频监控设备等硬件设施'),
  ),
  publicQuery: stated('省人事考试中心职业技能等级证书信息查询系统（对接人社部全国联网查询系统）', s('四(四)2', '免费向社会提供证书信息查询服务')),
  examinerCardValidityYears: notStated(s('一(四)'), '通知未规定考评人员证卡有效期'),
  institutionFilingValidityYears: stated(3, s('四(二)', '资质有效期为3年，资质期满后…决定是否予以延期')),
  filing: liaoningSkillLevelFiling,
  schoolAssessment: liaoningSchoolAssessment,
};

export type SchoolKind = 'TECHNICIAN_COLLEGE' | 'SENIOR_TECHNICAL_SCHOOL' | 'TECHNICAL_SCHOOL';

/** Levels 1 (高级技师) … 5 (初级工) a school may be filed for, by its kind (二(三)). */
export const LEVEL_SCOPE: Record<SchoolKind, { name: string; highest: number; lowest: number; source: ReturnType<typeof s> }> = {
  TECHNICIAN_COLLEGE: { name: '技师学院', highest: 1, lowest: 5, source: s('二(三)', '原则上技师学院可备案开展各等级认定') },
  SENIOR_TECHNICAL_SCHOOL: { name: '高级技工学校', highest: 3, lowest: 5, source: s('二(三)', '高级技工学校可备案开展高级工（三级）及以下等级认定') },
  TECHNICAL_SCHOOL: { name: '技工学校', highest: 4, lowest: 5, source: s('二(三)', '技工学校可备案开展中级工（四级）、初级工（五级）认定') },
};

export const LEVEL_NAMES: Record<number, string> = { 1: '一级/高级技师', 2: '二级/技师', 3: '三级/高级工', 4: '四级/中级工', 5: '五级/初级工' };

/** Null when the school may assess `level`, otherwise why not. */
export function levelOutsideScope(kind: SchoolKind, level: number): string | null {
  if (!Number.isInteger(level) || level < 1 || level > 5) return `等级须为1-5 / level must be 1-5, got ${level}`;
  const scope = LEVEL_SCOPE[kind];
  if (level < scope.highest || level > scope.lowest) {
    return `${scope.name}只能备案${LEVEL_NAMES[scope.highest]}至${LEVEL_NAMES[scope.lowest]}，不含${LEVEL_NAMES[level]}（辽人社〔2020〕32号 二(三)）/ a ${kind} may assess levels ${scope.highest}-${scope.lowest} only`;
  }
  return null;
}
