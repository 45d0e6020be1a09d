import { ProvinceCodeEnum } from '@skillfed/common';
import { getProvince, hasProvince, type ProvinceModule } from '@skillfed/province-rules';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Track } from './project.enums';

@ObjectType({ description: '法律依据 / legal basis of a rule' })
export class Source {
  @Field({ description: '文件（文号）/ document' })
  document: string;

  @Field({ description: '条款 / section' })
  section: string;

  @Field({ description: 'shared/seeds/ 中的原文文件 / seed file holding the original text' })
  seed: string;

  @Field(() => String, { nullable: true, description: '通知原文摘录 / the notice\'s own words' })
  quote?: string | null;
}

/** A province is data from the province-rules registry, not a table: adding a module adds a province. */
@Directive('@key(fields: "code")')
@ObjectType({ description: '省份（韶关为地级市）/ a jurisdiction whose notices skillfed encodes' })
export class Province {
  @Field(() => ProvinceCodeEnum())
  code: string;

  @Field({ description: '中文名称 / official Chinese name' })
  name: string;

  @Field({ description: 'English name' })
  nameEn: string;

  @Field({ description: 'GB/T 2260 行政区划代码 / division code, e.g. 210000, 440200' })
  divisionCode: string;

  @Field(() => [Track], { description: '适用的评价类别 / tracks its notices cover. Bounded: the two tracks.' })
  tracks: Track[];

  @Field(() => [Source], { description: '所依据的通知 / the notices encoded. Bounded: the notices of one province module.' })
  sources: Source[];

  static from(module: ProvinceModule): Province {
    return Object.assign(new Province(), { ...module.identity, tracks: module.identity.tracks as Track[] });
  }

  static byCode(code: string): Province | null {
    return hasProvince(code) ? Province.from(getProvince(code)) : null;
  }
}
