import { BadUserInputError } from '@skillfed/common';
import { checkCreditCode, getProvince, isDivisionWithin } from '@skillfed/province-rules';

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export function requireText(field: string, label: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BadUserInputError(`${label}不能为空 / ${field} must not be empty`, { field });
  if ([...trimmed].length > max) throw new BadUserInputError(`${label}不能超过${max}个字符 / ${field} is longer than ${max} characters`, { field });
  return trimmed;
}

export function validateCityCode(province: string, cityCode: string): string {
  if (!isDivisionWithin(province, cityCode)) {
    const own = getProvince(province).identity;
    throw new BadUserInputError(`所在市代码${cityCode}不属于${own.name}（${own.divisionCode}）/ cityCode must be a GB/T 2260 code inside ${own.nameEn}`, { field: 'cityCode' });
  }
  return cityCode;
}

export function validateCreditCode(code: string): string {
  const result = checkCreditCode(code);
  if (!result.valid) throw new BadUserInputError(`统一社会信用代码无效：${result.reason}`, { field: 'creditCode' });
  return result.code!;
}

/** The message never repeats the number: it is personal data. */
export function validatePhone(phone: string): string {
  const compact = phone.replace(/\s+/g, '');
  if (!MOBILE.test(compact) && !LANDLINE.test(compact)) {
    throw new BadUserInputError('联系电话格式不正确（手机号11位或区号-座机号）/ contactPhone must be a mainland mobile or landline number', { field: 'contactPhone' });
  }
  return compact;
}
