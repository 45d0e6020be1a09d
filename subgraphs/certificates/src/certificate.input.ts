import { DateScalar, PageArgs, ProvinceCodeEnum } from '@skillfed/common';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class CertificatesArgs extends PageArgs {
  @Field(() => ProvinceCodeEnum(), { nullable: true })
  province?: string | null;

  @Field(() => ID, { nullable: true })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  examBatchId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '发证日期不早于 / issued on or after' })
  issuedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '发证日期不晚于 / issued on or before' })
  issuedTo?: string | null;
}
