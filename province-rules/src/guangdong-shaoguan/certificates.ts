import { PASS_RULE_DEFAULTS, issuerYearSerial, type CertificateRules } from '../certificate-formats';
import { cite } from '../sources';
import { stated } from '../types';

const s = (section: string, quote?: string) => cite('SHAOGUAN', section, quote);

/** 韶关: the city centre issues through the certificate system with the 职业技能鉴定专用章 (七). */
export const shaoguanCertificates: CertificateRules = {
  kind: 'SPECIAL_ABILITY',
  numbering: issuerYearSerial(s('七', '市技能中心通过专项职业能力证书管理系统进行制证与核发'), '通知未规定证书编号格式；本系统按"Z+市代码+年份+流水号"编号，可替换 / not stated; ours, configurable'),
  passRule: stated({ scoring: 'PER_SUBJECT', subjects: ['THEORY', 'PRACTICAL'], passMark: 60, ...PASS_RULE_DEFAULTS }, s('六(五)', '各项目、各科目采取百分制，获得 60 分或 60 分以上者为合格')),
  holderConfirmation: { value: { requiredBeforeIssue: false }, stated: false, source: s('七'), note: '通知未要求发证前确认持证人信息 / not required' },
  cancellation: { value: { revokesCertificates: true }, stated: false, source: s('十(二)'), note: '通知未规定取消成绩；取消时一并吊销证书 / not stated; cancelling revokes' },
  carriers: stated(['PAPER'], s('七', '专项职业能力空白证书由省职业技能服务指导中心按有关要求统一配发')),
};
