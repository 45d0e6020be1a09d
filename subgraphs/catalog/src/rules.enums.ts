import { registerEnumType } from 'type-graphql';

export enum RecordKind {
  VIDEO = 'VIDEO',
  PAPER = 'PAPER',
  ELECTRONIC = 'ELECTRONIC',
}
registerEnumType(RecordKind, {
  name: 'RecordKind',
  description: '档案种类 / kind of archived record',
  valuesConfig: { VIDEO: { description: '视频资料' }, PAPER: { description: '纸质材料' }, ELECTRONIC: { description: '电子材料' } },
});

export enum DeadlineKind {
  INSTITUTION_FILING = 'INSTITUTION_FILING',
  CANDIDATE_REVIEW = 'CANDIDATE_REVIEW',
  SCORE_REPORT = 'SCORE_REPORT',
  HOLDER_INFO_CONFIRMATION = 'HOLDER_INFO_CONFIRMATION',
  CERTIFICATE_PUBLICATION = 'CERTIFICATE_PUBLICATION',
}
registerEnumType(DeadlineKind, {
  name: 'DeadlineKind',
  description: '以工作日计的期限 / deadlines counted in working days',
  valuesConfig: {
    INSTITUTION_FILING: { description: '机构备案申报' },
    CANDIDATE_REVIEW: { description: '考生报名审核' },
    SCORE_REPORT: { description: '成绩上报' },
    HOLDER_INFO_CONFIRMATION: { description: '获证考生信息确认' },
    CERTIFICATE_PUBLICATION: { description: '证书数据上网' },
  },
});

export enum DeadlineAnchor {
  NOTICE_ISSUED = 'NOTICE_ISSUED',
  DECLARATION = 'DECLARATION',
  EXAM_END = 'EXAM_END',
  RESULTS_PUBLISHED = 'RESULTS_PUBLISHED',
}
registerEnumType(DeadlineAnchor, {
  name: 'DeadlineAnchor',
  description: '期限起算事件 / the event a deadline counts from',
  valuesConfig: {
    NOTICE_ISSUED: { description: '文件下发之日' },
    DECLARATION: { description: '考核申报' },
    EXAM_END: { description: '考核结束' },
    RESULTS_PUBLISHED: { description: '成绩发布' },
  },
});

export enum IssuerTier {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  INSTITUTION = 'INSTITUTION',
}
registerEnumType(IssuerTier, {
  name: 'IssuerTier',
  description: '发证层级 / who issues certificates',
  valuesConfig: { PROVINCE: { description: '省级' }, CITY: { description: '市级' }, INSTITUTION: { description: '评价机构自行发证' } },
});
