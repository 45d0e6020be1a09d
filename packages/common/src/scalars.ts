import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from './errors';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (2023-02-29 is not). */
export function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new BadUserInputError(`日期格式应为 YYYY-MM-DD / a Date must be a real date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Dates a client may send: anything outside is a typing error (9999-12-31), not a plan. */
export const MIN_INPUT_YEAR = 1900;
export const MAX_INPUT_YEAR = 2100;

function parseInputDate(value: unknown): string {
  const date = parseDate(value);
  const year = Number(date.slice(0, 4));
  if (year < MIN_INPUT_YEAR || year > MAX_INPUT_YEAR) {
    throw new BadUserInputError(`日期须在${MIN_INPUT_YEAR}-${MAX_INPUT_YEAR}年之间 / a Date must lie between ${MIN_INPUT_YEAR} and ${MAX_INPUT_YEAR}, got ${date}`, { limit: `${MIN_INPUT_YEAR}..${MAX_INPUT_YEAR}` });
  }
  return date;
}

/** Calendar dates as `YYYY-MM-DD` strings: no time zone, because the notices count in whole days. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: '日期，格式 YYYY-MM-DD，输入限1900-2100年 / a calendar date written YYYY-MM-DD (no time, no zone); inputs must lie in 1900-2100',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseInputDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError('日期须为字符串 / a Date must be a string YYYY-MM-DD');
    return parseInputDate(ast.value);
  },
});
