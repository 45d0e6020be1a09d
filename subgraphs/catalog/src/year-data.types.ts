import { DateScalar, ProvinceCodeEnum, defineEnum, type EnumValue } from '@skillfed/common';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { UnifiedSittingType } from './rules.types';

export const YearDataOrigin = defineEnum('YearDataOrigin', '记录来源 / where a year-bound record comes from', {
  BUNDLED: '随版本发布（chinese-days 数据包或 shared/seeds 中的通知）/ shipped with the release',
  LOADED: '由管理员加载 / loaded by an administrator',
});
export type YearDataOrigin = EnumValue<typeof YearDataOrigin>;

@ObjectType({ description: '加载记录（谁、何时、为何）/ who loaded a record, when and why' })
export class LoadHistory {
  @Field(() => Int, { description: '版本（同一年度每次加载加1；随版本发布的为0）/ version, 0 for bundled' })
  version: number;

  @Field({ description: '是否为现行版本 / whether this version is in force' })
  current: boolean;

  @Field(() => String, { nullable: true, description: '加载人（令牌 sub）/ who loaded it' })
  loadedBy: string | null;

  @Field(() => String, { nullable: true, description: '加载时间 ISO 8601' })
  loadedAt: string | null;

  @Field(() => String, { nullable: true, description: '被新版本取代的时间 ISO 8601' })
  supersededAt: string | null;

  @Field(() => String, { nullable: true, description: '加载说明 / reason given' })
  reason: string | null;
}

@ObjectType({ description: '国务院办公厅部分节假日安排（一年）/ one year of the State Council holiday arrangement' })
export class HolidayArrangementType {
  @Field(() => Int)
  year: number;

  @Field({ description: '国务院通知文号 / document number' })
  document: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => [DateScalar], { description: '放假日期 / holidays and the rest days joined to them. Bounded: days of one year.' })
  holidays: string[];

  @Field(() => [DateScalar], { description: '调休上班的周末 / weekend days worked. Bounded: days of one year.' })
  workingWeekends: string[];

  @Field({ description: '测试数据（虚构），不是官方通知 / made-up test data' })
  testData: boolean;

  @Field(() => LoadHistory)
  history: LoadHistory;
}

@ObjectType({ description: '通知条款 / where in the notice a value is set' })
class NoticePartFields {
  @Field({ description: '条款 / section' })
  section: string;

  @Field(() => String, { nullable: true, description: '通知原文 / the notice\'s own words' })
  quote?: string | null;
}

@ObjectType({ description: '统一考核时间安排 / unified exam schedule' })
export class UnifiedScheduleType extends NoticePartFields {
  @Field(() => [UnifiedSittingType], { description: 'Bounded: the sittings of one year (at most twelve).' })
  sittings: UnifiedSittingType[];
}

@ObjectType({ description: '单独批次规则 / separately scheduled batches' })
export class SeparateBatchRuleType extends NoticePartFields {
  @Field(() => Int, { description: '每月申报截止日 / day of the month declarations are due' })
  cutoffDay: number;

  @Field({ description: '遇非工作日顺延 / a non-working cut-off moves to the next working day' })
  rollForwardToWorkingDay: boolean;

  @Field(() => Int, { description: '下月考核日起 / first exam day of the next month' })
  examWindowFromDay: number;

  @Field(() => Int, { description: '下月考核日止 / last exam day of the next month' })
  examWindowToDay: number;

  @Field(() => String, { nullable: true, description: '实施地区划代码 / where batches are held' })
  cityDivision: string | null;

  @Field(() => String, { nullable: true })
  cityName: string | null;

  @Field({ description: '避开统一考核日 / avoid the unified exam days' })
  avoidUnifiedDates: boolean;
}

@ObjectType({ description: '通知规定的其他时间节点 / another dated obligation the notice sets' })
export class KeyDateType extends NoticePartFields {
  @Field()
  key: string;

  @Field(() => DateScalar)
  date: string;

  @Field()
  description: string;
}

@ObjectType({ description: '省份年度通知（考核时间安排等）/ a province\'s annual notice as loaded' })
export class AnnualNoticeType {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field(() => Int)
  year: number;

  @Field({ description: '文号 / document number' })
  document: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'shared/seeds/ 中的原文文件 / seed file' })
  seed: string | null;

  @Field({ description: '测试数据（虚构），不是官方通知 / made-up test data' })
  testData: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => YearDataOrigin)
  origin: YearDataOrigin;

  @Field(() => UnifiedScheduleType, { nullable: true })
  unifiedSchedule: UnifiedScheduleType | null;

  @Field(() => SeparateBatchRuleType, { nullable: true })
  separateBatch: SeparateBatchRuleType | null;

  @Field(() => [KeyDateType], { description: 'Bounded: the dated obligations of one notice.' })
  keyDates: KeyDateType[];

  @Field(() => LoadHistory)
  history: LoadHistory;

  @Field({ description: '完整记录（JSON，可原样再导入）/ the whole record as JSON, importable as is' })
  content: string;
}

@InputType({ description: '一年的节假日安排 / one year of the State Council arrangement' })
export class HolidayArrangementInput {
  @Field(() => Int)
  year: number;

  @Field({ description: '国务院通知文号，如 国办发明电〔2025〕7号' })
  document: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [DateScalar])
  holidays: string[];

  @Field(() => [DateScalar], { defaultValue: [] })
  workingWeekends: string[];

  @Field({ defaultValue: false, description: '测试数据（虚构）须标记 / mark made-up data' })
  testData: boolean;
}

@InputType()
export class UnifiedSittingInput {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => DateScalar)
  flowReportDue: string;

  @Field(() => DateScalar)
  confirmationDue: string;

  @Field(() => [DateScalar])
  examDates: string[];
}

@InputType()
export class UnifiedScheduleInput {
  @Field()
  section: string;

  @Field(() => String, { nullable: true })
  quote?: string | null;

  @Field(() => [UnifiedSittingInput])
  sittings: UnifiedSittingInput[];
}

@InputType()
export class SeparateBatchRuleInput {
  @Field()
  section: string;

  @Field(() => String, { nullable: true })
  quote?: string | null;

  @Field(() => Int)
  cutoffDay: number;

  @Field({ defaultValue: true })
  rollForwardToWorkingDay: boolean;

  @Field(() => Int)
  examWindowFromDay: number;

  @Field(() => Int)
  examWindowToDay: number;

  @Field(() => String, { nullable: true })
  cityDivision?: string | null;

  @Field(() => String, { nullable: true })
  cityName?: string | null;

  @Field({ defaultValue: true })
  avoidUnifiedDates: boolean;
}

@InputType()
export class KeyDateInput {
  @Field()
  key: string;

  @Field(() => DateScalar)
  date: string;

  @Field()
  description: string;

  @Field()
  section: string;

  @Field(() => String, { nullable: true })
  quote?: string | null;
}

@InputType({ description: '省份年度通知 / a province\'s annual notice' })
export class AnnualNoticeInput {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field(() => Int)
  year: number;

  @Field({ description: '文号，如 辽就〔2023〕4号' })
  document: string;

  @Field()
  title: string;

  @Field({ defaultValue: false, description: '测试数据（虚构）须标记 / mark made-up data' })
  testData: boolean;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => UnifiedScheduleInput, { nullable: true })
  unifiedSchedule?: UnifiedScheduleInput | null;

  @Field(() => SeparateBatchRuleInput, { nullable: true })
  separateBatch?: SeparateBatchRuleInput | null;

  @Field(() => [KeyDateInput], { defaultValue: [] })
  keyDates: KeyDateInput[];
}

@ObjectType({ description: '节假日安排加载结果 / outcome of loading an arrangement' })
export class HolidayArrangementLoadReport {
  @Field()
  dryRun: boolean;

  @Field({ description: '是否已写入 / whether a new version was written' })
  applied: boolean;

  @Field({ description: '与现行版本相同，未写入 / identical to the version in force' })
  unchanged: boolean;

  @Field(() => [String], { description: '不能加载的原因 / every problem found. Bounded: the problems of one year\'s arrangement (at most one per day given).' })
  problems: string[];

  @Field(() => HolidayArrangementType, { nullable: true, description: '现行版本 / the version now in force' })
  arrangement: HolidayArrangementType | null;
}

@ObjectType({ description: '年度通知的问题 / a problem in a notice being loaded' })
export class NoticeProblemType {
  @Field(() => Int, { description: 'CSV 行号或 JSON 数组序号（从1起）/ CSV line or JSON position' })
  line: number;

  @Field()
  reason: string;
}

@ObjectType({ description: '年度通知加载结果 / outcome of loading notices' })
export class AnnualNoticeLoadReport {
  @Field()
  dryRun: boolean;

  @Field({ description: '是否已写入 / whether anything was written (all or nothing)' })
  applied: boolean;

  @Field(() => String, { nullable: true, description: 'UTF-8 或 GB18030（导入文件时）' })
  encoding: string | null;

  @Field(() => [NoticeProblemType], { description: 'Bounded: the problems of one load, whose input is capped in size by input hygiene.' })
  problems: NoticeProblemType[];

  @Field(() => [AnnualNoticeType], { description: '通知（写入后为现行版本）/ the notices, as now in force when applied. Bounded: the notices of one load (one per province and year in the input).' })
  notices: AnnualNoticeType[];
}
