/** Plain calendar arithmetic on YYYY-MM-DD strings, in UTC so no time zone shifts a day. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class InvalidDateError extends Error {
  constructor(readonly value: string) {
    super(`日期须为有效的 YYYY-MM-DD / not a real date written YYYY-MM-DD: ${JSON.stringify(value)}`);
    this.name = 'InvalidDateError';
  }
}

export function parseDate(value: string): Date {
  const m = DATE.exec(value);
  if (!m) throw new InvalidDateError(value);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCFullYear() !== Number(m[1]) || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw new InvalidDateError(value);
  }
  return date;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(value: string, days: number): string {
  const date = parseDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDate(date);
}

/**
 * Adds calendar months; a day that does not exist in the target month falls back to its last day
 * (2024-02-29 + 12 months = 2025-02-28), so a retention period is never shortened past its month.
 */
export function addMonths(value: string, months: number): string {
  const date = parseDate(value);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return formatDate(target);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(value: string): number {
  return parseDate(value).getUTCDay();
}
