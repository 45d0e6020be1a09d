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
