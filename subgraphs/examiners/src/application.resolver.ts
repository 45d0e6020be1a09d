import crypto from 'node:crypto';
import {
  assertProvinceAccess,
  BadUserInputError,
  ConflictError,
  ConnectionType,
  DateScalar,
  ensureSequence,
  inTransaction,
  NotFoundError,
  PageArgs,
  paginate,
  parsePage,
  ProvinceCodeEnum,
  scopeProvinceFilter,
  todayInChina,
  updateIfUnchanged,
  whereProvinceIn,
  type SubgraphContext,
} from '@skillfed/common';
import { examinerEligibility } from '@skillfed/province-rules';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ExaminerApplication } from './application.entity';
import { Card } from './card.entity';
import { issue } from './card.resolver';
import { evidenceOf, list, relationsOf } from './eligibility.service';
import { Examiner } from './examiner.entity';
import { ApplicationStatus, ReviewDecision, TrainingType } from './examiner.enums';
import type { Loaders } from './examiner.loader';
import { ProjectRef } from './references';

type Ctx = SubgraphContext<Loaders>;

@InputType({ description: '考评员资格申请（附件4）/ an examiner application' })
class SubmitApplicationInput {
  @Field(() => ID)
  examinerId: string;

  @Field({ description: '推荐单位 / recommending unit' })
  recommendingUnit: string;

  @Field(() => [ID], { description: '申请考评的项目 / projects applied for' })
  projectIds: string[];

  @Field(() => TrainingType, { defaultValue: 'FIRST' })
  trainingType: TrainingType;

  @Field(() => DateScalar, { nullable: true, description: '申报日期，默认今天' })
  appliedOn?: string | null;
}

@ArgsType()
class ApplicationsArgs extends PageArgs {
  @Field(() => ProvinceCodeEnum(), { nullable: true })
  province?: string | null;

  @Field(() => ApplicationStatus, { nullable: true })
  status?: ApplicationStatus | null;
}

@ObjectType({ description: '考评员申请分页列表 / a page of applications' })
export class ApplicationConnection extends ConnectionType(ExaminerApplication) {}

const NEXT: Record<ApplicationStatus, ApplicationStatus[]> = {
  SUBMITTED: ['REVIEW_PASSED', 'RETURNED'],
  REVIEW_PASSED: ['ASSESSED_PASSED', 'ASSESSED_FAILED'],
  ASSESSED_PASSED: ['CARD_ISSUED'],
  RETURNED: [],
  ASSESSED_FAILED: [],
  CARD_ISSUED: [],
};

function score(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) throw new BadUserInputError(`${field} 须为0-100的整数 / ${field} must be 0-100`, { field });
  return value;
}

/**
 * The centre reviews an application against the province's routes (辽就〔2023〕4号 四(五)2: 不符合申报条件者，
 * 将退回申报单位，不予培训), trains and assesses those who pass, and issues the card to those who pass that.
 */
@Resolver(() => ExaminerApplication)
export class ApplicationResolver {
  private async load(ctx: Ctx, id: string): Promise<ExaminerApplication> {
    const application = await ctx.db.getRepository(ExaminerApplication).findOneBy({ id });
    if (!application) throw new NotFoundError('考评员申请 application', id);
    assertProvinceAccess(ctx.caller, application.province);
    return application;
  }

  private async move(ctx: Ctx, application: ExaminerApplication, to: ApplicationStatus, changes: Partial<ExaminerApplication>): Promise<ExaminerApplication> {
    if (!NEXT[application.status].includes(to)) {
      throw new ConflictError(`申请状态为${application.status}，不能变为${to} / cannot move a ${application.status} application to ${to}`, { from: application.status, to, allowed: NEXT[application.status] });
    }
    return inTransaction(ctx.db, async (manager) => {
      await updateIfUnchanged(manager, ExaminerApplication, { id: application.id, status: application.status }, { ...changes, status: to }, '考评员申请');
      return manager.findOneByOrFail(ExaminerApplication, { id: application.id });
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExaminerApplication, { description: '申报考评员资格（经推荐单位初审）/ submit an application' })
  async submitExaminerApplication(@Arg('input') input: SubmitApplicationInput, @Ctx() ctx: Ctx): Promise<ExaminerApplication> {
    const examiner = await ctx.loaders.examinerById.load(input.examinerId);
    if (!examiner) throw new NotFoundError('考评员 examiner', input.examinerId);
    assertProvinceAccess(ctx.caller, examiner.province);
    const unit = input.recommendingUnit.trim();
    if (!unit || [...unit].length > 200) throw new BadUserInputError('推荐单位须为1-200字 / recommendingUnit must be 1-200 characters', { field: 'recommendingUnit' });
    if (input.projectIds.length === 0) throw new BadUserInputError('须填写申请考评的项目 / name at least one project', { field: 'projectIds' });
    const application = Object.assign(new ExaminerApplication(), {
      id: crypto.randomUUID(),
      province: examiner.province,
      examinerId: examiner.id,
      recommendingUnit: unit,
      projectIds: [...new Set(input.projectIds)].join(','),
      appliedOn: input.appliedOn ?? todayInChina(),
      trainingType: input.trainingType,
      status: 'SUBMITTED' as const,
      returnReasonsText: '',
      publicKnowledgeScore: null,
      professionalKnowledgeScore: null,
      cardId: null,
    });
    return inTransaction(ctx.db, async (manager) => {
      await manager.insert(ExaminerApplication, application);
      return application;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExaminerApplication, { description: '复审：通过则参加培训；不符合条件则退回申报单位并说明原因 / review an application' })
  async reviewExaminerApplication(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('reasons', () => [String], { defaultValue: [] }) reasons: string[],
    @Ctx() ctx: Ctx,
  ): Promise<ExaminerApplication> {
    const application = await this.load(ctx, id);
    if (decision === 'RETURN') {
      const why = reasons.map((r) => r.trim()).filter(Boolean);
      if (!why.length) throw new BadUserInputError('退回须说明原因 / give the reasons for returning it', { field: 'reasons' });
      return this.move(ctx, application, 'RETURNED', { returnReasonsText: why.join('\n').slice(0, 2000) });
    }
    // Passing needs one route met for every project applied for (the card comes later, so it is not checked here).
    const [qualifications, cards] = await Promise.all([ctx.loaders.qualificationsByExaminer.load(application.examinerId), ctx.loaders.cardsByExaminer.load(application.examinerId)]);
    const evidence = evidenceOf(qualifications, cards);
    const unmet: string[] = [];
    for (const projectId of list(application.projectIds)) {
      const relation = await ctx.loaders.relations.load(`${application.province}|${projectId}`);
      const outcome = examinerEligibility(application.province, evidence, projectId, application.appliedOn, relationsOf(relation));
      if (!outcome.routes.some((r) => r.met)) unmet.push(`${projectId}：${outcome.routes.map((r) => r.reason).join('；') || '本省未规定资格条件'}`);
    }
    if (unmet.length) throw new ConflictError(`不符合申报条件，应退回：${unmet.join(' | ')} / no route to eligibility is met`, { unmet });
    return this.move(ctx, application, 'REVIEW_PASSED', {});
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExaminerApplication, { description: '登记培训考核成绩及结论 / record the training assessment' })
  async recordExaminerAssessment(
    @Arg('id', () => ID) id: string,
    @Arg('publicKnowledgeScore', () => Int) publicKnowledgeScore: number,
    @Arg('professionalKnowledgeScore', () => Int) professionalKnowledgeScore: number,
    @Arg('passed', { description: '省考试中心的考核结论（通知未规定分数线）/ the centre\'s verdict; the notice sets no pass mark' }) passed: boolean,
    @Ctx() ctx: Ctx,
  ): Promise<ExaminerApplication> {
    const application = await this.load(ctx, id);
    return this.move(ctx, application, passed ? 'ASSESSED_PASSED' : 'ASSESSED_FAILED', {
      publicKnowledgeScore: score('publicKnowledgeScore', publicKnowledgeScore),
      professionalKnowledgeScore: score('professionalKnowledgeScore', professionalKnowledgeScore),
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExaminerApplication, { description: '考核通过者颁发证卡 / issue the card to a passed applicant' })
  async issueCardForApplication(@Arg('id', () => ID) id: string, @Arg('issuedOn', () => DateScalar) issuedOn: string, @Arg('validUntil', () => DateScalar, { nullable: true }) validUntil: string | null, @Ctx() ctx: Ctx): Promise<ExaminerApplication> {
    const application = await this.load(ctx, id);
    if (application.status !== 'ASSESSED_PASSED') return this.move(ctx, application, 'CARD_ISSUED', {});
    const examiner = (await ctx.loaders.examinerById.load(application.examinerId))!;
    await ensureSequence(ctx.db, `card:${application.province}:${issuedOn.slice(0, 4)}`);
    return inTransaction(ctx.db, async (manager) => {
      const card = await issue(manager, examiner, { examinerId: examiner.id, kind: 'EXAMINER', projectIds: list(application.projectIds), issuedOn, validUntil, trainingType: application.trainingType }, null);
      await updateIfUnchanged(manager, ExaminerApplication, { id, status: 'ASSESSED_PASSED' }, { status: 'CARD_ISSUED', cardId: card.id }, '考评员申请');
      return manager.findOneByOrFail(ExaminerApplication, { id });
    });
  }

  @Authorized()
  @Query(() => ApplicationConnection, { nullable: true, description: '考评员申请（省级经办人仅本省）/ examiner applications' })
  examinerApplications(@Args() args: ApplicationsArgs, @Ctx() ctx: Ctx): Promise<ApplicationConnection> {
    const qb = ctx.db.getRepository(ExaminerApplication).createQueryBuilder('a');
    whereProvinceIn(qb, 'a', scopeProvinceFilter(ctx.caller, args.province));
    if (args.status) qb.andWhere('a.status = :status', { status: args.status });
    return paginate(qb, 'a', parsePage(args));
  }

  @FieldResolver(() => Examiner, { nullable: true, description: '申请人 / applicant' })
  applicant(@Root() application: ExaminerApplication, @Ctx() ctx: Ctx): Promise<Examiner | null> {
    return ctx.loaders.examinerById.load(application.examinerId);
  }

  @FieldResolver(() => [ProjectRef], { description: '申请考评的项目 / projects applied for. Bounded: the projects of one application (an input list, at most 1000 by input hygiene).' })
  projects(@Root() application: ExaminerApplication): ProjectRef[] {
    return list(application.projectIds).map((id) => ({ id }));
  }

  @FieldResolver(() => [String], { description: '退回原因 / why it was returned. Bounded: the route checks of one review.' })
  returnReasons(@Root() application: ExaminerApplication): string[] {
    return application.returnReasonsText ? application.returnReasonsText.split('\n') : [];
  }

  @FieldResolver(() => Card, { nullable: true })
  card(@Root() application: ExaminerApplication, @Ctx() ctx: Ctx): Promise<Card | null> {
    return application.cardId ? ctx.loaders.cardById.load(application.cardId) : Promise.resolve(null);
  }
}
