import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import type { Rule } from '@skillfed/province-rules';
import { Field, Int, ObjectType } from 'type-graphql';
import { Track } from './project.enums';
import { Source } from './province.type';
import { DeadlineAnchor, DeadlineKind, IssuerTier, RecordKind } from './rules.enums';

/** Fields every rule carries: whether the notice states it and its legal basis. */
@ObjectType()
abstract class Cited {
  @Field({ description: '通知是否明文规定；false 时值为空或为基线值 / whether the notice states it' })
  stated: boolean;

  @Field(() => Source, { description: '法律依据 / legal basis' })
  source: Source;

  @Field(() => String, { nullable: true, description: '说明 / note' })
  note: string | null;
}

export function cited<T extends Cited>(target: T, rule: Rule<unknown>, fields: Omit<T, keyof Cited>): T {
  return Object.assign(target, fields, { stated: rule.stated, source: rule.source as Source, note: rule.note ?? null });
}

@ObjectType({ description: '整数规则值 / an integer rule' })
export class IntRule extends Cited {
  @Field(() => Int, { nullable: true })
  value: number | null;
}

@ObjectType({ description: '布尔规则值 / a yes/no rule' })
export class BooleanRule extends Cited {
  @Field(() => Boolean, { nullable: true })
  value: boolean | null;
}

@ObjectType({ description: '文本规则值 / a text rule' })
export class TextRule extends Cited {
  @Field(() => String, { nullable: true })
  value: string | null;
}

@ObjectType({ description: '档案保存期 / archive retention' })
export class RetentionRule extends Cited {
  @Field(() => RecordKind)
  record: RecordKind;

  @Field(() => Int, { nullable: true, description: '自考核之日起的最少月数；通知未规定时为空 / months from the exam date' })
  months: number | null;
}

@ObjectType({ description: '考评组要求 / examiner panel' })
export class ExaminerPanelRule extends Cited {
  @Field(() => Int, { nullable: true, description: '最少考评员人数 / minimum examiners' })
  minExaminers: number | null;

  @Field(() => Int, { nullable: true, description: '每名考评员对应考生数 / candidates per examiner' })
  candidatesPerExaminer: number | null;

  @Field(() => Boolean, { nullable: true, description: '须设考评组长 / leader required' })
  leaderRequired: boolean | null;
}

@ObjectType({ description: '发证机构 / certificate issuer' })
export class CertificateIssuerRule extends Cited {
  @Field(() => IssuerTier, { nullable: true })
  tier: IssuerTier | null;

  @Field(() => String, { nullable: true, description: '发证机构（通知原文）/ issuing body' })
  body: string | null;
}

@ObjectType({ description: '以工作日计的期限 / a working-day deadline' })
export class DeadlineRule extends Cited {
  @Field(() => DeadlineKind)
  kind: DeadlineKind;

  @Field(() => Int, { nullable: true, description: '工作日数 / working days' })
  workingDays: number | null;

  @Field(() => DeadlineAnchor, { nullable: true, description: '起算事件 / counted from' })
  from: DeadlineAnchor | null;

  @Field(() => String, { nullable: true, description: '责任方 / who must act' })
  actor: string | null;

  province: string;
  track: Track;
}

@ObjectType({ description: '收费 / fee' })
export class FeeRule extends Cited {
  @Field(() => Int, { nullable: true, description: '每名考生收费（元），通知明文规定时 / yuan per candidate' })
  perCandidateYuan: number | null;

  @Field(() => String, { nullable: true, description: '收费依据文件 / pricing document' })
  pricingDocument: string | null;

  @Field(() => Boolean, { nullable: true, description: '须考前缴费，否则不予考核 / must be paid before the exam' })
  payBeforeExam: boolean | null;

  @Field(() => Int, { nullable: true, description: '缴款通知书有效天数 / payment notice validity in days' })
  paymentNoticeValidDays: number | null;

  @Field(() => [String], { description: '补贴文件 / subsidy rules. Bounded: the documents the fee rule cites.' })
  subsidyDocuments: string[];
}

@ObjectType({ description: '考场要求 / exam site policy' })
export class SitePolicyRule extends Cited {
  @Field(() => String, { nullable: true, description: '称谓（考点/考场）/ the notice\'s term' })
  term: string | null;

  @Field(() => Boolean, { nullable: true, description: '仅限签约定点考场 / fixed contracted sites only' })
  fixedContractedOnly: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '允许临时或移动考场 / temporary or mobile sites allowed' })
  temporaryAllowed: boolean | null;

  @Field(() => String, { nullable: true, description: '临时考场的例外 / the exception for temporary sites' })
  temporaryException: string | null;

  @Field(() => Boolean, { nullable: true, description: '评估核定最大工位数 / maximum workstations set by evaluation' })
  maxWorkstationsByEvaluation: boolean | null;

  @Field(() => String, { nullable: true, description: '视频监控要求 / video monitoring' })
  videoMonitoring: string | null;
}

@ObjectType({ description: '统一考核场次 / a unified sitting' })
export class UnifiedSittingType {
  @Field({ description: '考核批次（月）YYYY-MM' })
  month: string;

  @Field(() => DateScalar, { description: '考核流转上报时间 / flow report due' })
  flowReportDue: string;

  @Field(() => DateScalar, { description: '系统录入/参考确认截止时间 / confirmation due' })
  confirmationDue: string;

  @Field(() => [DateScalar], { description: '考核时间 / exam days. Bounded: the days of one sitting.' })
  examDates: string[];
}

@ObjectType({ description: '一省一类别的全部规则 / the rules of one province and track' })
export class ProvinceRules {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field(() => Track)
  track: Track;
}

@ObjectType({ description: '规则比较中的一个值 / one province\'s value of a compared rule' })
export class ComparedValue extends Cited {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field(() => Track)
  track: Track;

  @Field(() => String, { nullable: true, description: '值（文本）；通知未规定时为空 / value as text' })
  value: string | null;
}

@ObjectType({ description: '跨省规则比较 / one rule across provinces' })
export class RuleComparison {
  @Field({ description: '规则名 / rule key, e.g. retentionMonths.VIDEO' })
  rule: string;

  @Field()
  description: string;

  @Field(() => [ComparedValue], { description: 'Bounded: provinces times tracks.' })
  values: ComparedValue[];
}
