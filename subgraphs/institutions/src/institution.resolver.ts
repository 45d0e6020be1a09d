import crypto from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  ConnectionType,
  inTransaction,
  todayInChina,
  ForbiddenError,
  NotFoundError,
  assertProvinceAccess,
  canActFor,
  maskPhone,
  paginate,
  parsePage,
  scopeProvinceFilter,
  whereContains,
  whereProvinceIn,
  type SubgraphContext,
  noteUnmaskedRead,
} from '@skillfed/common';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { addDays, filingEligibility, getProvince } from '@skillfed/province-rules';
import type { SelectQueryBuilder } from 'typeorm';
import { recordEvent } from './filing.service';
import { Institution } from './institution.entity';
import { FilingStatus, Track } from './institution.enums';
import { InstitutionsArgs, RegisterInstitutionInput, UpdateInstitutionContactInput } from './institution.input';
import type { Loaders } from './institution.loader';
import { requireText, validateCityCode, validateCreditCode, validatePhone } from './institution.validation';

@ObjectType({ description: '机构分页列表 / a page of institutions' })
export class InstitutionConnection extends ConnectionType(Institution) {}

type Ctx = SubgraphContext<Loaders>;

function asTrack(province: string, track: Track | null | undefined): Track {
  const tracks = getProvince(province).identity.tracks as Track[];
  if (!track) return tracks[0];
  if (!tracks.includes(track)) throw new BadUserInputError(`${getProvince(province).identity.name}没有该评价类别 / ${province} has no ${track} track`, { field: 'track' });
  return track;
}

/** Status filter that agrees with the Institution.filingStatus field: an ended term counts as EXPIRED. */
function whereEffectiveStatus(qb: SelectQueryBuilder<Institution>, status: FilingStatus, asOf: string): void {
  const ended = '(i.filingValidUntil IS NOT NULL AND i.filingValidUntil < :asOf)';
  if (status === 'EXPIRED') qb.andWhere(`(i.filingStatus = 'EXPIRED' OR (i.filingStatus IN ('FILED', 'SUSPENDED') AND ${ended}))`, { asOf });
  else if (status === 'FILED' || status === 'SUSPENDED') qb.andWhere(`i.filingStatus = :status AND NOT ${ended}`, { status, asOf });
  else qb.andWhere('i.filingStatus = :status', { status });
}

function assertCanSeeContacts(ctx: Ctx, institution: Institution): void {
  if (!canActFor(ctx.caller, institution.province)) {
    throw new ForbiddenError('仅本省经办人可查看机构联系信息 / contact details are visible to the institution\'s own province only');
  }
}

/**
 * Province scoping: a provincial operator lists and changes only its own province's institutions; asking
 * for another province (as a filter, by id, or in a mutation) is FORBIDDEN. Directory fields reached
 * through another subgraph (e.g. Certificate.institution) stay readable because they are published.
 */
@Resolver(() => Institution)
export class InstitutionResolver {
  @Authorized()
  @Query(() => InstitutionConnection, { nullable: true, description: '机构列表（需登录；省级经办人仅本省）/ institutions, scoped to the caller\'s provinces' })
  async institutions(@Args() args: InstitutionsArgs, @Ctx() ctx: Ctx): Promise<InstitutionConnection> {
    const page = parsePage(args);
    const qb = ctx.db.getRepository(Institution).createQueryBuilder('i');
    whereProvinceIn(qb, 'i', scopeProvinceFilter(ctx.caller, args.province));
    if (args.cityCode) qb.andWhere('i.cityCode = :cityCode', { cityCode: args.cityCode });
    if (args.kind) qb.andWhere('i.kind = :kind', { kind: args.kind });
    if (args.track) qb.andWhere('i.track = :track', { track: args.track });
    const asOf = args.asOf ?? todayInChina();
    if (args.filingStatus) whereEffectiveStatus(qb, args.filingStatus, asOf);
    if (args.expiringWithinDays != null) {
      if (!Number.isInteger(args.expiringWithinDays) || args.expiringWithinDays < 0 || args.expiringWithinDays > 3660) {
        throw new BadUserInputError('expiringWithinDays 须为0-3660 / expiringWithinDays must be 0-3660', { field: 'expiringWithinDays' });
      }
      qb.andWhere('i.filingStatus IN (:...live)', { live: ['FILED', 'SUSPENDED'] })
        .andWhere('i.filingValidUntil >= :asOf', { asOf })
        .andWhere('i.filingValidUntil <= :until', { until: addDays(asOf, args.expiringWithinDays) });
    }
    whereContains(qb, ['i.name'], args.search);
    return paginate(qb, 'i', page);
  }

  @Authorized()
  @Query(() => Institution, { nullable: true, description: '按 id 查机构；其他省份的机构返回 FORBIDDEN / one institution' })
  async institution(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<Institution> {
    const institution = await ctx.loaders.institutionById.load(id);
    if (!institution) throw new NotFoundError('机构 institution', id);
    assertProvinceAccess(ctx.caller, institution.province);
    return institution;
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Institution, { description: '登记机构，备案状态为“已申请” / register an institution; its filing starts as APPLIED' })
  async registerInstitution(@Arg('input') input: RegisterInstitutionInput, @Ctx() ctx: Ctx): Promise<Institution> {
    assertProvinceAccess(ctx.caller, input.province);
    const track = asTrack(input.province, input.track);
    const decision = filingEligibility(input.province, track, input.kind, input);
    if (!decision.eligible) {
      throw new BadUserInputError(`不符合备案条件：${decision.reason}`, { field: 'kind', reason: 'NOT_ELIGIBLE', source: { document: decision.source.document, section: decision.source.section } });
    }
    const now = new Date();
    const institution = ctx.db.getRepository(Institution).create({
      id: crypto.randomUUID(),
      province: input.province,
      cityCode: validateCityCode(input.province, input.cityCode),
      name: requireText('name', '机构名称', input.name, 200),
      kind: input.kind,
      track,
      priorProjectDevelopment: input.priorProjectDevelopment,
      priorProvincialAssessment: input.priorProvincialAssessment,
      filingValidUntil: null,
      sequenceCode: null,
      creditCode: validateCreditCode(input.creditCode),
      address: requireText('address', '地址', input.address, 300),
      contactName: requireText('contactName', '联系人', input.contactName, 50),
      contactPhone: validatePhone(input.contactPhone),
      filingStatus: FilingStatus.APPLIED,
      filingNumber: null,
      filedOn: null,
      createdAt: now,
      updatedAt: now,
    });
    return inTransaction(ctx.db, async (tx) => {
      const repo = tx.getRepository(Institution);
      const clash = await repo.findOneBy({ province: institution.province, creditCode: institution.creditCode });
      if (clash) throw new ConflictError('该省已登记此统一社会信用代码的机构 / an institution with this credit code is already registered in the province', { existingId: clash.id });
      await repo.insert(institution);
      await recordEvent(tx, institution.id, null, 'APPLIED', ctx.caller, '提交备案申请 / application');
      return institution;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Institution, { description: '修改机构联系信息（仅本省）/ change contact details (own province only)' })
  async updateInstitutionContact(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateInstitutionContactInput,
    @Ctx() ctx: Ctx,
  ): Promise<Institution> {
    return inTransaction(ctx.db, async (tx) => {
      const repo = tx.getRepository(Institution);
      const institution = await repo.findOneBy({ id });
      if (!institution) throw new NotFoundError('机构 institution', id);
      assertProvinceAccess(ctx.caller, institution.province);
      if (input.address != null) institution.address = requireText('address', '地址', input.address, 300);
      if (input.contactName != null) institution.contactName = requireText('contactName', '联系人', input.contactName, 50);
      if (input.contactPhone != null) institution.contactPhone = validatePhone(input.contactPhone);
      institution.updatedAt = new Date();
      return repo.save(institution);
    });
  }

  @FieldResolver(() => String, { nullable: true, description: '地址（仅本省经办人）/ address (own province only)' })
  address(@Root() institution: Institution, @Ctx() ctx: Ctx): string {
    assertCanSeeContacts(ctx, institution);
    return institution.address;
  }

  @FieldResolver(() => String, { nullable: true, description: '联系人（仅本省经办人）/ contact person (own province only)' })
  contactName(@Root() institution: Institution, @Ctx() ctx: Ctx): string {
    assertCanSeeContacts(ctx, institution);
    noteUnmaskedRead(ctx, { targetType: 'Institution', targetId: institution.id, province: institution.province, field: 'contactName' });
    return institution.contactName;
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话，已脱敏 / contact phone, masked (own province only)' })
  contactPhone(@Root() institution: Institution, @Ctx() ctx: Ctx): string | null {
    assertCanSeeContacts(ctx, institution);
    return maskPhone(institution.contactPhone);
  }
}
