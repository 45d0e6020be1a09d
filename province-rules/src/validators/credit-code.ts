
/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-symbol
 * alphabet (no I, O, S, V, Z); the last is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export interface CreditCodeCheck {
  valid: boolean;
  /** Normalised code (upper case), when it could be read. */
  code: string | null;
  reason: string | null;
}

export const CREDIT_CODE_STANDARD = { document: 'GB 32100-2015 法人和其他组织统一社会信用代码编码规则', section: '4 代码结构; 附录B 校验码' };

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { valid: false, code: null, reason: `统一社会信用代码应为18位，实际${code.length}位 / must be 18 characters, got ${code.length}` };
  for (let i = 0; i < 18; i++) {
    if (!ALPHABET.includes(code[i])) {
      return { valid: false, code: null, reason: `第${i + 1}位字符“${code[i]}”不允许（不得使用 I、O、S、V、Z）/ character ${i + 1} "${code[i]}" is not allowed` };
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return { valid: false, code: null, reason: '第3-8位应为登记管理机关行政区划码（6位数字）/ characters 3-8 must be a 6-digit division code' };
  }
  const expected = creditCodeCheckCharacter(code);
  if (code[17] !== expected) {
    return { valid: false, code: null, reason: `校验码错误：第18位应为“${expected}”，实际为“${code[17]}” / check character should be ${expected}, got ${code[17]}` };
  }
  return { valid: true, code, reason: null };
}

