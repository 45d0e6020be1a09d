import crypto from 'node:crypto';
import {
  assertProvinceAccess,
  BadUserInputError,
  ConflictError,
  ConnectionType,
  DateScalar,
  ensureSequence,
  inTransaction,
  nextInSequence,
  NotFoundError,
  PageArgs,
  paginate,
  parsePage,
  ProvinceCodeEnum,
  readReason,
  scopeProvinceFilter,
  todayInChina,
  updateIfUnchanged,
  whereProvinceIn,
  type SubgraphContext,
} from '@skillfed/common';
import { addDays, addMonths, examinerCardYears, getProvince } from '@skillfed/province-rules';
import type { EntityManager } from 'typeorm';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Card } from './card.entity';
import { list } from './eligibility.service';
import { Examiner } from './examiner.entity';
import { CardKind, CardStatus } from './examiner.enums';
import type { Loaders } from './examiner.loader';
import { ProjectRef } from './references';
import { IssueCardInput } from './registry.input';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '证卡分页列表 / a page of cards' })
export class CardConnection extends ConnectionType(Card) {}

@ArgsType()
class CardsArgs extends PageArgs {
  @Field(() => ProvinceCodeEnum(), { nullable: true })
  province?: string | null;

  @Field(() => CardKind, { nullable: true })
  kind?: CardKind | null;

  @Field(() => String, { nullable: true, description: '证卡编号 / card number' })
  number?: string | null;

  @Field(() => Int, { nullable: true, description: 'N 天内到期的有效证卡 / valid cards ending within N days of asOf' })
  expiringWithinDays?: number | null;

  @Field(() => DateScalar, { nullable: true })
  asOf?: string | null;
}

/** Stored status, except that a valid card past its date reads EXPIRED. */
export function cardStatus(card: Card, on: string): CardStatus {
  return card.status === 'VALID' && on > card.validUntil ? 'EXPIRED' : card.status;
}

export async function issue(manager: EntityManager, examiner: Examiner, input: IssueCardInput, previousCardId: string | null): Promise<Card> {
  const years = examinerCardYears(examiner.province);
  const validUntil = years ? addDays(addMonths(input.issuedOn, years * 12), -1) : input.validUntil;
  if (!validUntil) throw new BadUserInputError(`${getProvince(examiner.province).identity.name}未规定证卡有效期，须填写 validUntil / the province states no card term: give validUntil`, { field: 'validUntil' });
  if (validUntil < input.issuedOn) throw new BadUserInputError('有效期至早于发证日 / validUntil is before issuedOn', { field: 'validUntil' });
  const projects = [...new Set(input.projectIds)];
  if (manager.connection.options.type === 'mysql') {
    // Serialise card issues per examiner, so two parallel requests cannot both pass the overlap check.
    await manager.getRepository(Examiner).createQueryBuilder('e').setLock('pessimistic_write').where('e.id = :id', { id: examiner.id }).getOne();
  }
  // One valid card per examiner, kind and project at any time (SQLite serialises writers already).
  const overlapping = (await manager.findBy(Card, { examinerId: examiner.id, kind: input.kind, status: 'VALID' })).find(
    (c) =>
      c.id !== previousCardId &&
      c.issuedOn <= validUntil &&
      c.validUntil >= input.issuedOn &&
      (projects.length === 0 || c.projectIds === '' || c.projectIds.split(',').some((p) => projects.includes(p))),
  );
  if (overlapping) {
    throw new ConflictError(`该人员已有有效期重叠的同类证卡 ${overlapping.number}（${overlapping.issuedOn} 至 ${overlapping.validUntil}）/ a valid ${input.kind} card with an overlapping term already covers these projects`, {
      card: overlapping.number,
      issuedOn: overlapping.issuedOn,
      validUntil: overlapping.validUntil,
    });
  }
  const year = input.issuedOn.slice(0, 4);
  const serial = await nextInSequence(manager, `card:${examiner.province}:${year}`);
  const card = Object.assign(new Card(), {
    id: crypto.randomUUID(),
    number: `${getProvince(examiner.province).identity.divisionCode.slice(0, 4)}${input.kind === 'EXAMINER' ? 'KP' : 'DD'}${year}${String(serial).padStart(5, '0')}`,
    examinerId: examiner.id,
    province: examiner.province,
    kind: input.kind,
    issuedOn: input.issuedOn,
    validUntil,
    trainingType: input.trainingType,
    status: 'VALID' as const,
    statusReason: null,
    previousCardId,
    projectIds: projects.join(','),
  });
  await manager.insert(Card, card);
  return card;
}

@Resolver(() => Card)
export class CardResolver {
  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Card, { description: '核发证卡；有效期按本省规则（辽宁3年）/ issue a card' })
  async issueCard(@Arg('input') input: IssueCardInput, @Ctx() ctx: Ctx): Promise<Card> {
    const examiner = await ctx.loaders.examinerById.load(input.examinerId);
    if (!examiner) throw new NotFoundError('考评员 examiner', input.examinerId);
    assertProvinceAccess(ctx.caller, examiner.province);
    if (input.kind === 'EXAMINER' && input.projectIds.length === 0) throw new BadUserInputError('考评员证卡须填考评项目 / an examiner card covers at least one project', { field: 'projectIds' });
    await ensureSequence(ctx.db, `card:${examiner.province}:${input.issuedOn.slice(0, 4)}`);
    return inTransaction(ctx.db, (manager) => issue(manager, examiner, input, null));
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Card, { description: '复审换发：签发下一张证卡，保留原卡记录 / renew: issue the next card, keep the old one' })
  async renewCard(@Arg('id', () => ID) id: string, @Arg('issuedOn', () => DateScalar) issuedOn: string, @Arg('validUntil', () => DateScalar, { nullable: true }) validUntil: string | null, @Ctx() ctx: Ctx): Promise<Card> {
    const card = await ctx.loaders.cardById.load(id);
    if (!card) throw new NotFoundError('证卡 card', id);
    assertProvinceAccess(ctx.caller, card.province);
    if (card.status === 'REVOKED') throw new ConflictError('已吊销的证卡不能复审换发 / a revoked card cannot be renewed');
    const examiner = (await ctx.loaders.examinerById.load(card.examinerId))!;
    await ensureSequence(ctx.db, `card:${card.province}:${issuedOn.slice(0, 4)}`);
    return inTransaction(ctx.db, async (manager) => {
      if (await manager.existsBy(Card, { previousCardId: card.id })) throw new ConflictError('此证卡已复审换发过 / this card has already been renewed');
      return issue(manager, examiner, { examinerId: examiner.id, kind: card.kind, projectIds: list(card.projectIds), issuedOn, validUntil, trainingType: 'RENEWAL' }, card.id);
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Card, { description: '暂停证卡 / suspend a card' })
  suspendCard(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<Card> {
    return this.setStatus(ctx, id, ['VALID'], 'SUSPENDED', reason);
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Card, { description: '恢复证卡 / reinstate a suspended card' })
  reinstateCard(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<Card> {
    return this.setStatus(ctx, id, ['SUSPENDED'], 'VALID', reason);
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Card, { description: '吊销证卡 / revoke a card' })
  revokeCard(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<Card> {
    return this.setStatus(ctx, id, ['VALID', 'SUSPENDED'], 'REVOKED', reason);
  }

  private async setStatus(ctx: Ctx, id: string, from: Card['status'][], to: Card['status'], reason: string): Promise<Card> {
    const card = await ctx.loaders.cardById.load(id);
    if (!card) throw new NotFoundError('证卡 card', id);
    assertProvinceAccess(ctx.caller, card.province);
    if (!from.includes(card.status)) throw new ConflictError(`证卡状态为${card.status}，不能变为${to} / cannot move a ${card.status} card to ${to}`, { from: card.status, to, allowed: from });
    const why = readReason(reason, true);
    return inTransaction(ctx.db, async (manager) => {
      await updateIfUnchanged(manager, Card, { id, status: card.status }, { status: to, statusReason: why }, '证卡状态');
      return manager.findOneByOrFail(Card, { id });
    });
  }

  @Authorized()
  @Query(() => CardConnection, { nullable: true, description: '证卡（省级经办人仅本省）/ cards' })
  cards(@Args() args: CardsArgs, @Ctx() ctx: Ctx): Promise<CardConnection> {
    const qb = ctx.db.getRepository(Card).createQueryBuilder('c');
    whereProvinceIn(qb, 'c', scopeProvinceFilter(ctx.caller, args.province));
    if (args.kind) qb.andWhere('c.kind = :kind', { kind: args.kind });
    if (args.number?.trim()) qb.andWhere('c.number = :number', { number: args.number.trim() });
    if (args.expiringWithinDays != null) {
      if (!Number.isInteger(args.expiringWithinDays) || args.expiringWithinDays < 0 || args.expiringWithinDays > 3660) throw new BadUserInputError('expiringWithinDays 须为0-3660', { field: 'expiringWithinDays' });
      const asOf = args.asOf ?? todayInChina();
      qb.andWhere("c.status = 'VALID'").andWhere('c.validUntil >= :asOf', { asOf }).andWhere('c.validUntil <= :until', { until: addDays(asOf, args.expiringWithinDays) });
    }
    return paginate(qb, 'c', parsePage(args));
  }

  @FieldResolver(() => CardStatus, { description: '状态（过期按日期）/ status; a card past its date reads EXPIRED' })
  status(@Root() card: Card): CardStatus {
    return cardStatus(card, todayInChina());
  }

  @FieldResolver(() => [ProjectRef], { description: '考评项目 / projects covered. Bounded: the projects named on one card (an input list, at most 1000 by input hygiene).' })
  projects(@Root() card: Card): ProjectRef[] {
    return list(card.projectIds).map((id) => ({ id }));
  }

  @FieldResolver(() => Examiner, { nullable: true, description: '持卡人 / holder' })
  holder(@Root() card: Card, @Ctx() ctx: Ctx): Promise<Examiner | null> {
    return ctx.loaders.examinerById.load(card.examinerId);
  }
}
