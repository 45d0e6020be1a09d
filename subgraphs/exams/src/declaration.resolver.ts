import crypto from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  ConnectionType,
  DateScalar,
  PageArgs,
  paginate,
  parsePage,
  type Connection,
  ProvinceCodeEnum,
  assertProvinceAccess,
  ensureSequence,
  inTransaction,
  maskIdNumber,
  maskPhone,
  nextInSequence,
  scopeProvinceFilter,
  todayInChina,
  type SubgraphContext,
  noteUnmaskedRead,
} from '@skillfed/common';
import { getProvince } from '@skillfed/province-rules';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';

import { checkCandidate, MAX_CANDIDATES_PER_BATCH } from './candidate.service';
import { AddCandidateInput, CreateExamBatchInput } from './declaration.input';
import { assertSpecialAbilityInstitution, declarationCheck, loadBatch, meetDeadline, moveBatch, recordCreation, setDeadline } from './declaration.service';
import { ExamBatch } from './exam-batch.entity';
import type { Loaders } from './exam-batch.loader';
import { BatchDeadline, BatchEvent, Candidate } from './workflow.entity';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '逾期的期限 / a deadline that has passed unmet' })
class OverdueDeadline {
  @Field(() => ExamBatch)
  batch: ExamBatch;

  @Field(() => BatchDeadline)
  deadline: BatchDeadline;
}

@ObjectType({ description: '逾期未完成的期限（分页，最早到期在前）/ unmet deadlines past due, oldest first' })
class OverdueDeadlineConnection extends ConnectionType(OverdueDeadline) {}

/**
 * The batch spine: draft with candidates → declared (site, capacity, schedule checked) → under review →
 * roster approved, with rejection and cancellation; working-day deadlines stored and tracked.
 */
@Resolver(() => ExamBatch)
export class DeclarationResolver {
  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '新建考核批次（草稿）/ create a batch as a draft' })
  async createExamBatch(@Arg('input') input: CreateExamBatchInput, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    assertProvinceAccess(ctx.caller, input.province);
    if (input.endDate < input.startDate) throw new BadUserInputError('考核末日早于首日 / endDate is before startDate', { field: 'endDate' });
    await assertSpecialAbilityInstitution(ctx, input.province, input.institutionId);
    const year = input.startDate.slice(0, 4);
    const sequence = `batch:${input.province}:${year}`;
    await ensureSequence(ctx.db, sequence);
    return inTransaction(ctx.db, async (manager) => {
      const serial = await nextInSequence(manager, sequence);
      const now = new Date();
      const batch = manager.create(ExamBatch, {
        id: crypto.randomUUID(),
        code: `${getProvince(input.province).identity.divisionCode.slice(0, 2)}${year}${String(serial).padStart(5, '0')}`,
        province: input.province,
        institutionId: input.institutionId,
        siteId: input.siteId,
        projectId: input.projectId,
        startDate: input.startDate,
        endDate: input.endDate,
        candidateCount: 0,
        status: 'DRAFT',
        mode: input.mode,
        declaredOn: null,
        statusReason: null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(ExamBatch, batch);
      await recordCreation(manager, ctx, batch.id);
      return batch;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Candidate, { description: '登记考生（草稿阶段）/ register a candidate while the batch is a draft' })
  async addCandidate(@Arg('batchId', () => ID) batchId: string, @Arg('input') input: AddCandidateInput, @Ctx() ctx: Ctx): Promise<Candidate> {
    const batch = await loadBatch(ctx, batchId);
    if (batch.status !== 'DRAFT') throw new ConflictError('只能在草稿阶段登记考生 / candidates are registered while the batch is a draft', { status: batch.status });
    const { problems, candidate: checked } = checkCandidate(batch, input);
    if (problems.length) throw new BadUserInputError(problems[0].reason, { field: problems[0].field });
    const c = checked!;
    return inTransaction(ctx.db, async (manager) => {
      if (await manager.existsBy(Candidate, { batchId, projectId: c.projectId, residentIdBidx: c.residentIdBidx })) {
        throw new ConflictError('该考生已登记本批次同一项目 / this person is already registered for the project in this batch');
      }
      const count = await manager.countBy(Candidate, { batchId });
      if (count >= MAX_CANDIDATES_PER_BATCH) throw new ConflictError(`每批次最多${MAX_CANDIDATES_PER_BATCH}名考生 / a batch holds at most ${MAX_CANDIDATES_PER_BATCH} candidates`, { limit: MAX_CANDIDATES_PER_BATCH });
      const candidate = manager.create(Candidate, { id: crypto.randomUUID(), batchId, ...c });
      await manager.insert(Candidate, candidate);
      await manager.update(ExamBatch, { id: batchId }, { candidateCount: count + 1, updatedAt: new Date() });
      return candidate;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '申报（草稿→已申报）：检查考场、工位、辽宁考核安排，计算审核期限 / declare a batch' })
  async declareExamBatch(@Arg('id', () => ID) id: string, @Arg('declaredOn', () => DateScalar, { nullable: true }) declaredOn: string | null, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const batch = await loadBatch(ctx, id);
    const on = declaredOn ?? todayInChina();
    let cityCode = batch.cityCode;
    if (batch.status === 'DRAFT') {
      const candidates = await ctx.db.getRepository(Candidate).findBy({ batchId: id });
      const check = await declarationCheck(ctx, batch, on, candidates);
      if (check.violations.length) throw new ConflictError(`不能申报：${check.violations.join('；')}`, { violations: check.violations });
      cityCode = check.cityCode;
    }
    return ctx.yearData.use((data) =>
      moveBatch(ctx, id, 'DECLARED', {
        apply: async (b, manager) => {
          b.cityCode = cityCode;
          await setDeadline(manager, b, 'CANDIDATE_REVIEW', on, data.calendar);
          return { declaredOn: on, cityCode };
        },
      }),
    );
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '开始审核考生（已申报→审核中）' })
  startBatchReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    return moveBatch(ctx, id, 'UNDER_REVIEW');
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '审核通过，形成花名册（审核中→审核通过）；考生审核期限完成' })
  approveRoster(@Arg('id', () => ID) id: string, @Arg('on', () => DateScalar, { nullable: true }) on: string | null, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    return moveBatch(ctx, id, 'APPROVED', { apply: async (b, manager) => meetDeadline(manager, b.id, 'CANDIDATE_REVIEW', on ?? todayInChina()) });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '退回（已申报/审核中→已退回），须说明理由' })
  rejectExamBatch(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    return moveBatch(ctx, id, 'REJECTED', { reason, reasonRequired: true });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '取消（考核开始前），须说明理由' })
  cancelExamBatch(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    return moveBatch(ctx, id, 'CANCELLED', { reason, reasonRequired: true });
  }

  @Authorized()
  @Query(() => OverdueDeadlineConnection, { description: '逾期未完成的期限（含依据；最早到期在前，分页）/ every unmet deadline past its due date, oldest first, paged' })
  async overdue(
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Args() args: PageArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Connection<OverdueDeadline>> {
    scopeProvinceFilter(ctx.caller, province);
    const page = parsePage(args);
    const qb = ctx.db
      .getRepository(BatchDeadline)
      .createQueryBuilder('d')
      .innerJoin(ExamBatch, 'b', 'b.id = d.batchId')
      .where('b.province = :province', { province })
      .andWhere('b.status NOT IN (:...closed)', { closed: ['REJECTED', 'CANCELLED'] })
      // As of a past date, a deadline met only later was overdue then.
      .andWhere('(d.metOn IS NULL OR d.metOn > :asOf)')
      .andWhere('d.dueDate < :asOf', { asOf: asOf ?? todayInChina() });
    const deadlines = await paginate(qb, 'd', page, { orderBy: [{ column: 'd.dueDate', property: 'dueDate' }] });
    const batches = await Promise.all(deadlines.nodes.map((r) => ctx.loaders.examBatchById.load(r.batchId)));
    return {
      get totalCount() {
        return deadlines.totalCount;
      },
      nodes: deadlines.nodes.map((deadline, i) => ({ deadline, batch: batches[i]! })),
      pageInfo: deadlines.pageInfo,
    };
  }

  @FieldResolver(() => [BatchEvent], { nullable: true, description: '状态记录 / history. Bounded: the moves of one batch through its state machine.' })
  history(@Root() batch: ExamBatch, @Ctx() ctx: Ctx): Promise<BatchEvent[]> {
    assertProvinceAccess(ctx.caller, batch.province);
    return ctx.db.getRepository(BatchEvent).find({ where: { batchId: batch.id }, order: { step: 'ASC' } });
  }

  @FieldResolver(() => [BatchDeadline], { nullable: true, description: '期限 / deadlines. Bounded: one per deadline kind (four) of one batch.' })
  deadlines(@Root() batch: ExamBatch, @Ctx() ctx: Ctx): Promise<BatchDeadline[]> {
    assertProvinceAccess(ctx.caller, batch.province);
    return ctx.db.getRepository(BatchDeadline).find({ where: { batchId: batch.id }, order: { dueDate: 'ASC' } });
  }

  @FieldResolver(() => [Candidate], { nullable: true, description: '考生（仅本省）/ candidates (own province). Bounded: one batch\'s candidates, at most MAX_CANDIDATES_PER_BATCH (1000) and at declaration the site\'s workstations.' })
  candidates(@Root() batch: ExamBatch, @Ctx() ctx: Ctx): Promise<Candidate[]> {
    assertProvinceAccess(ctx.caller, batch.province);
    return ctx.db.getRepository(Candidate).find({ where: { batchId: batch.id }, order: { id: 'ASC' } });
  }
}

@Resolver(() => Candidate)
export class CandidateResolver {
  @FieldResolver(() => String, { description: '姓名 / name' })
  name(@Root() c: Candidate, @Ctx() ctx: Ctx): string {
    // Candidates are reached through their batch, which already checked the province.
    noteUnmaskedRead(ctx, { targetType: 'Candidate', targetId: c.id, field: 'name' });
    return c.name;
  }

  @FieldResolver(() => String, { description: '身份证号（脱敏）/ resident ID, masked' })
  residentId(@Root() c: Candidate): string {
    return maskIdNumber(c.residentId)!;
  }

  @FieldResolver(() => String, { description: '手机号（脱敏）/ phone, masked' })
  phone(@Root() c: Candidate): string {
    return maskPhone(c.phone)!;
  }
}

