import crypto from 'node:crypto';
import {
  BadUserInputError,
  canActFor,
  ConflictError,
  ConnectionType,
  ForbiddenError,
  inTransaction,
  NotFoundError,
  paginate,
  parsePage,
  UnauthenticatedError,
  updateIfUnchanged,
  whereContains,
  type Caller,
  type SubgraphContext,
} from '@skillfed/common';
import { projectBatchRefusal } from '@skillfed/province-rules';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Occupation } from './occupation.entity';
import { Project } from './project.entity';
import { AssessmentMode, ProjectStatus } from './project.enums';
import { OccupationsArgs, ProposeProjectInput } from './project.input';
import type { Loaders } from './project.loader';

type Ctx = SubgraphContext<Loaders>;

const NEXT: Record<ProjectStatus, ProjectStatus[]> = { PROPOSED: ['APPROVED'], APPROVED: ['PUBLISHED'], PUBLISHED: ['RETIRED'], RETIRED: [] };
const ACTION: Record<ProjectStatus, string> = { PROPOSED: 'proposeProject', APPROVED: 'approveProject', PUBLISHED: 'publishProject', RETIRED: 'retireProject' };

/** A province's catalog is kept by its own centre: provincial operators of that province. */
function assertCatalogKeeper(caller: Caller, province: string): void {
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  if (caller.role !== 'PROVINCE_OPERATOR' || !canActFor(caller, province)) throw new ForbiddenError('目录由本省主管机关维护 / only the province\'s own operators keep its catalog');
}

@ObjectType({ description: '职业分页列表 / a page of occupations' })
export class OccupationConnection extends ConnectionType(Occupation) {}

@Resolver(() => Project)
export class ProjectLifecycleResolver {
  @Mutation(() => Project, { description: '申报新项目（已申报）/ propose a project' })
  async proposeProject(@Arg('input') input: ProposeProjectInput, @Ctx() ctx: Ctx): Promise<Project> {
    assertCatalogKeeper(ctx.caller, input.province);
    const code = input.code.trim();
    const name = input.name.trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(code)) throw new BadUserInputError('项目编码只能含字母、数字、点、横线、下划线，最多40位 / invalid code', { field: 'code' });
    if (!name || [...name].length > 200) throw new BadUserInputError('项目名称须为1-200字 / name must be 1-200 characters', { field: 'name' });
    const batchRefusal = projectBatchRefusal(input.province, input.batch);
    if (batchRefusal) throw new BadUserInputError(batchRefusal, { field: 'batch' });
    if (input.durationMinutes != null && (input.durationMinutes < 1 || input.durationMinutes > 1440)) throw new BadUserInputError('考核时长须为1-1440分钟 / duration must be 1-1440 minutes', { field: 'durationMinutes' });
    return inTransaction(ctx.db, async (manager) => {
      const clash = await manager.getRepository(Project).createQueryBuilder('p').where('p.province = :province', { province: input.province }).andWhere('(p.code = :code OR p.name = :name)', { code, name }).getOne();
      if (clash) throw new ConflictError(`本省已有编码或名称相同的项目：${clash.code} ${clash.name} / a project with this code or name exists`, { existingId: clash.id });
      const now = new Date();
      const project = manager.create(Project, {
        id: crypto.randomUUID(),
        province: input.province,
        code,
        name,
        seq: null,
        origin: null,
        batch: input.batch ?? null,
        status: 'PROPOSED',
        modes: [...new Set(input.modes)].join(','),
        theorySeparate: input.theorySeparate ?? null,
        durationMinutes: input.durationMinutes ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(Project, project);
      return project;
    });
  }

  @Mutation(() => Project, { description: '审定（已申报→已审定）' })
  approveProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<Project> {
    return this.move(ctx, id, 'APPROVED');
  }

  @Mutation(() => Project, { description: '发布（已审定→已发布）' })
  publishProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<Project> {
    return this.move(ctx, id, 'PUBLISHED');
  }

  @Mutation(() => Project, { description: '停用（已发布→已停用）' })
  retireProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<Project> {
    return this.move(ctx, id, 'RETIRED');
  }

  private async move(ctx: Ctx, id: string, to: ProjectStatus): Promise<Project> {
    const project = await ctx.db.getRepository(Project).findOneBy({ id });
    if (!project) throw new NotFoundError('项目 project', id);
    assertCatalogKeeper(ctx.caller, project.province);
    if (!NEXT[project.status].includes(to)) {
      const allowed = NEXT[project.status].map((s) => ACTION[s]).join('、') || '无（终态）';
      throw new ConflictError(`项目状态为${project.status}，不能变为${to}；可执行：${allowed} / illegal project transition`, { from: project.status, to, allowed: NEXT[project.status] });
    }
    return inTransaction(ctx.db, async (manager) => {
      await updateIfUnchanged(manager, Project, { id, status: project.status }, { status: to, updatedAt: new Date() }, '项目状态');
      return manager.findOneByOrFail(Project, { id });
    });
  }

  @FieldResolver(() => [AssessmentMode], { description: '考核方式 / assessment modes. Bounded: the assessment modes (a handful).' })
  modes(@Root() project: Project): AssessmentMode[] {
    return project.modes ? (project.modes.split(',') as AssessmentMode[]) : [];
  }
}

@Resolver(() => Occupation)
export class OccupationResolver {
  @Query(() => OccupationConnection, { nullable: true, description: '职业（工种）目录（公开）/ occupations' })
  occupations(@Args() args: OccupationsArgs, @Ctx() ctx: Ctx): Promise<OccupationConnection> {
    const qb = ctx.db.getRepository(Occupation).createQueryBuilder('o');
    whereContains(qb, ['o.name', 'o.workType'], args.search);
    if (args.codePrefix?.trim()) qb.andWhere('o.code LIKE :prefix', { prefix: `${args.codePrefix.trim().replace(/[%_]/g, '')}%` });
    return paginate(qb, 'o', parsePage(args));
  }
}
