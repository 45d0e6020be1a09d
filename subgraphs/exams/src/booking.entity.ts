import { DateScalar } from '@skillfed/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person booked on a batch for a day (考评员、督导员派遣). Panels (the exams workflow) create these; the
 * unique index is what stops anyone being booked on two batches the same day.
 */
@ObjectType({ description: '人员派遣（某日某批次）/ a person booked on a batch for a day' })
@Entity('examiner_bookings')
@Index('uq_examiner_bookings_day', ['examinerId', 'date'], { unique: true })
export class ExaminerBooking {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID)
  @Column({ name: 'examiner_id', type: 'varchar', length: 36 })
  examinerId: string;

  @Column({ name: 'exam_batch_id', type: 'varchar', length: 36 })
  examBatchId: string;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  date: string;

  @Field({ description: 'EXAMINER | LEADER | SUPERVISOR' })
  @Column({ type: 'varchar', length: 20 })
  role: string;
}

/**
 * Bookings of these examiners on a day, limited to exam batches of the provinces the caller may see
 * (`null` = all): bookings carry no province of their own, their batch does.
 */
export function scopedBookings(db: import('typeorm').DataSource, scope: string[] | null, date: string, examinerIds: readonly string[]): Promise<ExaminerBooking[]> {
  if (examinerIds.length === 0 || (scope !== null && scope.length === 0)) return Promise.resolve([]);
  const qb = db.getRepository(ExaminerBooking).createQueryBuilder('k').where('k.date = :date', { date }).andWhere('k.examinerId IN (:...ids)', { ids: [...examinerIds] });
  if (scope !== null) qb.andWhere('k.examBatchId IN (SELECT b.id FROM exam_batches b WHERE b.province IN (:...scope))', { scope });
  return qb.getMany();
}
