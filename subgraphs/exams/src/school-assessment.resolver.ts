import {
  BadUserInputError,
  ConflictError,
  ConnectionType,
  DateScalar,
  ForbiddenError,
  PageArgs,
  ProvinceCodeEnum,
  UnauthenticatedError,
  assertProvinceAccess,
  cityCovers,
  decodeCursor,
  encodeCursor,
  inTransaction,
  maskIdNumber,
  maskName,
  noteUnmaskedRead,
  parsePage,
  recordAudit,
  toConnection,
  todayInChina,
  type SubgraphContext,
} from '@skillfed/common';
import { schoolAssessmentRules } from '@skillfed/province-rules';
import crypto from 'node:crypto';
import { Arg, Args, Authorized, Ctx, Directive, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { In, MoreThan, type FindOptionsWhere } from 'typeorm';
import type { Loaders } from './exam-batch.loader';
import { ExcludedOccupation, SchoolAssessment, SchoolAssessmentRecord, SchoolAssessmentStatus, SchoolCandidate } from './school-assessment.entity';
import { CreateSchoolAssessmentInput, SchoolCandidateInput, SchoolCandidateResultInput } from './school-assessment.input';
import { addCandidates, archiveRecord, assertCanRead, assertSchoolStaff, correctResult, createAssessment, loadAssessment, recordIssued, reportAssessment, reviewAssessment, withdrawCandidate } from './school-assessment.service';
import { monthlySummary, occupationLabel, summaryWorkbook, type SummaryRowData } from './school-summary.service';
import { Medium } from './archive.resolver';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '认定分页列表 / a page of school assessments' })
class SchoolAssessmentConnection extends ConnectionType(SchoolAssessment) {}

@ObjectType({ description: '认定考生分页列表 / a page of an assessment\'s students' })
class SchoolCandidateConnection extends ConnectionType(SchoolCandidate) {}

@ObjectType({ description: '可销毁的认定资料分页列表 / a page of records past their keep-until date' })
class SchoolRecordConnection extends ConnectionType(SchoolAssessmentRecord) {}

@ObjectType({ description: '附件7 的一行：一个职业（工种）当月各等级发证人数 / one occupation row of 附件7' })
class SchoolResultsSummaryRow {
  @Field(() => String, { nullable: true, description: '职业编码（合计行为空）' })
  occupationCode: string | null;

  @Field({ description: '职业（工种）名称，工种名称如无填“——” / as the form prints it' })
  label: string;

  @Field()
  occupationName: string;

  @Field(() => String, { nullable: true })
  workType: string | null;

  @Field(() => Int, { description: '初级工（五级）' })
  level5: number;

  @Field(() => Int, { description: '中级工（四级）' })
  level4: number;

  @Field(() => Int, { description: '高级工（三级）' })
  level3: number;

  @Field(() => Int, { description: '技师（二级）' })
  level2: number;

  @Field(() => Int, { description: '高级技师（一级）' })
  level1: number;

  @Field(() => Int, { description: '小计' })
  subtotal: number;
}

@ObjectType({ description: '技工院校职业技能等级认定结果汇总表（附件7）：当月审核通过并发证的认定结果 / the monthly 附件7 summary' })
class SchoolResultsSummary {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field({ description: '月份 YYYY-MM' })
  month: string;

  @Field(() => ID, { nullable: true, description: '学校（按校汇总时）' })
  institutionId: string | null;

  @Field({ description: '市行政区划代码' })
  cityCode: string;

  @Field({ description: '填报单位（学校，或按市汇总时的市公共就业服务机构）' })
  reportingUnit: string;

  @Field(() => [SchoolResultsSummaryRow], { description: 'Bounded: one row per occupation (工种) with certificates issued that month by the school or the city\'s schools, at most 2,000 (refused beyond).' })
  rows: SchoolResultsSummaryRow[];

  @Field(() => SchoolResultsSummaryRow, { description: '合  计' })
  totals: SchoolResultsSummaryRow;

  @Field({ description: '表名' })
  form: string;

  @Field({ description: '依据' })
  basis: string;
}

@ObjectType({ description: '汇总表文件 / the summary as a file' })
class SummaryFile {
  @Field()
  fileName: string;

  @Field()
  mediaType: string;

  @Field({ description: 'XLSX 内容（base64）' })
  contentBase64: string;
}

/** Certificate facts for the certificates subgraph: @inaccessible, never in the public API. */
@Directive('@inaccessible')
@ObjectType({ description: '发证用认定信息（内部）/ assessment facts for issuing (internal)' })
class SchoolCertificateFacts {
  @Field(() => ID) id: string;
  @Field() province: string;
  @Field(() => ID) institutionId: string;
  @Field() status: string;
  @Field() reviewed: boolean;
  @Field(() => DateScalar) assessedOn: string;
  @Field() occupationCode: string;
  @Field(() => Int) level: number;
}

@Directive('@inaccessible')
@ObjectType()
class SchoolHolderScore {
  @Field() subject: string;
  @Field(() => Float) score: number;
}

@Directive('@inaccessible')
@ObjectType()
class SchoolCertificateHolder {
  @Field(() => ID) candidateId: string;
  @Field() name: string;
  @Field() residentId: string;
  @Field(() => [SchoolHolderScore], { description: 'Bounded: the two subjects of a school assessment (theory, practical).' }) scores: SchoolHolderScore[];
}

@Directive('@inaccessible')
@ObjectType()
class SchoolCertificateHolderPage {
  @Field(() => [SchoolCertificateHolder], { description: 'Bounded: by first (1-1000), a peer-only page.' }) nodes: SchoolCertificateHolder[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

function toRow(r: SummaryRowData): SchoolResultsSummaryRow {
  return {
    occupationCode: r.occupationCode,
    label: r.occupationCode ? occupationLabel(r) : r.occupationName,
    occupationName: r.occupationName,
    workType: r.workType,
    level1: r.byLevel[0],
    level2: r.byLevel[1],
    level3: r.byLevel[2],
    level4: r.byLevel[3],
    level5: r.byLevel[4],
    subtotal: r.subtotal,
  };
}

const MAX_HOLDER_PAGE = 1000;

@Resolver(() => SchoolAssessment)
export class SchoolAssessmentResolver {
  @Authorized('INSTITUTION_STAFF')
  @Mutation(() => SchoolAssessment, { description: '学校新建职业技能等级认定（备案范围与有效期内；准入类除外）/ a school opens an assessment' })
  createSchoolAssessment(@Arg('input') input: CreateSchoolAssessmentInput, @Ctx() ctx: Ctx): Promise<SchoolAssessment> {
    return createAssessment(ctx, input);
  }

  @Authorized('INSTITUTION_STAFF')
  @Mutation(() => SchoolAssessment, { description: '登记本校学生及成绩（考核测评：理论+实操；竞赛选拔：竞赛、名次、证明），每次1-500人，整体成功或失败' })
  addSchoolAssessmentCandidates(@Arg('assessmentId', () => ID) id: string, @Arg('candidates', () => [SchoolCandidateInput]) candidates: SchoolCandidateInput[], @Ctx() ctx: Ctx): Promise<SchoolAssessment> {
    return addCandidates(ctx, id, candidates);
  }

  @Authorized('INSTITUTION_STAFF')
  @Mutation(() => SchoolCandidate, { description: '更正学生成绩或竞赛信息（录入中或审核退回后，须说明理由）/ correct a student\'s result before reporting again' })
  correctSchoolCandidateResult(@Arg('candidateId', () => ID) candidateId: string, @Arg('input') input: SchoolCandidateResultInput, @Ctx() ctx: Ctx): Promise<SchoolCandidate> {
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    return correctResult(ctx, candidateId, given as SchoolCandidateResultInput);
  }

  @Authorized('INSTITUTION_STAFF')
  @Mutation(() => SchoolAssessment, { description: '撤回误登记的学生（录入中或审核退回后，须说明理由）/ withdraw a student entered by mistake' })
  withdrawSchoolCandidate(@Arg('candidateId', () => ID) candidateId: string, @Arg('reason') reason: string, @Ctx() ctx: Ctx): Promise<SchoolAssessment> {
    return withdrawCandidate(ctx, candidateId, reason);
  }

  @Authorized('INSTITUTION_STAFF')
  @Mutation(() => SchoolAssessment, { description: '认定结果报市公共就业服务机构审核（四(四)1）/ report results for review' })
  reportSchoolAssessment(@Arg('id', () => ID) id: string, @Arg('reportedOn', () => DateScalar, { nullable: true }) reportedOn: string | null, @Ctx() ctx: Ctx): Promise<SchoolAssessment> {
    return reportAssessment(ctx, id, reportedOn);
  }

  @Authorized('CITY_OPERATOR')
  @Mutation(() => SchoolAssessment, { description: '市公共就业服务机构审核：通过 / an approval by the school\'s city centre' })
  approveSchoolAssessment(@Arg('id', () => ID) id: string, @Arg('reviewedOn', () => DateScalar, { nullable: true }) reviewedOn: string | null, @Ctx() ctx: Ctx): Promise<SchoolAssessment> {
    return reviewAssessment(ctx, id, true, null, reviewedOn);
  }

  @Authorized('CITY_OPERATOR')
  @Mutation(() => SchoolAssessment, { description: '市公共就业服务机构审核：退回（须说明理由），学校修改后重报' })
  returnSchoolAssessment(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Arg('reviewedOn', () => DateScalar, { nullable: true }) reviewedOn: string | null, @Ctx() ctx: Ctx): Promise<SchoolAssessment> {
    return reviewAssessment(ctx, id, false, reason, reviewedOn);
  }

  @Authorized('INSTITUTION_STAFF')
  @Mutation(() => SchoolAssessmentRecord, { description: '登记认定工作资料（纸质≥3年、电子≥5年，四(四)4）/ archive a record' })
  archiveSchoolAssessmentRecord(
    @Arg('assessmentId', () => ID) id: string,
    @Arg('medium', () => Medium) medium: Medium,
    @Arg('description') description: string,
    @Arg('location') location: string,
    @Arg('archivedOn', () => DateScalar, { nullable: true }) archivedOn: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<SchoolAssessmentRecord> {
    if (medium === 'VIDEO') throw new BadUserInputError('技工院校资料分纸质（PAPER）和电子（ELECTRONIC）/ PAPER or ELECTRONIC', { field: 'medium' });
    return archiveRecord(ctx, id, medium, description, location, archivedOn);
  }

  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ExcludedOccupation, { description: '登记不纳入职业技能等级认定的准入类职业（工种）（二(一)）/ mark an occupation as 准入类' })
  async excludeOccupationFromRecognition(
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('occupationCode') occupationCode: string,
    @Arg('occupationName') occupationName: string,
    @Arg('basis', { description: '依据，如《国家职业资格目录》' }) basis: string,
    @Ctx() ctx: Ctx,
  ): Promise<ExcludedOccupation> {
    assertProvinceAccess(ctx.caller, province);
    const { rules } = schoolAssessmentRules(province);
    const category = rules.excludedCategories.value?.[0];
    if (!category) throw new ConflictError('本省通知未规定排除的职业类别 / no excluded category');
    const code = occupationCode.trim();
    if (!/^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/.test(code)) throw new BadUserInputError('职业编码格式应为 X-XX-XX-XX', { field: 'occupationCode' });
    const name = occupationName.trim();
    const why = basis.trim();
    if (!name || [...name].length > 100) throw new BadUserInputError('职业名称须为1-100字', { field: 'occupationName' });
    if (!why || [...why].length > 300) throw new BadUserInputError('依据须为1-300字', { field: 'basis' });
    return inTransaction(ctx.db, async (manager) => {
      if (await manager.existsBy(ExcludedOccupation, { province, occupationCode: code })) throw new ConflictError('该职业已登记为准入类 / already excluded');
      const row = Object.assign(new ExcludedOccupation(), { id: crypto.randomUUID(), province, occupationCode: code, occupationName: name, category, basis: why });
      await manager.insert(ExcludedOccupation, row);
      await recordAudit(manager, ctx, { action: 'excludeOccupationFromRecognition', targetType: 'ExcludedOccupation', targetId: row.id, province });
      return row;
    });
  }

  @Authorized()
  @Query(() => SchoolAssessment, { nullable: true, description: '一次认定（本校、本市、本省）/ one assessment' })
  async schoolAssessment(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<SchoolAssessment> {
    const a = await loadAssessment(ctx, id);
    assertCanRead(ctx.caller, a);
    return a;
  }

  @Authorized()
  @Query(() => SchoolAssessmentConnection, { description: '认定列表：按学校（institutionId）或按市（province + cityCode）/ assessments of a school or a city' })
  async schoolAssessments(
    @Args() page: PageArgs,
    @Arg('institutionId', () => ID, { nullable: true }) institutionId: string | null,
    @Arg('province', () => ProvinceCodeEnum(), { nullable: true }) province: string | null,
    @Arg('cityCode', () => String, { nullable: true }) cityCode: string | null,
    @Arg('status', () => SchoolAssessmentStatus, { nullable: true }) status: SchoolAssessmentStatus | null,
    @Ctx() ctx: Ctx,
  ): Promise<SchoolAssessmentConnection> {
    const p = parsePage(page);
    const { caller } = ctx;
    const qb = ctx.db.getRepository(SchoolAssessment).createQueryBuilder('a');
    if (institutionId) {
      if (caller.role === 'INSTITUTION_STAFF' && caller.institutionId !== institutionId) throw new ForbiddenError('只能查看本校的认定 / a school sees its own assessments');
      qb.andWhere('a.institution_id = :institutionId', { institutionId });
    } else if (province && cityCode) {
      if (!/^\d{6}$/.test(cityCode)) throw new BadUserInputError('cityCode 须为6位', { field: 'cityCode' });
      qb.andWhere('a.province = :province AND a.city_code LIKE :city', { province, city: `${cityCode.slice(0, 4)}%` });
    } else throw new BadUserInputError('须给出 institutionId，或 province 与 cityCode / give institutionId, or province and cityCode', { field: 'institutionId' });
    // Scope: whatever the filter, a caller sees only what it may read.
    if (caller.role === 'INSTITUTION_STAFF') qb.andWhere('a.institution_id = :own', { own: caller.institutionId });
    else if (caller.role === 'CITY_OPERATOR') {
      if (province && cityCode && !(caller.provinces.includes(province) && cityCovers(caller.cityCodes, cityCode))) throw new ForbiddenError('市级经办人只能查看本市 / a city sees its own city');
      qb.andWhere('a.province = :cp AND SUBSTR(a.city_code, 1, 4) IN (:...cities)', { cp: caller.provinces[0], cities: (caller.cityCodes ?? []).map((c) => c.slice(0, 4)) });
    } else if (caller.role === 'PROVINCE_OPERATOR') qb.andWhere('a.province IN (:...ps)', { ps: caller.provinces.length ? caller.provinces : ['-'] });
    else if (caller.role !== 'NATIONAL_ADMIN') throw new ForbiddenError('无权查看认定 / not allowed');
    if (status) qb.andWhere('a.status = :status', { status });
    const count = qb.clone();
    if (p.afterKey) qb.andWhere('a.id > :after', { after: p.afterKey });
    const rows = await qb.orderBy('a.id', 'ASC').take(p.limit + 1).getMany();
    return toConnection(rows, () => count.getCount(), p, (r) => r.id);
  }

  @Authorized()
  @Query(() => SchoolResultsSummary, { description: '技工院校职业技能等级认定结果汇总表（附件7，四(四)3）：按校或按市、按月 / the monthly summary per school or city' })
  async schoolResultsSummary(
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('institutionId', () => ID, { nullable: true }) institutionId: string | null,
    @Arg('province', () => ProvinceCodeEnum(), { nullable: true }) province: string | null,
    @Arg('cityCode', () => String, { nullable: true }) cityCode: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<SchoolResultsSummary> {
    const s = await monthlySummary(ctx, { month, institutionId, province, cityCode });
    return { ...s, rows: s.rows.map(toRow), totals: toRow(s.totals), basis: `${s.source.document} ${s.source.section}` };
  }

  @Authorized()
  @Query(() => SummaryFile, { description: '汇总表（附件7 格式）XLSX 文件 / the monthly summary as XLSX in the 附件7 layout' })
  async schoolResultsSummaryXlsx(
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('institutionId', () => ID, { nullable: true }) institutionId: string | null,
    @Arg('province', () => ProvinceCodeEnum(), { nullable: true }) province: string | null,
    @Arg('cityCode', () => String, { nullable: true }) cityCode: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<SummaryFile> {
    const s = await monthlySummary(ctx, { month, institutionId, province, cityCode });
    const content = await summaryWorkbook(s);
    return { fileName: `附件7-${s.institutionId ? 'school' : s.cityCode}-${s.month}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64: content.toString('base64') };
  }

  @Authorized()
  @Query(() => SchoolRecordConnection, { description: '保存期已满、可以销毁的认定资料（保存至日之后才列出）/ school records past their keep-until date' })
  async schoolPurgeableRecords(
    @Args() page: PageArgs,
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<SchoolRecordConnection> {
    const p = parsePage(page);
    const { caller } = ctx;
    const qb = ctx.db.getRepository(SchoolAssessmentRecord).createQueryBuilder('r').where('r.province = :province AND r.retain_until < :asOf', { province, asOf: asOf ?? todayInChina() });
    if (caller.role === 'INSTITUTION_STAFF') qb.andWhere('r.institution_id = :own', { own: caller.institutionId });
    else if (caller.role === 'CITY_OPERATOR') qb.andWhere('SUBSTR(r.city_code, 1, 4) IN (:...cities)', { cities: caller.provinces.includes(province) ? (caller.cityCodes ?? []).map((c) => c.slice(0, 4)) : ['-'] });
    else assertProvinceAccess(caller, province);
    const count = qb.clone();
    if (p.afterKey) qb.andWhere('r.id > :after', { after: p.afterKey });
    const rows = await qb.orderBy('r.id', 'ASC').take(p.limit + 1).getMany();
    return toConnection(rows, () => count.getCount(), p, (r) => r.id);
  }

  @FieldResolver(() => SchoolCandidateConnection, { description: '考生及成绩 / the students and their results' })
  async candidates(@Root() a: SchoolAssessment, @Args() page: PageArgs, @Ctx() ctx: Ctx): Promise<SchoolCandidateConnection> {
    assertCanRead(ctx.caller, a);
    const p = parsePage(page);
    // First pages of a list of assessments come in one statement; a later page is one assessment's.
    const rows = p.afterKey
      ? await ctx.db.getRepository(SchoolCandidate).find({ where: { assessmentId: a.id, id: MoreThan(p.afterKey) } as FindOptionsWhere<SchoolCandidate>, order: { id: 'ASC' }, take: p.limit + 1 })
      : await ctx.loaders.schoolCandidatesFirstPage(p.limit).load(a.id);
    return toConnection(rows, a.candidateCount, p, (r) => r.id);
  }

  @FieldResolver(() => String, { description: '考核依据：通知未规定合格线时为工作方案 / where the pass mark comes from' })
  passMarkBasis(@Root() a: SchoolAssessment): string {
    if (a.method === 'COMPETITION') return '竞赛选拔：按竞赛成绩直接认定';
    const rule = schoolAssessmentRules(a.province).rules.passMark;
    return rule.stated ? `${rule.source.document} ${rule.source.section}` : `学校工作方案（${a.workPlanReference}）；${rule.note ?? ''}`;
  }
}

@Resolver(() => SchoolCandidate)
export class SchoolCandidateResolver {
  @FieldResolver(() => String, { description: '姓名（本校、本市、本省可见）' })
  name(@Root() c: SchoolCandidate, @Ctx() ctx: Ctx): string {
    // Reached through its assessment, which checked who may read it.
    noteUnmaskedRead(ctx, { targetType: 'SchoolCandidate', targetId: c.id, field: 'name' });
    return c.name;
  }

  @FieldResolver(() => String, { description: '身份证号（脱敏）' })
  residentId(@Root() c: SchoolCandidate): string {
    return maskIdNumber(c.residentId)!;
  }
}

/** What the certificates subgraph reads to issue a school's certificates (the school's own token travels). */
@Resolver()
export class SchoolCertificateSourceResolver {
  @Directive('@inaccessible')
  @Query(() => SchoolCertificateFacts, { nullable: true, description: '内部：发证用认定信息 / internal' })
  async schoolCertificateFacts(@Arg('assessmentId', () => ID) id: string, @Ctx() ctx: Ctx): Promise<SchoolCertificateFacts> {
    const a = await loadAssessment(ctx, id);
    assertCanRead(ctx.caller, a);
    return { id: a.id, province: a.province, institutionId: a.institutionId, status: a.status, reviewed: a.status === 'APPROVED' || a.status === 'ISSUED', assessedOn: a.assessedOn, occupationCode: a.occupationCode, level: a.level };
  }

  @Directive('@inaccessible')
  @Query(() => SchoolCertificateHolderPage, { description: '内部：审核通过的合格学生（明文，仅子图之间）/ internal: reviewed passing students in clear' })
  async schoolCertificateHolders(
    @Arg('assessmentId', () => ID) id: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<SchoolCertificateHolderPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_HOLDER_PAGE) throw new BadUserInputError(`first 须在 1 到 ${MAX_HOLDER_PAGE} 之间`, { field: 'first' });
    const a = await loadAssessment(ctx, id);
    assertSchoolStaff(ctx.caller, a.institutionId);
    if (a.status !== 'APPROVED' && a.status !== 'ISSUED') throw new ConflictError(`认定状态为${a.status}，审核通过后方可发证 / only reviewed results are issued`, { status: a.status, reason: 'NOT_REVIEWED' });
    const where: FindOptionsWhere<SchoolCandidate> = after ? { assessmentId: id, passed: true, id: MoreThan(decodeCursor(after)) } : { assessmentId: id, passed: true };
    const rows = await ctx.db.getRepository(SchoolCandidate).find({ where, order: { id: 'ASC' }, take: first });
    const nodes = rows.map((c) => ({
      candidateId: c.id,
      name: c.name,
      residentId: c.residentId,
      scores: [
        ...(c.theoryScore !== null ? [{ subject: 'THEORY', score: c.theoryScore }] : []),
        ...(c.practicalScore !== null ? [{ subject: 'PRACTICAL', score: c.practicalScore }] : []),
      ],
    }));
    for (const n of nodes) noteUnmaskedRead(ctx, { targetType: 'SchoolCandidate', targetId: n.candidateId, province: a.province, field: 'name,residentId' });
    return { nodes, endCursor: rows.length === first ? encodeCursor(rows[rows.length - 1].id) : null };
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: '内部：学校已颁发证书 / internal: the school issued the certificates' })
  recordSchoolCertificatesIssued(@Arg('assessmentId', () => ID) id: string, @Arg('on', () => DateScalar) on: string, @Ctx() ctx: Ctx): Promise<boolean> {
    return recordIssued(ctx, id, on);
  }
}


