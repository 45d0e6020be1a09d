import { BadUserInputError, ConnectionType, DateScalar, ProvinceCodeEnum, encodeCursor, paginate, parsePage, PageArgs, todayInChina, type SubgraphContext } from '@skillfed/common';
import { addWorkingDays } from '@skillfed/province-rules';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { CertificateKind } from './certificate.enums';
import type { Loaders } from './certificate.loader';
import { readReceipt, ReceiptFileError } from './receipt-import';
import { certificateDeadlines, reconcile } from './reconciliation.service';
import { UploadBatch, UploadBatchRow } from './upload-batch.entity';
import { DeadlineFilter, DeadlineState, ExchangeFileFormat, ReceiptOutcome, UploadBatchStatus } from './upload-batch.enums';
import { assertExchangeAccess, buildUploadBatch, importUploadReceipt, loadBatch, markUploadBatchSent, MAX_LISTED_PROBLEMS } from './upload-batch.service';

type Ctx = SubgraphContext<Loaders>;

@ObjectType({ description: '上报批次分页列表 / a page of upload batches' })
export class UploadBatchConnection extends ConnectionType(UploadBatch) {}

@ObjectType({ description: '上报批次记录分页列表 / a page of an upload batch\'s rows' })
export class UploadBatchRowConnection extends ConnectionType(UploadBatchRow) {}

@ObjectType({ description: '回执中的问题行 / a receipt line that could not be applied' })
export class ReceiptProblemType {
  @Field(() => Int, { description: '文件中的行号（XLSX为表格行号）/ line in the file (sheet row for XLSX)' })
  line: number;

  @Field(() => String, { nullable: true })
  number: string | null;

  @Field()
  reason: string;
}

@ObjectType({ description: '回执导入结果 / what importing a receipt did (all or nothing)' })
export class UploadReceiptResult {
  @Field(() => UploadBatch)
  batch: UploadBatch;

  @Field()
  dryRun: boolean;

  @Field({ description: '是否已写入（有问题行时不写入）/ whether anything was written (nothing is while a line has a problem)' })
  applied: boolean;

  @Field(() => Int, { description: '回执行数 / lines read' })
  lines: number;

  @Field(() => Int, { description: '本次标记为接收 / rows marked accepted now' })
  accepted: number;

  @Field(() => Int, { description: '本次标记为退回 / rows marked rejected now' })
  rejected: number;

  @Field(() => Int, { description: '此前已记录相同结果 / rows already recorded the same way' })
  unchanged: number;

  @Field(() => Int, { description: '问题行总数 / lines with a problem' })
  problemCount: number;

  @Field(() => [ReceiptProblemType], { description: `问题行（按行号）。Bounded: at most ${MAX_LISTED_PROBLEMS} lines are listed; problemCount gives the total.` })
  problems: ReceiptProblemType[];
}

@ObjectType({ description: '依据 / legal basis of a rule value' })
export class ExchangeCitation {
  @Field()
  document: string;

  @Field()
  section: string;

  @Field(() => String, { nullable: true })
  quote: string | null;
}

@ObjectType({ description: '证书数据上网期限（工作日，自发证日起算；以回执接收日判定）/ the data-online deadline, per certificate' })
export class ExchangeDeadlineFigures {
  @Field(() => Int, { description: '工作日数 / working days' })
  workingDays: number;

  @Field({ description: '是否为通知明文规定 / stated by the notice' })
  stated: boolean;

  @Field(() => ExchangeCitation)
  source: ExchangeCitation;

  @Field(() => Int, { description: '按期接收 / accepted by the due date' })
  met: number;

  @Field(() => Int, { description: '逾期后接收 / accepted after the due date' })
  metLate: number;

  @Field(() => Int, { description: '已逾期未接收 / past due, not accepted' })
  overdue: number;

  @Field(() => Int, { description: '未到期未接收 / not due yet' })
  open: number;

  @Field(() => Int, { description: '到期日所在年度节假日安排未加载，未计算 / due date in a year whose holiday arrangement is not loaded' })
  dueUnknown: number;

  @Field(() => DateScalar, { nullable: true, description: '最早的逾期到期日 / earliest due date among the overdue' })
  oldestOverdueDue: string | null;
}

@ObjectType({ description: '对账（一个市，或全省合计）/ reconciliation figures of one city, or of the whole scope' })
export class ReconciliationLineType {
  @Field(() => String, { nullable: true, description: '市代码（xxxx00）；全省合计为空 / city (prefecture) code; null for the total' })
  cityCode: string | null;

  @Field(() => Int, { description: '证书数（含已撤销、已换发）/ certificates issued in the scope' })
  issued: number;

  @Field(() => Int, { description: '待上报 / changes no batch carries yet' })
  pending: number;

  @Field(() => Int, { description: '在途（已生成或已报送，待回执）/ in a batch awaiting its receipt' })
  inBatch: number;

  @Field(() => Int, { description: '已接收 / latest change accepted' })
  acknowledged: number;

  @Field(() => Int, { description: '被退回，待更正 / rejected, awaiting correction' })
  rejected: number;

  @Field(() => Int, { description: '被退回后已更正换发（新证书另计）/ rejected, then corrected (the new certificate counts on its own)' })
  corrected: number;

  @Field(() => Date, { nullable: true, description: '最早一条未接收变更的发生时间（UTC）/ when the oldest unacknowledged change happened' })
  oldestUnacknowledgedAt: Date | null;

  @Field(() => Float, { nullable: true, description: '最早未接收变更距今天数 / its age in days as of asOf' })
  oldestUnacknowledgedDays: number | null;
}

@ObjectType({ description: '证书数据上报对账 / where a scope\'s certificates stand with the query system' })
export class ExchangeReconciliation {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field(() => CertificateKind)
  kind: string;

  @Field(() => DateScalar)
  asOf: string;

  @Field(() => ReconciliationLineType, { description: '合计 / the whole scope' })
  total: ReconciliationLineType;

  @Field(() => [ReconciliationLineType], { description: '按市 / per city. Bounded: the cities of one province that have certificates of this kind.' })
  cities: ReconciliationLineType[];

  @Field(() => ExchangeDeadlineFigures, { nullable: true, description: '上网期限（本省该类证书有此规定时）/ the data-online deadline, where the province sets one' })
  deadline: ExchangeDeadlineFigures | null;
}

@ObjectType({ description: '一张证书的上网期限 / one certificate\'s data-online deadline' })
export class CertificateDeadlineType {
  @Field({ description: '证书编号 / certificate number' })
  number: string;

  @Field({ description: '市代码 / city of the institution' })
  cityCode: string;

  @Field(() => DateScalar, { description: '发证日期（期限起算）/ issued on (the deadline counts from it)' })
  issuedOn: string;

  @Field(() => DateScalar, { description: '到期日（工作日）/ due on' })
  dueOn: string;

  @Field(() => DateScalar, { nullable: true, description: '查询系统接收日 / accepted by the query system on' })
  acknowledgedOn: string | null;

  @Field(() => DeadlineState)
  state: string;
}

@ObjectType({ description: '证书上网期限分页列表 / a page of certificate deadlines' })
export class CertificateDeadlineConnection extends ConnectionType(CertificateDeadlineType) {}

@ArgsType()
class CertificateDeadlinesArgs extends PageArgs {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field(() => CertificateKind)
  kind: string;

  @Field(() => String, { nullable: true, description: '只看一个市 / one city only' })
  cityCode?: string | null;

  @Field(() => DeadlineFilter, { nullable: true, description: '只看逾期、未到期或已接收 / overdue, open or acknowledged only' })
  state?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '判定逾期的日期，默认今天（北京时间）/ default today in China' })
  asOf?: string | null;
}

@ArgsType()
class UploadBatchesArgs extends PageArgs {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field(() => CertificateKind, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: '市代码（按市上报时）/ city code, where the city uploads' })
  cityCode?: string | null;

  @Field(() => UploadBatchStatus, { nullable: true })
  status?: string | null;
}

@ArgsType()
class UploadBatchRowsArgs extends PageArgs {
  @Field(() => ReceiptOutcome, { nullable: true })
  outcome?: string | null;
}

function ageInDays(since: Date | null, asOf: string): number | null {
  if (!since) return null;
  const end = Date.parse(`${asOf}T16:00:00Z`); // the end of asOf in China
  return Math.max(0, Math.round(((end - since.getTime()) / 86_400_000) * 10) / 10);
}

function actor(ctx: Ctx) {
  return { caller: ctx.caller, requestId: ctx.requestId };
}

@Resolver(() => UploadBatch)
export class UploadBatchResolver {
  @Authorized()
  @Query(() => UploadBatchConnection, { nullable: true, description: '证书数据上报批次（按生成时间）/ upload batches of a province, oldest first' })
  async uploadBatches(@Args() args: UploadBatchesArgs, @Ctx() ctx: Ctx): Promise<UploadBatchConnection> {
    const page = parsePage(args);
    const cityCode = args.cityCode?.trim() ? `${args.cityCode.trim().slice(0, 4)}00` : '';
    if (args.cityCode && !/^\d{6}$/.test(args.cityCode.trim())) throw new BadUserInputError('市代码须为6位 / cityCode must be 6 digits', { field: 'cityCode' });
    assertExchangeAccess(ctx.caller, { province: args.province, cityCode }, 'READ');
    const qb = ctx.db.getRepository(UploadBatch).createQueryBuilder('b').where('b.province = :province', { province: args.province });
    if (args.kind) qb.andWhere('b.kind = :kind', { kind: args.kind });
    if (cityCode) qb.andWhere('b.city_code = :cityCode', { cityCode });
    if (args.status) qb.andWhere('b.status = :status', { status: args.status });
    return paginate(qb, 'b', page, { orderBy: [{ column: 'b.builtAt', property: 'builtAt' }] });
  }

  @Authorized()
  @Query(() => UploadBatch, { nullable: true, description: '一个上报批次 / one upload batch' })
  async uploadBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<UploadBatch> {
    const batch = await loadBatch(ctx.db, id);
    assertExchangeAccess(ctx.caller, batch, 'READ');
    return batch;
  }

  @Authorized()
  @Query(() => ExchangeReconciliation, { nullable: true, description: '证书数据上报对账：待上报、在途、已接收、被退回，及上网期限 / reconciliation with the query system' })
  async exchangeReconciliation(
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('kind', () => CertificateKind) kind: string,
    @Arg('cityCode', () => String, { nullable: true, description: '只看一个市 / one city only' }) cityCode: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: '计算逾期的日期，默认今天（北京时间）/ default today in China' }) asOf: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<ExchangeReconciliation> {
    if (cityCode && !/^\d{6}$/.test(cityCode.trim())) throw new BadUserInputError('市代码须为6位 / cityCode must be 6 digits', { field: 'cityCode' });
    const city = cityCode?.trim() ? `${cityCode.trim().slice(0, 4)}00` : '';
    assertExchangeAccess(ctx.caller, { province, cityCode: city }, 'READ');
    const result = await reconcile(ctx.db, { province, kind, cityCode: city }, { asOf, yearData: () => ctx.yearData.get() });
    const line = (l: (typeof result.lines)[number], total: boolean): ReconciliationLineType => ({ ...l, cityCode: total ? (city || null) : l.cityCode, oldestUnacknowledgedDays: ageInDays(l.oldestUnacknowledgedAt, result.asOf) });
    const d = result.deadline;
    return {
      province,
      kind,
      asOf: result.asOf,
      total: line(result.total, true),
      cities: result.lines.map((l) => line(l, false)),
      deadline: d && d.rule.value
        ? { workingDays: d.rule.value.workingDays, stated: d.rule.stated, source: { document: d.rule.source.document, section: d.rule.source.section, quote: d.rule.source.quote ?? null }, met: d.met, metLate: d.metLate, overdue: d.overdue, open: d.open, dueUnknown: d.dueUnknown, oldestOverdueDue: d.oldestOverdueDue }
        : null,
    };
  }

  @Authorized()
  @Query(() => CertificateDeadlineConnection, { nullable: true, description: '逐证书的上网期限（本省该类证书有期限规定时；否则为 null）：到期日与接收日，按发证日期从早到晚 / each certificate\'s data-online deadline, oldest first (null where the province sets no period)' })
  async certificateDeadlines(@Args() args: CertificateDeadlinesArgs, @Ctx() ctx: Ctx): Promise<CertificateDeadlineConnection | null> {
    const page = parsePage(args);
    if (args.cityCode && !/^\d{6}$/.test(args.cityCode.trim())) throw new BadUserInputError('市代码须为6位 / cityCode must be 6 digits', { field: 'cityCode' });
    const city = args.cityCode?.trim() ? `${args.cityCode.trim().slice(0, 4)}00` : '';
    assertExchangeAccess(ctx.caller, { province: args.province, cityCode: city }, 'READ');
    let after: [string, string] | null = null;
    if (page.afterKey) {
      const parts = page.afterKey.split('|');
      if (parts.length !== 2 || !/^\d{4}-\d{2}-\d{2}$/.test(parts[0])) throw new BadUserInputError('游标无效 / `after` is not a cursor returned by this API', { field: 'after' });
      after = [parts[0], parts[1]];
    }
    const asOf = args.asOf ?? todayInChina();
    const result = await ctx.yearData.use((data) =>
      certificateDeadlines(ctx.db, { province: args.province, kind: args.kind, cityCode: city }, { asOf, state: (args.state as 'OVERDUE') ?? null, limit: page.limit, after, add: (d, n) => addWorkingDays(d, n, data.calendar) }),
    );
    if (!result) return null;
    const last = result.rows[result.rows.length - 1];
    let counted: Promise<number> | undefined;
    return {
      get totalCount() {
        return (counted ??= result.count());
      },
      nodes: result.rows,
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: last ? encodeCursor(`${last.issuedOn}|${last.id}`) : null },
    } as CertificateDeadlineConnection;
  }

  @Authorized()
  @Mutation(() => UploadBatch, { nullable: true, description: '生成上报批次：自上次上报以来新发、更正、撤销的证书（无待上报时返回 null）；按市上报的省份须给市代码 / build the next upload batch (null when nothing is pending)' })
  buildUploadBatch(
    @Arg('province', () => ProvinceCodeEnum()) province: string,
    @Arg('kind', () => CertificateKind) kind: string,
    @Arg('cityCode', () => String, { nullable: true, description: '市代码（本省规则按市上报时必填）/ required where the city uploads' }) cityCode: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<UploadBatch | null> {
    return buildUploadBatch(ctx.db, actor(ctx), { province, kind, cityCode });
  }

  @Authorized()
  @Mutation(() => UploadBatch, { description: '标记已报送（BUILT → SENT）；重复调用不改变任何内容 / mark sent; repeating it changes nothing' })
  markUploadBatchSent(@Arg('id', () => ID) id: string, @Arg('on', () => DateScalar, { nullable: true, description: '报送日期，默认今天' }) on: string | null, @Ctx() ctx: Ctx): Promise<UploadBatch> {
    return markUploadBatchSent(ctx.db, actor(ctx), id, on);
  }

  @Authorized()
  @Mutation(() => UploadReceiptResult, { description: '导入回执（证书编号、接收/退回、原因）；有问题行时不写入任何内容 / import the query system\'s receipt; all or nothing' })
  async importUploadReceipt(
    @Arg('batchId', () => ID) batchId: string,
    @Arg('format', () => ExchangeFileFormat) format: ExchangeFileFormat,
    @Arg('contentBase64', { description: '回执文件内容（base64）/ the receipt file, base64' }) contentBase64: string,
    @Arg('acknowledgedOn', () => DateScalar, { nullable: true, description: '回执日期，默认今天 / receipt date, default today' }) acknowledgedOn: string | null,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Ctx,
  ): Promise<UploadReceiptResult> {
    const bytes = Buffer.from(contentBase64, 'base64');
    if (!bytes.length) throw new BadUserInputError('回执文件为空 / the receipt file is empty', { field: 'contentBase64' });
    let lines;
    try {
      lines = await readReceipt(bytes, format);
    } catch (error) {
      if (error instanceof ReceiptFileError) throw new BadUserInputError(error.message, { field: 'contentBase64' });
      throw error;
    }
    return importUploadReceipt(ctx.db, actor(ctx), batchId, lines, { acknowledgedOn, dryRun });
  }

  @FieldResolver(() => String, { nullable: true, description: '市代码（按市上报的批次）/ the city, for batches a city uploads' })
  cityCode(@Root() batch: UploadBatch): string | null {
    return batch.cityCode || null;
  }

  @FieldResolver(() => String, { description: '下载路径（经网关，需本省/本市经办人令牌）：GET 此路径?format=csv|csv-gbk|xlsx|jsonl / download path at the gateway' })
  downloadPath(@Root() batch: UploadBatch): string {
    return `/exchange/upload-batches/${batch.id}/file`;
  }

  @FieldResolver(() => String, { description: '建议文件名（不含扩展名）/ suggested file name without extension' })
  fileName(@Root() batch: UploadBatch): string {
    return `upload-${batch.province}-${batch.kind}${batch.cityCode ? `-${batch.cityCode}` : ''}-${String(batch.sequence).padStart(4, '0')}`;
  }

  @FieldResolver(() => UploadBatchRowConnection, { description: '批次中的证书记录（按编号）/ the batch\'s rows in number order' })
  async rows(@Root() batch: UploadBatch, @Args() args: UploadBatchRowsArgs, @Ctx() ctx: Ctx): Promise<UploadBatchRowConnection> {
    const page = parsePage(args);
    const qb = ctx.db.getRepository(UploadBatchRow).createQueryBuilder('r').where('r.batch_id = :id', { id: batch.id });
    if (args.outcome) qb.andWhere('r.outcome = :outcome', { outcome: args.outcome });
    const counter = qb.clone();
    if (page.afterKey !== null) qb.andWhere('r.number > :after', { after: page.afterKey });
    const rows = await qb.orderBy('r.number', 'ASC').take(page.limit + 1).getMany();
    const hasNextPage = rows.length > page.limit;
    const nodes = hasNextPage ? rows.slice(0, page.limit) : rows;
    let counted: Promise<number> | undefined;
    return {
      get totalCount() {
        return (counted ??= args.outcome ? counter.getCount() : Promise.resolve(batch.rowCount));
      },
      nodes,
      pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].number) : null },
    } as UploadBatchRowConnection;
  }
}

