/** Base class: some year-bound record is not loaded; the message says which and how to load it. */
export class YearDataMissingError extends Error {
  constructor(
    message: string,
    readonly missing: { kind: 'HOLIDAY_ARRANGEMENT' | 'ANNUAL_NOTICE'; year: number; province?: string; load: string },
  ) {
    super(message);
    this.name = 'YearDataMissingError';
  }
}
