import crypto from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  DateScalar,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  decodeCursor,
  encodeCursor,
  inTransaction,
  readReason,
  recordAudit,
  todayInChina,
  type Caller,
  type SubgraphContext,
  blindIndex,
  noteUnmaskedRead,
} from '@skillfed/common';
import { candidatePasses, checkResidentId } from '@skillfed/province-rules';
import { Arg, Authorized, Ctx, Directive, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { In, MoreThan, type FindOptionsWhere } from 'typeorm';
import { loadBatch, meetDeadline, moveBatch } from './declaration.service';
import { ExamBatch } from './exam-batch.entity';
import type { Loaders } from './exam-batch.loader';
import { CandidateCorrection, Score } from './score.entity';
import { passRuleOf, scoresByCandidate } from './score.resolver';
import { BatchDeadline, Candidate } from './workflow.entity';

type Ctx = SubgraphContext<Loaders>;

/**
 * What the certificates subgraph reads to issue certificates. These fields are @inaccessible: the
 * gateway's API schema does not have them, so holders' identities travel subgraph to subgraph only.
 */
@Directive('@inaccessible')
@ObjectType({ description: '发证用批次信息（内部）/ batch facts for issuing (internal)' })
class CertificateBatchFacts {
  @Field(() => ID) id: string;
  @Field() province: string;
  @Field(() => ID) institutionId: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field() status: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;
  @Field(() => DateScalar, { nullable: true }) holderInfoConfirmedOn: string | null;
}

@Directive('@inaccessible')
@ObjectType()
class HolderScore {
  @Field() subject: string;
  @Field(() => Float) score: number;
}

@Directive('@inaccessible')
@ObjectType({ description: '合格考生（明文，仅子图之间）/ a passing candidate in clear, subgraph to subgraph only' })
class CertificateHolder {
  @Field(() => ID) candidateId: string;
  @Field() name: string;
  @Field() residentId: string;
  @Field(() => [HolderScore], { description: 'Bounded: the subjects of one batch (theory, practical).' }) scores: HolderScore[];
}

@Directive('@inaccessible')
@ObjectType()
class CertificateHolderPage {
  @Field(() => [CertificateHolder], { description: 'Bounded: by first (1-1000), a peer-only page.' }) nodes: CertificateHolder[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@InputType({ description: '更正获证考生信息 / corrected personal data of a candidate' })
class CandidateCorrectionInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) residentId?: string | null;
  @Field() reason: string;
}

/** Who may read a batch's results for certificates: its province's, city's or institution's people. */
function assertMayIssueFrom(caller: Caller, batch: ExamBatch): void {
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  const ok =
    caller.role === 'NATIONAL_ADMIN' ||
    ((caller.role === 'PROVINCE_OPERATOR' || caller.role === 'CITY_OPERATOR') && caller.provinces.includes(batch.province)) ||
    (caller.role === 'INSTITUTION_STAFF' && caller.institutionId === batch.institutionId);
  if (!ok) throw new ForbiddenError('无权读取该批次的发证数据 / not allowed to read this batch for certificates');
}

async function batchFor(ctx: Ctx, id: string): Promise<ExamBatch> {
  const batch = await ctx.db.getRepository(ExamBatch).findOneBy({ id });
  if (!batch) throw new NotFoundError('考核批次 exam batch', id);
  assertMayIssueFrom(ctx.caller, batch);
  return batch;
}

const MAX_HOLDER_PAGE = 1000;

@Resolver()
export class CertificateSourceResolver {
  @Directive('@inaccessible')
  @Query(() => CertificateBatchFacts, { nullable: true, description: '内部：发证用批次信息 / internal' })
  async certificateBatchFacts(@Arg('batchId', () => ID) batchId: string, @Ctx() ctx: Ctx): Promise<CertificateBatchFacts> {
    const batch = await batchFor(ctx, batchId);
    const confirmation = await ctx.db.getRepository(BatchDeadline).findOneBy({ batchId, kind: 'HOLDER_INFO_CONFIRMATION' });
    return { id: batch.id, province: batch.province, institutionId: batch.institutionId, projectId: batch.projectId, status: batch.status, startDate: batch.startDate, endDate: batch.endDate, holderInfoConfirmedOn: confirmation?.metOn ?? null };
  }

  @Directive('@inaccessible')
  @Query(() => CertificateHolderPage, { description: '内部：成绩已发布批次的合格考生（明文）/ internal: passing candidates in clear' })
  async certificateHolders(
    @Arg('batchId', () => ID) batchId: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<CertificateHolderPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_HOLDER_PAGE) throw new BadUserInputError(`first 须在 1 到 ${MAX_HOLDER_PAGE} 之间`, { field: 'first' });
    const batch = await batchFor(ctx, batchId);
    if (batch.status !== 'RESULTS_PUBLISHED') throw new ConflictError(`批次状态为${batch.status}，成绩发布后才有合格考生 / results are not published`, { status: batch.status });
    const where: FindOptionsWhere<Candidate> = after ? { batchId, id: MoreThan(decodeCursor(after)) } : { batchId };
    const candidates = await ctx.db.getRepository(Candidate).find({ where, order: { id: 'ASC' }, take: first });
    if (candidates.length === 0) return { nodes: [], endCursor: null };
    const last = candidates[candidates.length - 1].id;
    // By candidate id: the (candidate, project, subject) unique index answers each page directly.
    const scores = await ctx.db.getRepository(Score).find({ where: { batchId, candidateId: In(candidates.map((c) => c.id)) } });
    // The batch's subjects come from all its scores, not just this page's.
    const subjects = (await ctx.db.getRepository(Score).createQueryBuilder('s').select('DISTINCT s.subject', 'subject').where('s.batchId = :batchId', { batchId }).getRawMany<{ subject: string }>()).map((r) => r.subject);
    const { byCandidate } = scoresByCandidate(scores);
    const rule = passRuleOf(batch.province);
    const nodes = candidates
      .filter((c) => candidatePasses(rule, subjects, byCandidate.get(c.id) ?? new Map()))
      .map((c) => ({ candidateId: c.id, name: c.name, residentId: c.residentId, scores: [...byCandidate.get(c.id)!.entries()].sort().map(([subject, score]) => ({ subject, score })) }));
    // Names and ID numbers leave in clear here (for issuing): each holder read is audited.
    for (const n of nodes) noteUnmaskedRead(ctx, { targetType: 'Candidate', targetId: n.candidateId, province: batch.province, field: 'name,residentId' });
    return { nodes, endCursor: candidates.length === first ? encodeCursor(last) : null };
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: '内部：证书已颁发并可查询，满足证书数据上网期限 / internal: certificates issued and verifiable' })
  async recordCertificatesPublished(@Arg('batchId', () => ID) batchId: string, @Arg('on', () => DateScalar) on: string, @Ctx() ctx: Ctx): Promise<boolean> {
    await batchFor(ctx, batchId);
    await meetDeadline(ctx.db.manager, batchId, 'CERTIFICATE_PUBLICATION', on);
    return true;
  }

  @Authorized('PROVINCE_OPERATOR')
  @Mutation(() => ExamBatch, { description: '取消批次成绩（辽宁 五：情节严重的，取消该批次鉴定考核成绩）；该批次证书一并吊销 / cancel a published batch\'s results; its certificates are revoked' })
  async cancelResults(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Arg('citation', { description: '依据，如 辽就〔2023〕4号 五' }) citation: string,
    @Arg('on', () => DateScalar, { nullable: true }) on: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<ExamBatch> {
    const batch = await loadBatch(ctx, id);
    if (batch.status !== 'RESULTS_PUBLISHED') throw new ConflictError(`批次状态为${batch.status}，只能取消已发布的成绩 / only published results can be cancelled`, { status: batch.status });
    const why = readReason(reason, true)!;
    // Certificates first, in their own transaction: the revocation is recorded there together with a
    // cancellation mark that blocks any later issuing; it is idempotent, so a retry after a failure here is safe.
    await ctx.peers.certificates.query(
      'mutation ($b: ID!, $p: String!, $r: String!, $c: String!, $on: Date) { revokeBatchCertificates(examBatchId: $b, province: $p, reason: $r, citation: $c, on: $on) }',
      { b: id, p: batch.province, r: why, c: citation, on: on ?? todayInChina() },
      ctx.caller,
    );
    return moveBatch(ctx, id, 'RESULTS_CANCELLED', { reason: `${why}（${citation}）`, reasonRequired: true });
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR', 'INSTITUTION_STAFF')
  @Mutation(() => CandidateCorrection, { description: '更正获证考生个人信息（辽宁 四(六)：考后10个工作日内确认，上网和打印前更正）；记录更正 / correct a candidate\'s data before certificates' })
  async correctCandidate(@Arg('candidateId', () => ID) candidateId: string, @Arg('input') input: CandidateCorrectionInput, @Ctx() ctx: Ctx): Promise<CandidateCorrection> {
    const candidate = await ctx.db.getRepository(Candidate).findOneBy({ id: candidateId });
    if (!candidate) throw new NotFoundError('考生 candidate', candidateId);
    const batch = (await ctx.db.getRepository(ExamBatch).findOneBy({ id: candidate.batchId }))!;
    if (ctx.caller.role === 'INSTITUTION_STAFF' ? ctx.caller.institutionId !== batch.institutionId : !(ctx.caller.role === 'NATIONAL_ADMIN' || ctx.caller.provinces.includes(batch.province))) {
      throw new ForbiddenError('只有考核机构或本省经办人可更正考生信息 / only the institution or the province corrects candidates');
    }
    const published = await ctx.db.getRepository(BatchDeadline).findOneBy({ batchId: batch.id, kind: 'CERTIFICATE_PUBLICATION' });
    if (published?.metOn) throw new ConflictError('证书已颁发：请由发证机构更正换发证书（correctCertificate）/ certificates are issued: correct the certificate instead');
    const why = readReason(input.reason, true)!;
    const changes: Partial<Candidate> = {};
    const name = input.name?.trim();
    if (name) {
      if ([...name].length > 50 || /[\u0000-\u001f\u007f]/.test(name)) throw new BadUserInputError('姓名须为1-50个字符 / name must be 1-50 characters', { field: 'name' });
      changes.name = name;
    }
    const residentId = input.residentId?.trim().toUpperCase();
    if (residentId) {
      const check = checkResidentId(residentId);
      if (!check.valid) throw new BadUserInputError(`身份证号无效：${check.reason}`, { field: 'residentId' });
      changes.residentId = residentId;
      // The duplicate check and look-ups go through the blind index, which must follow the number.
      changes.residentIdBidx = blindIndex('resident-id', residentId);
    }
    if (!Object.keys(changes).length) throw new BadUserInputError('须提供更正后的姓名或身份证号 / give the corrected name or ID number', { field: 'name' });
    return inTransaction(ctx.db, async (manager) => {
      await manager.update(Candidate, { id: candidateId }, changes);
      const row = { id: crypto.randomUUID(), candidateId, batchId: batch.id, fields: Object.keys(changes).join(','), correctedBy: ctx.caller.subject, reason: why, correctedAt: new Date() };
      await manager.insert(CandidateCorrection, row);
      await recordAudit(manager, ctx, { action: 'CORRECT_CANDIDATE', targetType: 'Candidate', targetId: candidateId, province: batch.province });
      return row;
    });
  }
}
