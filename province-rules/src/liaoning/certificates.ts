import { LIAONING_SKILL_LEVEL_NUMBERING, PASS_RULE_DEFAULTS, issuerYearSerial, type CertificateRules } from '../certificate-formats';
import { cite } from '../sources';
import { stated } from '../types';

const sp = (section: string, quote?: string) => cite('LIAONING_SPECIAL', section, quote);
const sch = (section: string, quote?: string) => cite('LIAONING_SCHOOL', section, quote);

/** 辽就〔2023〕4号: the provincial centre generates certificate data from the batch's summed scores. */
export const liaoningSpecialAbilityCertificates: CertificateRules = {
  kind: 'SPECIAL_ABILITY',
  numbering: issuerYearSerial(
    sp('三(七)', '发布该批专项考核成绩并生成证书数据'),
    '通知未规定专项职业能力证书编号格式；本系统按"Z+发证机构区划代码+年份+流水号"编号，可由省里替换 / the notice defines no number format; ours, configurable',
  ),
  passRule: stated(
    { scoring: 'SUMMED', subjects: ['PRACTICAL'], passMark: 60, ...PASS_RULE_DEFAULTS },
    sp('三(四)', '主要采取操作技能考核模式，一般不单独设置理论知识考核内容，考核成绩实行百分制，汇总评分为60分及以上确定为考核合格'),
    '一个汇总成绩（操作技能）/ one summed (practical) score',
  ),
  holderConfirmation: stated(
    { requiredBeforeIssue: true },
    sp('四(六)', '各相关机构应于考后10个工作日内与省考试中心确认获证考生个人信息的准确性，在证书数据上网和打印前及时更正错误信息'),
  ),
  cancellation: stated({ revokesCertificates: true }, sp('五', '情节严重的，取消该批次鉴定考核成绩及相关机构的申报考核资格')),
  carriers: stated(['PAPER', 'ELECTRONIC'], sp('三(七); 四(六)', '20个工作日内将证书数据上网…在证书数据上网和打印前'), '证书数据上网查询并打印纸质证书 / data online, paper printed'),
};

/** 辽人社〔2020〕32号: technical schools number (附件5) and issue their own certificates. */
export const liaoningSkillLevelCertificates: CertificateRules = {
  kind: 'SKILL_LEVEL',
  numbering: stated(LIAONING_SKILL_LEVEL_NUMBERING, sch('附件5', '职业技能等级证书编码由1位英文字母和21位阿拉伯数字组成'), '技工院校第1位取S（非用人单位）、第2-5位取0000（向省备案）/ schools use S and route 0000'),
  passRule: {
    value: { scoring: 'PER_SUBJECT', subjects: ['THEORY', 'PRACTICAL'], passMark: 60, ...PASS_RULE_DEFAULTS },
    stated: false,
    source: sch('三(二)', '采用理论知识考试、实际操作考核的方式组织评价'),
    note: '通知未规定合格线，按国家职业标准各科60分（与专项考核基线一致）/ the notice sets no mark; 60 per subject as the baseline',
  },
  holderConfirmation: { value: { requiredBeforeIssue: false }, stated: false, source: sch('四(四)1'), note: '通知未要求发证前确认持证人信息 / not required by the notice' },
  cancellation: { value: { revokesCertificates: true }, stated: false, source: sch('五(三)', '谁评价、谁发证、谁负责'), note: '通知未规定取消成绩；取消时一并吊销证书 / not stated; cancelling revokes' },
  carriers: stated(['PAPER', 'ELECTRONIC'], sch('四(四)1', '制作并颁发职业技能等级证书（或电子证书，可将社会保障卡作为电子证书的载体）。纸质证书与电子证书具有同等效力')),
};
