import { ConnectionType, NotFoundError, ProvinceCodeEnum, paginate, parsePage, whereContains, type SubgraphContext } from '@skillfed/common';
import type { SelectQueryBuilder } from 'typeorm';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Project } from './project.entity';
import { ProjectsArgs, ProvinceProjectsArgs } from './project.input';
import type { Loaders } from './project.loader';
import { Province } from './province.type';
import { listProvinces } from '@skillfed/province-rules';

@ObjectType({ description: '项目分页列表 / a page of catalog projects' })
export class ProjectConnection extends ConnectionType(Project) {}

type Ctx = SubgraphContext<Loaders>;

function applyFilters(qb: SelectQueryBuilder<Project>, args: ProvinceProjectsArgs): SelectQueryBuilder<Project> {
  whereContains(qb, ['p.name'], args.search);
  if (args.origin) qb.andWhere('p.origin = :origin', { origin: args.origin });
  if (args.status) qb.andWhere('p.status = :status', { status: args.status });
  if (args.batch != null) qb.andWhere('p.batch = :batch', { batch: args.batch });
  return qb;
}

/** Catalogs are published information (目录向社会公布): anyone may read them. */
@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { nullable: true, description: '考核项目目录 / catalog projects, filterable' })
  async projects(@Args() args: ProjectsArgs, @Ctx() ctx: Ctx): Promise<ProjectConnection> {
    const qb = ctx.db.getRepository(Project).createQueryBuilder('p');
    if (args.province) qb.andWhere('p.province = :province', { province: args.province });
    return paginate(applyFilters(qb, args), 'p', parsePage(args));
  }

  @Query(() => Project, { nullable: true, description: '按 id 查项目 / one project' })
  async project(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<Project> {
    const project = await ctx.loaders.projectById.load(id);
    if (!project) throw new NotFoundError('项目 project', id);
    return project;
  }

  @FieldResolver(() => Province, { description: '所属省份 / province' })
  provinceInfo(@Root() project: Project): Province | null {
    return Province.byCode(project.province);
  }
}

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], { description: '全部省份 / every province with a rules module. Bounded: the provinces with a rules module.' })
  provinces(): Province[] {
    return listProvinces().map(Province.from);
  }

  @Query(() => Province, { nullable: true, description: '按代码查省份 / one province' })
  province(@Arg('code', () => ProvinceCodeEnum()) code: string): Province {
    const province = Province.byCode(code);
    if (!province) throw new NotFoundError('省份 province', code);
    return province;
  }

  @FieldResolver(() => ProjectConnection, { description: '本省目录中的项目 / the province\'s catalog' })
  async projects(@Root() province: Province, @Args() args: ProvinceProjectsArgs, @Ctx() ctx: Ctx): Promise<ProjectConnection> {
    const qb = ctx.db.getRepository(Project).createQueryBuilder('p').where('p.province = :province', { province: province.code });
    return paginate(applyFilters(qb, args), 'p', parsePage(args));
  }
}
