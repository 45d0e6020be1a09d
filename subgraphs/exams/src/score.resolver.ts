import crypto from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  DateScalar,
  ForbiddenError,
  inTransaction,
  maskIdNumber,
  maskName,
  NotFoundError,
  readReason,
  todayInChina,
  type SubgraphContext,
} from '@skillfed/common';
import { candidatePasses, certificateRules, scoreProblem, type PassRule } from '@skillfed/province-rules';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { IsNull } from 'typeorm';
import { ArchiveRecord } from './archive.entity';
import { ExaminerBooking } from './booking.entity';
import { loadBatch, meetDeadline, moveBatch, setDeadline } from './declaration.service';
import { ExamBatch } from './exam-batch.entity';
import type { Loaders } from './exam-batch.loader';
import { Score, ScoreCorrection } from './score.entity';
import { BatchDeadline, Candidate } from './workflow.entity';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '合格考生（供证书子图发证）/ a passing candidate, for the certificates subgraph' })
class PassingCandidate {
  @Field(() => ID)
  candidateId: string;

  @Field({ description: '姓名（脱敏）/ name, masked' })
  name: string;

  @Field({ description: '身份证号（脱敏）/ resident ID, masked' })
  residentId: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => Float, { description: '决定是否合格的成绩：汇总成绩，或各科目中最低的一科 / the deciding score: the summed one, or the lowest subject' })
  score: number;
}

export function passRuleOf(province: string): PassRule {
  return certificateRules(province).passRule.value!;
}

function checkScore(province: string, value: number, subject: string): number {
  const rule = passRuleOf(province);
  const problem = scoreProblem(rule, value);
  if (problem) throw new BadUserInputError(problem, { field: 'score' });
  if (!rule.subjects.includes(subject as never)) {
    throw new BadUserInputError(`本省考核科目为${rule.subjects.join('、')}${rule.scoring === 'SUMMED' ? '（一个汇总成绩）' : ''}，不含${subject} / subject must be one of ${rule.subjects.join(', ')}`, { field: 'subject' });
  }
  return Math.round(value * 10) / 10;
}

/** Subjects the batch scores (those with any score) and each candidate's scores by subject. */
export function scoresByCandidate(scores: Score[]): { subjects: string[]; byCandidate: Map<string, Map<string, number>> } {
  const subjects = [...new Set(scores.map((s) => s.subject))].sort();
  const byCandidate = new Map<string, Map<string, number>>();
  for (const s of scores) {
    if (!byCandidate.has(s.candidateId)) byCandidate.set(s.candidateId, new Map());
    byCandidate.get(s.candidateId)!.set(s.subject, s.score);
  }
  return { subjects, byCandidate };
}

/** Scores are entered by a member of the batch's panel (EXAMINER token whose subject is the examiner id). */
async function assertPanelMember(ctx: Ctx, batch: ExamBatch): Promise<void> {
  if (ctx.caller.role !== 'EXAMINER' || !ctx.caller.provinces.includes(batch.province)) throw new ForbiddenError('只有本批次考评组成员可录入成绩 / only the batch\'s panel members enter scores');
  const member = await ctx.db.getRepository(ExaminerBooking).findOneBy({ examBatchId: batch.id, examinerId: ctx.caller.subject });
  if (!member || member.role === 'SUPERVISOR') throw new ForbiddenError('只有本批次考评组成员可录入成绩 / only the batch\'s panel members enter scores');
}

@Resolver(() => ExamBatch)
export class ScoreResolver {
  @Authorized('EXAMINER')
  @Mutation(() => Score, { description: '录入成绩（考评组成员；成绩发布后锁定）/ enter a score' })
  async recordScore(
    @Arg('batchId', () => ID) batchId: string,
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('score', () => Float, { description: '0-100，最多一位小数' }) score: number,
    @Arg('subject', { defaultValue: 'PRACTICAL', description: 'THEORY 理论知识 | PRACTICAL 操作技能（辽宁只有一个汇总成绩）' }) subject: string,
    @Ctx() ctx: Ctx,
  ): Promise<Score> {
    const batch = await ctx.db.getRepository(ExamBatch).findOneBy({ id: batchId });
    if (!batch) throw new NotFoundError('考核批次 exam batch', batchId);
    await assertPanelMember(ctx, batch);
    if (batch.status !== 'IN_PROGRESS') throw new ConflictError(`批次状态为${batch.status}，只能在考核中录入成绩；发布后锁定 / scores are entered while the exam is in progress`, { status: batch.status });
    const candidate = await ctx.db.getRepository(Candidate).findOneBy({ id: candidateId, batchId });
    if (!candidate) throw new NotFoundError('考生 candidate', candidateId);
    const value = checkScore(batch.province, score, subject);
    return inTransaction(ctx.db, async (manager) => {
      if (await manager.existsBy(Score, { candidateId, projectId: candidate.projectId, subject })) throw new ConflictError('该科目成绩已录入，请用 correctScore 更正并说明理由 / already entered: use correctScore');
      const row = manager.create(Score, { id: crypto.randomUUID(), batchId, candidateId, projectId: candidate.projectId, subject, score: value, enteredBy: ctx.caller.subject, enteredAt: new Date() });
      await manager.insert(Score, row);
      return row;
    });
  }

  @Authorized('EXAMINER')
  @Mutation(() => Score, { description: '更正成绩：保留原值、更正人和理由；发布后锁定 / correct a score, keeping the old value' })
  async correctScore(@Arg('scoreId', () => ID) scoreId: string, @Arg('score', () => Float) score: number, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<Score> {
    const row = await ctx.db.getRepository(Score).findOneBy({ id: scoreId });
    if (!row) throw new NotFoundError('成绩 score', scoreId);
    const batch = (await ctx.db.getRepository(ExamBatch).findOneBy({ id: row.batchId }))!;
    await assertPanelMember(ctx, batch);
    if (batch.status === 'RESULTS_PUBLISHED') throw new ConflictError('成绩已发布，不能更正 / results are published: scores are locked', { status: batch.status });
    if (batch.status !== 'IN_PROGRESS' && batch.status !== 'SCORED') throw new ConflictError(`批次状态为${batch.status}，不能更正成绩`, { status: batch.status });
    const value = checkScore(batch.province, score, row.subject);
    const why = readReason(reason, true)!;
    return inTransaction(ctx.db, async (manager) => {
      await manager.insert(ScoreCorrection, { id: crypto.randomUUID(), scoreId, oldScore: row.score, newScore: value, correctedBy: ctx.caller.subject, reason: why, correctedAt: new Date() });
      await manager.update(Score, { id: scoreId }, { score: value });
      return manager.findOneByOrFail(Score, { id: scoreId });
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '评分完成（考核中→已评分）：须每名考生都有成绩；按考核结束日计算成绩上报、信息确认期限 / scoring complete' })
  async completeScoring(@Arg('id', () => ID) id: string, @Arg('reportedOn', () => DateScalar, { nullable: true, description: '成绩上报日（山东：考核结束后3个工作日内）' }) reportedOn: string | null, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const batch = await loadBatch(ctx, id);
    const [candidates, scores] = await Promise.all([ctx.db.getRepository(Candidate).countBy({ batchId: id }), ctx.db.getRepository(Score).find({ where: { batchId: id }, select: { subject: true, candidateId: true } as never })]);
    // Every candidate needs a score in every subject the batch scores (各科目).
    const subjects = Math.max(1, new Set(scores.map((s) => s.subject)).size);
    const missing = candidates * subjects - scores.length;
    if (batch.status === 'IN_PROGRESS' && missing > 0) throw new ConflictError(`尚有${missing}项科目成绩未录入 / ${missing} subject scores are missing`, { missing });
    // Deadlines count working days in the loaded calendar; a year not loaded yet refuses the move.
    return ctx.yearData.use((data) =>
      moveBatch(ctx, id, 'SCORED', {
        apply: async (b, manager) => {
          // Normally set when the exam started (deadlines exist from their starting event); kept for older batches.
          for (const kind of ['SCORE_REPORT', 'HOLDER_INFO_CONFIRMATION'] as const) {
            if (!(await manager.existsBy(BatchDeadline, { batchId: b.id, kind }))) await setDeadline(manager, b, kind, b.endDate, data.calendar);
          }
          if (reportedOn) await meetDeadline(manager, b.id, 'SCORE_REPORT', reportedOn);
        },
      }),
    );
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '发布成绩（已评分→成绩已发布）：成绩锁定；辽宁起算证书数据上网期限 / publish results' })
  async publishResults(@Arg('id', () => ID) id: string, @Arg('on', () => DateScalar, { nullable: true }) on: string | null, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const undated = await ctx.db.getRepository(ArchiveRecord).countBy({ batchId: id, retainUntil: IsNull() });
    if (undated) {
      throw new ConflictError(`${undated}份归档材料没有保存期限：本省通知未规定，须先由省里设定档案保存政策（setRetentionPolicy）/ set a retention policy before closing the batch`, { reason: 'NO_RETENTION_POLICY', undated });
    }
    return ctx.yearData.use((data) =>
      moveBatch(ctx, id, 'RESULTS_PUBLISHED', {
        apply: async (b, manager) => {
          await setDeadline(manager, b, 'CERTIFICATE_PUBLICATION', on ?? todayInChina(), data.calendar);
        },
      }),
    );
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '获证考生信息已确认（辽宁：考后10个工作日内）/ holder information confirmed' })
  async confirmHolderInfo(@Arg('id', () => ID) id: string, @Arg('on', () => DateScalar) on: string, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const batch = await loadBatch(ctx, id);
    return inTransaction(ctx.db, async (manager) => {
      await meetDeadline(manager, batch.id, 'HOLDER_INFO_CONFIRMATION', on);
      return batch;
    });
  }

  @FieldResolver(() => [Score], { nullable: true, description: '成绩（仅本省）/ scores. Bounded: one batch\'s candidates (see candidates) times its subjects.' })
  async scores(@Root() batch: ExamBatch, @Ctx() ctx: Ctx): Promise<Score[]> {
    if (ctx.caller.role !== 'NATIONAL_ADMIN' && !(ctx.caller.role === 'PROVINCE_OPERATOR' && ctx.caller.provinces.includes(batch.province))) throw new ForbiddenError('仅本省可查看成绩 / scores are visible to the province');
    return ctx.db.getRepository(Score).find({ where: { batchId: batch.id }, order: { candidateId: 'ASC' } });
  }

  @FieldResolver(() => [PassingCandidate], { nullable: true, description: '成绩发布后的合格考生（≥ 合格线），供发证 / passing candidates once results are published. Bounded: one batch\'s candidates (see candidates).' })
  async passingCandidates(@Root() batch: ExamBatch, @Ctx() ctx: Ctx): Promise<PassingCandidate[]> {
    if (batch.status !== 'RESULTS_PUBLISHED') return [];
    const rule = passRuleOf(batch.province);
    const [scores, candidates] = await Promise.all([ctx.db.getRepository(Score).findBy({ batchId: batch.id }), ctx.db.getRepository(Candidate).find({ where: { batchId: batch.id }, order: { id: 'ASC' } })]);
    const { subjects, byCandidate } = scoresByCandidate(scores);
    return candidates
      .filter((c) => candidatePasses(rule, subjects, byCandidate.get(c.id) ?? new Map()))
      .map((c) => ({ candidateId: c.id, name: maskName(c.name)!, residentId: maskIdNumber(c.residentId)!, projectId: c.projectId, score: Math.min(...byCandidate.get(c.id)!.values()) }));
  }
}

@Resolver(() => Score)
export class ScoreFieldsResolver {
  @FieldResolver(() => Boolean, { description: '是否合格（≥ 本省合格线）/ passed' })
  async passed(@Root() score: Score, @Ctx() ctx: Ctx): Promise<boolean> {
    const batch = await ctx.loaders.examBatchById.load(score.batchId);
    return score.score >= passRuleOf(batch!.province).passMark;
  }

  @FieldResolver(() => [ScoreCorrection], { description: '更正记录 / corrections. Bounded: the corrections of one score, each a deliberate act by a panel member, locked at publication.' })
  corrections(@Root() score: Score, @Ctx() ctx: Ctx): Promise<ScoreCorrection[]> {
    return ctx.db.getRepository(ScoreCorrection).find({ where: { scoreId: score.id }, order: { correctedAt: 'ASC' } });
  }
}
