import {
  ConnectionType,
  ForbiddenError,
  NotFoundError,
  assertProvinceAccess,
  canActFor,
  maskIdNumber,
  maskPhone,
  paginate,
  parsePage,
  scopeProvinceFilter,
  whereContains,
  whereProvinceIn,
  type SubgraphContext,
  noteUnmaskedRead,
} from '@skillfed/common';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Card } from './card.entity';
import { Examiner } from './examiner.entity';
import { ExaminersArgs } from './examiner.input';
import type { Loaders } from './examiner.loader';

@ObjectType({ description: '考评员分页列表 / a page of examiners' })
export class ExaminerConnection extends ConnectionType(Examiner) {}

type Ctx = SubgraphContext<Loaders>;

function assertOwnProvince(ctx: Ctx, examiner: Examiner): void {
  if (!canActFor(ctx.caller, examiner.province)) throw new ForbiddenError('仅本省经办人可查看考评员个人信息 / examiners\' personal data is visible to their own province only');
}

@Resolver(() => Examiner)
export class ExaminerResolver {
  @Authorized()
  @Query(() => ExaminerConnection, { nullable: true, description: '考评员（需登录；省级经办人仅本省）/ examiners, scoped to the caller\'s provinces' })
  async examiners(@Args() args: ExaminersArgs, @Ctx() ctx: Ctx): Promise<ExaminerConnection> {
    const page = parsePage(args);
    const qb = ctx.db.getRepository(Examiner).createQueryBuilder('e');
    whereProvinceIn(qb, 'e', scopeProvinceFilter(ctx.caller, args.province));
    whereContains(qb, ['e.name', 'e.employer'], args.search);
    if (args.cardNumber?.trim()) {
      qb.andWhere(`e.id IN ${qb.subQuery().select('c.examinerId').from(Card, 'c').where('c.number = :cardNumber').getQuery()}`, { cardNumber: args.cardNumber.trim() });
    }
    if (args.projectId) {
      // project_ids is a comma list: match whole ids only (no string concatenation: `||` is OR on MySQL).
      const id = args.projectId.replace(/[%_,!]/g, '');
      const where = "c.projectIds = :pOnly OR c.projectIds LIKE :pFirst ESCAPE '!' OR c.projectIds LIKE :pLast ESCAPE '!' OR c.projectIds LIKE :pMid ESCAPE '!'";
      qb.andWhere(`e.id IN ${qb.subQuery().select('c.examinerId').from(Card, 'c').where(where).getQuery()}`, { pOnly: id, pFirst: `${id},%`, pLast: `%,${id}`, pMid: `%,${id},%` });
    }
    return paginate(qb, 'e', page);
  }

  @Authorized()
  @Query(() => Examiner, { nullable: true, description: '按 id 查考评员 / one examiner' })
  async examiner(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<Examiner> {
    const examiner = await ctx.loaders.examinerById.load(id);
    if (!examiner) throw new NotFoundError('考评员 examiner', id);
    assertProvinceAccess(ctx.caller, examiner.province);
    return examiner;
  }

  @FieldResolver(() => String, { nullable: true, description: '姓名（仅本省经办人）/ name (own province only)' })
  name(@Root() examiner: Examiner, @Ctx() ctx: Ctx): string {
    assertOwnProvince(ctx, examiner);
    noteUnmaskedRead(ctx, { targetType: 'Examiner', targetId: examiner.id, province: examiner.province, field: 'name' });
    return examiner.name;
  }

  @FieldResolver(() => String, { nullable: true, description: '身份证号，已脱敏 / resident ID, masked like 110105********002X' })
  residentId(@Root() examiner: Examiner, @Ctx() ctx: Ctx): string | null {
    assertOwnProvince(ctx, examiner);
    return maskIdNumber(examiner.residentId);
  }

  @FieldResolver(() => String, { nullable: true, description: '手机号，已脱敏 / phone, masked' })
  phone(@Root() examiner: Examiner, @Ctx() ctx: Ctx): string | null {
    assertOwnProvince(ctx, examiner);
    return maskPhone(examiner.phone);
  }
}
