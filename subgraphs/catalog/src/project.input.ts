import { PageArgs, ProvinceCodeEnum } from '@skillfed/common';
import { ArgsType, Field, InputType, Int } from "type-graphql";
import { AssessmentMode, ProjectOrigin, ProjectStatus } from './project.enums';

@ArgsType()
export class ProvinceProjectsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '名称包含（中文子串）/ name contains' })
  search?: string | null;

  @Field(() => ProjectOrigin, { nullable: true })
  origin?: ProjectOrigin | null;

  @Field(() => ProjectStatus, { nullable: true })
  status?: ProjectStatus | null;

  @Field(() => Int, { nullable: true, description: '辽宁发布批次 1-5 / Liaoning publication batch' })
  batch?: number | null;
}

@ArgsType()
export class ProjectsArgs extends ProvinceProjectsArgs {
  @Field(() => ProvinceCodeEnum(), { nullable: true })
  province?: string | null;
}

@InputType({ description: '申报新项目（状态为已申报）/ propose a catalog project' })
export class ProposeProjectInput {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field({ description: '项目编码（省内唯一）' })
  code: string;

  @Field({ description: '项目名称（省内唯一）' })
  name: string;

  @Field(() => Int, { nullable: true, description: '辽宁发布批次 1-5' })
  batch?: number | null;

  @Field(() => [AssessmentMode], { defaultValue: [] })
  modes: AssessmentMode[];

  @Field(() => Boolean, { nullable: true })
  theorySeparate?: boolean | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;
}

@ArgsType()
export class OccupationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '名称或工种包含 / name or work type contains' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: '职业编码前缀，如 6-18 / code prefix' })
  codePrefix?: string | null;
}
