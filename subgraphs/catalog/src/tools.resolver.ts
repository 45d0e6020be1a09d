import { DateScalar, type SubgraphContext } from '@skillfed/common';
import {
  LEVEL_SCOPE,
  BUNDLED_CALENDAR_SOURCE,
  checkCreditCode,
  checkResidentId,
  compareProvinceRules,
  decodeSkillCertificateNumber,
  ageOn,
} from '@skillfed/province-rules';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Track } from './project.enums';
import { Source } from './province.type';
import { asUserInput } from './rules.errors';
import { ComparedValue, RuleComparison } from './rules.types';

@ObjectType({ description: '已加载的年份 / a loaded calendar year' })
class CalendarYear {
  @Field(() => Int)
  year: number;

  @Field({ description: '国务院通知文号 / document number' })
  document: string;

  @Field({ description: '测试数据（虚构）/ made-up test data' })
  testData: boolean;
}

@ObjectType({ description: '工作日历覆盖范围 / years the working-day calendar knows' })
class CalendarCoverage {
  @Field(() => Int)
  fromYear: number;

  @Field(() => Int)
  toYear: number;

  @Field({ description: '数据来源 / where the arrangements come from' })
  source: string;

  @Field(() => [CalendarYear], { description: '由管理员加载的年份 / years loaded by an administrator (loadHolidayArrangement). Bounded: one entry per calendar year loaded.' })
  loadedYears: CalendarYear[];
}

@ObjectType({ description: '职业技能等级证书编号解析（辽人社〔2020〕32号 附件5）/ a decoded skill-level certificate number' })
class SkillCertificateNumberType {
  @Field({ description: '第1位：Y 用人单位 / S 社会培训评价组织' })
  evaluatorType: string;
  @Field()
  evaluatorTypeName: string;
  @Field({ description: '第2-5位：备案途径代码（0000=向省备案）' })
  filingRoute: string;
  @Field()
  filingRouteName: string;
  @Field({ description: '第6-7位：省级代码（辽宁21）' })
  provinceCode: string;
  @Field({ description: '第8-9位：市代码01-14' })
  cityCode: string;
  @Field()
  cityName: string;
  @Field({ description: '第10位：机构类别1-6' })
  institutionKind: string;
  @Field()
  institutionKindName: string;
  @Field(() => Int, { description: '第11-13位：备案顺序号' })
  filingOrder: number;
  @Field(() => Int, { description: '第14-15位：核发年份' })
  year: number;
  @Field(() => Int, { description: '第16位：等级1-5' })
  level: number;
  @Field()
  levelName: string;
  @Field(() => Int, { description: '第17-22位：证书序列码' })
  serial: number;
}

@ObjectType({ description: '身份证号校验结果（不回显号码）/ resident ID check; the number is never echoed' })
class ResidentIdCheckType {
  @Field()
  valid: boolean;
  @Field(() => String, { nullable: true })
  reason: string | null;
  @Field(() => DateScalar, { nullable: true })
  birthDate: string | null;
  @Field(() => Int, { nullable: true, description: '在 onDate 当日的周岁 / age on onDate' })
  age: number | null;
}

@ObjectType({ description: '统一社会信用代码校验结果 / credit code check' })
class CreditCodeCheckType {
  @Field()
  valid: boolean;
  @Field(() => String, { nullable: true })
  reason: string | null;
  @Field(() => String, { nullable: true, description: '规范化后的代码 / normalised code' })
  code: string | null;
}

@ObjectType({ description: '技工院校可备案的等级范围 / levels a technical school may assess' })
class LevelScopeType {
  @Field({ description: 'TECHNICIAN_COLLEGE | SENIOR_TECHNICAL_SCHOOL | TECHNICAL_SCHOOL' })
  schoolKind: string;
  @Field()
  name: string;
  @Field(() => Int, { description: '最高等级（1=高级技师）' })
  highestLevel: number;
  @Field(() => Int, { description: '最低等级（5=初级工）' })
  lowestLevel: number;
  @Field(() => Source)
  source: Source;
}

/** Calendar, validators and comparisons: published information, open to anonymous callers. */
@Resolver()
export class ToolsResolver {
  @Query(() => Boolean, { description: '是否为法定工作日（含调休上班日）/ PRC statutory working day' })
  isWorkingDay(@Arg('date', () => DateScalar) date: string, @Ctx() ctx: SubgraphContext<unknown>): Promise<boolean> {
    return ctx.yearData.use((data) => asUserInput(() => data.calendar.isWorkingDay(date), 'date'));
  }

  @Query(() => String, { description: 'WORKDAY | WEEKEND | HOLIDAY | ADJUSTED_WORKDAY（调休上班）' })
  dayKind(@Arg('date', () => DateScalar) date: string, @Ctx() ctx: SubgraphContext<unknown>): Promise<string> {
    return ctx.yearData.use((data) => asUserInput(() => data.calendar.dayKind(date), 'date'));
  }

  @Query(() => DateScalar, { description: '起算日后第 days 个工作日（起算日不计）/ the date `days` working days after `date`' })
  addWorkingDays(@Arg('date', () => DateScalar) date: string, @Arg('days', () => Int) days: number, @Ctx() ctx: SubgraphContext<unknown>): Promise<string> {
    if (Number.isInteger(days) && days > 3650) return Promise.reject(asUserInput(() => { throw new RangeError(`工作日天数不能超过3650 / days must be at most 3650, got ${days}`); }, 'days'));
    return ctx.yearData.use((data) => asUserInput(() => data.calendar.addWorkingDays(date, days), 'days'));
  }

  @Query(() => DateScalar, { description: '当日或其后的第一个工作日 / date itself or the next working day' })
  nextWorkingDayOnOrAfter(@Arg('date', () => DateScalar) date: string, @Ctx() ctx: SubgraphContext<unknown>): Promise<string> {
    return ctx.yearData.use((data) => asUserInput(() => data.calendar.nextWorkingDayOnOrAfter(date), 'date'));
  }

  @Query(() => CalendarCoverage, { description: '工作日历收录的年份（随版本发布的加上已加载的）/ years with a known holiday arrangement, bundled and loaded' })
  async workingDayCalendar(@Ctx() ctx: SubgraphContext<unknown>): Promise<CalendarCoverage> {
    const { calendar } = await ctx.yearData.get();
    const { from, to } = calendar.coverage();
    const loaded: CalendarYear[] = [];
    for (let year = from; year <= to; year++) {
      const source = calendar.sourceOf(year);
      if (source?.origin === 'LOADED') loaded.push({ year, document: source.document, testData: source.testData });
    }
    return { fromYear: from, toYear: to, source: `${BUNDLED_CALENDAR_SOURCE}；另加已加载的年份 / plus loaded years`, loadedYears: loaded };
  }

  @Query(() => SkillCertificateNumberType, { description: '解析并校验22位职业技能等级证书编号 / decode and validate a 22-character number' })
  decodeSkillCertificateNumber(@Arg('number') number: string): SkillCertificateNumberType {
    return asUserInput(() => decodeSkillCertificateNumber(number), 'number');
  }

  @Query(() => ResidentIdCheckType, { description: '校验18位身份证号（GB 11643-1999）/ check a resident ID' })
  checkResidentId(@Arg('id') id: string, @Arg('onDate', () => DateScalar, { nullable: true }) onDate?: string): ResidentIdCheckType {
    const result = checkResidentId(id, onDate ?? undefined);
    return { valid: result.valid, reason: result.reason, birthDate: result.birthDate, age: result.birthDate && onDate ? ageOn(result.birthDate, onDate) : null };
  }

  @Query(() => CreditCodeCheckType, { description: '校验统一社会信用代码（GB 32100-2015）/ check a credit code' })
  checkCreditCode(@Arg('code') code: string): CreditCodeCheckType {
    return checkCreditCode(code);
  }

  @Query(() => [LevelScopeType], { description: '技工院校等级范围（辽人社〔2020〕32号 二(三)）/ technical-school level scope. Bounded: school kinds times the five levels.' })
  skillLevelScope(): LevelScopeType[] {
    return Object.entries(LEVEL_SCOPE).map(([schoolKind, s]) => ({ schoolKind, name: s.name, highestLevel: s.highest, lowestLevel: s.lowest, source: s.source as Source }));
  }

  @Query(() => [RuleComparison], { description: '各省规则对照（含依据）/ every rule compared across provinces and tracks. Bounded: rules times provinces times tracks.' })
  compareProvinceRules(): RuleComparison[] {
    return compareProvinceRules().map((c) => ({
      rule: c.rule,
      description: c.description,
      values: c.values.map((v) => Object.assign(new ComparedValue(), { ...v, track: v.track as Track, source: v.source as Source, note: v.note ?? null })),
    }));
  }
}
