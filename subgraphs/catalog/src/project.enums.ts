import { defineEnum, type EnumValue } from '@skillfed/common';

export const ProjectOrigin = defineEnum('ProjectOrigin', '项目来源（江苏 附件1 备注）/ where a catalog project came from', {
  ORIGINAL_FILING: '部、省原有备案',
  NEW_FILING: '新增备案',
});
export type ProjectOrigin = EnumValue<typeof ProjectOrigin>;

export const ProjectStatus = defineEnum('ProjectStatus', '项目状态 / catalog project status', {
  PROPOSED: '已申报',
  APPROVED: '已审定',
  PUBLISHED: '已发布',
  RETIRED: '已停用',
});
export type ProjectStatus = EnumValue<typeof ProjectStatus>;

export const Track = defineEnum('Track', '评价类别 / assessment track', {
  SPECIAL_ABILITY: '专项职业能力考核',
  SKILL_LEVEL: '职业技能等级认定',
});
export type Track = EnumValue<typeof Track>;
