import { registerEnumType } from 'type-graphql';

/** The batch workflow of the exams issue; each province skips the states its notices do not have. */
export enum ExamBatchStatus {
  DRAFT = 'DRAFT',
  DECLARED = 'DECLARED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  APPROVED = 'APPROVED',
  ATTENDANCE_CONFIRMED = 'ATTENDANCE_CONFIRMED',
  PAID = 'PAID',
  IN_PROGRESS = 'IN_PROGRESS',
  SCORED = 'SCORED',
  RESULTS_PUBLISHED = 'RESULTS_PUBLISHED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ExamBatchStatus, {
  name: 'ExamBatchStatus',
  description: '考核批次状态 / exam batch status',
  valuesConfig: {
    DRAFT: { description: '草稿' },
    DECLARED: { description: '已申报' },
    UNDER_REVIEW: { description: '审核中' },
    APPROVED: { description: '审核通过（花名册）' },
    ATTENDANCE_CONFIRMED: { description: '参考确认' },
    PAID: { description: '已缴费（辽宁）' },
    IN_PROGRESS: { description: '考核中' },
    SCORED: { description: '已评分' },
    RESULTS_PUBLISHED: { description: '成绩已发布' },
    REJECTED: { description: '已退回' },
    CANCELLED: { description: '已取消' },
  },
});
