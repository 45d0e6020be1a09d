import { liaoningSpecialAbilityCertificates } from './certificates';
import { cardOnDuty, deadlines, minimumAge, passScore } from '../baseline';
import { cite } from '../sources';
import { notStated, stated, type TrackRules } from '../types';
import { liaoningSpecialAbilityFiling } from './filing';

const s = (section: string, quote?: string) => cite('LIAONING_SPECIAL', section, quote);

/** 辽就〔2023〕4号: provincial-level special vocational ability assessment, 2023. */
export const liaoningSpecialAbility: TrackRules = {
  track: 'SPECIAL_ABILITY',
  certificates: liaoningSpecialAbilityCertificates,
  passScore: passScore('LIAONING_SPECIAL', '三(四)', '考核成绩实行百分制，汇总评分为60分及以上确定为考核合格'),
  minimumAge: minimumAge('LIAONING_SPECIAL', '三(一)', '相关机构组织达到法定劳动年龄、具备一定技能的劳动者'),
  validCardOnDuty: cardOnDuty('LIAONING_SPECIAL', '四(五)2', '考核通过者获颁专项职业能力考核考评员证卡(此证作为参与专项职业能力现场考核工作的依据，有效期三年)'),
  retentionMonths: {
    VIDEO: stated(12, s('三(五)3', '考核过程视频资料由考点存档保管，相应资料须保存一年以上备查'), '由考点保存 / kept by the site'),
    PAPER: notStated(s('三(五)3', '将考核成绩汇总表连同督导情况记录表带回省考试中心审核、存档'), '成绩汇总表、督导记录由省考试中心存档，未规定保存期限 / archived by the centre, no period stated'),
    ELECTRONIC: notStated(s('三(五)'), '通知未规定电子材料保存期限'),
  },
  examinerPanel: notStated(s('三(五)2', '考前明确考务、监考、考评等人员工作职责'), '未规定考评员人数或配比；至少需1名考评员评分 / no panel size stated; someone must score'),
  certificateIssuer: stated(
    { tier: 'PROVINCE', body: '辽宁省人事考试中心（省考试中心）' },
    s('三(七); 四(六)', '省考试中心对考核机构提交的鉴定成绩与成绩汇总表比对无误后，发布该批专项考核成绩并生成证书数据'),
    '省考试中心负责证书制发验印 / the provincial centre issues and seals certificates',
  ),
  deadlines: deadlines(
    'LIAONING_SPECIAL',
    {
      INSTITUTION_FILING: stated({ workingDays: 20, from: 'NOTICE_ISSUED', actor: '开展专项职业能力培训的机构' }, s('二(二)', '凡开展专项职业能力培训的机构应从文件下发之日起20个工作日内到省考试中心进行备案申报')),
      HOLDER_INFO_CONFIRMATION: stated({ workingDays: 10, from: 'EXAM_END', actor: '考核机构' }, s('四(六)', '各相关机构应于考后10个工作日内与省考试中心确认获证考生个人信息的准确性')),
      CERTIFICATE_PUBLICATION: stated({ workingDays: 20, from: 'RESULTS_PUBLISHED', actor: '省考试中心' }, s('三(七)', '发布该批专项考核成绩并生成证书数据，20个工作日内将证书数据上网')),
    },
    '考生审核以统一考核时间表的参考确认截止日为准；成绩在考核现场汇总 / review follows the schedule\'s confirmation dates; scores are summarised at the sitting',
  ),
  fee: stated(
    { perCandidateYuan: 100, pricingDocument: null, payBeforeExam: true, paymentNoticeValidDays: 15, subsidyDocuments: [] },
    s('附件2; 三(六); 三(三)表注3', '100 元/人；缴费工作须在考前完成；缴款通知书的有效期为15天；逾期未完成缴费的，相应机构将不予考核'),
    '以参考确认人数为缴费依据 / charged on confirmed attendance',
  ),
  sites: stated(
    { term: '考点', fixedContractedOnly: false, temporaryAllowed: true, temporaryException: null, maxWorkstationsByEvaluation: false, videoMonitoring: '考核过程视频资料由考点存档' },
    s('一(二); 三(三); 四(二)', '完成统一考点的择优选定…与相应考点签署2023年省本级统一鉴定考点使用协议；单独批次实施须安排在沈阳市域内实施'),
  ),
  publicQuery: stated('ln.nvq.net.cn', s('三(七)', '通过中心网站（ln.nvq.net.cn）向社会提供证书信息查询服务')),
  examinerCardValidityYears: stated(3, s('四(五)2', '考评员证卡…有效期三年')),
  institutionFilingValidityYears: notStated(s('二'), '通知未规定备案有效期'),
  filing: liaoningSpecialAbilityFiling,
};
