import { DateScalar } from '@skillfed/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstitutionRole, QualificationType, TitleGrade } from './examiner.enums';

/** One piece of evidence about an examiner; which fields apply depends on `type`. */
@ObjectType({ description: '资质证明 / a qualification held as evidence' })
@Entity('qualifications')
@Index('ix_qualifications_examiner', ['examinerId'])
export class Qualification {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'examiner_id', type: 'varchar', length: 36 })
  examinerId: string;

  @Field(() => QualificationType)
  @Column({ type: 'varchar', length: 40 })
  type: QualificationType;

  @Field(() => String, { nullable: true, description: '职业编码（技能证书）/ occupation code' })
  @Column({ name: 'occupation_code', type: 'varchar', length: 20, nullable: true })
  occupationCode: string | null;

  @Field(() => Int, { nullable: true, description: '技能等级1-5（1最高）/ skill level' })
  @Column({ type: 'int', nullable: true })
  level: number | null;

  @Field(() => String, { nullable: true, description: '职称专业 / title field' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  field: string | null;

  @Field(() => TitleGrade, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  grade: TitleGrade | null;

  @Field(() => InstitutionRole, { nullable: true })
  @Column({ name: 'institution_role', type: 'varchar', length: 20, nullable: true })
  institutionRole: InstitutionRole | null;

  // Comma-separated project ids (special-ability certificate: one; examiner qualification and stand-in: the projects covered).
  @Column({ name: 'project_ids', type: 'varchar', length: 2000, default: '' })
  projectIds: string;

  // Comma-separated occupation codes an occupational-qualification examiner covers.
  @Column({ name: 'occupation_codes', type: 'varchar', length: 2000, default: '' })
  occupationCodes: string;

  @Field(() => DateScalar, { nullable: true, description: '取得日期或起始日 / obtained on, or the stand-in start' })
  @Column({ name: 'obtained_on', type: 'date', nullable: true })
  obtainedOn: string | null;

  @Field(() => String, { nullable: true, description: '证书编号或文件号 / certificate or document number' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;
}

/** Province-edited mapping of a catalog project to the occupations and title fields counted as related. */
@Entity('project_relations')
@Index('uq_project_relations', ['province', 'projectId'], { unique: true })
export class ProjectRelation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId: string;

  @Column({ name: 'occupation_codes', type: 'varchar', length: 2000 })
  occupationCodes: string;

  @Column({ type: 'varchar', length: 2000 })
  fields: string;
}
