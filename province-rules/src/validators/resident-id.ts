/**
 * 18-character resident ID (公民身份号码), GB 11643-1999: 6-digit address code, 8-digit birth date,
 * 3-digit order code, and a check character (0-9 or X) over the first 17.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export const RESIDENT_ID_STANDARD = { document: 'GB 11643-1999 公民身份号码', section: '6 校验码' };

export interface ResidentIdCheck {
  valid: boolean;
  /** Normalised number (lowercase x written X), when valid. */
  id: string | null;
  reason: string | null;
  /** YYYY-MM-DD, when valid. */
  birthDate: string | null;
}

export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Reasons never echo the number itself: it is personal data. */
export function checkResidentId(input: string, today?: string): ResidentIdCheck {
  const id = input.trim().replace(/x$/, 'X');
  const fail = (reason: string): ResidentIdCheck => ({ valid: false, id: null, reason, birthDate: null });
  if (id.length !== 18) return fail(`身份证号码应为18位，实际${id.length}位 / must be 18 characters, got ${id.length}`);
  if (!/^\d{17}[\dX]$/.test(id)) return fail('前17位须为数字，第18位为数字或X / the first 17 must be digits and the last a digit or X');
  if (id[0] === '0') return fail('第1-6位行政区划码无效 / the address code (characters 1-6) is not a division code');
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || !realDate(y, m, d)) return fail('第7-14位出生日期不是有效日期 / characters 7-14 are not a real birth date');
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (today && birthDate > today) return fail('出生日期晚于当前日期 / the birth date is in the future');
  const expected = residentIdCheckCharacter(id);
  if (id[17] !== expected) return fail(`校验码错误：第18位应为${expected} / the check character (18th) does not match`);
  return { valid: true, id, reason: null, birthDate };
}

/** Whole years of age on `onDate` (YYYY-MM-DD); a person born on 29 February turns a year older on 1 March. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}
