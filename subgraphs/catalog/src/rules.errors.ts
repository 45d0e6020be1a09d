import { BadUserInputError } from '@skillfed/common';
import { CalendarCoverageError, CertificateNumberError, InvalidDateError, RuleInputError, ScheduleError, UnknownProvinceError } from '@skillfed/province-rules';

/** Rule functions throw plain errors (no GraphQL in a pure package); callers get BAD_USER_INPUT. */
export function asUserInput<T>(fn: () => T, field?: string): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CertificateNumberError) throw new BadUserInputError(error.message, { field: field ?? 'number', part: error.part, positions: error.positions });
    if (error instanceof CalendarCoverageError) throw new BadUserInputError(error.message, { field, coverage: error.coverage });
    if (
      error instanceof InvalidDateError ||
      error instanceof RuleInputError ||
      error instanceof ScheduleError ||
      error instanceof UnknownProvinceError ||
      error instanceof RangeError
    ) {
      throw new BadUserInputError(error.message, field ? { field } : undefined);
    }
    throw error;
  }
}
