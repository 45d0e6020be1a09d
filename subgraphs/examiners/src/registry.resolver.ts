import crypto from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  ConnectionType,
  DateScalar,
  MAX_PAGE_SIZE,
  PageArgs,
  encodeCursor,
  parsePage,
  type Connection,
  NotFoundError,
  ProvinceCodeEnum,
  assertProvinceAccess,
  blindIndex,
  recordAudit,
  inTransaction,
  scopeProvinceFilter,
  type SubgraphContext,
} from '@skillfed/common';
import { checkResidentId, examinerEligibility, standInRefusal, supervisorEligibility, type EligibilityOutcome } from '@skillfed/province-rules';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Card } from './card.entity';
import { evidenceOf, relationsOf } from './eligibility.service';
import { Eligibility, ExaminerEligibility } from './eligibility.types';
import { Examiner } from './examiner.entity';
import { CardKind } from './examiner.enums';
import { MoreThan } from 'typeorm';
import type { Loaders } from './examiner.loader';
import { ProjectRelation, Qualification } from './qualification.entity';
import { QualificationInput, RegisterExaminerInput } from './registry.input';

type Ctx = SubgraphContext<Loaders>;

const MOBILE = /^1[3-9]\d{9}$/;

function text(field: string, label: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed || [...trimmed].length > max) throw new BadUserInputError(`${label}须为1-${max}个字符 / ${field} must be 1-${max} characters`, { field });
  return trimmed;
}

@ObjectType({ description: '可派遣人员（分页，按人员 id）/ people who may serve, paged in examiner-id order' })
class ExaminerEligibilityConnection extends ConnectionType(ExaminerEligibility) {}

export function toEligibility(outcome: EligibilityOutcome, projectId: string | null, date: string): Eligibility {
  const shape = (r: EligibilityOutcome['card']) => ({ ...r, source: { document: r.source.document, section: r.source.section } });
  return { eligible: outcome.eligible, projectId, date, routes: outcome.routes.map(shape), card: shape(outcome.card) };
}

@ObjectType({ description: '项目与相关职业、专业的对应（省里维护）/ what counts as related to a project' })
class ProjectRelationType {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => [String], { description: 'Bounded: an input list, at most 1000 by input hygiene.' })
  occupationCodes: string[];

  @Field(() => [String], { description: 'Bounded: an input list, at most 1000 by input hygiene.' })
  fields: string[];
}

async function outcomeFor(ctx: Ctx, examiner: Examiner, projectId: string, date: string): Promise<EligibilityOutcome> {
  const [qualifications, cards, relation] = await Promise.all([
    ctx.loaders.qualificationsByExaminer.load(examiner.id),
    ctx.loaders.cardsByExaminer.load(examiner.id),
    ctx.loaders.relations.load(`${examiner.province}|${projectId}`),
  ]);
  return examinerEligibility(examiner.province, evidenceOf(qualifications, cards), projectId, date, relationsOf(relation));
}

@Resolver(() => Examiner)
export class RegistryResolver {
  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Examiner, { description: '登记考评员或督导员 / register an examiner or supervisor' })
  async registerExaminer(@Arg('input') input: RegisterExaminerInput, @Ctx() ctx: Ctx): Promise<Examiner> {
    assertProvinceAccess(ctx.caller, input.province);
    const id = checkResidentId(input.residentId);
    if (!id.valid) throw new BadUserInputError(`身份证号无效：${id.reason}`, { field: 'residentId' });
    const phone = input.phone.replace(/\s+/g, '');
    if (!MOBILE.test(phone)) throw new BadUserInputError('手机号应为11位 / phone must be a mainland mobile number', { field: 'phone' });
    const now = new Date();
    const examiner = Object.assign(new Examiner(), {
      id: crypto.randomUUID(),
      province: input.province,
      name: text('name', '姓名', input.name, 50),
      residentId: id.id!,
      residentIdBidx: blindIndex('resident-id', id.id!),
      phone,
      employer: text('employer', '工作单位', input.employer, 200),
      createdAt: now,
      updatedAt: now,
    });
    return inTransaction(ctx.db, async (manager) => {
      // The message never repeats the ID number.
      if (await manager.existsBy(Examiner, { province: input.province, residentIdBidx: examiner.residentIdBidx })) throw new ConflictError('本省已登记此身份证号的人员 / this person is already registered in the province');
      await manager.insert(Examiner, examiner);
      return examiner;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => Examiner, { description: '登记资质证明 / add a qualification as evidence' })
  async addQualification(@Arg('examinerId', () => ID) examinerId: string, @Arg('input') input: QualificationInput, @Ctx() ctx: Ctx): Promise<Examiner> {
    const examiner = await ctx.loaders.examinerById.load(examinerId);
    if (!examiner) throw new NotFoundError('考评员 examiner', examinerId);
    assertProvinceAccess(ctx.caller, examiner.province);
    const need = (ok: boolean, field: string, message: string) => {
      if (!ok) throw new BadUserInputError(`${message} / ${field} is required for ${input.type}`, { field });
    };
    switch (input.type) {
      case 'SKILL_CERTIFICATE':
        need(/^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/.test(input.occupationCode ?? ''), 'occupationCode', '技能证书须填职业编码（如 6-18-01-01）');
        need(Number.isInteger(input.level) && input.level! >= 1 && input.level! <= 5, 'level', '技能证书须填等级1-5');
        break;
      case 'PROFESSIONAL_TITLE':
        need(Boolean(input.field?.trim()) && Boolean(input.grade), 'field', '职称须填专业和级别');
        break;
      case 'SPECIAL_ABILITY_CERTIFICATE':
        need(input.projectIds.length === 1 && Boolean(input.obtainedOn), 'projectIds', '专项职业能力证书须填一个项目和取得日期');
        break;
      case 'INSTITUTION_ROLE':
        need(Boolean(input.institutionRole), 'institutionRole', '须填管理者或教学师资');
        break;
      case 'SPECIAL_ABILITY_EXAMINER':
        need(input.projectIds.length > 0, 'projectIds', '考评员资质须填考评项目');
        break;
      case 'OCCUPATIONAL_EXAMINER':
        need(input.occupationCodes.length > 0, 'occupationCodes', '职业资格考评员资质须填覆盖的职业编码');
        break;
      case 'STAND_IN_AUTHORISATION':
        {
          const refusal = standInRefusal(examiner.province);
          if (refusal) throw new BadUserInputError(refusal, { field: 'type' });
        }
        need(input.projectIds.length > 0 && Boolean(input.obtainedOn), 'projectIds', '临时派遣须填项目和起始日');
        break;
    }
    await inTransaction(ctx.db, async (manager) => {
      await manager.insert(Qualification, {
        id: crypto.randomUUID(),
        examinerId,
        type: input.type,
        occupationCode: input.occupationCode ?? null,
        level: input.level ?? null,
        field: input.field?.trim() || null,
        grade: input.grade ?? null,
        institutionRole: input.institutionRole ?? null,
        projectIds: input.projectIds.join(','),
        occupationCodes: input.occupationCodes.join(','),
        obtainedOn: input.obtainedOn ?? null,
        reference: input.reference?.trim() || null,
      });
      await recordAudit(manager, ctx, { action: 'addQualification', targetType: 'Examiner', targetId: examiner.id, province: examiner.province });
    });
    return examiner;
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ProjectRelationType, { description: '设置与项目相关的职业和职称专业（省里维护）/ map a project to related occupations and fields' })
  async setProjectRelations(
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('occupationCodes', () => [String]) occupationCodes: string[],
    @Arg('fields', () => [String]) fields: string[],
    @Ctx() ctx: Ctx,
  ): Promise<ProjectRelationType> {
    assertProvinceAccess(ctx.caller, province);
    const bad = occupationCodes.filter((c) => !/^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/.test(c));
    if (bad.length) throw new BadUserInputError(`职业编码格式有误：${bad.join('、')} / occupation codes look like 6-18-01-01`, { field: 'occupationCodes' });
    const cleanFields = [...new Set(fields.map((f) => f.trim()).filter(Boolean))];
    if (cleanFields.some((f) => f.includes(','))) throw new BadUserInputError('专业名称不能含逗号 / fields must not contain commas', { field: 'fields' });
    await inTransaction(ctx.db, async (manager) => {
      await manager.delete(ProjectRelation, { province, projectId });
      await manager.insert(ProjectRelation, { id: crypto.randomUUID(), province, projectId, occupationCodes: [...new Set(occupationCodes)].join(','), fields: cleanFields.join(',') });
    });
    return { province, projectId, occupationCodes: [...new Set(occupationCodes)], fields: cleanFields };
  }

  @Authorized()
  @Query(() => ExaminerEligibilityConnection, {
    description:
      '某日可考评某项目的人员及依据（kind=SUPERVISOR 时为持有效督导员证卡者；分页）/ who may examine (or supervise) project P on date D, paged; totalCount evaluates the whole province when selected',
  })
  async eligibleExaminers(
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('date', () => DateScalar) date: string,
    @Arg('kind', () => CardKind, { defaultValue: 'EXAMINER' }) kind: CardKind,
    @Arg('includeIneligible', { defaultValue: false, description: '同时列出不符合者、已派遣者及原因 / also list those who are not eligible or are booked, with why' }) includeIneligible: boolean,
    @Args() args: PageArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Connection<ExaminerEligibility>> {
    scopeProvinceFilter(ctx.caller, province);
    const page = parsePage(args);
    // Who qualifies is computed from evidence, not stored, so the keyset walks the province's examiners
    // in id order a chunk at a time until the page is full: memory and statements stay bounded by the
    // chunk, not by the roster.
    const scan = async (afterId: string | null, want: number): Promise<{ rows: ExaminerEligibility[]; exhausted: boolean }> => {
      const rows: ExaminerEligibility[] = [];
      let cursor = afterId;
      for (;;) {
        const people = await ctx.db.getRepository(Examiner).find({ where: cursor === null ? { province } : { province, id: MoreThan(cursor) }, order: { id: 'ASC' }, take: MAX_PAGE_SIZE });
        rows.push(...(await this.evaluate(ctx, people, province, projectId, date, kind, includeIneligible)));
        if (people.length < MAX_PAGE_SIZE) return { rows, exhausted: true };
        if (rows.length >= want) return { rows, exhausted: false };
        cursor = people[people.length - 1].id;
      }
    };
    const { rows } = await scan(page.afterKey, page.limit + 1);
    const hasNextPage = rows.length > page.limit;
    const nodes = rows.slice(0, page.limit);
    let counted: Promise<number> | undefined;
    return {
      get totalCount() {
        return (counted ??= scan(null, Number.POSITIVE_INFINITY).then((all) => all.rows.length));
      },
      nodes,
      pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].examiner.id) : null },
    };
  }

  /** Eligibility of a chunk of examiners; bookings asked of the exams subgraph once per chunk. */
  private async evaluate(ctx: Ctx, people: Examiner[], province: string, projectId: string, date: string, kind: CardKind, includeIneligible: boolean): Promise<ExaminerEligibility[]> {
    // All loads start together so the loaders batch them: a fixed number of statements per chunk.
    const outcomes = await Promise.all(
      people.map(async (examiner) =>
        kind === 'SUPERVISOR'
          ? supervisorEligibility(province, evidenceOf([], await ctx.loaders.cardsByExaminer.load(examiner.id)), date)
          : outcomeFor(ctx, examiner, projectId, date),
      ),
    );
    // Bookings live in the exams subgraph: one call per chunk, so the client still makes one request.
    const candidates = people.filter((_, i) => outcomes[i].eligible || includeIneligible);
    const booked = new Set(
      candidates.length
        ? (
            await ctx.peers.exams.query<{ examinerBookings: { examinerId: string }[] }>(
              'query ($date: Date!, $ids: [ID!]!) { examinerBookings(date: $date, examinerIds: $ids) { examinerId } }',
              { date, ids: candidates.map((c) => c.id) },
              ctx.caller,
            )
          ).examinerBookings.map((b) => b.examinerId)
        : [],
    );
    return people.flatMap((examiner, i) => {
      const isBooked = booked.has(examiner.id);
      const available = outcomes[i].eligible && !isBooked;
      if (!available && !includeIneligible) return [];
      return [Object.assign(new ExaminerEligibility(), toEligibility(outcomes[i], kind === 'SUPERVISOR' ? null : projectId, date), { examiner, booked: isBooked, available })];
    });
  }

  @FieldResolver(() => [Qualification], { nullable: true, description: '资质证明（仅本省）/ evidence (own province). Bounded: one person\'s evidence.' })
  qualifications(@Root() examiner: Examiner, @Ctx() ctx: Ctx): Promise<Qualification[]> {
    assertProvinceAccess(ctx.caller, examiner.province);
    return ctx.loaders.qualificationsByExaminer.load(examiner.id);
  }

  @FieldResolver(() => [Card], { nullable: true, description: '证卡（含历史）/ cards, including earlier ones. Bounded: one person\'s cards, a new one per renewal.' })
  cards(@Root() examiner: Examiner, @Ctx() ctx: Ctx): Promise<Card[]> {
    assertProvinceAccess(ctx.caller, examiner.province);
    return ctx.loaders.cardsByExaminer.load(examiner.id);
  }

  @FieldResolver(() => Eligibility, { nullable: true, description: '某日担任质量督导员的资格（有效督导员证卡）/ may supervise on a date' })
  async supervisorEligibility(@Root() examiner: Examiner, @Arg('date', () => DateScalar) date: string, @Ctx() ctx: Ctx): Promise<Eligibility> {
    assertProvinceAccess(ctx.caller, examiner.province);
    const cards = await ctx.loaders.cardsByExaminer.load(examiner.id);
    return toEligibility(supervisorEligibility(examiner.province, evidenceOf([], cards), date), null, date);
  }

  @FieldResolver(() => Eligibility, { nullable: true, description: '某日考评某项目的资格及依据 / eligibility for a project on a date' })
  async eligibility(@Root() examiner: Examiner, @Arg('projectId', () => ID) projectId: string, @Arg('date', () => DateScalar) date: string, @Ctx() ctx: Ctx): Promise<Eligibility> {
    assertProvinceAccess(ctx.caller, examiner.province);
    return toEligibility(await outcomeFor(ctx, examiner, projectId, date), projectId, date);
  }
}


