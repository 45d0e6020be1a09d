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

export { Track } from '@skillfed/common';

export const AssessmentMode = defineEnum('AssessmentMode', '考核方式 / assessment mode', {
  PRACTICAL: '操作技能考核',
  THEORY: '理论知识考试',
  COMPUTER_BASED: '上机考试',
  SIMULATION: '仿真模拟',
  WORKPIECE: '工件加工',
  WORK_ITEM: '作业项目评定',
  ON_THE_JOB: '工作现场考核',
  WRITTEN_FOR_PRACTICAL: '笔试（以笔代操）',
});
export type AssessmentMode = EnumValue<typeof AssessmentMode>;
