import { PASS_RULE_DEFAULTS, issuerYearSerial, type CertificateRules } from '../certificate-formats';
import { BASELINE_SOURCES } from '../baseline';
import { cite } from '../sources';
import { stated } from '../types';

const s = (section: string, quote?: string) => cite('SHANDONG', section, quote);

/** 鲁人社字〔2020〕100号: the city centre numbers, prints and issues (三(五); 规则 四(五)). */
export const shandongCertificates: CertificateRules = {
  kind: 'SPECIAL_ABILITY',
  numbering: issuerYearSerial(
    s('三(五); 规则 四(五)', '按照人力资源社会保障部制定的证书式样、印制质量标准和编号办法…由市职业技能鉴定（指导）中心统一编码'),
    '通知引用人社部编号办法但未载明格式；本系统按"Z+市代码+年份+流水号"编号，可替换 / MOHRSS 编号办法 not reproduced; ours, configurable',
  ),
  passRule: {
    value: { scoring: 'PER_SUBJECT', subjects: ['THEORY', 'PRACTICAL'], passMark: 60, ...PASS_RULE_DEFAULTS },
    stated: false,
    source: s('全文'),
    note: `通知未规定合格线与科目，适用基线（${BASELINE_SOURCES.map((c) => `${c.document} ${c.section}`).join('；')}）/ baseline`,
  },
  holderConfirmation: { value: { requiredBeforeIssue: false }, stated: false, source: s('规则 四(五)'), note: '通知未要求发证前确认持证人信息 / not required' },
  cancellation: { value: { revokesCertificates: true }, stated: false, source: s('规则 五(四)'), note: '通知未规定取消成绩；取消时一并吊销证书 / not stated; cancelling revokes' },
  carriers: stated(['PAPER'], s('三(五)', '由省职业技能鉴定指导中心统一印制、统一管理'), '纸质证书，网站免费查询 / paper, queryable online'),
};
