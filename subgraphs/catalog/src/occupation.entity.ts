import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 职业（工种）for skill-level recognition, from 《中华人民共和国职业分类大典》 and MOHRSS filings. */
@ObjectType({ description: '职业（工种）/ occupation for skill-level recognition' })
@Entity('occupations')
@Index('uq_occupations_code_work_type', ['code', 'workTypeKey'], { unique: true })
export class Occupation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field({ description: '职业编码，如 6-18-01-01 / occupation code' })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Field({ description: '职业名称' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: '工种名称（无则为空）' })
  @Column({ name: 'work_type', type: 'varchar', length: 100, nullable: true })
  workType: string | null;

  // '' when there is no work type, so the unique index also covers occupations without one.
  @Column({ name: 'work_type_key', type: 'varchar', length: 100 })
  workTypeKey: string;

  @Field(() => Int, { description: '最高等级（1=一级/高级技师）' })
  @Column({ name: 'level_highest', type: 'int' })
  levelHighest: number;

  @Field(() => Int, { description: '最低等级（5=五级/初级工）' })
  @Column({ name: 'level_lowest', type: 'int' })
  levelLowest: number;
}
