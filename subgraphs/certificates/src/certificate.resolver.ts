import {
  BadUserInputError,
  ConnectionType,
  DateScalar,
  ForbiddenError,
  MAX_PAGE_SIZE,
  NotFoundError,
  UnauthenticatedError,
  cityCovers,
  maskIdNumber,
  maskName,
  paginate,
  parsePage,
  type Caller,
  type SubgraphContext,
} from '@skillfed/common';
import { Arg, Args, Authorized, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { CarrierRecord, Certificate, CertificateEvent, Issuer, SubjectScore } from './certificate.entity';
import { CarrierKind } from './certificate.enums';
import { CertificatesArgs, CorrectCertificateInput } from './certificate.input';
import { certificateTotal } from './certificate-totals';
import type { Loaders } from './certificate.loader';
import { correctCertificate, issueBatch, reprintCertificate, revokeBatch, revokeCertificate } from './issuing.service';
import { ExamBatchRef, InstitutionRef, ProjectRef } from './references';
import { peerResultsSource } from './results-source';

@ObjectType({ description: '证书分页列表 / a page of certificates' })
export class CertificateConnection extends ConnectionType(Certificate) {}

@ObjectType({ description: '发证结果 / what issueCertificates did' })
export class IssueCertificatesResult {
  @Field(() => ID)
  examBatchId: string;

  @Field(() => Int, { description: '本次颁发张数（重复调用为0）/ issued by this call (0 when repeated)' })
  issued: number;

  @Field({ description: '此前已颁发，本次未颁发 / the batch was issued before' })
  alreadyIssued: boolean;

  @Field(() => Int, { description: '该批次颁发总数 / issued for the batch in all' })
  totalForBatch: number;

  @Field(() => String, { nullable: true })
  firstNumber: string | null;

  @Field(() => String, { nullable: true })
  lastNumber: string | null;

  @Field()
  message: string;
}

type Ctx = SubgraphContext<Loaders>;

/** Certificates a signed-in caller may read in full: its provinces, cities or institution. */
export function scopeCertificates(qb: SelectQueryBuilder<Certificate>, caller: Caller): SelectQueryBuilder<Certificate> {
  switch (caller.role) {
    case 'NATIONAL_ADMIN':
      return qb;
    case 'PROVINCE_OPERATOR':
      return qb.andWhere('c.province IN (:...scopeProvinces)', { scopeProvinces: caller.provinces.length ? caller.provinces : ['-'] });
    case 'CITY_OPERATOR':
      return qb.andWhere('c.province = :scopeProvince AND SUBSTR(c.city_code, 1, 4) IN (:...scopeCities)', { scopeProvince: caller.provinces[0], scopeCities: (caller.cityCodes ?? []).map((c) => c.slice(0, 4)) });
    case 'INSTITUTION_STAFF':
      return qb.andWhere('c.institution_id = :scopeInstitution', { scopeInstitution: caller.institutionId });
    case 'PUBLIC':
      throw new UnauthenticatedError('证书列表需登录；公众请用 verifyCertificate（编号+姓名）/ sign in to list certificates; the public verifies with number and name');
    default:
      throw new ForbiddenError('证书列表仅供经办人和管理员 / certificates are listed for operators and administrators');
  }
}

export function actsFor(caller: Caller, c: Certificate): boolean {
  switch (caller.role) {
    case 'NATIONAL_ADMIN':
      return true;
    case 'PROVINCE_OPERATOR':
      return caller.provinces.includes(c.province);
    case 'CITY_OPERATOR':
      return caller.provinces.includes(c.province) && cityCovers(caller.cityCodes, c.cityCode);
    case 'INSTITUTION_STAFF':
      return caller.institutionId === c.institutionId;
    default:
      return false;
  }
}

function actor(ctx: Ctx) {
  return { caller: ctx.caller, requestId: ctx.requestId };
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => CertificateConnection, { nullable: true, description: '证书列表（需登录：经办人仅本省/本市/本机构）/ certificates, for operators and administrators in their scope' })
  async certificates(@Args() args: CertificatesArgs, @Ctx() ctx: Ctx): Promise<CertificateConnection> {
    const page = parsePage(args);
    if (args.issuedFrom && args.issuedTo && args.issuedFrom > args.issuedTo) {
      throw new BadUserInputError('issuedFrom 不能晚于 issuedTo / `issuedFrom` is after `issuedTo`', { field: 'issuedFrom' });
    }
    const qb = scopeCertificates(ctx.db.getRepository(Certificate).createQueryBuilder('c'), ctx.caller);
    if (args.province) qb.andWhere('c.province = :province', { province: args.province });
    if (args.institutionId) qb.andWhere('c.institutionId = :institutionId', { institutionId: args.institutionId });
    if (args.projectId) qb.andWhere('c.projectId = :projectId', { projectId: args.projectId });
    if (args.examBatchId) qb.andWhere('c.examBatchId = :examBatchId', { examBatchId: args.examBatchId });
    if (args.status) qb.andWhere('c.status = :status', { status: args.status });
    if (args.issuedFrom) qb.andWhere('c.issuedOn >= :issuedFrom', { issuedFrom: args.issuedFrom });
    if (args.issuedTo) qb.andWhere('c.issuedOn <= :issuedTo', { issuedTo: args.issuedTo });
    // Unfiltered or province-only totals come from the maintained counters — only where the caller's
    // scope is the whole of those provinces; any other filter or scope is counted on its index, and
    // only when totalCount is asked.
    const onlyProvince = !args.institutionId && !args.projectId && !args.examBatchId && !args.issuedFrom && !args.issuedTo && !args.status;
    const { caller } = ctx;
    let counted: string | null | undefined;
    if (onlyProvince && caller.role === 'NATIONAL_ADMIN') counted = args.province ?? null;
    else if (onlyProvince && caller.role === 'PROVINCE_OPERATOR') {
      const province = args.province ?? (caller.provinces.length === 1 ? caller.provinces[0] : undefined);
      if (province && caller.provinces.includes(province)) counted = province;
    }
    return paginate(qb, 'c', page, {
      orderBy: [{ column: 'c.issuedOn', property: 'issuedOn' }],
      count: counted !== undefined ? () => certificateTotal(ctx.db, counted) : undefined,
    });
  }

  @Query(() => Certificate, { nullable: true, description: '按证书编号查询（需登录，限本人范围；公众请用 verifyCertificate）/ one certificate by number, for operators' })
  async certificate(@Arg('number') number: string, @Ctx() ctx: Ctx): Promise<Certificate> {
    const trimmed = number.trim();
    if (!trimmed || trimmed.length > 40) throw new BadUserInputError('证书编号应为1-40个字符 / number must be 1-40 characters', { field: 'number' });
    if (ctx.caller.role === 'PUBLIC') throw new UnauthenticatedError('按编号查看证书需登录；公众请用 verifyCertificate（编号+姓名）/ the public verifies with number and name');
    const certificate = await ctx.loaders.certificateByNumber.load(trimmed);
    // Out of scope answers like a missing number: operators cannot probe other provinces' numbers.
    if (!certificate || !actsFor(ctx.caller, certificate)) throw new NotFoundError('证书 certificate', trimmed);
    return certificate;
  }

  @Authorized()
  @Mutation(() => IssueCertificatesResult, { description: '发证：成绩已发布批次的每名合格考生一张证书；一次事务、可重复调用；只有省规则指定的发证机构可操作 / issue a published batch\'s certificates' })
  issueCertificates(
    @Arg('examBatchId', () => ID) examBatchId: string,
    @Arg('issuedOn', () => DateScalar, { nullable: true, description: '发证日期，默认今天（北京时间）' }) issuedOn: string | null,
    @Arg('carrier', () => CarrierKind, { nullable: true, description: '载体，默认本省规则的第一种' }) carrier: CarrierKind | null,
    @Ctx() ctx: Ctx,
  ): Promise<IssueCertificatesResult> {
    return issueBatch(ctx.db, actor(ctx), peerResultsSource(ctx.peers), examBatchId, { issuedOn, carrier });
  }

  @Authorized()
  @Mutation(() => Certificate, { description: '撤销证书（发证机构；须说明理由和依据）/ revoke a certificate' })
  revokeCertificate(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Arg('citation', { description: '依据（文件及条款）' }) citation: string,
    @Arg('on', () => DateScalar, { nullable: true }) on: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<Certificate> {
    return revokeCertificate(ctx.db, actor(ctx), id, reason, citation, on);
  }

  @Authorized()
  @Mutation(() => Certificate, { description: '更正换发：更正持证人信息后颁发新证书（新编号，指向旧证），旧证变为已换发 / correct holder data: a new certificate replaces the old' })
  correctCertificate(@Arg('id', () => ID) id: string, @Arg('input') input: CorrectCertificateInput, @Ctx() ctx: Ctx): Promise<Certificate> {
    return correctCertificate(ctx.db, actor(ctx), peerResultsSource(ctx.peers), id, input, input.on ?? null);
  }

  @Authorized()
  @Mutation(() => Certificate, { description: '补发载体（遗失、损毁）：同一编号下记录新载体 / reprint under the same number' })
  reprintCertificate(
    @Arg('id', () => ID) id: string,
    @Arg('carrier', () => CarrierKind) carrier: CarrierKind,
    @Arg('reason') reason: string,
    @Arg('on', () => DateScalar, { nullable: true }) on: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<Certificate> {
    return reprintCertificate(ctx.db, actor(ctx), id, carrier, reason, on);
  }

  @Authorized('PROVINCE_OPERATOR')
  @Directive('@inaccessible')
  @Mutation(() => Int, { description: '内部：取消批次成绩时吊销该批次证书（由考务子图调用）/ internal: revoke a cancelled batch\'s certificates' })
  revokeBatchCertificates(
    @Arg('examBatchId', () => ID) examBatchId: string,
    @Arg('province') province: string,
    @Arg('reason') reason: string,
    @Arg('citation') citation: string,
    @Arg('on', () => DateScalar, { nullable: true }) on: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<number> {
    return revokeBatch(ctx.db, actor(ctx), examBatchId, province, reason, citation, on);
  }

  @FieldResolver(() => String, { description: '持证人姓名（本范围经办人可见全名，否则脱敏）/ holder name, masked unless the caller acts for it' })
  holderName(@Root() c: Certificate, @Ctx() ctx: Ctx): string {
    return actsFor(ctx.caller, c) ? c.holderName : maskName(c.holderName)!;
  }

  @FieldResolver(() => String, { description: '持证人身份证号（脱敏）/ holder ID number, masked' })
  holderResidentId(@Root() c: Certificate): string {
    return maskIdNumber(c.holderResidentId)!;
  }

  @FieldResolver(() => [SubjectScore], { nullable: true, description: '各科目成绩（本范围经办人）/ subject scores. Bounded: the subjects of one batch (theory, practical).' })
  subjectScores(@Root() c: Certificate, @Ctx() ctx: Ctx): SubjectScore[] | null {
    return actsFor(ctx.caller, c) ? (JSON.parse(c.subjectScoresJson) as SubjectScore[]) : null;
  }

  @FieldResolver(() => Issuer)
  issuer(@Root() c: Certificate): Issuer {
    return { tier: c.issuerTier, body: c.issuerBody, code: c.issuerCode };
  }

  @FieldResolver(() => InstitutionRef, { nullable: true, description: '考核机构 / institution (institutions subgraph)' })
  institution(@Root() c: Certificate): InstitutionRef {
    return { id: c.institutionId };
  }

  @FieldResolver(() => ProjectRef, { nullable: true, description: '考核项目 / project (catalog subgraph)' })
  project(@Root() c: Certificate): ProjectRef | null {
    return c.projectId ? { id: c.projectId } : null;
  }

  @FieldResolver(() => ExamBatchRef, { nullable: true, description: '考核批次 / exam batch (exams subgraph)' })
  exam(@Root() c: Certificate): ExamBatchRef {
    return { id: c.examBatchId };
  }

  @FieldResolver(() => [CertificateEvent], { description: '证书记录（颁发、撤销、换发、补发）/ every change, in order. Bounded: the changes of one certificate, each a deliberate act by its issuer.' })
  history(@Root() c: Certificate, @Ctx() ctx: Ctx): Promise<CertificateEvent[]> {
    return ctx.loaders.eventsByCertificate.load(c.id);
  }

  @FieldResolver(() => [CarrierRecord], { description: '载体记录 / carriers issued under this number. Bounded: the carriers printed under one number, each a deliberate reprint.' })
  carriers(@Root() c: Certificate, @Ctx() ctx: Ctx): Promise<CarrierRecord[]> {
    return ctx.loaders.carriersByCertificate.load(c.id);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: '被本证书更正换发的旧证 / the certificate this one replaced' })
  async replaces(@Root() c: Certificate, @Ctx() ctx: Ctx): Promise<Certificate | null> {
    return c.replacesId ? ctx.loaders.certificateById.load(c.replacesId) : null;
  }

  @FieldResolver(() => Certificate, { nullable: true, description: '换发后的新证 / the certificate that replaced this one' })
  async replacedBy(@Root() c: Certificate, @Ctx() ctx: Ctx): Promise<Certificate | null> {
    return c.replacedById ? ctx.loaders.certificateById.load(c.replacedById) : null;
  }
}

@Resolver(() => InstitutionRef)
export class InstitutionCertificatesResolver {
  @FieldResolver(() => [Certificate], { nullable: true, description: '该机构的证书（需登录，限范围；按 id 排序前 first 个）/ certificates of this institution. Bounded: by first (1-100) per institution.' })
  async certificates(@Root() institution: InstitutionRef, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Ctx): Promise<Certificate[]> {
    if (first < 1 || first > MAX_PAGE_SIZE) throw new BadUserInputError(`first 须在 1 到 ${MAX_PAGE_SIZE} 之间 / first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
    if (ctx.caller.role === 'PUBLIC') throw new UnauthenticatedError('证书列表需登录 / sign in to list certificates');
    const rows = await ctx.loaders.certificatesByInstitution(first).load(institution.id);
    return rows.filter((c) => actsFor(ctx.caller, c));
  }
}

export { NotFoundError };
