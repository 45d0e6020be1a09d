import { createContext, useContext } from 'react';

/** Chinese first (the users' language), English on the toggle; the choice is kept in localStorage. */
export type Lang = 'zh' | 'en';

const T = {
  title: ['技能评价跨省统计看板', 'Skills assessment — cross-province dashboard'],
  overview: ['跨省概览', 'Overview'],
  compliance: ['合规看板', 'Compliance'],
  rules: ['各省规则对照', 'Provinces\' rules'],
  verify: ['证书查询验证', 'Verify a certificate'],
  drill: ['逐级查看', 'Drill down'],
  signIn: ['登录', 'Sign in'],
  signOut: ['退出', 'Sign out'],
  tokenLabel: ['访问令牌（开发环境：npm run token -- national-admin）', 'Access token (development: npm run token -- national-admin)'],
  tokenHint: ['粘贴令牌后登录；证书查询无需登录。', 'Paste a token to sign in; certificate verification needs none.'],
  signedInAs: ['当前身份', 'Signed in as'],
  needSignIn: ['此页面需要登录。', 'This page needs you to sign in.'],
  loading: ['加载中…', 'Loading…'],
  error: ['出错了', 'Something went wrong'],
  retry: ['重试', 'Retry'],
  empty: ['暂无数据', 'No data'],
  from: ['起始月份', 'From month'],
  to: ['截止月份', 'To month'],
  province: ['省份', 'Province'],
  city: ['地市', 'City'],
  all: ['全部', 'All'],
  month: ['月份', 'Month'],
  institution: ['机构', 'Institution'],
  project: ['项目', 'Project'],
  batch: ['批次', 'Batch'],
  batchesDeclared: ['申报批次', 'Batches declared'],
  candidatesExamined: ['参加考核人数', 'Candidates examined'],
  candidatesPassed: ['合格人数', 'Passed'],
  passRate: ['合格率', 'Pass rate'],
  certificatesIssued: ['发证数', 'Certificates issued'],
  certificatesRevoked: ['撤销证书', 'Certificates revoked'],
  deadlinesDue: ['应办期限', 'Deadlines due'],
  metOnTime: ['按期完成', 'Met on time'],
  metLate: ['逾期完成', 'Met late'],
  overdue: ['逾期未完成', 'Overdue'],
  archivesDue: ['到期可销毁档案', 'Archives due for purge'],
  examinerDays: ['考评派遣人日', 'Examiner-days'],
  monthlyTrend: ['月度趋势', 'Monthly trend'],
  passRateByProvince: ['各省合格率', 'Pass rate by province'],
  passRateByCity: ['各地市合格率', 'Pass rate by city'],
  priorityGroups: ['重点群体（山东 三(一)）', 'Priority groups (Shandong 三(一))'],
  group: ['群体', 'Group'],
  examined: ['参考', 'Examined'],
  byProvince: ['分省汇总', 'By province'],
  byCity: ['分地市汇总', 'By city'],
  exportCsv: ['导出 CSV', 'Export CSV'],
  exportXlsx: ['导出 XLSX', 'Export XLSX'],
  kind: ['期限种类', 'Deadline'],
  due: ['到期日', 'Due'],
  metOn: ['完成日', 'Met on'],
  daysLate: ['逾期天数', 'Days late'],
  basis: ['依据', 'Basis'],
  refusedPanels: ['被拒的考评组', 'Refused panels'],
  refusedAt: ['被拒时间', 'Refused at'],
  reasons: ['理由', 'Reasons'],
  pendingUploads: ['待上传证书数据', 'Pending uploads'],
  pendingUploadsNote: ['证书数据交换（上传批次、回执）上线后在此列出各省待上传与被退回的记录。', 'Listed here once the certificate exchange (upload batches and receipts) exists.'],
  total: ['合计', 'Total'],
  shown: ['显示前', 'Showing first'],
  rule: ['规则', 'Rule'],
  notStated: ['通知未规定', 'Not stated'],
  certificateNumber: ['证书编号', 'Certificate number'],
  holderName: ['持证人姓名', 'Holder name'],
  check: ['查询', 'Check'],
  verified: ['证书有效，信息一致', 'Valid certificate; the details match'],
  notVerified: ['未能验证', 'Not verified'],
  issuedOn: ['发证日期', 'Issued on'],
  issuer: ['发证机构', 'Issuer'],
  status: ['状态', 'Status'],
  startDate: ['考核日期', 'Exam date'],
  candidates: ['考生人数', 'Candidates'],
  code: ['编号', 'Code'],
  back: ['返回', 'Back'],
  clickToDrill: ['点击行查看下一级', 'Click a row to go one level down'],
  filterRules: ['筛选规则', 'Filter rules'],
  apply: ['应用', 'Apply'],
  reset: ['重置', 'Reset'],
  workload: ['考评人员工作量', 'Examiner workload'],
  examiner: ['考评人员', 'Examiner'],
  days: ['人日', 'Days'],
} satisfies Record<string, [string, string]>;

export type TextKey = keyof typeof T;

export const PROVINCE_NAMES: Record<string, [string, string]> = {
  LIAONING: ['辽宁', 'Liaoning'],
  SHANDONG: ['山东', 'Shandong'],
  GUANGDONG_SHAOGUAN: ['广东韶关', 'Guangdong (Shaoguan)'],
  JIANGSU: ['江苏', 'Jiangsu'],
};

export const GROUP_NAMES: Record<string, [string, string]> = {
  NONE: ['非重点群体', 'None'],
  RURAL_MIGRANT_WORKER: ['农村转移就业劳动者', 'Rural migrant workers'],
  UNEMPLOYED_GRADUATE: ['城乡未继续升学初高中毕业生', 'School leavers not in further study'],
  LAID_OFF_WORKER: ['下岗失业人员', 'Laid-off and unemployed'],
  VETERAN: ['退役军人', 'Veterans'],
  EMPLOYMENT_DIFFICULT: ['就业困难人员', 'People with employment difficulties'],
};

export const DEADLINE_NAMES: Record<string, [string, string]> = {
  CANDIDATE_REVIEW: ['考生资格审核', 'Candidate review'],
  SCORE_REPORT: ['成绩上报', 'Score report'],
  HOLDER_INFO_CONFIRMATION: ['获证信息确认', 'Holder information confirmation'],
  CERTIFICATE_PUBLICATION: ['证书数据上网', 'Certificate publication'],
};

export interface I18n {
  lang: Lang;
  t(key: TextKey): string;
  name(table: Record<string, [string, string]>, key: string | null | undefined): string;
}

export function makeI18n(lang: Lang): I18n {
  const i = lang === 'zh' ? 0 : 1;
  return {
    lang,
    t: (key) => T[key][i],
    name: (table, key) => (key == null ? '' : table[key]?.[i] ?? key),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('zh'));
export const useI18n = () => useContext(I18nContext);
