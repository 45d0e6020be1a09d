import { PageArgs, ProvinceCodeEnum } from '@skillfed/common';
import { ArgsType, Field } from 'type-graphql';
import { ProjectOrigin, ProjectStatus } from './project.enums';

@ArgsType()
export class ProvinceProjectsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '名称包含（中文子串）/ name contains' })
  search?: string | null;

  @Field(() => ProjectOrigin, { nullable: true })
  origin?: ProjectOrigin | null;

  @Field(() => ProjectStatus, { nullable: true })
  status?: ProjectStatus | null;
}

@ArgsType()
export class ProjectsArgs extends ProvinceProjectsArgs {
  @Field(() => ProvinceCodeEnum(), { nullable: true })
  province?: string | null;
}
