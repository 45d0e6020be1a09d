import { shaoguanCertificates } from './certificates';
import { cardOnDuty, deadlines, minimumAge, passScore } from '../baseline';
import { addMonths } from '../dates';
import { cite } from '../sources';
import { notStated, stated, type ProvinceModule, type TrackRules } from '../types';

const s = (section: string, quote?: string) => cite('SHAOGUAN', section, quote);

const ARCHIVES = s('九', '试卷…评分表…考场记录表、考生签到表、考核名册表和考试现场录像等相关考核材料归档。考核材料保存期自考核之日起不少于 3 年');

/** 韶关市人社局《关于进一步规范专项职业能力考核工作的通知》(2022-08-10). */
export const shaoguanSpecialAbility: TrackRules = {
  track: 'SPECIAL_ABILITY',
  certificates: shaoguanCertificates,
  passScore: passScore('SHAOGUAN', '六(五)', '各项目、各科目采取百分制，获得 60 分或 60 分以上者为合格'),
  minimumAge: minimumAge('SHAOGUAN', '一', '达到法定劳动年龄，具有相应技能的劳动者均可申报专项职业能力考核'),
  validCardOnDuty: cardOnDuty('SHAOGUAN', '六(三); 六(七)', '考评人员应佩戴有效证卡上岗；质量督导人员应佩戴有效证卡上岗'),
  retentionMonths: { PAPER: stated(36, ARCHIVES), ELECTRONIC: stated(36, ARCHIVES), VIDEO: stated(36, ARCHIVES, '含考试现场录像 / includes the exam video') },
  examinerPanel: stated(
    { minExaminers: 3, candidatesPerExaminer: 10, leaderRequired: true },
    s('六(三)', '派遣 3 名（含 3 名）以上考评人员（考生与考评人员配比 10:1）组成考评小组，其中设考评组长 1 名'),
  ),
  certificateIssuer: stated(
    { tier: 'CITY', body: '韶关市职业技能服务中心（市技能中心）' },
    s('七; 二', '市技能中心通过专项职业能力证书管理系统进行制证与核发，并加盖“职业技能鉴定专用章”'),
    '空白证书由省职业技能服务指导中心统一配发 / blanks from the provincial centre',
  ),
  deadlines: deadlines('SHAOGUAN', {
    CANDIDATE_REVIEW: stated({ workingDays: 10, from: 'DECLARATION', actor: '市技能中心' }, s('六(一)', '市技能中心在 10 个工作日内登录系统审核考生报考信息，形成审核通过人员花名册并一次性向考核机构反馈审核结果')),
  }),
  fee: notStated(s('八', '专项职业能力考核补贴依据…有关规定和程序申领'), '通知未规定收费标准，只规定补贴申领（粤人社规〔2019〕18号、粤人社规〔2019〕43号）/ no fee stated, only subsidies'),
  sites: stated(
    {
      term: '考场（专项职业能力定点考场）',
      fixedContractedOnly: true,
      temporaryAllowed: false,
      temporaryException: '在军事管辖区、司法管辖区等约束性区域特设临时考场，须由特设考场所在单位提出申请，经市技能中心同意方可设立',
      maxWorkstationsByEvaluation: true,
      videoMonitoring: '所有考核项目现场都应配备能实时摄录备份反映考试全过程的全景视频监控设施设备，考试现场全过程、无死角视频录像',
    },
    s('四; 六(二)', '实行签约制场地化管理，落实定点考场制度，不得设立临时或移动考场'),
  ),
  publicQuery: stated('https://www.gdhrss.gov.cn/gdosta/zsyz/', s('七', '专项职业能力证书信息可在《广东省人力资源和社会保障厅网上服务平台》')),
  examinerCardValidityYears: notStated(s('五'), '通知未规定考评员证卡有效期'),
  institutionFilingValidityYears: notStated(s('四', '考场使用期限等'), '期限由考场协议约定，无统一年限 / the site agreement sets the term'),
  filing: {
    authority: stated('韶关市职业技能服务中心（市技能中心），第三方专家实地评估并签订考场协议', s('二; 四', '考场备案与管理')),
    eligibility: notStated(s('四', '申请设立专项职业能力考场的机构应具有相应的办公用房、办公设施、工作资料、考评场地、考评设施设备、组织管理人员、工作人员和管理制度等'), '按条件评估，不按机构类别限定 / assessed on conditions, not restricted by kind'),
    materials: notStated(s('四'), '通知未列申请材料清单，由第三方专家实地考察评估（附件为审核意见表）/ no list of materials; on-site expert evaluation'),
  },
};

/** Subsidy rules Shaoguan candidates claim under (八). */
export const SHAOGUAN_SUBSIDY_DOCUMENTS = { documents: ['粤人社规〔2019〕18号', '粤人社规〔2019〕43号'], source: s('八') };

/** A related-occupation stand-in examiner for a new project: "短期内（一般不超过 6 个月）" (五). */
export const SHAOGUAN_STAND_IN = stated(6, s('五', '可由市技能中心负责在短期内（一般不超过 6 个月）…派遣相近或相关职业（工种）的考评人员实施考评工作'));

/** First day a stand-in authorisation starting `start` is no longer valid (valid on [start, end)). */
export function standInEndsOn(start: string): string {
  return addMonths(start, SHAOGUAN_STAND_IN.value!);
}

export function isStandInValid(start: string, onDate: string): boolean {
  return onDate >= start && onDate < standInEndsOn(start);
}

export type SiteKind = 'FIXED' | 'TEMPORARY' | 'MOBILE';

/** Null when Shaoguan allows such a site, otherwise why not (四). */
export function shaoguanSiteRefusal(site: { kind: SiteKind; restrictedArea?: 'MILITARY' | 'JUDICIAL' | null; approvedByCityCentre?: boolean }): string | null {
  if (site.kind === 'FIXED') return null;
  if (site.kind === 'MOBILE') return '韶关不得设立移动考场（四）/ Shaoguan allows no mobile sites';
  if (!site.restrictedArea) return '韶关不得设立临时考场，军事、司法管辖区等约束性区域除外（四）/ temporary sites only inside a military or judicial restricted area';
  if (!site.approvedByCityCentre) return '约束性区域内的临时考场须经市技能中心同意（四）/ needs the city centre\'s approval';
  return null;
}

export const guangdongShaoguan: ProvinceModule = {
  identity: {
    code: 'GUANGDONG_SHAOGUAN',
    name: '广东省韶关市',
    nameEn: 'Guangdong / Shaoguan',
    divisionCode: '440200',
    tracks: ['SPECIAL_ABILITY'],
    sources: [cite('SHAOGUAN', '全文')],
  },
  tracks: [shaoguanSpecialAbility],
  hooks: { examinerStandIns: SHAOGUAN_STAND_IN.source, siteRefusal: shaoguanSiteRefusal },
};
