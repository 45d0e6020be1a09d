import { defineEnum, type EnumValue } from '@skillfed/common';

/** The batch workflow of the exams issue; each province skips the states its notices do not have. */
export const ExamBatchStatus = defineEnum('ExamBatchStatus', '考核批次状态 / exam batch status', {
  DRAFT: '草稿',
  DECLARED: '已申报',
  UNDER_REVIEW: '审核中',
  APPROVED: '审核通过（花名册）',
  ATTENDANCE_CONFIRMED: '参考确认',
  PAID: '已缴费（辽宁）',
  IN_PROGRESS: '考核中',
  SCORED: '已评分',
  RESULTS_PUBLISHED: '成绩已发布',
  RESULTS_CANCELLED: '成绩已取消（辽宁 五：情节严重的，取消该批次鉴定考核成绩）',
  REJECTED: '已退回',
  CANCELLED: '已取消',
});
export type ExamBatchStatus = EnumValue<typeof ExamBatchStatus>;

export const ExamMode = defineEnum('ExamMode', '考核组织方式 / how a batch is scheduled', {
  REGULAR: '常规批次',
  UNIFIED: '统一考核（辽宁统一考核时间表）',
  SEPARATE: '单独批次（辽宁：每月25日前申报，沈阳市域内，下月上中旬）',
});
export type ExamMode = EnumValue<typeof ExamMode>;

/** The five groups' names as 002 三(一) words them (also what a candidate file may say). */
export const PRIORITY_GROUP_LABELS = {
  NONE: '无',
  RURAL_MIGRANT_WORKER: '农村转移就业劳动者',
  UNEMPLOYED_GRADUATE: '城乡未继续升学初高中毕业生',
  LAID_OFF_WORKER: '下岗失业人员',
  VETERAN: '退役军人',
  EMPLOYMENT_DIFFICULT: '就业困难人员',
} as const;
export const PriorityGroup = defineEnum('PriorityGroup', '重点群体（山东 三(一)）/ Shandong priority group', PRIORITY_GROUP_LABELS);
export type PriorityGroup = EnumValue<typeof PriorityGroup>;
