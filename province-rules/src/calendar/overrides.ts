/**
 * Years the chinese-days package does not (yet) cover, from the State Council General Office's annual
 * notice on public holiday arrangements (国务院办公厅关于X年部分节假日安排的通知). Add a year here only
 * from the published notice, never by extrapolation: until a year is listed here or in the package,
 * every date in it is refused rather than guessed.
 */
export interface YearArrangement {
  year: number;
  /** The notice this year's entries come from. */
  source: string;
  /** Statutory holidays and the rest days joined to them (放假). */
  holidays: string[];
  /** Weekend days that are working days (调休上班). */
  workingWeekends: string[];
}

export const CALENDAR_OVERRIDES: YearArrangement[] = [];
