import { BadUserInputError, DateScalar, type SubgraphContext } from '@skillfed/common';
import {
  DEADLINE_KINDS,
  getProvince,
  requireNotice,
  requiredExaminers,
  retainUntil,
  trackRules,
  type Rule,
  type TrackRules,
} from '@skillfed/province-rules';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Track } from './project.enums';
import { Province } from './province.type';
import { DeadlineKind, RecordKind, type DeadlineAnchor, type IssuerTier } from './rules.enums';
import { asUserInput } from './rules.errors';
import {
  BooleanRule,
  CertificateIssuerRule,
  DeadlineRule,
  ExaminerPanelRule,
  FeeRule,
  IntRule,
  ProvinceRules,
  RetentionRule,
  SitePolicyRule,
  TextRule,
  UnifiedSittingType,
  cited,
} from './rules.types';

function rulesOf(root: ProvinceRules, track?: Track | null): TrackRules {
  return asUserInput(() => trackRules(root.province, track ?? root.track), 'track');
}

const intRule = (rule: Rule<number>) => cited(new IntRule(), rule, { value: rule.value });
const textRule = (rule: Rule<string>) => cited(new TextRule(), rule, { value: rule.value });

export function deadlineRule(province: string, track: Track, kind: DeadlineKind): DeadlineRule {
  const rule = trackRules(province, track).deadlines[kind];
  return cited(new DeadlineRule(), rule, {
    kind,
    workingDays: rule.value?.workingDays ?? null,
    from: (rule.value?.from ?? null) as DeadlineAnchor | null,
    actor: rule.value?.actor ?? null,
    province,
    track,
  });
}

/**
 * Rules are published information: anyone may read them. Every value carries `stated` and its source,
 * so a dashboard can tell a notice's number from a baseline or an unstated rule.
 */
@Resolver(() => ProvinceRules)
export class ProvinceRulesResolver {
  @FieldResolver(() => Int, { nullable: true, description: '合格分数线（百分制）/ pass mark out of 100' })
  passScore(@Root() root: ProvinceRules): number | null {
    return rulesOf(root).passScore.value;
  }

  @FieldResolver(() => IntRule, { description: '合格分数线及依据 / pass mark with its basis' })
  passScoreRule(@Root() root: ProvinceRules): IntRule {
    return intRule(rulesOf(root).passScore);
  }

  @FieldResolver(() => Int, { nullable: true, description: '最低年龄（法定劳动年龄）/ minimum age' })
  minimumAge(@Root() root: ProvinceRules): number | null {
    return rulesOf(root).minimumAge.value;
  }

  @FieldResolver(() => IntRule)
  minimumAgeRule(@Root() root: ProvinceRules): IntRule {
    return intRule(rulesOf(root).minimumAge);
  }

  @FieldResolver(() => BooleanRule, { description: '考评员、督导员须持有效证卡上岗 / valid card on duty' })
  validCardOnDuty(@Root() root: ProvinceRules): BooleanRule {
    const rule = rulesOf(root).validCardOnDuty;
    return cited(new BooleanRule(), rule, { value: rule.value });
  }

  @FieldResolver(() => Int, { nullable: true, description: '每名考生收费（元）；通知只给收费文件时为空，见 fee / yuan per candidate' })
  feePerCandidate(@Root() root: ProvinceRules): number | null {
    return rulesOf(root).fee.value?.perCandidateYuan ?? null;
  }

  @FieldResolver(() => FeeRule)
  fee(@Root() root: ProvinceRules): FeeRule {
    const rule = rulesOf(root).fee;
    const v = rule.value;
    return cited(new FeeRule(), rule, {
      perCandidateYuan: v?.perCandidateYuan ?? null,
      pricingDocument: v?.pricingDocument ?? null,
      payBeforeExam: v?.payBeforeExam ?? null,
      paymentNoticeValidDays: v?.paymentNoticeValidDays ?? null,
      subsidyDocuments: v?.subsidyDocuments ?? [],
    });
  }

  @FieldResolver(() => Int, { nullable: true, description: '档案保存月数；通知未规定时为空 / retention in months, null when not stated' })
  retentionMonths(@Root() root: ProvinceRules, @Arg('record', () => RecordKind) record: RecordKind, @Arg('track', () => Track, { nullable: true }) track?: Track): number | null {
    return rulesOf(root, track).retentionMonths[record].value;
  }

  @FieldResolver(() => RetentionRule)
  retention(@Root() root: ProvinceRules, @Arg('record', () => RecordKind) record: RecordKind, @Arg('track', () => Track, { nullable: true }) track?: Track): RetentionRule {
    const rule = rulesOf(root, track).retentionMonths[record];
    return cited(new RetentionRule(), rule, { record, months: rule.value });
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: '须保存至（含）；通知未规定时为空，不得据此销毁 / keep until, null when not stated' })
  retainUntil(
    @Root() root: ProvinceRules,
    @Arg('record', () => RecordKind) record: RecordKind,
    @Arg('examDate', () => DateScalar) examDate: string,
    @Arg('track', () => Track, { nullable: true }) track?: Track,
  ): string | null {
    return asUserInput(() => retainUntil(root.province, track ?? root.track, record, examDate).date, 'examDate');
  }

  @FieldResolver(() => Int, { description: '该考生人数所需考评员人数（未规定最少人数时为1）/ examiners needed' })
  requiredExaminers(@Root() root: ProvinceRules, @Arg('candidates', () => Int) candidates: number): number {
    return asUserInput(() => requiredExaminers(root.province, candidates, root.track).count, 'candidates');
  }

  @FieldResolver(() => ExaminerPanelRule)
  examinerPanel(@Root() root: ProvinceRules): ExaminerPanelRule {
    const rule = rulesOf(root).examinerPanel;
    return cited(new ExaminerPanelRule(), rule, {
      minExaminers: rule.value?.minExaminers ?? null,
      candidatesPerExaminer: rule.value?.candidatesPerExaminer ?? null,
      leaderRequired: rule.value?.leaderRequired ?? null,
    });
  }

  @FieldResolver(() => CertificateIssuerRule)
  certificateIssuer(@Root() root: ProvinceRules): CertificateIssuerRule {
    const rule = rulesOf(root).certificateIssuer;
    return cited(new CertificateIssuerRule(), rule, { tier: (rule.value?.tier ?? null) as IssuerTier | null, body: rule.value?.body ?? null });
  }

  @FieldResolver(() => DeadlineRule)
  deadline(@Root() root: ProvinceRules, @Arg('kind', () => DeadlineKind) kind: DeadlineKind): DeadlineRule {
    return deadlineRule(root.province, root.track, kind);
  }

  @FieldResolver(() => [DeadlineRule], { description: 'Bounded: one per deadline kind.' })
  deadlines(@Root() root: ProvinceRules): DeadlineRule[] {
    return DEADLINE_KINDS.map((kind) => deadlineRule(root.province, root.track, kind as DeadlineKind));
  }

  @FieldResolver(() => SitePolicyRule)
  sites(@Root() root: ProvinceRules): SitePolicyRule {
    const rule = rulesOf(root).sites;
    const v = rule.value;
    return cited(new SitePolicyRule(), rule, {
      term: v?.term ?? null,
      fixedContractedOnly: v?.fixedContractedOnly ?? null,
      temporaryAllowed: v?.temporaryAllowed ?? null,
      temporaryException: v?.temporaryException ?? null,
      maxWorkstationsByEvaluation: v?.maxWorkstationsByEvaluation ?? null,
      videoMonitoring: v?.videoMonitoring ?? null,
    });
  }

  @FieldResolver(() => TextRule, { description: '证书查询网址 / public certificate query' })
  publicQuery(@Root() root: ProvinceRules): TextRule {
    return textRule(rulesOf(root).publicQuery);
  }

  @FieldResolver(() => IntRule, { description: '考评员证卡有效期（年）/ examiner card validity in years' })
  examinerCardValidityYears(@Root() root: ProvinceRules): IntRule {
    return intRule(rulesOf(root).examinerCardValidityYears);
  }

  @FieldResolver(() => IntRule, { description: '机构资质有效期（年）/ institution filing validity in years' })
  institutionFilingValidityYears(@Root() root: ProvinceRules): IntRule {
    return intRule(rulesOf(root).institutionFilingValidityYears);
  }
}

@Resolver(() => DeadlineRule)
export class DeadlineRuleResolver {
  @FieldResolver(() => DateScalar, { nullable: true, description: '从给定日期起算的到期日；未规定时为空 / due date counted from `from`' })
  async dueDate(@Root() rule: DeadlineRule, @Arg('from', () => DateScalar) from: string, @Ctx() ctx: SubgraphContext<unknown>): Promise<string | null> {
    if (rule.workingDays === null) return null;
    const days = rule.workingDays;
    return ctx.yearData.use((data) => asUserInput(() => data.calendar.addWorkingDays(from, days), 'from'));
  }
}

@Resolver(() => Province)
export class ProvinceScheduleResolver {
  @FieldResolver(() => ProvinceRules, { description: '本省规则；不指定 track 时为本省第一个评价类别 / rules, default track when none given' })
  rules(@Root() province: Province, @Arg('track', () => Track, { nullable: true }) track?: Track): ProvinceRules {
    const rules = asUserInput(() => trackRules(province.code, track), 'track');
    return Object.assign(new ProvinceRules(), { province: province.code, track: rules.track as Track });
  }

  @FieldResolver(() => [ProvinceRules], { description: '本省各评价类别的规则 / rules of every track. Bounded: one per track (two).' })
  trackRules(@Root() province: Province): ProvinceRules[] {
    return getProvince(province.code).tracks.map((t) => Object.assign(new ProvinceRules(), { province: province.code, track: t.track as Track }));
  }

  @FieldResolver(() => [UnifiedSittingType], { description: '统一考核时间安排（按该年已加载的年度通知）；本省规则不用年度通知时为空 / unified sittings of a year, from its loaded notice. Bounded: the sittings of one year (at most twelve).' })
  unifiedSittings(@Root() province: Province, @Arg('year', () => Int) year: number, @Ctx() ctx: SubgraphContext<unknown>): Promise<UnifiedSittingType[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BadUserInputError(`年份无效 / year must be 2000-2100, got ${year}`, { field: 'year' });
    if (!getProvince(province.code).annualNotice?.requires.includes('unifiedSchedule')) return Promise.resolve([]);
    return ctx.yearData.use((data) => requireNotice(data, province.code, year).unifiedSchedule?.sittings.map((s) => Object.assign(new UnifiedSittingType(), s)) ?? []);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: '单独批次申报截止日（按申报月份所在年度的通知；遇非工作日顺延）/ separate-batch declaration cut-off' })
  separateBatchCutoff(@Root() province: Province, @Arg('month') month: string, @Ctx() ctx: SubgraphContext<unknown>): Promise<string> {
    if (!getProvince(province.code).annualNotice?.requires.includes('separateBatch')) {
      throw new BadUserInputError(`${province.name}的通知未规定单独批次截止日 / ${province.nameEn}'s notice sets no separate-batch cut-off`, { field: 'month' });
    }
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
    if (!m) throw new BadUserInputError(`月份须为 YYYY-MM / month must be written YYYY-MM, got ${JSON.stringify(month)}`, { field: 'month' });
    return ctx.yearData.use((data) => {
      const rule = requireNotice(data, province.code, Number(m[1])).separateBatch;
      if (!rule) throw new BadUserInputError(`${province.name}${m[1]}年通知未规定单独批次 / that year's notice sets no separate batches`, { field: 'month' });
      const day = `${month}-${String(rule.cutoffDay).padStart(2, '0')}`;
      return asUserInput(() => (rule.rollForwardToWorkingDay ? data.calendar.nextWorkingDayOnOrAfter(day) : day), 'month');
    });
  }
}
