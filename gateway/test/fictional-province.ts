import {
  DEADLINE_KINDS,
  PASS_RULE_DEFAULTS,
  issuerYearSerial,
  RECORD_KINDS,
  notStated,
  registerProvince,
  stated,
  type Citation,
  type ProvinceModule,
  type TrackRules,
} from '@skillfed/province-rules';

/**
 * TEST ONLY — a fictional fifth jurisdiction (示例省, division 990000, which no real province uses),
 * registered through province-rules alone. Every value is made up and cites a made-up notice. Importing
 * this file registers it; do it before any subgraph builds its schema.
 */
export const FICTION: Citation = { seed: 'fictional-notice.txt', document: '示例省人社厅〔2099〕1号（虚构，测试用）', section: '三' };
const at = (section: string, quote?: string): Citation => ({ ...FICTION, section, ...(quote ? { quote } : {}) });

const deadlines = Object.fromEntries(DEADLINE_KINDS.map((kind) => [kind, notStated(at('全文'), '虚构通知未规定')])) as TrackRules['deadlines'];
deadlines.CANDIDATE_REVIEW = stated({ workingDays: 7, from: 'DECLARATION', actor: '示例省鉴定中心' }, at('三(一)', '申报后7个工作日内完成审核'));
deadlines.SCORE_REPORT = stated({ workingDays: 4, from: 'EXAM_END', actor: '考核机构' }, at('三(二)', '考核结束后4个工作日内上报成绩'));

const retention = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, notStated(at('全文'))])) as TrackRules['retentionMonths'];
retention.VIDEO = stated(18, at('五', '视频资料保存18个月'));
retention.PAPER = stated(30, at('五', '纸质材料保存30个月'));

export const FICTIONAL_RULES: TrackRules = {
  track: 'SPECIAL_ABILITY',
  certificates: {
    kind: 'SPECIAL_ABILITY',
    numbering: issuerYearSerial(at('六', '由省鉴定中心核发证书'), '虚构通知未规定编号格式 / not stated'),
    passRule: stated({ scoring: 'PER_SUBJECT', subjects: ['PRACTICAL'], passMark: 60, ...PASS_RULE_DEFAULTS }, at('三(三)', '60分及以上为合格')),
    holderConfirmation: stated({ requiredBeforeIssue: false }, at('六')),
    cancellation: stated({ revokesCertificates: true }, at('六')),
    carriers: stated(['PAPER'], at('六')),
  },
  passScore: stated(60, at('三(三)', '60分及以上为合格')),
  minimumAge: stated(16, at('二', '年满16周岁')),
  validCardOnDuty: stated(true, at('四', '持证上岗')),
  retentionMonths: retention,
  examinerPanel: stated({ minExaminers: 2, candidatesPerExaminer: 8, leaderRequired: false }, at('四(一)', '每个考场不少于2名考评员，考评员与考生配比1:8')),
  certificateIssuer: stated({ tier: 'PROVINCE', body: '示例省职业技能鉴定中心（虚构）' }, at('六', '由省鉴定中心核发证书')),
  deadlines,
  fee: stated({ perCandidateYuan: 80, pricingDocument: null, payBeforeExam: false, paymentNoticeValidDays: null, subsidyDocuments: [] }, at('七', '每人80元')),
  sites: stated({ term: '定点考场', fixedContractedOnly: false, temporaryAllowed: false, temporaryException: null, maxWorkstationsByEvaluation: true, videoMonitoring: '考场须有视频监控' }, at('四(二)', '只设固定考场并配备视频监控')),
  publicQuery: stated('示例省人社网（虚构）', at('六')),
  examinerCardValidityYears: stated(2, at('四(三)', '考评员证卡有效期2年')),
  institutionFilingValidityYears: stated(2, at('二(二)', '备案有效期2年')),
  filing: {
    authority: stated('示例省鉴定中心（虚构）', at('二(一)')),
    eligibility: notStated(at('二(一)'), '虚构通知不限机构类别'),
    materials: stated([{ code: 'APPLICATION', name: '备案申请表（虚构）' }], at('二(二)', '提交备案申请表')),
  },
};

export const fictionalProvince: ProvinceModule = {
  identity: { code: 'FICTIONAL', name: '示例省（虚构）', nameEn: 'Fictional (test only)', divisionCode: '990000', tracks: ['SPECIAL_ABILITY'], sources: [FICTION] },
  tracks: [FICTIONAL_RULES],
  hooks: {
    // The fictional notice: no exams on Sundays; examiners hold a professional title in a related field.
    declarationViolations: (facts) => (facts.days.some((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 0) ? ['示例省不在周日考核（虚构通知 三(一)）/ no exams on Sundays'] : []),
    examinerRoutes: (e, _projectId, _date, related) => [
      {
        code: 'RELATED_TITLE',
        description: '具有相关专业职称（虚构）',
        met: e.titles.some((t) => related.fields.includes(t.field)),
        reason: e.titles.some((t) => related.fields.includes(t.field)) ? null : '无相关专业职称',
        source: at('四(三)', '考评员须具有相关专业职称'),
      },
    ],
  },
};

registerProvince(fictionalProvince);
