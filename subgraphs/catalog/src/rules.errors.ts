import { BadUserInputError } from '@skillfed/common';
import { CertificateNumberError, InvalidDateError, RuleInputError, ScheduleError, UnknownProvinceError, YearDataMissingError } from '@skillfed/province-rules';

/** Rule functions throw plain errors (no GraphQL in a pure package); callers get BAD_USER_INPUT. */
export function asUserInput<T>(fn: () => T, field?: string): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CertificateNumberError) throw new BadUserInputError(error.message, { field: field ?? 'number', part: error.part, positions: error.positions });
    // A year not loaded is not bad input: YearDataSource.use retries with fresh data, then reports YEAR_DATA_NOT_LOADED.
    if (error instanceof YearDataMissingError) throw error;
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
