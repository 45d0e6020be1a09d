import { registerEnumType } from 'type-graphql';

export enum ProjectOrigin {
  ORIGINAL_FILING = 'ORIGINAL_FILING',
  NEW_FILING = 'NEW_FILING',
}

registerEnumType(ProjectOrigin, {
  name: 'ProjectOrigin',
  description: '项目来源（江苏 附件1 备注）/ where a catalog project came from',
  valuesConfig: {
    ORIGINAL_FILING: { description: '部、省原有备案' },
    NEW_FILING: { description: '新增备案' },
  },
});

export enum ProjectStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: '项目状态 / catalog project status',
  valuesConfig: {
    PROPOSED: { description: '已申报' },
    APPROVED: { description: '已审定' },
    PUBLISHED: { description: '已发布' },
    RETIRED: { description: '已停用' },
  },
});

export enum Track {
  SPECIAL_ABILITY = 'SPECIAL_ABILITY',
  SKILL_LEVEL = 'SKILL_LEVEL',
}

registerEnumType(Track, {
  name: 'Track',
  description: '评价类别 / assessment track',
  valuesConfig: {
    SPECIAL_ABILITY: { description: '专项职业能力考核' },
    SKILL_LEVEL: { description: '职业技能等级认定' },
  },
});
