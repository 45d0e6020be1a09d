import { DateScalar, ProvinceCodeEnum } from '@skillfed/common';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CardKind, InstitutionRole, QualificationType, TitleGrade, TrainingType } from './examiner.enums';

@InputType({ description: '登记考评员/督导员 / register a person' })
export class RegisterExaminerInput {
  @Field(() => ProvinceCodeEnum())
  province: string;

  @Field()
  name: string;

  @Field({ description: '18位身份证号（仅脱敏返回）/ resident ID, only ever returned masked' })
  residentId: string;

  @Field()
  phone: string;

  @Field({ description: '工作单位 / employer' })
  employer: string;
}

@InputType({ description: '资质证明；按 type 填写相应字段 / a qualification; fill the fields its type needs' })
export class QualificationInput {
  @Field(() => QualificationType)
  type: QualificationType;

  @Field(() => String, { nullable: true, description: 'SKILL_CERTIFICATE：职业编码' })
  occupationCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'SKILL_CERTIFICATE：等级1-5' })
  level?: number | null;

  @Field(() => String, { nullable: true, description: 'PROFESSIONAL_TITLE：专业' })
  field?: string | null;

  @Field(() => TitleGrade, { nullable: true, description: 'PROFESSIONAL_TITLE：级别' })
  grade?: TitleGrade | null;

  @Field(() => InstitutionRole, { nullable: true, description: 'INSTITUTION_ROLE：职务' })
  institutionRole?: InstitutionRole | null;

  @Field(() => [ID], { defaultValue: [], description: 'SPECIAL_ABILITY_CERTIFICATE（一个）、SPECIAL_ABILITY_EXAMINER、STAND_IN_AUTHORISATION：项目' })
  projectIds: string[];

  @Field(() => [String], { defaultValue: [], description: 'OCCUPATIONAL_EXAMINER：覆盖的职业编码' })
  occupationCodes: string[];

  @Field(() => DateScalar, { nullable: true, description: '取得日期；临时派遣的起始日 / obtained on, or stand-in start' })
  obtainedOn?: string | null;

  @Field(() => String, { nullable: true, description: '证书编号或文件号' })
  reference?: string | null;
}

@InputType({ description: '核发证卡 / issue a card' })
export class IssueCardInput {
  @Field(() => ID)
  examinerId: string;

  @Field(() => CardKind)
  kind: CardKind;

  @Field(() => [ID], { defaultValue: [], description: '考评项目（督导员证卡可为空）/ projects covered' })
  projectIds: string[];

  @Field(() => DateScalar)
  issuedOn: string;

  @Field(() => DateScalar, { nullable: true, description: '本省未规定有效期时必填 / required where the province states no term' })
  validUntil?: string | null;

  @Field(() => TrainingType, { defaultValue: 'FIRST' })
  trainingType: TrainingType;
}
