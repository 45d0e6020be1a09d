import crypto from 'node:crypto';
import { BadUserInputError, ConflictError, DateScalar, NotFoundError, inTransaction, readReason, recordAudit, todayInChina, updateIfUnchanged, type SubgraphContext } from '@skillfed/common';
import { occupationLevelRefusal, trackRules } from '@skillfed/province-rules';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { FilingScopeItem } from './filing.entity';
import { ScopeOccupationInput } from './filing.input';
import { assertFilingAuthority, effectiveStatus, recordEvent } from './filing.service';
import { Institution } from './institution.entity';
import type { Loaders } from './institution.loader';

type Ctx = SubgraphContext<Loaders>;

/** The track's school rules on the filing term, or CONFLICT when the province's notice has none. */
function schoolRules(institution: Institution) {
  const rules = trackRules(institution.province, institution.track).schoolAssessment;
  if (!rules) throw new ConflictError('本省该类备案的通知未规定资质延期或增加职业（工种）/ the notice provides no extension or additions for this filing');
  return rules;
}

/**
 * The filing term of a school (资质有效期): extension decided when the term ends, and occupations added
 * during the term through the filing authority (辽人社〔2020〕32号 四(二) and 四's last paragraph, as
 * the province's rules cite them).
 */
@Resolver(() => Institution)
export class FilingTermResolver {
  @Mutation(() => Institution, { description: '资质期满时决定是否延期（根据学校意愿、评估结果）：延期须写明新的有效期；不延期则为已过期 / decide at the end of the term whether to extend a filing' })
  async decideFilingExtension(
    @Arg('id', () => ID) id: string,
    @Arg('extend') extend: boolean,
    @Arg('validUntil', () => DateScalar, { nullable: true, description: '延期后的有效期至（通知未规定延期年限，须写明）' }) validUntil: string | null,
    @Arg('reason', { description: '学校意愿、评估结果等 / the school\'s wish and the evaluation' }) reason: string,
    @Arg('decidedOn', () => DateScalar, { nullable: true }) decidedOn: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<Institution> {
    const institution = await ctx.db.getRepository(Institution).findOneBy({ id });
    if (!institution) throw new NotFoundError('机构 institution', id);
    assertFilingAuthority(ctx.caller, institution.province);
    const rule = schoolRules(institution).filingExtension;
    const basis = `${rule.source.document} ${rule.source.section}`;
    if (!rule.value?.decidedAtExpiry) throw new ConflictError(`本省通知未规定资质延期（${basis}）/ no extension rule`);
    const why = readReason(reason, true)!;
    const on = decidedOn ?? todayInChina();
    if (!institution.filingValidUntil) throw new ConflictError('该备案没有有效期，无需延期 / the filing has no term');
    if (!['FILED', 'SUSPENDED', 'EXPIRED'].includes(institution.filingStatus)) throw new ConflictError(`备案状态为${institution.filingStatus}，不能延期 / only a filed, suspended or expired filing`, { status: institution.filingStatus });
    if (on < institution.filingValidUntil) throw new ConflictError(`资质期满（${institution.filingValidUntil}）时方可决定是否延期（${basis}）/ decided when the term ends`, { validUntil: institution.filingValidUntil });
    let changes: Partial<Institution>;
    let to: Institution['filingStatus'];
    if (extend) {
      if (!validUntil) throw new BadUserInputError(`通知未规定延期年限，须写明延期后的有效期（${basis}）/ give the new end date`, { field: 'validUntil' });
      if (validUntil <= institution.filingValidUntil || validUntil < on) throw new BadUserInputError('新的有效期须晚于原有效期和决定日期 / validUntil must be after the old term and the decision', { field: 'validUntil' });
      to = institution.filingStatus === 'SUSPENDED' ? 'SUSPENDED' : 'FILED';
      changes = { filingStatus: to, filingValidUntil: validUntil, updatedAt: new Date() };
    } else {
      to = 'EXPIRED';
      changes = { filingStatus: to, updatedAt: new Date() };
    }
    return inTransaction(ctx.db, async (manager) => {
      await updateIfUnchanged(manager, Institution, { id, filingStatus: institution.filingStatus }, changes, '备案状态');
      await recordEvent(manager, id, institution.filingStatus, to, ctx.caller, `${extend ? `延期至${validUntil}` : '不予延期'}：${why}（${basis}）`);
      await recordAudit(manager, ctx, { action: 'decideFilingExtension', targetType: 'Institution', targetId: id, province: institution.province });
      return manager.findOneByOrFail(Institution, { id });
    });
  }

  @Mutation(() => Institution, { description: '资质有效期内增加职业（工种）（参照备案程序核验后登记）/ add occupations to a school\'s filing during its term' })
  async addFilingOccupations(
    @Arg('institutionId', () => ID) institutionId: string,
    @Arg('occupations', () => [ScopeOccupationInput]) occupations: ScopeOccupationInput[],
    @Arg('reason', { description: '核验结论、文号 / the verification' }) reason: string,
    @Arg('approvedOn', () => DateScalar, { nullable: true }) approvedOn: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<Institution> {
    const institution = await ctx.db.getRepository(Institution).findOneBy({ id: institutionId });
    if (!institution) throw new NotFoundError('机构 institution', institutionId);
    assertFilingAuthority(ctx.caller, institution.province);
    const rule = schoolRules(institution).addOccupationsDuringTerm;
    const basis = `${rule.source.document} ${rule.source.section}`;
    if (!rule.value) throw new ConflictError(`本省通知未规定有效期内增加职业（${basis}）`);
    const why = readReason(reason, true)!;
    const on = approvedOn ?? todayInChina();
    if (effectiveStatus(institution, on) !== 'FILED') throw new ConflictError(`资质有效期内方可增加职业（工种）（${basis}）；当前为${effectiveStatus(institution, on)} / only during the term`, { status: effectiveStatus(institution, on) });
    if (occupations.length < 1 || occupations.length > 100) throw new BadUserInputError('每次增加1-100个职业（工种）', { field: 'occupations' });
    const problems: string[] = [];
    for (const o of occupations) {
      if (!/^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/.test(o.code)) problems.push(`职业编码“${o.code}”格式应为 X-XX-XX-XX`);
      if (!o.name?.trim() || [...o.name.trim()].length > 100) problems.push('职业名称须为1-100字');
      if (o.levelHighest > o.levelLowest) problems.push(`${o.name}：最高等级须不低于最低等级（1最高，5最低）`);
      for (const level of new Set([o.levelHighest, o.levelLowest])) {
        const refusal = occupationLevelRefusal(institution.province, institution.kind, level);
        if (refusal) problems.push(`${o.name}：${refusal}`);
      }
    }
    if (problems.length) throw new BadUserInputError(`增加的职业（工种）有误：${problems.join('；')}`, { field: 'occupations', violations: problems });
    return inTransaction(ctx.db, async (manager) => {
      const existing = await manager.findBy(FilingScopeItem, { institutionId });
      const key = (code: string | null, workType: string | null | undefined) => `${code}\u0000${workType?.trim() || ''}`;
      const have = new Set(existing.map((e) => key(e.occupationCode, e.workType)));
      const dup = occupations.filter((o) => have.has(key(o.code, o.workType)));
      if (dup.length) throw new ConflictError(`已在备案范围内：${dup.map((o) => o.name).join('、')} / already in the scope`);
      await manager.insert(
        FilingScopeItem,
        occupations.map((o) => ({ id: crypto.randomUUID(), institutionId, projectId: null, occupationCode: o.code, occupationName: o.name.trim(), workType: o.workType?.trim() || null, levelHighest: o.levelHighest, levelLowest: o.levelLowest })),
      );
      await recordEvent(manager, institutionId, 'FILED', 'FILED', ctx.caller, `增加职业（工种）：${occupations.map((o) => `${o.code} ${o.name}`).join('、')}；${why}（${basis}）`.slice(0, 500));
      await recordAudit(manager, ctx, { action: 'addFilingOccupations', targetType: 'Institution', targetId: institutionId, province: institution.province });
      return institution;
    });
  }
}
