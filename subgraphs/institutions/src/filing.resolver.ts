import crypto from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  canActFor,
  DateScalar,
  NotFoundError,
  ProvinceCodeEnum,
  inTransaction,
  todayInChina,
  type SubgraphContext,
} from '@skillfed/common';
import { occupationLevelRefusal, trackRules } from '@skillfed/province-rules';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Field, Resolver, Root } from 'type-graphql';
import { FilingEvent, FilingMaterialRecord, FilingMaterialStatus, FilingScopeItem, ScopeOccupation } from './filing.entity';
import { FilingScopeInput, ProvideMaterialInput } from './filing.input';
import { approveFiling, assertFilingAuthority, effectiveStatus, moveFiling, recordEvent } from './filing.service';
import { Institution } from './institution.entity';
import { FilingStatus } from './institution.enums';
import type { Loaders } from './institution.loader';
import { ProjectRef } from './references';
import { requireText } from './institution.validation';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '备案范围 / what a filed institution may assess' })
export class FilingScope {
  @Field(() => [ProjectRef], { description: '目录项目 / catalog projects. Bounded: one institution\'s filing scope (an input list, at most 1000 by input hygiene).' })
  projects: ProjectRef[];

  @Field(() => [ScopeOccupation], { description: '职业（工种）及等级范围 / occupations with levels. Bounded: one institution\'s filing scope (an input list, at most 1000 by input hygiene).' })
  occupations: ScopeOccupation[];
}


/**
 * The filing lifecycle: applied → under review → filed → suspended → revoked, or expired when the
 * term ends; returned to applied from review. Only the province's filing authority moves a filing.
 */
@Resolver(() => Institution)
export class FilingResolver {
  @Mutation(() => Institution, { description: '开始审核（已申请→审核中）/ start reviewing an application' })
  startFilingReview(@Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: Ctx): Promise<Institution> {
    return moveFiling(ctx, id, 'UNDER_REVIEW', { reason });
  }

  @Mutation(() => Institution, { description: '批准备案（审核中→已备案）：须材料齐全；赋备案号，按规则定有效期 / approve a filing' })
  approveFiling(@Arg('id', () => ID) id: string, @Arg('filedOn', () => DateScalar, { nullable: true, description: '备案日期，默认今天' }) filedOn: string | null, @Ctx() ctx: Ctx): Promise<Institution> {
    return approveFiling(ctx, id, filedOn);
  }

  @Mutation(() => Institution, { description: '退回补正（审核中→已申请）/ return an application for correction' })
  returnFiling(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<Institution> {
    return moveFiling(ctx, id, 'APPLIED', { reason, reasonRequired: true });
  }

  @Mutation(() => Institution, { description: '暂停（已备案→暂停）/ suspend a filing' })
  suspendFiling(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<Institution> {
    return moveFiling(ctx, id, 'SUSPENDED', { reason, reasonRequired: true });
  }

  @Mutation(() => Institution, { description: '恢复（暂停→已备案）/ reinstate a suspended filing' })
  reinstateFiling(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<Institution> {
    return moveFiling(ctx, id, 'FILED', { reason, reasonRequired: true });
  }

  @Mutation(() => Institution, { description: '撤销（已备案/暂停→已撤销）/ revoke a filing' })
  revokeFiling(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<Institution> {
    return moveFiling(ctx, id, 'REVOKED', { reason, reasonRequired: true });
  }

  @Mutation(() => Int, { description: '记录期满：将有效期已过的备案置为已过期，返回条数 / record ended terms as EXPIRED' })
  async expireFilings(
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<number> {
    assertFilingAuthority(ctx.caller, province);
    const today = asOf ?? todayInChina();
    return inTransaction(ctx.db, async (manager) => {
      const due = await manager
        .getRepository(Institution)
        .createQueryBuilder('i')
        .where('i.province = :province', { province })
        .andWhere('i.filingStatus IN (:...live)', { live: ['FILED', 'SUSPENDED'] })
        .andWhere('i.filingValidUntil < :today', { today })
        .getMany();
      for (const institution of due) {
        const result = await manager.update(Institution, { id: institution.id, filingStatus: institution.filingStatus }, { filingStatus: 'EXPIRED', updatedAt: new Date() });
        if (result.affected) await recordEvent(manager, institution.id, institution.filingStatus, 'EXPIRED', ctx.caller, `资质有效期至${institution.filingValidUntil}届满 / term ended`);
      }
      return due.length;
    });
  }

  @Mutation(() => Institution, { description: '登记已提交的备案材料 / record a filing material as provided' })
  async provideFilingMaterial(@Arg('input') input: ProvideMaterialInput, @Ctx() ctx: Ctx): Promise<Institution> {
    const institution = await ctx.loaders.institutionById.load(input.institutionId);
    if (!institution) throw new NotFoundError('机构 institution', input.institutionId);
    assertFilingAuthority(ctx.caller, institution.province);
    const required = trackRules(institution.province, institution.track).filing.materials.value ?? [];
    if (!required.some((m) => m.code === input.code)) {
      throw new BadUserInputError(`该省备案不需要材料“${input.code}”；应为：${required.map((m) => `${m.code}（${m.name}）`).join('、') || '无'} / unknown material code`, { field: 'code' });
    }
    const reference = requireText('reference', '材料说明', input.reference, 300);
    await inTransaction(ctx.db, async (manager) => {
      await manager.delete(FilingMaterialRecord, { institutionId: institution.id, code: input.code });
      await manager.insert(FilingMaterialRecord, { id: crypto.randomUUID(), institutionId: institution.id, code: input.code, reference, providedOn: input.providedOn ?? todayInChina() });
    });
    return institution;
  }

  @Mutation(() => Institution, { description: '设置备案范围（整体替换）/ set what the institution may assess' })
  async setFilingScope(@Arg('institutionId', () => ID) institutionId: string, @Arg('input') input: FilingScopeInput, @Ctx() ctx: Ctx): Promise<Institution> {
    const institution = await ctx.loaders.institutionById.load(institutionId);
    if (!institution) throw new NotFoundError('机构 institution', institutionId);
    assertFilingAuthority(ctx.caller, institution.province);
    if (['REVOKED', 'EXPIRED'].includes(effectiveStatus(institution, todayInChina()))) throw new ConflictError('备案已撤销或过期，不能修改范围 / the filing is revoked or expired');
    const problems: string[] = [];
    if (institution.track === 'SPECIAL_ABILITY' && input.occupations.length) problems.push('专项职业能力备案只能选择目录项目，不能选择职业等级 / special-ability filings take catalog projects only');
    if (institution.track === 'SKILL_LEVEL' && input.projectIds.length) problems.push('技能等级认定备案只能选择职业（工种）及等级 / skill-level filings take occupations only');
    for (const o of input.occupations) {
      if (!/^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/.test(o.code)) problems.push(`职业编码“${o.code}”格式应为 X-XX-XX-XX / occupation code must look like 6-18-01-01`);
      if (o.levelHighest > o.levelLowest) problems.push(`${o.name}：最高等级须不低于最低等级（1最高，5最低）/ levelHighest must be ≤ levelLowest`);
      for (const level of new Set([o.levelHighest, o.levelLowest])) {
        const refusal = occupationLevelRefusal(institution.province, institution.kind, level);
        if (refusal) problems.push(`${o.name}：${refusal}`);
      }
    }
    if (new Set(input.projectIds).size !== input.projectIds.length) problems.push('项目重复 / duplicate project');
    if (problems.length) throw new BadUserInputError(`备案范围有误：${problems.join('；')}`, { field: 'input', violations: problems });
    await inTransaction(ctx.db, async (manager) => {
      await manager.delete(FilingScopeItem, { institutionId });
      const rows = [
        ...input.projectIds.map((projectId) => ({ projectId, occupationCode: null, occupationName: null, workType: null, levelHighest: null, levelLowest: null })),
        ...input.occupations.map((o) => ({ projectId: null, occupationCode: o.code, occupationName: o.name.trim(), workType: o.workType?.trim() || null, levelHighest: o.levelHighest, levelLowest: o.levelLowest })),
      ];
      if (rows.length) await manager.insert(FilingScopeItem, rows.map((r) => ({ id: crypto.randomUUID(), institutionId, ...r })));
    });
    return institution;
  }

  @FieldResolver(() => FilingStatus, { description: '备案状态（有效期届满即为已过期）/ filing status; an ended term reads EXPIRED' })
  filingStatus(@Root() institution: Institution): FilingStatus {
    return effectiveStatus(institution, todayInChina());
  }

  @FieldResolver(() => [FilingEvent], { nullable: true, description: '备案过程记录（仅本省）/ filing history (own province). Bounded: the filing moves of one institution, each a deliberate act by its province.' })
  async filingHistory(@Root() institution: Institution, @Ctx() ctx: Ctx): Promise<FilingEvent[]> {
    assertCanSeeFiling(ctx, institution);
    return ctx.loaders.eventsByInstitution.load(institution.id);
  }

  @FieldResolver(() => [FilingMaterialStatus], { nullable: true, description: '本省要求的备案材料及提交情况（仅本省）/ required materials and whether provided. Bounded: the items the province\'s filing rule requires (at most a handful).' })
  async filingMaterials(@Root() institution: Institution, @Ctx() ctx: Ctx): Promise<FilingMaterialStatus[]> {
    assertCanSeeFiling(ctx, institution);
    const provided = new Map((await ctx.loaders.materialsByInstitution.load(institution.id)).map((m) => [m.code, m]));
    return (trackRules(institution.province, institution.track).filing.materials.value ?? []).map((m) => ({
      code: m.code,
      name: m.name,
      provided: provided.has(m.code),
      reference: provided.get(m.code)?.reference ?? null,
      providedOn: provided.get(m.code)?.providedOn ?? null,
    }));
  }

  @FieldResolver(() => FilingScope, { description: '备案范围 / what it may assess' })
  async scope(@Root() institution: Institution, @Ctx() ctx: Ctx): Promise<FilingScope> {
    const items = await ctx.loaders.scopeByInstitution.load(institution.id);
    return {
      projects: items.filter((i) => i.projectId).map((i) => ({ id: i.projectId! })),
      occupations: items
        .filter((i) => i.occupationCode)
        .map((i) => ({ code: i.occupationCode!, name: i.occupationName!, workType: i.workType, levelHighest: i.levelHighest!, levelLowest: i.levelLowest! })),
    };
  }
}

function assertCanSeeFiling(ctx: Ctx, institution: Institution): void {
  if (!canActFor(ctx.caller, institution.province)) throw new ForbiddenError('仅本省可查看备案过程 / the filing file is visible to its own province only');
}
