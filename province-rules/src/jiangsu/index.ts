import { jiangsuCertificates } from './certificates';
import { jiangsuExchange } from './exchange';
import { cardOnDuty, deadlines, minimumAge, passScore } from '../baseline';
import { cite } from '../sources';
import { notStated, stated, type ProvinceModule, type TrackRules } from '../types';

const s = (section: string, quote?: string) => cite('JIANGSU', section, quote);
const NO_RETENTION = s('全文');

/** 江苏省人社厅《关于进一步规范专项职业能力考核工作的通知》(2019-11-18). */
export const jiangsuSpecialAbility: TrackRules = {
  track: 'SPECIAL_ABILITY',
  certificates: jiangsuCertificates,
  passScore: passScore('JIANGSU', '三(二)4', '各项目、各科目采取百分制，获得 60 分或 60 分以上者为合格'),
  minimumAge: minimumAge('JIANGSU', '一', '达到法定劳动年龄，具有相应技能的劳动者均可申报专项职业能力考核'),
  validCardOnDuty: cardOnDuty('JIANGSU', '三(二)5; 三(二)6', '考评人员应佩戴有效证卡上岗；质量督导人员应佩戴有效证卡上岗'),
  retentionMonths: {
    VIDEO: notStated(NO_RETENTION, '通知未规定考核档案保存期限，须由省里另行明确保存政策 / not stated: the province must set a policy'),
    PAPER: notStated(NO_RETENTION, '通知未规定考核档案保存期限，须由省里另行明确保存政策 / not stated: the province must set a policy'),
    ELECTRONIC: notStated(NO_RETENTION, '通知未规定考核档案保存期限，须由省里另行明确保存政策 / not stated: the province must set a policy'),
  },
  examinerPanel: stated(
    { minExaminers: 3, candidatesPerExaminer: null, leaderRequired: true },
    s('三(二)5', '派遣 3 名或 3 名以上考评人员组成考评小组，其中设考评组长 1 人'),
    '未规定考生与考评员配比 / no candidate ratio stated',
  ),
  certificateIssuer: stated(
    { tier: 'CITY', body: '各设区市职业技能鉴定中心' },
    s('四; 三(一)', '各设区市职业技能鉴定中心通过专项职业能力证书管理系统制作核发合格人员证书并加盖考核专用章'),
    '空白证书由省职业技能鉴定中心统一印制 / blanks printed by the provincial centre',
  ),
  deadlines: deadlines('JIANGSU', {
    CANDIDATE_REVIEW: stated({ workingDays: 10, from: 'DECLARATION', actor: '设区市职业技能鉴定中心' }, s('三(二)2', '各设区市职业技能鉴定中心在 10 个工作日内登录系统审核考生报名信息、形成审核通过人员花名册并一次性向考核机构反馈审核结果')),
  }),
  fee: stated(
    { perCandidateYuan: null, pricingDocument: '苏价费〔2006〕232号 苏财综〔2006〕41号 苏劳社财〔2006〕2号', payBeforeExam: null, paymentNoticeValidDays: null, subsidyDocuments: [] },
    s('五', '专项职业能力考核收费依据为…《关于印发第三批职业（工种）技能鉴定分类及相关收费问题的通知》（苏价费〔2006〕232号 苏财综〔2006〕41号 苏劳社财〔2006〕2号）'),
    '金额见收费文件 / amount set by the pricing document',
  ),
  sites: stated(
    { term: '考核机构考场', fixedContractedOnly: false, temporaryAllowed: true, temporaryException: null, maxWorkstationsByEvaluation: false, videoMonitoring: '所有考核项目现场都应布置相应的电子监控或影像录制装置' },
    s('三(二)1; 三(二)3', '首次组织专项职业能力考核的机构，需填写…并附考场设施设备影像资料；每个考生的座位、工位都应贴有准考证号和工位号'),
  ),
  publicQuery: stated('http://jshrss.jiangsu.gov.cn/col/col145054/index.html', s('四', '专项职业能力证书信息可在省人力资源和社会保障网“证书查询”栏目查询')),
  examinerCardValidityYears: notStated(s('三(二)5', '专项职业能力考核考评人员按照职业技能鉴定相关办法进行管理'), '通知未规定证卡有效期'),
  institutionFilingValidityYears: notStated(s('三(二)1'), '通知未规定机构备案有效期'),
  filing: {
    authority: stated('各设区市职业技能鉴定中心备案确认（辖市、区、县职业技能鉴定职能部门可受理）', s('三(一); 三(二)1', '经各设区市职业技能鉴定中心备案确认后，进入专项职业能力考核信息化系统开展考务管理工作')),
    eligibility: notStated(s('三(二)1', '首次组织专项职业能力考核的机构'), '不按机构类别限定 / not restricted by kind'),
    materials: stated(
      [
        { code: 'FILING_FORM', name: '《专项职业能力考核机构备案申请表》（附件 2）' },
        { code: 'FACILITY_IMAGES', name: '考场设施设备影像资料' },
      ],
      s('三(二)1', '需填写《专项职业能力考核机构备案申请表》（附件 2）并附考场设施设备影像资料'),
    ),
  },
};

export const jiangsu: ProvinceModule = {
  identity: {
    code: 'JIANGSU',
    name: '江苏省',
    nameEn: 'Jiangsu',
    divisionCode: '320000',
    tracks: ['SPECIAL_ABILITY'],
    sources: [cite('JIANGSU', '全文')],
  },
  tracks: [jiangsuSpecialAbility],
  hooks: { exchange: jiangsuExchange },
};
