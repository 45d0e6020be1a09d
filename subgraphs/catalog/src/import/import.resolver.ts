import { BadUserInputError, ForbiddenError, ProvinceCodeEnum, assertProvinceAccess, defineEnum, type EnumValue, type SubgraphContext, auditCount, recordAudit } from '@skillfed/common';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { importCatalog } from './import.service';

export const ImportKind = defineEnum('ImportKind', '导入内容 / what a file holds', { PROJECTS: '专项职业能力考核项目目录', OCCUPATIONS: '职业（工种）' });
export type ImportKind = EnumValue<typeof ImportKind>;
export const ImportFormat = defineEnum('ImportFormat', '文件格式 / file format', { CSV: 'CSV（UTF-8 或 GBK/GB18030）', JSON: 'JSON 对象数组', XLSX: 'Excel 工作簿（.xlsx，读取第一个工作表）' });
export type ImportFormat = EnumValue<typeof ImportFormat>;

const MAX_BYTES = 5 * 1024 * 1024;

@InputType({ description: '目录导入 / a catalog file to import' })
class ImportCatalogInput {
  @Field(() => ImportKind)
  kind: ImportKind;

  @Field(() => ImportFormat)
  format: ImportFormat;

  @Field(() => ProvinceCodeEnum(), { nullable: true, description: '导入项目时必填 / required for projects' })
  province?: string | null;

  @Field({ description: '文件内容的 Base64（保留 GBK 字节）/ the file, base64-encoded so GBK bytes survive' })
  contentBase64: string;

  @Field({ defaultValue: true, description: '试运行：只检查不写入 / check only, write nothing' })
  dryRun: boolean;
}

@ObjectType({ description: '导入问题 / a problem in an imported file' })
class ImportProblemType {
  @Field(() => Int, { description: 'CSV 行号（含表头为第1行）或 JSON 数组序号 / CSV line or JSON position' })
  line: number;

  @Field(() => String, { nullable: true })
  field: string | null;

  @Field()
  reason: string;
}

@ObjectType({ description: '导入结果 / import report' })
class ImportReportType {
  @Field()
  dryRun: boolean;

  @Field({ description: '是否已写入（有任何问题则不写入）/ whether anything was written' })
  applied: boolean;

  @Field(() => String, { nullable: true, description: 'UTF-8 或 GB18030' })
  encoding: string | null;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [ImportProblemType], { description: 'Bounded: the rows of one file, whose content is capped at 7,000,000 characters.' })
  problems: ImportProblemType[];
}

@Resolver()
export class ImportResolver {
  @Authorized('NATIONAL_ADMIN', 'PROVINCE_OPERATOR')
  @Mutation(() => ImportReportType, {
    description: '导入目录：试运行列出每个问题行；正式导入全部成功或全部不写；重复导入不产生变化 / import a catalog file; all or nothing; idempotent',
  })
  async importCatalog(@Arg('input') input: ImportCatalogInput, @Ctx() ctx: SubgraphContext<unknown>): Promise<ImportReportType> {
    if (input.kind === 'PROJECTS') {
      if (!input.province) throw new BadUserInputError('导入项目须指定省份 / province is required for projects', { field: 'province' });
      assertProvinceAccess(ctx.caller, input.province);
    } else if (ctx.caller.role !== 'NATIONAL_ADMIN') {
      throw new ForbiddenError('职业（工种）目录为全国目录，仅全国管理员可导入 / only a national administrator imports the national occupation list');
    }
    if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) throw new BadUserInputError('contentBase64 不是 Base64 / contentBase64 is not base64', { field: 'contentBase64' });
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length === 0) throw new BadUserInputError('文件为空 / the file is empty', { field: 'contentBase64' });
    if (bytes.length > MAX_BYTES) throw new BadUserInputError(`文件超过 ${MAX_BYTES / 1024 / 1024} MB / the file is larger than 5 MB`, { field: 'contentBase64' });
    const before = auditCount(ctx);
    const report = await importCatalog(ctx.db, { kind: input.kind, format: input.format, province: input.province ?? null, bytes, dryRun: input.dryRun });
    // A dry run or a file with problems writes nothing, so no transaction audited it: record the attempt.
    if (auditCount(ctx) === before) {
      await recordAudit(ctx.db.manager, ctx, { action: 'importCatalog', targetType: input.kind, province: input.province ?? null, outcome: 'SUCCESS', detail: input.dryRun ? 'DRY_RUN' : 'NO_CHANGE' });
    }
    return report;
  }
}
