import crypto from 'node:crypto';
import { BadUserInputError, ConnectionType, DateScalar, NotFoundError, PageArgs, paginate, parsePage, type Connection, ProvinceCodeEnum, assertProvinceAccess, type SubgraphContext, inTransaction } from '@skillfed/common';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Between, Not, In } from 'typeorm';
import { ExamBatch } from './exam-batch.entity';
import type { Loaders } from './exam-batch.loader';
import { ExaminerRef } from './booking.resolver';
import { draw, prng } from './spot-check';
import { SpotCheck } from './spot-check.entity';

type Ctx = SubgraphContext<Loaders>;
const ids = (json: string): string[] => JSON.parse(json) as string[];

@ObjectType({ description: '重新抽取的结果 / the draw repeated from its seed and pools' })
class SpotCheckReplay {
  @Field()
  reproducible: boolean;

  @Field(() => [ID], { description: 'Bounded: the batches drawn (0-100).' })
  batchIds: string[];

  @Field(() => [ID], { description: 'Bounded: the supervisors drawn (0-100).' })
  supervisorIds: string[];
}

@ObjectType({ description: '抽查结果（分页，最近的抽查期间在前）/ spot checks, latest period first' })
class SpotCheckConnection extends ConnectionType(SpotCheck) {}

/** Every page of the peer's eligibleExaminers: the draw's pool must hold every supervisor, not the first page. */
async function supervisorPool(ctx: Ctx, province: string, date: string): Promise<string[]> {
  const pool: string[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: { eligibleExaminers: { nodes: { examiner: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await ctx.peers.examiners.query(
      'query ($province: ProvinceCode!, $date: Date!, $after: String) { eligibleExaminers(province: $province, projectId: "-", date: $date, kind: SUPERVISOR, first: 100, after: $after) { nodes { examiner { id } } pageInfo { hasNextPage endCursor } } }',
      { province, date, after },
      ctx.caller,
    );
    pool.push(...answer.eligibleExaminers.nodes.map((e) => e.examiner.id));
    if (!answer.eligibleExaminers.pageInfo.hasNextPage) return pool;
    after = answer.eligibleExaminers.pageInfo.endCursor;
  }
}

function replay(check: SpotCheck, batches: number, supervisors: number): { batchIds: string[]; supervisorIds: string[] } {
  const random = prng(check.seed);
  return { batchIds: draw(ids(check.batchPool), batches, random), supervisorIds: draw(ids(check.supervisorPool), supervisors, random) };
}

@Resolver(() => SpotCheck)
export class SpotCheckResolver {
  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => SpotCheck, { description: '双随机抽查：按公开的随机种子抽取批次和督导员，记录以便复核公开 / draw batches and supervisors at random' })
  async drawSpotCheck(
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('batches', () => Int) batches: number,
    @Arg('supervisors', () => Int) supervisors: number,
    @Arg('seed', () => String, { nullable: true, description: '不填则随机生成并公开 / random when omitted; always published' }) seed: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<SpotCheck> {
    assertProvinceAccess(ctx.caller, province);
    if (to < from) throw new BadUserInputError('to 早于 from / `to` is before `from`', { field: 'to' });
    for (const [field, n] of [['batches', batches], ['supervisors', supervisors]] as const) {
      if (!Number.isInteger(n) || n < 0 || n > 100) throw new BadUserInputError(`${field} 须为0-100 / ${field} must be 0-100`, { field });
    }
    const batchPool = (await ctx.db.getRepository(ExamBatch).find({ where: { province, startDate: Between(from, to), status: Not(In(['DRAFT', 'REJECTED', 'CANCELLED'])) }, select: { id: true } })).map((b) => b.id);
    // Supervisors with a valid supervisor card on the first day, from the examiners subgraph.
    const supervisorIds = await supervisorPool(ctx, province, from);
    const check = Object.assign(new SpotCheck(), { id: crypto.randomUUID(), province, seed: seed?.trim() || crypto.randomBytes(16).toString('hex'), fromDate: from, toDate: to, batchPool: JSON.stringify([...batchPool].sort()), supervisorPool: JSON.stringify([...supervisorIds].sort()), drawnAt: new Date() });
    const result = replay(check, batches, supervisors);
    check.drawnBatches = JSON.stringify(result.batchIds);
    check.drawnSupervisors = JSON.stringify(result.supervisorIds);
    return inTransaction(ctx.db, async (manager) => {
      await manager.insert(SpotCheck, check);
      return check;
    });
  }

  @Query(() => SpotCheckConnection, { description: '抽查结果（公开；最近的抽查期间在前，分页）/ spot checks, published, latest period first' })
  spotChecks(@Arg('province', () => ProvinceCodeEnum()) province: string, @Args() args: PageArgs, @Ctx() ctx: Ctx): Promise<Connection<SpotCheck>> {
    const page = parsePage(args);
    const qb = ctx.db.getRepository(SpotCheck).createQueryBuilder('s').where('s.province = :province', { province });
    return paginate(qb, 's', page, { orderBy: [{ column: 's.fromDate', property: 'fromDate' }], descending: true });
  }

  @Query(() => SpotCheckReplay, { description: '用记录的种子和候选名单重新抽取，核对结果（公开）/ repeat a draw from its seed' })
  async replaySpotCheck(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<SpotCheckReplay> {
    const check = await ctx.db.getRepository(SpotCheck).findOneBy({ id });
    if (!check) throw new NotFoundError('抽查 spot check', id);
    const drawn = { batchIds: ids(check.drawnBatches), supervisorIds: ids(check.drawnSupervisors) };
    const again = replay(check, drawn.batchIds.length, drawn.supervisorIds.length);
    return { ...again, reproducible: JSON.stringify(again) === JSON.stringify(drawn) };
  }

  @FieldResolver(() => [ExamBatch], { description: '抽中的批次 / batches drawn. Bounded: the batches drawn (0-100).' })
  async batches(@Root() check: SpotCheck, @Ctx() ctx: Ctx): Promise<ExamBatch[]> {
    return (await Promise.all(ids(check.drawnBatches).map((id) => ctx.loaders.examBatchById.load(id)))).filter((b): b is ExamBatch => b !== null);
  }

  @FieldResolver(() => [ExaminerRef], { description: '抽中的督导员 / supervisors drawn. Bounded: the supervisors drawn (0-100).' })
  supervisors(@Root() check: SpotCheck): ExaminerRef[] {
    return ids(check.drawnSupervisors).map((id) => ({ id }));
  }

  @FieldResolver(() => Int, { description: '候选批次数 / batches in the pool' })
  batchPoolSize(@Root() check: SpotCheck): number {
    return ids(check.batchPool).length;
  }

  @FieldResolver(() => Int, { description: '候选督导员数 / supervisors in the pool' })
  supervisorPoolSize(@Root() check: SpotCheck): number {
    return ids(check.supervisorPool).length;
  }
}
