import {
  BadUserInputError,
  ConnectionType,
  MAX_PAGE_SIZE,
  NotFoundError,
  assertProvinceAccess,
  paginate,
  parsePage,
  scopeProvinceFilter,
  whereProvinceIn,
  type SubgraphContext,
} from '@skillfed/common';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ExamBatch } from './exam-batch.entity';
import { ExamBatchesArgs } from './exam-batch.input';
import type { Loaders } from './exam-batch.loader';
import { InstitutionRef, ProjectRef } from './references';

@ObjectType({ description: '考核批次分页列表 / a page of exam batches' })
export class ExamBatchConnection extends ConnectionType(ExamBatch) {}

type Ctx = SubgraphContext<Loaders>;

@Resolver(() => ExamBatch)
export class ExamBatchResolver {
  @Authorized()
  @Query(() => ExamBatchConnection, { nullable: true, description: '考核批次（需登录；省级经办人仅本省）/ exam batches, scoped to the caller\'s provinces' })
  async examBatches(@Args() args: ExamBatchesArgs, @Ctx() ctx: Ctx): Promise<ExamBatchConnection> {
    const page = parsePage(args);
    if (args.from && args.to && args.from > args.to) throw new BadUserInputError('from 不能晚于 to / `from` is after `to`', { field: 'from' });
    const qb = ctx.db.getRepository(ExamBatch).createQueryBuilder('b');
    whereProvinceIn(qb, 'b', scopeProvinceFilter(ctx.caller, args.province));
    if (args.institutionId) qb.andWhere('b.institutionId = :institutionId', { institutionId: args.institutionId });
    if (args.projectId) qb.andWhere('b.projectId = :projectId', { projectId: args.projectId });
    if (args.status) qb.andWhere('b.status = :status', { status: args.status });
    if (args.from) qb.andWhere('b.startDate >= :from', { from: args.from });
    if (args.to) qb.andWhere('b.startDate <= :to', { to: args.to });
    return paginate(qb, 'b', page);
  }

  @Authorized()
  @Query(() => ExamBatch, { nullable: true, description: '按 id 查批次 / one exam batch' })
  async examBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<ExamBatch> {
    const batch = await ctx.loaders.examBatchById.load(id);
    if (!batch) throw new NotFoundError('考核批次 exam batch', id);
    assertProvinceAccess(ctx.caller, batch.province);
    return batch;
  }

  @FieldResolver(() => InstitutionRef, { nullable: true, description: '实施机构 / institution (institutions subgraph)' })
  institution(@Root() batch: ExamBatch): InstitutionRef {
    return { id: batch.institutionId };
  }

  @FieldResolver(() => ProjectRef, { nullable: true, description: '考核项目 / project (catalog subgraph)' })
  project(@Root() batch: ExamBatch): ProjectRef {
    return { id: batch.projectId };
  }
}

@Resolver(() => ProjectRef)
export class ProjectExamBatchesResolver {
  @Authorized()
  @FieldResolver(() => [ExamBatch], { nullable: true, description: '该项目的考核批次（本省范围内，按 id 排序前 first 个）/ batches of this project visible to the caller. Bounded: by first (1-100) per project.' })
  examBatches(@Root() project: ProjectRef, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Ctx): Promise<ExamBatch[]> {
    if (first < 1 || first > MAX_PAGE_SIZE) throw new BadUserInputError(`first 须在 1 到 ${MAX_PAGE_SIZE} 之间 / first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
    return ctx.loaders.examBatchesByProject(first).load(project.id);
  }
}
