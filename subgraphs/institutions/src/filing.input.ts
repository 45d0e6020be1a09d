import { DateScalar } from '@skillfed/common';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: '备案范围中的职业（技能等级认定）/ an occupation with a level range' })
export class ScopeOccupationInput {
  @Field({ description: '职业编码，如 6-18-01-01' })
  code: string;

  @Field({ description: '职业名称' })
  name: string;

  @Field(() => String, { nullable: true, description: '工种名称（无则留空）' })
  workType?: string | null;

  @Field(() => Int, { description: '最高等级（1=高级技师）' })
  levelHighest: number;

  @Field(() => Int, { description: '最低等级（5=初级工）' })
  levelLowest: number;
}

@InputType({ description: '备案范围（整体替换）/ the filing scope, replaced as a whole' })
export class FilingScopeInput {
  @Field(() => [ID], { description: '专项职业能力：可考核的目录项目 / catalog projects (special ability)' })
  projectIds: string[];

  @Field(() => [ScopeOccupationInput], { description: '技能等级认定：职业及等级范围 / occupations (skill levels)' })
  occupations: ScopeOccupationInput[];
}

@InputType({ description: '提交备案材料 / record a provided filing material' })
export class ProvideMaterialInput {
  @Field(() => ID)
  institutionId: string;

  @Field({ description: '材料代码，见 Institution.filingMaterials / material code' })
  code: string;

  @Field({ description: '文件编号、存档位置或说明 / document reference' })
  reference: string;

  @Field(() => DateScalar, { nullable: true, description: '提交日期，默认今天 / provided on' })
  providedOn?: string | null;
}
