import { PageArgs, ProvinceCodeEnum } from '@skillfed/common';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class ExaminersArgs extends PageArgs {
  @Field(() => ProvinceCodeEnum(), { nullable: true, description: '省份；省级经办人只能查本省 / province (operators: their own only)' })
  province?: string | null;

  @Field(() => String, { nullable: true, description: '姓名或单位包含 / name or employer contains' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: '证卡编号 / card number' })
  cardNumber?: string | null;

  @Field(() => ID, { nullable: true, description: '持有覆盖该项目证卡的人员 / holds a card covering this project' })
  projectId?: string | null;
}
