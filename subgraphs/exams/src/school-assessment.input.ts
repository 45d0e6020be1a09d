import { DateScalar } from '@skillfed/common';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AssessmentMethod } from './school-assessment.entity';

@InputType({ description: '新建技工院校职业技能等级认定（本校备案范围内的一个职业（工种）、一个等级）/ open a school assessment' })
export class CreateSchoolAssessmentInput {
  @Field(() => ID, { description: '技工院校 id（令牌须为本校经办人）' })
  institutionId: string;

  @Field({ description: '职业编码（须在本校备案范围内）' })
  occupationCode: string;

  @Field(() => String, { nullable: true, description: '工种名称（同一职业备案多个工种时必填）' })
  workType?: string | null;

  @Field(() => Int, { description: '等级：1 一级/高级技师 … 5 五级/初级工' })
  level: number;

  @Field(() => AssessmentMethod)
  method: AssessmentMethod;

  @Field(() => DateScalar, { description: '考核（或竞赛）日期，须在资质有效期内' })
  assessedOn: string;

  @Field(() => Float, { nullable: true, description: '合格线（考核测评必填：通知未规定，按学校工作方案）/ the work plan\'s pass mark' })
  passMark?: number | null;

  @Field({ description: '所依据的工作方案（附件2）文号或说明' })
  workPlanReference: string;
}

@InputType({ description: '认定考生及成绩 / a student and the result' })
export class SchoolCandidateInput {
  @Field()
  name: string;

  @Field({ description: '身份证号（加密保存，脱敏返回）' })
  residentId: string;

  @Field({ description: '学籍号（本校学生，二(四)）' })
  studentNumber: string;

  @Field(() => Float, { nullable: true, description: '理论知识考试成绩（考核测评）' })
  theoryScore?: number | null;

  @Field(() => Float, { nullable: true, description: '实际操作考核成绩（考核测评）' })
  practicalScore?: number | null;

  @Field(() => String, { nullable: true, description: '竞赛名称（竞赛选拔）' })
  competitionName?: string | null;

  @Field(() => Int, { nullable: true, description: '竞赛名次（竞赛选拔）' })
  competitionRank?: number | null;

  @Field(() => String, { nullable: true, description: '获奖证明：文号、获奖证书编号或存档位置（竞赛选拔）' })
  competitionEvidence?: string | null;
}

@InputType({ description: '更正学生成绩（录入中或退回后；须说明理由）/ correct a student\'s result' })
export class SchoolCandidateResultInput {
  @Field(() => Float, { nullable: true, description: '理论知识考试成绩；给 null 清除' })
  theoryScore?: number | null;

  @Field(() => Float, { nullable: true, description: '实际操作考核成绩；给 null 清除' })
  practicalScore?: number | null;

  @Field(() => String, { nullable: true })
  competitionName?: string | null;

  @Field(() => Int, { nullable: true })
  competitionRank?: number | null;

  @Field(() => String, { nullable: true })
  competitionEvidence?: string | null;

  @Field({ description: '更正理由（如市审核退回意见）' })
  reason: string;
}
