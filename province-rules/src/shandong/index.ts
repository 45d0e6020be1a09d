import { shandongCertificates } from './certificates';
import { cardOnDuty, deadlines, minimumAge, passScoreByBaseline } from '../baseline';
import { cite } from '../sources';
import { notStated, stated, type ProvinceModule, type TrackRules } from '../types';

const s = (section: string, quote?: string) => cite('SHANDONG', section, quote);

/** 鲁人社字〔2020〕100号 and its 附件1 山东省专项职业能力考核工作规则 (cited as 规则 …). */
export const shandongSpecialAbility: TrackRules = {
  track: 'SPECIAL_ABILITY',
  certificates: shandongCertificates,
  passScore: passScoreByBaseline('SHANDONG'),
  minimumAge: minimumAge('SHANDONG', '三(一)', '达到法定劳动年龄，具有相应技能的劳动者均可申报专项职业能力考核'),
  validCardOnDuty: cardOnDuty('SHANDONG', '规则 四(三)', '考评人员和督导员须佩带证卡上岗'),
  retentionMonths: {
    PAPER: stated(24, s('规则 五(二)', '妥善保管专项职业能力考核档案资料，保存期不少于2年')),
    ELECTRONIC: stated(24, s('规则 五(二)', '妥善保管专项职业能力考核档案资料，保存期不少于2年'), '档案资料不分纸质、电子 / the rule covers all archive records'),
    VIDEO: stated(6, s('规则 五(二)', '视频档案保存期不少于6个月')),
  },
  examinerPanel: stated(
    { minExaminers: 3, candidatesPerExaminer: null, leaderRequired: null },
    s('附件2 备注; 规则 四(三)', '“考评员情况”一栏，每个拟开展考评的项目至少填写3名考评员；每次考核须由市职业技能鉴定（指导）中心派遣考评人员和督导员'),
    '每个考评项目至少3名考评员（见考点设立申请表备注），每次考核由市中心派遣；未规定配比与组长 / at least 3 examiners per project; no ratio or leader stated',
  ),
  certificateIssuer: stated(
    { tier: 'CITY', body: '市职业技能鉴定（指导）中心' },
    s('三(五); 规则 四(五)', '通过专项能力考核的人员，由市职业技能鉴定（指导）中心颁发专项职业能力证书'),
    '空白证书由省职业技能鉴定指导中心统一印制 / blanks printed by the provincial centre',
  ),
  deadlines: deadlines('SHANDONG', {
    SCORE_REPORT: stated({ workingDays: 3, from: 'EXAM_END', actor: '专项职业能力考点' }, s('规则 四(四)', '专项职业能力考点在考核结束后3个工作日内将考核成绩及试卷报所在市职业技能鉴定（指导）中心')),
  }),
  fee: stated(
    { perCandidateYuan: null, pricingDocument: '鲁价费函〔2016〕85号', payBeforeExam: null, paymentNoticeValidDays: null, subsidyDocuments: [] },
    s('四(二)', '按照山东省物价局、山东省财政厅《关于规范职业技能鉴定考试收费有关问题的复函》（鲁价费函〔2016〕85号）规定的标准缴纳费用'),
    '金额见收费文件；符合条件者可获补贴 / amount set by the pricing document; eligible holders get subsidies',
  ),
  sites: stated(
    { term: '考点', fixedContractedOnly: false, temporaryAllowed: true, temporaryException: null, maxWorkstationsByEvaluation: false, videoMonitoring: null },
    s('三(六); 规则 二', '遴选职业技能鉴定机构以及具备条件的企业、院校、培训评价机构等设立考点；场地设施设备图像证明；考核工作管理制度；组织专家评估组，对申请设立考点的单位进行实地考察、评估。确定为考点的，由市人力资源社会保障部门统一向社会公布'),
  ),
  publicQuery: stated('www.sdosta.org.cn', s('三(五)', '可登陆山东省职业技能鉴定指导中心网站（www.sdosta.org.cn）免费查询')),
  examinerCardValidityYears: notStated(s('规则 五(三)'), '通知未规定考评员证卡有效期'),
  institutionFilingValidityYears: notStated(s('规则 二'), '通知未规定考点资格有效期；违规者取消考点资格 / sites lose their status for violations'),
  filing: {
    authority: stated('所在市职业技能鉴定（指导）中心受理并组织专家评估，市人力资源社会保障部门公布', s('规则 二', '申请设立考点的单位需向所在市职业技能鉴定（指导）中心提交以下材料')),
    eligibility: notStated(s('规则 二', '专项职业能力考点一般设置在职业技能鉴定机构以及企业、院校、培训评价机构等'), '“一般设置在”并非限定，不按类别拒绝 / "generally" is not a restriction'),
    materials: stated(
      [
        { code: 'SITE_APPLICATION_FORM', name: '《山东省专项职业能力考点设立申请表》（附件2）' },
        { code: 'FACILITY_IMAGES', name: '场地设施设备图像证明' },
        { code: 'MANAGEMENT_RULES', name: '考核工作管理制度' },
      ],
      s('规则 二', '申请设立考点的单位需向所在市职业技能鉴定（指导）中心提交以下材料'),
    ),
  },
};

/** Groups Shandong's assessment particularly serves (三(一)). */
export const SHANDONG_PRIORITY_GROUPS = {
  source: s('三(一)', '专项职业能力考核重点面向农村转移就业劳动者、城乡未继续升学初高中毕业生、下岗失业人员、退役军人、就业困难人员等就业重点群体'),
  groups: [
    { code: 'RURAL_MIGRANT_WORKER', name: '农村转移就业劳动者' },
    { code: 'UNEMPLOYED_GRADUATE', name: '城乡未继续升学初高中毕业生' },
    { code: 'LAID_OFF_WORKER', name: '下岗失业人员' },
    { code: 'VETERAN', name: '退役军人' },
    { code: 'EMPLOYMENT_DIFFICULT', name: '就业困难人员' },
  ],
};

export const shandong: ProvinceModule = {
  identity: {
    code: 'SHANDONG',
    name: '山东省',
    nameEn: 'Shandong',
    divisionCode: '370000',
    tracks: ['SPECIAL_ABILITY'],
    sources: [cite('SHANDONG', '全文')],
  },
  tracks: [shandongSpecialAbility],
  hooks: { priorityGroups: SHANDONG_PRIORITY_GROUPS.source },
};
