import { DateScalar, PageArgs, ProvinceCodeEnum } from '@skillfed/common';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { RestrictedArea, SiteKind, SiteStatus, VideoMonitoring } from './institution.enums';

@InputType({ description: '新增考点/考场 / add an exam site' })
export class AddExamSiteInput {
  @Field(() => ID)
  institutionId: string;

  @Field()
  name: string;

  @Field()
  address: string;

  @Field(() => SiteKind, { defaultValue: 'FIXED' })
  kind: SiteKind;

  @Field(() => RestrictedArea, { nullable: true, description: '临时考场所在的约束性区域 / restricted area of a temporary site' })
  restrictedArea?: RestrictedArea | null;

  @Field({ defaultValue: false, description: '经市级中心同意 / approved by the city centre' })
  approvedByCityCentre: boolean;

  @Field(() => Int, { description: '评估核定的最大工位数 / maximum workstations' })
  workstations: number;

  @Field(() => VideoMonitoring)
  videoMonitoring: VideoMonitoring;

  @Field(() => DateScalar, { nullable: true, description: '协议起始日（韶关必填）/ agreement from (required in Shaoguan)' })
  agreementFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '协议截止日（韶关必填）/ agreement until (required in Shaoguan)' })
  agreementUntil?: string | null;

  @Field(() => [ID], { description: '可开展的目录项目 / catalog projects allowed at the site' })
  projectIds: string[];
}

@ArgsType()
export class ExamSitesArgs extends PageArgs {
  @Field(() => ProvinceCodeEnum(), { nullable: true })
  province?: string | null;

  @Field(() => ID, { nullable: true })
  institutionId?: string | null;

  @Field(() => SiteStatus, { nullable: true })
  status?: SiteStatus | null;

  @Field(() => String, { nullable: true, description: '名称或地址包含 / name or address contains' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: '所属机构所在市代码 / city of the institution' })
  cityCode?: string | null;

  @Field(() => SiteKind, { nullable: true })
  kind?: SiteKind | null;
}
