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
import { trackRules } from '@skillfed/province-rules';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { IsNull } from 'typeorm';
import { ArchiveRecord } from './archive.entity';
import { ExaminerBooking } from './booking.entity';
import { loadBatch, meetDeadline, moveBatch, setDeadline } from './declaration.service';
import { ExamBatch } from './exam-batch.entity';
import type { Loaders } from './exam-batch.loader';
import { Score, ScoreCorrection } from './score.entity';
import { Candidate } from './workflow.entity';

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

  @Field(() => Int)
  score: number;
}

function checkScore(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) throw new BadUserInputError(`成绩须为0-100的整数（百分制），实际为${value} / a score is an integer 0-100`, { field: 'score' });
  return value;
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
  async recordScore(@Arg('batchId', () => ID) batchId: string, @Arg('candidateId', () => ID) candidateId: string, @Arg('score', () => Int) score: number, @Ctx() ctx: Ctx): Promise<Score> {
    const batch = await ctx.db.getRepository(ExamBatch).findOneBy({ id: batchId });
    if (!batch) throw new NotFoundError('考核批次 exam batch', batchId);
    await assertPanelMember(ctx, batch);
    if (batch.status !== 'IN_PROGRESS') throw new ConflictError(`批次状态为${batch.status}，只能在考核中录入成绩；发布后锁定 / scores are entered while the exam is in progress`, { status: batch.status });
    const candidate = await ctx.db.getRepository(Candidate).findOneBy({ id: candidateId, batchId });
    if (!candidate) throw new NotFoundError('考生 candidate', candidateId);
    const value = checkScore(score);
    return inTransaction(ctx.db, async (manager) => {
      if (await manager.existsBy(Score, { candidateId, projectId: candidate.projectId })) throw new ConflictError('成绩已录入，请用 correctScore 更正并说明理由 / already entered: use correctScore');
      const row = manager.create(Score, { id: crypto.randomUUID(), batchId, candidateId, projectId: candidate.projectId, score: value, enteredBy: ctx.caller.subject, enteredAt: new Date() });
      await manager.insert(Score, row);
      return row;
    });
  }

  @Authorized('EXAMINER')
  @Mutation(() => Score, { description: '更正成绩：保留原值、更正人和理由；发布后锁定 / correct a score, keeping the old value' })
  async correctScore(@Arg('scoreId', () => ID) scoreId: string, @Arg('score', () => Int) score: number, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<Score> {
    const row = await ctx.db.getRepository(Score).findOneBy({ id: scoreId });
    if (!row) throw new NotFoundError('成绩 score', scoreId);
    const batch = (await ctx.db.getRepository(ExamBatch).findOneBy({ id: row.batchId }))!;
    await assertPanelMember(ctx, batch);
    if (batch.status === 'RESULTS_PUBLISHED') throw new ConflictError('成绩已发布，不能更正 / results are published: scores are locked', { status: batch.status });
    if (batch.status !== 'IN_PROGRESS' && batch.status !== 'SCORED') throw new ConflictError(`批次状态为${batch.status}，不能更正成绩`, { status: batch.status });
    const value = checkScore(score);
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
    const [candidates, scores] = await Promise.all([ctx.db.getRepository(Candidate).countBy({ batchId: id }), ctx.db.getRepository(Score).countBy({ batchId: id })]);
    if (batch.status === 'IN_PROGRESS' && scores < candidates) throw new ConflictError(`尚有${candidates - scores}名考生未录入成绩 / ${candidates - scores} candidates have no score`, { missing: candidates - scores });
    return moveBatch(ctx, id, 'SCORED', {
      apply: async (b, manager) => {
        await setDeadline(manager, b, 'SCORE_REPORT', b.endDate);
        await setDeadline(manager, b, 'HOLDER_INFO_CONFIRMATION', b.endDate);
        if (reportedOn) await meetDeadline(manager, b.id, 'SCORE_REPORT', reportedOn);
      },
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '发布成绩（已评分→成绩已发布）：成绩锁定；辽宁起算证书数据上网期限 / publish results' })
  async publishResults(@Arg('id', () => ID) id: string, @Arg('on', () => DateScalar, { nullable: true }) on: string | null, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const undated = await ctx.db.getRepository(ArchiveRecord).countBy({ batchId: id, retainUntil: IsNull() });
    if (undated) {
      throw new ConflictError(`${undated}份归档材料没有保存期限：本省通知未规定，须先由省里设定档案保存政策（setRetentionPolicy）/ set a retention policy before closing the batch`, { reason: 'NO_RETENTION_POLICY', undated });
    }
    return moveBatch(ctx, id, 'RESULTS_PUBLISHED', {
      apply: async (b, manager) => {
        await setDeadline(manager, b, 'CERTIFICATE_PUBLICATION', on ?? todayInChina());
      },
    });
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

  @FieldResolver(() => [Score], { nullable: true, description: '成绩（仅本省）/ scores' })
  async scores(@Root() batch: ExamBatch, @Ctx() ctx: Ctx): Promise<Score[]> {
    if (ctx.caller.role !== 'NATIONAL_ADMIN' && !(ctx.caller.role === 'PROVINCE_OPERATOR' && ctx.caller.provinces.includes(batch.province))) throw new ForbiddenError('仅本省可查看成绩 / scores are visible to the province');
    return ctx.db.getRepository(Score).find({ where: { batchId: batch.id }, order: { candidateId: 'ASC' } });
  }

  @FieldResolver(() => [PassingCandidate], { nullable: true, description: '成绩发布后的合格考生（≥ 合格线），供发证 / passing candidates once results are published' })
  async passingCandidates(@Root() batch: ExamBatch, @Ctx() ctx: Ctx): Promise<PassingCandidate[]> {
    if (batch.status !== 'RESULTS_PUBLISHED') return [];
    const pass = trackRules(batch.province).passScore.value ?? 60;
    const [scores, candidates] = await Promise.all([ctx.db.getRepository(Score).findBy({ batchId: batch.id }), ctx.db.getRepository(Candidate).findBy({ batchId: batch.id })]);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    return scores
      .filter((s) => s.score >= pass)
      .sort((a, b) => (a.candidateId < b.candidateId ? -1 : 1))
      .map((s) => ({ candidateId: s.candidateId, name: maskName(byId.get(s.candidateId)!.name)!, residentId: maskIdNumber(byId.get(s.candidateId)!.residentId)!, projectId: s.projectId, score: s.score }));
  }
}

@Resolver(() => Score)
export class ScoreFieldsResolver {
  @FieldResolver(() => Boolean, { description: '是否合格（≥ 本省合格线）/ passed' })
  async passed(@Root() score: Score, @Ctx() ctx: Ctx): Promise<boolean> {
    const batch = await ctx.loaders.examBatchById.load(score.batchId);
    return score.score >= (trackRules(batch!.province).passScore.value ?? 60);
  }

  @FieldResolver(() => [ScoreCorrection], { description: '更正记录 / corrections' })
  corrections(@Root() score: Score, @Ctx() ctx: Ctx): Promise<ScoreCorrection[]> {
    return ctx.db.getRepository(ScoreCorrection).find({ where: { scoreId: score.id }, order: { correctedAt: 'ASC' } });
  }
}
