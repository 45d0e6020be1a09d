import { BadUserInputError, ConflictError, DateScalar, todayInChina, type SubgraphContext, inTransaction } from '@skillfed/common';
import { addDays, trackRules } from '@skillfed/province-rules';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ExaminerBooking } from './booking.entity';
import { loadBatch, moveBatch, setDeadline } from './declaration.service';
import { ExamBatch } from './exam-batch.entity';
import type { Loaders } from './exam-batch.loader';

type Ctx = SubgraphContext<Loaders>;

/**
 * Liaoning (辽就〔2023〕4号 三(三) 表注2-3, 三(六), 附件2): attendance confirmation is the fee basis,
 * 100 yuan per candidate; the payment notice is valid 15 days; payment must be complete before the exam
 * or the batch is not examined. The amounts come from the rules, so a province without them has none.
 */
@Resolver(() => ExamBatch)
export class FeesResolver {
  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '参考确认（辽宁）：确认实际参考人数，按每人收费标准计算考务费 / confirm attendance (Liaoning)' })
  async confirmAttendance(@Arg('id', () => ID) id: string, @Arg('confirmed', () => Int) confirmed: number, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const batch = await loadBatch(ctx, id);
    if (!Number.isInteger(confirmed) || confirmed < 1 || confirmed > batch.candidateCount) {
      throw new BadUserInputError(`参考确认人数须为1到${batch.candidateCount}（花名册人数）/ confirmed must be 1-${batch.candidateCount}`, { field: 'confirmed' });
    }
    const perCandidate = trackRules(batch.province).fee.value?.perCandidateYuan ?? null;
    return moveBatch(ctx, id, 'ATTENDANCE_CONFIRMED', { apply: async () => ({ confirmedCount: confirmed, feeYuan: perCandidate === null ? null : perCandidate * confirmed }) });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '开具缴款通知书（有效期15天）/ issue the payment notice' })
  async issuePaymentNotice(@Arg('id', () => ID) id: string, @Arg('issuedOn', () => DateScalar, { nullable: true }) issuedOn: string | null, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const batch = await loadBatch(ctx, id);
    if (batch.status !== 'ATTENDANCE_CONFIRMED') throw new ConflictError('参考确认后方可开具缴款通知书 / confirm attendance first', { status: batch.status });
    return inTransaction(ctx.db, async (manager) => {
      await manager.update(ExamBatch, { id }, { paymentNoticeOn: issuedOn ?? todayInChina(), updatedAt: new Date() });
      return manager.findOneByOrFail(ExamBatch, { id });
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '登记缴费（须在通知书有效期内、考核开始前）/ record the payment' })
  async recordPayment(@Arg('id', () => ID) id: string, @Arg('paidOn', () => DateScalar) paidOn: string, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const batch = await loadBatch(ctx, id);
    const fee = trackRules(batch.province).fee;
    const problems: string[] = [];
    if (!batch.paymentNoticeOn) problems.push('尚未开具缴款通知书 / no payment notice');
    else {
      const validUntil = addDays(batch.paymentNoticeOn, (fee.value?.paymentNoticeValidDays ?? 0) - 1);
      if (fee.value?.paymentNoticeValidDays && paidOn > validUntil) problems.push(`缴款通知书有效期至${validUntil}，已过期，须重新开具（${fee.source.document} 三(六)2）/ the notice expired`);
      if (paidOn < batch.paymentNoticeOn) problems.push('缴费日早于通知书开具日 / paid before the notice');
    }
    if (paidOn >= batch.startDate) problems.push(`缴费须在考核实施前完成（考核首日${batch.startDate}），逾期不予考核 / payment must precede the exam`);
    if (problems.length && batch.status === 'ATTENDANCE_CONFIRMED') throw new ConflictError(`不能登记缴费：${problems.join('；')}`, { violations: problems });
    return moveBatch(ctx, id, 'PAID', { apply: async () => ({ paidOn }) });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '开始考核（辽宁须已缴费）/ start the exam' })
  async startExam(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const batch = await loadBatch(ctx, id);
    const fee = trackRules(batch.province).fee;
    if (fee.value?.payBeforeExam && batch.status !== 'PAID') {
      throw new ConflictError(`考务费未缴清，不予考核（${fee.source.document} ${fee.source.section}）/ unpaid: the batch cannot start`, { from: batch.status, reason: 'UNPAID' });
    }
    if (!(await ctx.db.getRepository(ExaminerBooking).existsBy({ examBatchId: id }))) {
      throw new ConflictError('尚未组建考评组、派遣督导员，不能开始考核 / assign the panel first', { from: batch.status, reason: 'NO_PANEL' });
    }
    // Deadlines counted from the exam (Shandong's score report, Liaoning's holder confirmation) exist from
    // now on, whatever is entered later, so an untouched batch shows as overdue on time.
    return ctx.yearData.use((data) =>
      moveBatch(ctx, id, 'IN_PROGRESS', {
        apply: async (b, manager) => {
          await setDeadline(manager, b, 'SCORE_REPORT', b.endDate, data.calendar);
          await setDeadline(manager, b, 'HOLDER_INFO_CONFIRMATION', b.endDate, data.calendar);
        },
      }),
    );
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: '缴款通知书有效期至 / payment notice valid until' })
  paymentNoticeValidUntil(@Root() batch: ExamBatch): string | null {
    const days = trackRules(batch.province).fee.value?.paymentNoticeValidDays;
    return batch.paymentNoticeOn && days ? addDays(batch.paymentNoticeOn, days - 1) : null;
  }
}
