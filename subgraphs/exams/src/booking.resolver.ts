import { DateScalar, provinceScope, type SubgraphContext } from '@skillfed/common';
import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ExaminerBooking, scopedBookings } from './booking.entity';
import { ExamBatch } from './exam-batch.entity';
import type { Loaders } from './exam-batch.loader';

/** Examiner is owned by the examiners subgraph; exams contributes its bookings. */
@Directive('@key(fields: "id")')
@ObjectType('Examiner')
export class ExaminerRef {
  @Field(() => ID)
  id: string;
}

type Ctx = SubgraphContext<Loaders>;

@Resolver(() => ExaminerBooking)
export class BookingResolver {
  @Authorized()
  @Query(() => [ExaminerBooking], { description: '某日已派遣的人员（供考评员子图筛除已派遣者）/ bookings of these people on a day. Bounded: the people asked about (at most 1000 by input hygiene) on one day.' })
  examinerBookings(@Arg('date', () => DateScalar) date: string, @Arg('examinerIds', () => [ID]) examinerIds: string[], @Ctx() ctx: Ctx): Promise<ExaminerBooking[]> {
    return scopedBookings(ctx.db, provinceScope(ctx.caller), date, examinerIds);
  }

  @FieldResolver(() => ExamBatch, { nullable: true })
  examBatch(@Root() booking: ExaminerBooking, @Ctx() ctx: Ctx): Promise<ExamBatch | null> {
    return ctx.loaders.examBatchById.load(booking.examBatchId);
  }
}

@Resolver(() => ExaminerRef)
export class ExaminerBookingsResolver {
  @Authorized()
  @FieldResolver(() => [ExaminerBooking], { description: '某日的派遣 / bookings on a day. Bounded: one person on one day (a role per batch that day).' })
  bookings(@Root() examiner: ExaminerRef, @Arg('date', () => DateScalar) date: string, @Ctx() ctx: Ctx): Promise<ExaminerBooking[]> {
    return ctx.loaders.bookingsOnDay(date).load(examiner.id);
  }
}
