import { DateScalar, PageArgs, ProvinceCodeEnum } from '@skillfed/common';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { FilingStatus, InstitutionKind, Track } from './institution.enums';

@ArgsType()
export class InstitutionsArgs extends PageArgs {
  @Field(() => ProvinceCodeEnum(), { nullable: true, description: '省份；省级经办人只能查本省 / province (operators: their own only)' })
  province?: string | null;

  @Field(() => String, { nullable: true, description: '市级行政区划代码 / city division code' })
  cityCode?: string | null;

  @Field(() => InstitutionKind, { nullable: true })
  kind?: InstitutionKind | null;

  @Field(() => FilingStatus, { nullable: true })
  filingStatus?: FilingStatus | null;

  @Field(() => String, { nullable: true, description: '名称包含（中文子串）/ name contains' })
  search?: string | null;

  @Field(() => Track, { nullable: true })
  track?: Track | null;

  @Field(() => Int, { nullable: true, description: '资质将在 N 天内到期（含已备案、暂停）/ filing term ends within N days of asOf' })
  expiringWithinDays?: number | null;

  @Field(() => DateScalar, { nullable: true, description: '计算到期与状态的基准日，默认今天 / reference date, default today' })
  asOf?: string | null;
}

@InputType({ description: '登记机构 / register an institution (its filing starts as APPLIED)' })
export class RegisterInstitutionInput {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field({ description: '所在市行政区划代码，须属于该省 / 6-digit city code inside the province' })
  cityCode: string;

  @Field()
  name: string;

  @Field(() => InstitutionKind)
  kind: InstitutionKind;

  @Field(() => Track, { nullable: true, description: '评价类别，默认本省第一个类别 / track, default the province\'s first' })
  track?: Track | null;

  @Field({ defaultValue: false, description: '已参与完成专项职业能力考核项目立项 / took part in developing a project' })
  priorProjectDevelopment: boolean;

  @Field({ defaultValue: false, description: '曾参与过省本级鉴定考核工作 / took part in provincial assessment' })
  priorProvincialAssessment: boolean;

  @Field({ description: '统一社会信用代码 / unified social credit code' })
  creditCode: string;

  @Field()
  address: string;

  @Field()
  contactName: string;

  @Field()
  contactPhone: string;
}

@InputType({ description: '修改机构联系信息 / change an institution\'s contact details' })
export class UpdateInstitutionContactInput {
  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;
}
