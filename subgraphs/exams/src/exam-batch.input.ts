import { DateScalar, PageArgs, ProvinceCodeEnum } from '@skillfed/common';
import { ArgsType, Field, ID } from 'type-graphql';
import { ExamBatchStatus } from './exam-batch.enums';

@ArgsType()
export class ExamBatchesArgs extends PageArgs {
  @Field(() => ProvinceCodeEnum(), { nullable: true, description: '省份；省级经办人只能查本省 / province (operators: their own only)' })
  province?: string | null;

  @Field(() => ID, { nullable: true })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => ExamBatchStatus, { nullable: true })
  status?: ExamBatchStatus | null;

  @Field(() => DateScalar, { nullable: true, description: '考核首日不早于 / starting on or after' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '考核首日不晚于 / starting on or before' })
  to?: string | null;
}
