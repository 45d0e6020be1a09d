import { DateScalar } from '@skillfed/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Examiner } from './examiner.entity';

@ObjectType({ description: '规则依据 / legal basis' })
export class RuleSource {
  @Field()
  document: string;

  @Field()
  section: string;
}

@ObjectType({ description: '资格途径或证卡检查 / one route to eligibility, or the card check' })
export class EligibilityRoute {
  @Field()
  code: string;

  @Field({ description: '通知原文所述条件 / the condition in the notice\'s words' })
  description: string;

  @Field()
  met: boolean;

  @Field(() => String, { nullable: true, description: '不满足的原因 / why not' })
  reason: string | null;

  @Field(() => RuleSource)
  source: RuleSource;
}

@ObjectType({ description: '某日某项目的考评资格 / eligibility for a project on a date' })
export class Eligibility {
  @Field()
  eligible: boolean;

  @Field(() => ID, { nullable: true })
  projectId: string | null;

  @Field(() => DateScalar)
  date: string;

  @Field(() => [EligibilityRoute], { description: '资格途径（满足其一即可）/ routes, any one suffices. Bounded: the routes of the province\'s eligibility rule (a handful).' })
  routes: EligibilityRoute[];

  @Field(() => EligibilityRoute, { description: '有效证卡 / the valid card on duty' })
  card: EligibilityRoute;
}

@ObjectType({ description: '可派遣人员 / a person who may serve, with the reasons' })
export class ExaminerEligibility extends Eligibility {
  @Field(() => Examiner)
  examiner: Examiner;

  @Field({ description: '当日已派遣到其他批次 / already booked that day (exams subgraph)' })
  booked: boolean;

  @Field({ description: '符合资格且当日未派遣 / eligible and not booked' })
  available: boolean;
}
