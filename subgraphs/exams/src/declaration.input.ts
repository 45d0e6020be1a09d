import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import { Field, ID, InputType } from 'type-graphql';
import { ExamMode, PriorityGroup } from './exam-batch.enums';

@InputType({ description: '新建考核批次（草稿）/ create a batch as a draft' })
export class CreateExamBatchInput {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field(() => ID)
  institutionId: string;

  @Field(() => ID, { description: '考点/考场 / exam site (institutions subgraph)' })
  siteId: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => DateScalar)
  endDate: string;

  @Field(() => ExamMode, { defaultValue: 'REGULAR', description: '辽宁须为 UNIFIED 或 SEPARATE' })
  mode: ExamMode;
}

@InputType({ description: '登记考生 / register a candidate' })
export class AddCandidateInput {
  @Field()
  name: string;

  @Field({ description: '18位身份证号（仅脱敏返回）' })
  residentId: string;

  @Field()
  phone: string;

  @Field(() => PriorityGroup, { defaultValue: 'NONE', description: '山东重点群体 / Shandong priority group' })
  priorityGroup: PriorityGroup;

  @Field(() => ID)
  projectId: string;
}
