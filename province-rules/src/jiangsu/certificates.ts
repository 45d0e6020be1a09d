import { PASS_RULE_DEFAULTS, issuerYearSerial, type CertificateRules } from '../certificate-formats';
import { cite } from '../sources';
import { stated } from '../types';

const s = (section: string, quote?: string) => cite('JIANGSU', section, quote);

/** 江苏: each city centre makes and issues certificates with the 考核专用章 (四). */
export const jiangsuCertificates: CertificateRules = {
  kind: 'SPECIAL_ABILITY',
  numbering: issuerYearSerial(s('四', '各设区市职业技能鉴定中心通过专项职业能力证书管理系统制作核发合格人员证书'), '通知未规定证书编号格式；本系统按"Z+市代码+年份+流水号"编号，可替换 / not stated; ours, configurable'),
  passRule: stated({ scoring: 'PER_SUBJECT', subjects: ['THEORY', 'PRACTICAL'], passMark: 60, ...PASS_RULE_DEFAULTS }, s('三(二)4', '各项目、各科目采取百分制，获得 60 分或 60 分以上者为合格')),
  holderConfirmation: { value: { requiredBeforeIssue: false }, stated: false, source: s('四'), note: '通知未要求发证前确认持证人信息 / not required' },
  cancellation: { value: { revokesCertificates: true }, stated: false, source: s('六(二)', '杜绝降低标准发证、不考核发证等违规行为'), note: '通知未规定取消成绩；取消时一并吊销证书 / not stated; cancelling revokes' },
  carriers: stated(['PAPER'], s('四', '专项职业能力空白证书由省职业技能鉴定中心统一印制、统一配发')),
};
