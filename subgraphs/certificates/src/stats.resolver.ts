import { ProvinceCodeEnum, StatsFilter, StatsGroupBy, readStats, readStatsFilter, scopeProvinceFilter, sumOf, type SubgraphContext } from '@skillfed/common';
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Loaders } from './certificate.loader';
import { InstitutionRef, ProjectRef } from './references';
import { CERTIFICATE_METRICS as M } from './stats.service';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '证书统计（一组汇总；未分组的维度为空）/ certificate figures for one group' })
export class CertificateStats {
  @Field(() => ProvinceCodeEnum(), { nullable: true })
  province: string | null;

  @Field(() => String, { nullable: true, description: '地市代码（空串 = 证书未记录地市）/ city code' })
  cityCode: string | null;

  @Field(() => InstitutionRef, { nullable: true })
  institution: InstitutionRef | null;

  @Field(() => ProjectRef, { nullable: true, description: '专项职业能力项目 / project (special ability)' })
  project: ProjectRef | null;

  @Field(() => String, { nullable: true, description: '项目 id，或职业代码/等级（如 6-02-01-01/L3）/ the project id, or occupation/level' })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  month: string | null;

  @Field(() => Int, { description: '发证数（按发证日所在月）/ certificates issued' })
  issued: number;

  @Field(() => Int, { description: '撤销数（按撤销日所在月）/ certificates revoked' })
  revoked: number;
}

@Resolver()
export class CertificateStatsResolver {
  @Authorized()
  @Query(() => [CertificateStats], { description: '证书统计（汇总表，不扫明细；省级经办人仅本省）/ certificate figures from the maintained summary tables. Bounded: one row per group of the summary counters that the filter leaves (provinces, cities, months, or the institutions or projects in scope).' })
  async certificateStats(
    @Arg('groupBy', () => StatsGroupBy, { defaultValue: 'PROVINCE' }) groupBy: StatsGroupBy,
    @Arg('filter', () => StatsFilter, { nullable: true }) filter: StatsFilter | null,
    @Ctx() ctx: Ctx,
  ): Promise<CertificateStats[]> {
    const q = readStatsFilter(filter, (requested) => {
      if (!requested) return scopeProvinceFilter(ctx.caller, null);
      for (const p of requested) scopeProvinceFilter(ctx.caller, p);
      return requested;
    });
    const buckets = await readStats(ctx.db.manager, Object.values(M), groupBy, q);
    return buckets.map((b) => ({
      province: b.key.province,
      cityCode: b.key.cityCode,
      institution: b.key.institutionId ? { id: b.key.institutionId } : null,
      project: b.key.subject && !b.key.subject.includes('/L') ? { id: b.key.subject } : null,
      subject: b.key.subject,
      month: b.key.month,
      issued: sumOf(b, M.ISSUED),
      revoked: sumOf(b, M.REVOKED),
    }));
  }
}
