import { PageArgs, ProvinceCodeEnum } from '@skillfed/common';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class ExaminersArgs extends PageArgs {
  @Field(() => ProvinceCodeEnum(), { nullable: true, description: '省份；省级经办人只能查本省 / province (operators: their own only)' })
  province?: string | null;

  @Field(() => String, { nullable: true, description: '姓名或单位包含 / name or employer contains' })
  search?: string | null;
}
