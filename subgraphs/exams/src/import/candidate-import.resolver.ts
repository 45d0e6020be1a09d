import { BadUserInputError, defineEnum, type EnumValue, type SubgraphContext } from '@skillfed/common';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MAX_CANDIDATES_PER_BATCH } from '../candidate.service';
import { loadBatch } from '../declaration.service';
import type { Loaders } from '../exam-batch.loader';
import { importCandidates, MAX_CANDIDATE_FILE_BYTES, type CandidateImportReport } from './candidate-import.service';

type Ctx = SubgraphContext<Loaders>;

export const CandidateFileFormat = defineEnum('CandidateFileFormat', '考生名单文件格式 / candidate file format', {
  CSV: 'CSV（UTF-8 或 GBK/GB18030）',
  XLSX: 'Excel 工作簿（第一个工作表）',
});
export type CandidateFileFormat = EnumValue<typeof CandidateFileFormat>;

@InputType({ description: '批量登记考生：上传名单文件 / register a batch\'s candidates from a file' })
export class ImportCandidatesInput {
  @Field(() => CandidateFileFormat, { nullable: true, description: '不填时按内容判断（XLSX 以 ZIP 开头）/ detected from the content when omitted' })
  format?: CandidateFileFormat | null;

  @Field({ description: `文件内容的 Base64（保留 GBK 字节），文件不超过 ${MAX_CANDIDATE_FILE_BYTES / 1024 / 1024} MB、${MAX_CANDIDATES_PER_BATCH} 行 / the file, base64-encoded` })
  contentBase64: string;

  @Field({ defaultValue: true, description: '试运行：只检查、列出全部问题，不写入 / check and list every problem, write nothing' })
  dryRun: boolean;
}

@ObjectType({ description: '名单中的问题 / a problem in the candidate file' })
class CandidateImportProblemType {
  @Field(() => Int, { nullable: true, description: '行号（表头为第1行，与 Excel 显示一致）；整个文件的问题为空 / the row as Excel shows it' })
  row: number | null;

  @Field(() => String, { nullable: true, description: '列名（文件中的写法）/ the column heading as written' })
  column: string | null;

  @Field(() => String, { nullable: true, description: 'name | residentId | phone | priorityGroup | projectId' })
  field: string | null;

  @Field({ description: '原因（不含个人信息）/ why, without the personal data' })
  reason: string;
}

@ObjectType({ description: '批量登记结果 / candidate import report' })
class CandidateImportReportType {
  @Field(() => ID)
  batchId: string;

  @Field(() => CandidateFileFormat)
  format: CandidateFileFormat;

  @Field(() => String, { nullable: true, description: 'CSV 的编码：UTF-8 或 GB18030 / the CSV encoding read' })
  encoding: string | null;

  @Field()
  dryRun: boolean;

  @Field({ description: '是否已写入（有任何问题则一行也不写）/ whether the rows were written; any problem writes none' })
  applied: boolean;

  @Field(() => Int, { description: '数据行数 / data rows read' })
  total: number;

  @Field(() => Int, { description: '无问题的行数 / rows without a problem' })
  valid: number;

  @Field(() => Int, { description: '已写入的考生数 / candidates written' })
  imported: number;

  @Field(() => Int, { description: '本批次现有考生数 / candidates in the batch now' })
  candidateCount: number;

  @Field(() => [CandidateImportProblemType], {
    description: `全部问题，按行排列 / every problem, by row. Bounded: a few per row of a file of at most ${MAX_CANDIDATES_PER_BATCH} rows.`,
  })
  problems: CandidateImportProblemType[];
}

@Resolver()
export class CandidateImportResolver {
  /**
   * The file travels as base64 in the GraphQL request rather than as a multipart upload: a batch's list
   * is small (1000 rows of XLSX ≈ 34 KB, well inside the gateway's 2 MB body limit), the gateway and
   * every client already speak JSON, and one request stays one transaction with one audit record.
   */
  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => CandidateImportReportType, {
    description:
      '批量登记考生（草稿阶段）：CSV（UTF-8/GBK）或 XLSX；逐行按 addCandidate 的规则检查（身份证号校验位、考核首日年龄、重点群体），并查文件内和本批次重复；试运行列出全部问题；正式导入全部写入或一行不写 / register candidates from a file, all or nothing',
  })
  async importCandidates(@Arg('batchId', () => ID) batchId: string, @Arg('input') input: ImportCandidatesInput, @Ctx() ctx: Ctx): Promise<CandidateImportReport> {
    const batch = await loadBatch(ctx, batchId);
    if (input.contentBase64.length > Math.ceil(MAX_CANDIDATE_FILE_BYTES / 3) * 4 + 4) {
      throw new BadUserInputError(`文件超过 ${MAX_CANDIDATE_FILE_BYTES / 1024 / 1024} MB / the file is larger than ${MAX_CANDIDATE_FILE_BYTES / 1024 / 1024} MB`, { field: 'contentBase64' });
    }
    if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) throw new BadUserInputError('contentBase64 不是 Base64 / contentBase64 is not base64', { field: 'contentBase64' });
    return importCandidates(ctx.db, ctx, batch, { bytes: Buffer.from(input.contentBase64, 'base64'), format: input.format ?? null }, input.dryRun);
  }
}
