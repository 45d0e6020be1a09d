import { DateScalar, PageArgs, ProvinceCodeEnum } from '@skillfed/common';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { CertificateStatus } from './certificate.enums';

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

  @Field(() => CertificateStatus, { nullable: true })
  status?: CertificateStatus | null;

  @Field(() => DateScalar, { nullable: true, description: '发证日期不早于 / issued on or after' })
  issuedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '发证日期不晚于 / issued on or before' })
  issuedTo?: string | null;
}

@InputType({ description: '更正持证人信息 / corrected holder data' })
export class CorrectCertificateInput {
  @Field(() => String, { nullable: true, description: '更正后的姓名 / corrected name' })
  holderName?: string | null;

  @Field(() => String, { nullable: true, description: '更正后的身份证号 / corrected ID number' })
  residentId?: string | null;

  @Field({ description: '更正原因 / why' })
  reason: string;

  @Field(() => DateScalar, { nullable: true, description: '换发日期，默认今天 / issued on' })
  on?: string | null;
}
