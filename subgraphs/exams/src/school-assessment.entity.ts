import { DateScalar, ProvinceCodeEnum, blindIndexColumn, defineEnum, personalColumn, type EnumValue } from '@skillfed/common';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** DECIMAL comes back from MySQL as a string. */
const decimal: ValueTransformer = { to: (v: number | null) => v, from: (v: string | number | null) => (v === null || v === undefined ? null : Number(v)) };

export const AssessmentMethod = defineEnum('AssessmentMethod', '评价方式（辽人社〔2020〕32号 三(二)）/ assessment method', {
  EXAM: '考核测评：理论知识考试＋实际操作考核（三(二)1）',
  COMPETITION: '竞赛选拔：按职业技能竞赛成绩直接认定（三(二)2）',
});
export type AssessmentMethod = EnumValue<typeof AssessmentMethod>;

export const SchoolAssessmentStatus = defineEnum('SchoolAssessmentStatus', '认定状态 / where a school assessment stands', {
  DRAFT: '录入中（学校）',
  REPORTED: '已报市公共就业服务机构审核（四(四)1）',
  RETURNED: '审核退回，学校修改后重报',
  APPROVED: '审核通过，可发证',
  ISSUED: '学校已颁发证书（五(三) 谁评价、谁发证、谁负责）',
});
export type SchoolAssessmentStatus = EnumValue<typeof SchoolAssessmentStatus>;

/**
 * 职业技能等级认定 by a technical school for its own students, one occupation (工种) and one level:
 * the school enters results, its city's public employment service centre reviews them, the school
 * issues the certificates (certificates subgraph, 附件5 numbers).
 */
@ObjectType({ description: '技工院校职业技能等级认定（一个职业（工种）、一个等级）/ a school skill-level assessment' })
@Entity('school_assessments')
@Index('ix_school_assessments_institution', ['institutionId', 'id'])
@Index('ix_school_assessments_city', ['province', 'cityCode', 'id'])
export class SchoolAssessment {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field(() => ID, { description: '技工院校 id / the school' })
  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Field({ description: '学校所在市行政区划代码（审核的市公共就业服务机构）/ the school\'s city' })
  @Column({ name: 'city_code', type: 'varchar', length: 6 })
  cityCode: string;

  @Field({ description: '学校类别（技师学院/高级技工学校/技工学校）/ school kind' })
  @Column({ name: 'school_kind', type: 'varchar', length: 40 })
  schoolKind: string;

  @Field({ description: '职业编码 / occupation code' })
  @Column({ name: 'occupation_code', type: 'varchar', length: 20 })
  occupationCode: string;

  @Field({ description: '职业名称' })
  @Column({ name: 'occupation_name', type: 'varchar', length: 100 })
  occupationName: string;

  @Field(() => String, { nullable: true, description: '工种名称（无则为空，附件7填“——”）' })
  @Column({ name: 'work_type', type: 'varchar', length: 100, nullable: true })
  workType: string | null;

  @Field(() => Int, { description: '等级：1 一级/高级技师 … 5 五级/初级工' })
  @Column({ type: 'int' })
  level: number;

  @Field(() => AssessmentMethod)
  @Column({ type: 'varchar', length: 20 })
  method: AssessmentMethod;

  @Field(() => Float, { nullable: true, description: '合格线（工作方案规定；通知未规定）；竞赛选拔为空 / pass mark from the work plan' })
  @Column({ name: 'pass_mark', type: 'decimal', precision: 5, scale: 1, nullable: true, transformer: decimal })
  passMark: number | null;

  @Field({ description: '工作方案（附件2）文号或说明 / the work plan the assessment follows' })
  @Column({ name: 'work_plan_reference', type: 'varchar', length: 300 })
  workPlanReference: string;

  @Field(() => DateScalar, { description: '考核（或竞赛）日期 / assessed on' })
  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Field(() => SchoolAssessmentStatus)
  @Column({ type: 'varchar', length: 20 })
  status: SchoolAssessmentStatus;

  @Field(() => Int, { description: '考生人数' })
  @Column({ name: 'candidate_count', type: 'int' })
  candidateCount: number;

  @Field(() => Int, { nullable: true, description: '合格（认定）人数，上报时计算 / passed, computed when reported' })
  @Column({ name: 'passed_count', type: 'int', nullable: true })
  passedCount: number | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'reported_on', type: 'date', nullable: true })
  reportedOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'reviewed_on', type: 'date', nullable: true })
  reviewedOn: string | null;

  @Field(() => String, { nullable: true, description: '审核人（令牌 sub）' })
  @Column({ name: 'reviewed_by', type: 'varchar', length: 120, nullable: true })
  reviewedBy: string | null;

  @Field(() => String, { nullable: true, description: '退回理由 / why it was returned' })
  @Column({ name: 'review_reason', type: 'varchar', length: 500, nullable: true })
  reviewReason: string | null;

  @Field(() => DateScalar, { nullable: true, description: '发证日期 / certificates issued on' })
  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 120 })
  createdBy: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}

/** A student in an assessment, with the results; name and ID number sealed at rest. */
@ObjectType({ description: '认定考生（本校学生，二(四)）/ a student in a school assessment' })
@Entity('school_assessment_candidates')
@Index('uq_school_candidates_person', ['assessmentId', 'residentIdBidx'], { unique: true })
@Index('ix_school_candidates_issued', ['certificateIssuedOn'])
export class SchoolCandidate {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'assessment_id', type: 'varchar', length: 36 })
  assessmentId: string;

  // Resolved with an unmasked-read audit note (or masked) by the resolver.
  @Column(personalColumn('name'))
  name: string;

  @Column(personalColumn('resident_id'))
  residentId: string;

  @Column(blindIndexColumn('resident_id_bidx'))
  residentIdBidx: string;

  @Field({ description: '学籍号（本校学生）/ student number' })
  @Column({ name: 'student_number', type: 'varchar', length: 40 })
  studentNumber: string;

  @Field(() => Float, { nullable: true, description: '理论知识考试成绩' })
  @Column({ name: 'theory_score', type: 'decimal', precision: 5, scale: 1, nullable: true, transformer: decimal })
  theoryScore: number | null;

  @Field(() => Float, { nullable: true, description: '实际操作考核成绩' })
  @Column({ name: 'practical_score', type: 'decimal', precision: 5, scale: 1, nullable: true, transformer: decimal })
  practicalScore: number | null;

  @Field(() => String, { nullable: true, description: '竞赛名称（竞赛选拔）' })
  @Column({ name: 'competition_name', type: 'varchar', length: 200, nullable: true })
  competitionName: string | null;

  @Field(() => Int, { nullable: true, description: '竞赛名次' })
  @Column({ name: 'competition_rank', type: 'int', nullable: true })
  competitionRank: number | null;

  @Field(() => String, { nullable: true, description: '获奖证明（文号、证书编号或存档位置）' })
  @Column({ name: 'competition_evidence', type: 'varchar', length: 300, nullable: true })
  competitionEvidence: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否合格（上报时计算）/ passed, once reported' })
  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: '证书颁发日期 / certificate issued on' })
  @Column({ name: 'certificate_issued_on', type: 'date', nullable: true })
  certificateIssuedOn: string | null;
}

/** 准入类 occupations a province excludes from recognition (二(一)); the notice names the category, the list is loaded. */
@ObjectType({ description: '不纳入职业技能等级认定的准入类职业（工种）/ an excluded (准入类) occupation' })
@Entity('school_excluded_occupations')
@Index('uq_school_excluded_occupations', ['province', 'occupationCode'], { unique: true })
export class ExcludedOccupation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field()
  @Column({ name: 'occupation_code', type: 'varchar', length: 20 })
  occupationCode: string;

  @Field()
  @Column({ name: 'occupation_name', type: 'varchar', length: 100 })
  occupationName: string;

  @Field({ description: '类别（准入类）' })
  @Column({ type: 'varchar', length: 20 })
  category: string;

  @Field({ description: '依据（如《国家职业资格目录》）/ basis' })
  @Column({ type: 'varchar', length: 300 })
  basis: string;
}

/** A record of an assessment kept by the school (四(四)4), with the date before which it may not be destroyed. */
@ObjectType({ description: '认定工作资料（四(四)4 纸质≥3年、电子≥5年）/ an archived record of a school assessment' })
@Entity('school_assessment_records')
@Index('ix_school_records_retain', ['province', 'retainUntil', 'id'])
export class SchoolAssessmentRecord {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID)
  @Column({ name: 'assessment_id', type: 'varchar', length: 36 })
  assessmentId: string;

  @Field(() => ProvinceCodeEnum())
  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Field(() => ID)
  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Field()
  @Column({ name: 'city_code', type: 'varchar', length: 6 })
  cityCode: string;

  @Field({ description: '保存形式 PAPER | ELECTRONIC' })
  @Column({ type: 'varchar', length: 20 })
  medium: string;

  @Field({ description: '资料内容 / what it is' })
  @Column({ type: 'varchar', length: 300 })
  description: string;

  @Field({ description: '存放地点 / where it is kept' })
  @Column({ type: 'varchar', length: 300 })
  location: string;

  @Field(() => DateScalar, { description: '归档日期 / archived on' })
  @Column({ name: 'archived_on', type: 'date' })
  archivedOn: string;

  @Field(() => DateScalar, { description: '须保存至（含）/ keep until (inclusive)' })
  @Column({ name: 'retain_until', type: 'date' })
  retainUntil: string;

  @Field({ description: '保存期限依据 / basis' })
  @Column({ type: 'varchar', length: 300 })
  basis: string;
}
