import { defineEnum, type EnumValue } from '@skillfed/common';

export const RecordKind = defineEnum('RecordKind', '档案种类 / kind of archived record', { VIDEO: '视频资料', PAPER: '纸质材料', ELECTRONIC: '电子材料' });
export type RecordKind = EnumValue<typeof RecordKind>;

export const DeadlineKind = defineEnum('DeadlineKind', '以工作日计的期限 / deadlines counted in working days', {
  INSTITUTION_FILING: '机构备案申报',
  CANDIDATE_REVIEW: '考生报名审核',
  SCORE_REPORT: '成绩上报',
  HOLDER_INFO_CONFIRMATION: '获证考生信息确认',
  CERTIFICATE_PUBLICATION: '证书数据上网',
});
export type DeadlineKind = EnumValue<typeof DeadlineKind>;

export const DeadlineAnchor = defineEnum('DeadlineAnchor', '期限起算事件 / the event a deadline counts from', {
  NOTICE_ISSUED: '文件下发之日',
  DECLARATION: '考核申报',
  EXAM_END: '考核结束',
  RESULTS_PUBLISHED: '成绩发布',
});
export type DeadlineAnchor = EnumValue<typeof DeadlineAnchor>;

export const IssuerTier = defineEnum('IssuerTier', '发证层级 / who issues certificates', { PROVINCE: '省级', CITY: '市级', INSTITUTION: '评价机构自行发证' });
export type IssuerTier = EnumValue<typeof IssuerTier>;
