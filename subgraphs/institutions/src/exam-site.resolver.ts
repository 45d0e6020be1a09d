import crypto from 'node:crypto';
import {
  assertProvinceAccess,
  BadUserInputError,
  ConflictError,
  ConnectionType,
  DateScalar,
  inTransaction,
  NotFoundError,
  paginate,
  parsePage,
  readReason,
  scopeProvinceFilter,
  todayInChina,
  updateIfUnchanged,
  whereContains,
  whereProvinceIn,
  type SubgraphContext,
} from '@skillfed/common';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ExamSite, ExamSiteProject } from './exam-site.entity';
import { AddExamSiteInput, ExamSitesArgs } from './exam-site.input';
import { siteViolations } from './exam-site.rules';
import { assertFilingAuthority, effectiveStatus } from './filing.service';
import { Institution } from './institution.entity';
import type { Loaders } from './institution.loader';
import { requireText } from './institution.validation';
import { ProjectRef } from './references';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '考场分页列表 / a page of exam sites' })
export class ExamSiteConnection extends ConnectionType(ExamSite) {}

@ObjectType({ description: '考场能否在某日承办考核 / whether a site can host an exam on a date' })
export class SiteAvailability {
  @Field()
  canHost: boolean;

  @Field(() => [String], { description: '不能承办的全部原因 / every reason it cannot. Bounded: the availability checks (a handful).' })
  reasons: string[];
}

@Resolver(() => ExamSite)
export class ExamSiteResolver {
  @Authorized()
  @Query(() => ExamSiteConnection, { nullable: true, description: '考场列表（省级经办人仅本省）/ exam sites' })
  async examSites(@Args() args: ExamSitesArgs, @Ctx() ctx: Ctx): Promise<ExamSiteConnection> {
    const qb = ctx.db.getRepository(ExamSite).createQueryBuilder('s');
    whereProvinceIn(qb, 's', scopeProvinceFilter(ctx.caller, args.province));
    if (args.institutionId) qb.andWhere('s.institutionId = :institutionId', { institutionId: args.institutionId });
    if (args.status) qb.andWhere('s.status = :status', { status: args.status });
    if (args.kind) qb.andWhere('s.kind = :kind', { kind: args.kind });
    if (args.cityCode) {
      qb.andWhere(`s.institutionId IN ${qb.subQuery().select('i.id').from(Institution, 'i').where('i.cityCode = :cityCode').getQuery()}`, { cityCode: args.cityCode });
    }
    whereContains(qb, ['s.name', 's.address'], args.search);
    return paginate(qb, 's', parsePage(args));
  }

  @Authorized()
  @Query(() => ExamSite, { nullable: true })
  async examSite(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<ExamSite> {
    const site = await ctx.loaders.siteById.load(id);
    if (!site) throw new NotFoundError('考场 exam site', id);
    assertProvinceAccess(ctx.caller, site.province);
    return site;
  }

  @Mutation(() => ExamSite, { description: '新增考场，按本省规则校验 / add an exam site, checked against the province\'s rules' })
  async addExamSite(@Arg('input') input: AddExamSiteInput, @Ctx() ctx: Ctx): Promise<ExamSite> {
    const institution = await ctx.loaders.institutionById.load(input.institutionId);
    if (!institution) throw new NotFoundError('机构 institution', input.institutionId);
    assertFilingAuthority(ctx.caller, institution.province);
    if (['REVOKED', 'EXPIRED'].includes(effectiveStatus(institution, todayInChina()))) throw new ConflictError('机构备案已撤销或过期 / the institution\'s filing is revoked or expired');
    const name = requireText('name', '考场名称', input.name, 200);
    const address = requireText('address', '考场地址', input.address, 300);
    const violations = siteViolations(institution, input);
    if (new Set(input.projectIds).size !== input.projectIds.length) violations.push('项目重复 / duplicate project');
    if (violations.length) throw new BadUserInputError(`考场不符合本省规定：${violations.join('；')}`, { field: 'input', violations });
    const now = new Date();
    const site: ExamSite = Object.assign(new ExamSite(), {
      id: crypto.randomUUID(),
      institutionId: institution.id,
      province: institution.province,
      name,
      address,
      kind: input.kind,
      restrictedArea: input.restrictedArea ?? null,
      approvedByCityCentre: input.approvedByCityCentre,
      workstations: input.workstations,
      videoMonitoring: input.videoMonitoring,
      agreementFrom: input.agreementFrom ?? null,
      agreementUntil: input.agreementUntil ?? null,
      status: 'ACTIVE',
      statusReason: null,
      createdAt: now,
      updatedAt: now,
    });
    await inTransaction(ctx.db, async (manager) => {
      await manager.insert(ExamSite, site);
      if (input.projectIds.length) await manager.insert(ExamSiteProject, input.projectIds.map((projectId) => ({ siteId: site.id, projectId })));
    });
    return site;
  }

  @Mutation(() => ExamSite, { description: '暂停考场 / suspend a site' })
  suspendExamSite(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<ExamSite> {
    return this.setStatus(ctx, id, 'SUSPENDED', reason);
  }

  @Mutation(() => ExamSite, { description: '恢复考场 / reinstate a site' })
  reinstateExamSite(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<ExamSite> {
    return this.setStatus(ctx, id, 'ACTIVE', reason);
  }

  private async setStatus(ctx: Ctx, id: string, status: 'ACTIVE' | 'SUSPENDED', reason: string): Promise<ExamSite> {
    const site = await ctx.loaders.siteById.load(id);
    if (!site) throw new NotFoundError('考场 exam site', id);
    assertFilingAuthority(ctx.caller, site.province);
    if (site.status === status) throw new ConflictError(`考场已是${status === 'ACTIVE' ? '启用' : '暂停'}状态 / the site is already ${status}`, { status });
    const statusReason = readReason(reason, true);
    return inTransaction(ctx.db, async (manager) => {
      await updateIfUnchanged(manager, ExamSite, { id, status: site.status }, { status, statusReason, updatedAt: new Date() }, '考场状态');
      return manager.findOneByOrFail(ExamSite, { id });
    });
  }

  @FieldResolver(() => Institution, { nullable: true, description: '所属机构 / institution' })
  institution(@Root() site: ExamSite, @Ctx() ctx: Ctx): Promise<Institution | null> {
    return ctx.loaders.institutionById.load(site.institutionId);
  }

  @FieldResolver(() => [ProjectRef], { description: '可开展的项目 / projects allowed. Bounded: the projects allowed at one site (an input list, at most 1000 by input hygiene).' })
  async projects(@Root() site: ExamSite, @Ctx() ctx: Ctx): Promise<ProjectRef[]> {
    return (await ctx.loaders.projectsBySite.load(site.id)).map((p) => ({ id: p.projectId }));
  }

  @FieldResolver(() => SiteAvailability, { description: '能否在某日承办这些项目的考核（供考核批次校验）/ can it host these projects on this date' })
  async availability(
    @Root() site: ExamSite,
    @Arg('date', () => DateScalar) date: string,
    @Arg('projectIds', () => [ID], { defaultValue: [] }) projectIds: string[],
    @Ctx() ctx: Ctx,
  ): Promise<SiteAvailability> {
    const [institution, projects] = await Promise.all([ctx.loaders.institutionById.load(site.institutionId), ctx.loaders.projectsBySite.load(site.id)]);
    const reasons: string[] = [];
    if (site.status === 'SUSPENDED') reasons.push(`考场已暂停：${site.statusReason ?? ''} / the site is suspended`);
    if (site.agreementFrom && date < site.agreementFrom) reasons.push(`考场协议${site.agreementFrom}起生效 / the agreement starts ${site.agreementFrom}`);
    if (site.agreementUntil && date > site.agreementUntil) reasons.push(`考场协议已于${site.agreementUntil}到期 / the agreement ended ${site.agreementUntil}`);
    const status = institution ? effectiveStatus(institution, date) : null;
    if (status !== 'FILED') reasons.push(`机构备案状态为${status ?? '不存在'}，须为已备案 / the institution's filing is ${status ?? 'missing'}`);
    const allowed = new Set(projects.map((p) => p.projectId));
    for (const projectId of projectIds) if (!allowed.has(projectId)) reasons.push(`考场未核准项目 ${projectId} / project not allowed at this site`);
    return { canHost: reasons.length === 0, reasons };
  }
}

@Resolver(() => Institution)
export class InstitutionSitesResolver {
  @FieldResolver(() => [ExamSite], { description: '考点/考场 / exam sites. Bounded: one institution\'s sites, each filed by its province.' })
  sites(@Root() institution: Institution, @Ctx() ctx: Ctx): Promise<ExamSite[]> {
    return ctx.loaders.sitesByInstitution.load(institution.id);
  }
}
