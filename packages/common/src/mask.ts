/** Masking for personal data in default responses (证件号、手机号、姓名). */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 110105194912310021 -> 110105********0021: keeps the region and the last four, hides the birth date. */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  if (id.length < 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/**
 * 张三丰 -> 张** ; keeps the family name only, and always two stars, so the mask does not reveal how
 * long the name is (李四 and 欧阳娜娜 both become X**).
 */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name.trim()];
  return (chars[0] ?? '') + '**';
}
