import crypto from 'node:crypto';
import { BadUserInputError, ConflictError, inTransaction, type SubgraphContext } from '@skillfed/common';
import { requiredExaminers, trackRules } from '@skillfed/province-rules';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { In, Not } from 'typeorm';
import { ExaminerBooking } from './booking.entity';
import { examDays, loadBatch } from './declaration.service';
import { ExamBatch } from './exam-batch.entity';
import type { Loaders } from './exam-batch.loader';
import { PanelRefusal } from './panel-refusal.entity';
import { onPanelReplaced } from './stats.service';

type Ctx = SubgraphContext<Loaders>;

@InputType({ description: '考评组 / the panel for a batch' })
class PanelInput {
  @Field(() => [ID], { description: '考评员（含组长）/ examiners, the leader included' })
  examinerIds: string[];

  @Field(() => ID, { nullable: true, description: '考评组长（江苏、韶关必设）/ leader (required in Jiangsu and Shaoguan)' })
  leaderId?: string | null;

  @Field(() => ID, { description: '质量督导员 / supervisor' })
  supervisorId: string;
}

const OPEN_FOR_PANEL = ['APPROVED', 'ATTENDANCE_CONFIRMED', 'PAID'];
type EligibilityAnswer = { eligible: boolean; routes: { met: boolean; reason: string | null }[]; card: { met: boolean; reason: string | null } } | null;

/**
 * Every reason a panel is unlawful, all at once: size against requiredExaminers, the leader where the
 * province requires one, each member's eligibility for the project on every exam day and the
 * supervisor's card (asked of the examiners subgraph), and nobody booked on another batch those days.
 */
async function panelViolations(ctx: Ctx, batch: ExamBatch, input: PanelInput): Promise<string[]> {
  const violations: string[] = [];
  const examiners = [...new Set(input.examinerIds)];
  if (examiners.length !== input.examinerIds.length) violations.push('考评员重复 / an examiner is listed twice');
  const candidates = batch.confirmedCount ?? batch.candidateCount;
  const { count, rule } = requiredExaminers(batch.province, Math.max(candidates, 1));
  if (examiners.length < count) violations.push(`考评员${examiners.length}人，少于规定的${count}人（考生${candidates}人；${rule.source.document} ${rule.source.section}）/ too few examiners`);
  const leaderRequired = trackRules(batch.province).examinerPanel.value?.leaderRequired === true;
  if (leaderRequired && !input.leaderId) violations.push(`须设考评组长1名（${rule.source.document} ${rule.source.section}）/ a leader is required`);
  if (input.leaderId && !examiners.includes(input.leaderId)) violations.push('考评组长须是考评员之一 / the leader must be one of the examiners');
  if (examiners.includes(input.supervisorId)) violations.push('质量督导员不能同时担任考评员 / the supervisor cannot also examine');

  const days = examDays(batch);
  // Ids and dates travel as variables: nothing the caller typed is spliced into the query text.
  const fields: string[] = [];
  const variables: Record<string, string> = { p: batch.projectId, s: input.supervisorId };
  const declarations = ['$p: ID!', '$s: ID!'];
  days.forEach((day, j) => {
    variables[`d${j}`] = day;
    declarations.push(`$d${j}: Date!`);
    fields.push(`s_${j}: examiner(id: $s) { supervisorEligibility(date: $d${j}) { eligible routes { met reason } card { met reason } } }`);
  });
  examiners.forEach((id, i) => {
    variables[`e${i}`] = id;
    declarations.push(`$e${i}: ID!`);
    days.forEach((_day, j) => fields.push(`e${i}_${j}: examiner(id: $e${i}) { eligibility(projectId: $p, date: $d${j}) { eligible routes { met reason } card { met reason } } }`));
  });
  const { data, errors } = await ctx.peers.examiners.queryPartial<Record<string, Record<string, EligibilityAnswer> | null>>(
    `query (${declarations.join(', ')}) { ${fields.join(' ')} }`,
    variables,
    ctx.caller,
  );
  const errorAt = (alias: string) => errors.find((e) => e.path?.[0] === alias);
  examiners.forEach((id, i) =>
    days.forEach((day, j) => {
      const alias = `e${i}_${j}`;
      const answer = data?.[alias]?.eligibility ?? null;
      if (errorAt(alias) || !data?.[alias]) violations.push(`考评员 ${id}：${errorAt(alias)?.message ?? '不存在'}`);
      else if (!answer?.eligible) {
        const why = [answer?.routes.every((r) => !r.met) ? answer?.routes.map((r) => r.reason).join('；') : null, answer?.card.met ? null : answer?.card.reason].filter(Boolean).join('；');
        violations.push(`考评员 ${id} 在 ${day} 不符合考评资格：${why}`);
      }
    }),
  );
  days.forEach((day, j) => {
    const alias = `s_${j}`;
    const answer = data?.[alias]?.supervisorEligibility ?? null;
    if (errorAt(alias) || !data?.[alias]) violations.push(`质量督导员 ${input.supervisorId}：${errorAt(alias)?.message ?? '不存在'}`);
    else if (!answer?.eligible) violations.push(`质量督导员 ${input.supervisorId} 在 ${day} 无有效督导员证卡：${answer?.card.reason}`);
  });

  const people = [...examiners, input.supervisorId];
  const clashes = await ctx.db.getRepository(ExaminerBooking).findBy({ examinerId: In(people), date: In(days), examBatchId: Not(batch.id) });
  for (const c of clashes) violations.push(`${c.examinerId} 在 ${c.date} 已派往其他批次 / already booked on another batch that day`);
  return violations;
}

@Resolver(() => ExamBatch)
export class PanelResolver {
  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '组建考评组并派遣督导员；不合规时一次列出全部问题 / assign the panel; a refusal lists every violation' })
  async assignPanel(@Arg('batchId', () => ID) batchId: string, @Arg('input') input: PanelInput, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const batch = await loadBatch(ctx, batchId);
    if (!OPEN_FOR_PANEL.includes(batch.status)) throw new ConflictError(`批次状态为${batch.status}，只能在花名册审核通过后、考核开始前组建考评组 / panels are assigned between roster approval and the exam`, { status: batch.status });
    if (input.examinerIds.length === 0) throw new BadUserInputError('须派遣考评员 / name the examiners', { field: 'examinerIds' });
    const violations = await panelViolations(ctx, batch, input);
    if (violations.length) {
      // Kept for the compliance board before the refusal is thrown.
      await ctx.db.getRepository(PanelRefusal).insert({ id: crypto.randomUUID(), batchId: batch.id, province: batch.province, refusedAt: new Date(), actorSubject: ctx.caller.subject, actorRole: ctx.caller.role, violations: JSON.stringify(violations) });
    }
    if (violations.length) throw new BadUserInputError(`考评组不符合规定：${violations.join(' | ')}`, { field: 'input', violations });
    const days = examDays(batch);
    try {
      await inTransaction(ctx.db, async (manager) => {
        const old = await manager.findBy(ExaminerBooking, { examBatchId: batch.id });
        await manager.delete(ExaminerBooking, { examBatchId: batch.id });
        const rows = days.flatMap((date) => [
          ...input.examinerIds.map((examinerId) => ({ examinerId, role: examinerId === input.leaderId ? 'LEADER' : 'EXAMINER' })),
          { examinerId: input.supervisorId, role: 'SUPERVISOR' },
        ].map((m) => ({ id: crypto.randomUUID(), examBatchId: batch.id, date, ...m })));
        await manager.insert(ExaminerBooking, rows);
        await onPanelReplaced(manager, batch, old, rows);
      });
    } catch (error) {
      // The unique (person, day) index: someone was booked elsewhere between the check and the write.
      if (/UNIQUE|Duplicate/i.test((error as Error).message)) throw new ConflictError('有人员刚被派往其他批次，请重试 / someone was just booked elsewhere that day');
      throw error;
    }
    return batch;
  }

  @FieldResolver(() => [ExaminerBooking], { nullable: true, description: '考评组与督导员 / the panel and supervisor, per day. Bounded: the members of each exam day\'s panel, sized by the province\'s panel rule.' })
  panel(@Root() batch: ExamBatch, @Ctx() ctx: Ctx): Promise<ExaminerBooking[]> {
    return ctx.db.getRepository(ExaminerBooking).find({ where: { examBatchId: batch.id }, order: { date: 'ASC', role: 'ASC' } });
  }
}
