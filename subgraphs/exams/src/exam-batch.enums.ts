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
  REJECTED: '已退回',
  CANCELLED: '已取消',
});
export type ExamBatchStatus = EnumValue<typeof ExamBatchStatus>;
