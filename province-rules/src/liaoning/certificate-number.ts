import { cite } from '../sources';
import { LEVEL_NAMES } from './skill-level';

/**
 * 职业技能等级证书编码规则 (辽人社〔2020〕32号 附件5): 1 letter + 21 digits.
 *   1      Y 用人单位 / S 社会培训评价组织
 *   2-5    filing route: 0001-9999 assigned by MOHRSS, 0000 when filed with the province
 *   6-7    province, Liaoning = 21
 *   8-13   institution sequence: city 01-14, kind 1-6, filing order 001-999
 *   14-15  year of issue (last two digits)
 *   16     level 1-5
 *   17-22  serial 000001-999999, per institution, year and level
 */
export const CERTIFICATE_NUMBER_SOURCE = cite('LIAONING_SCHOOL', '附件5 职业技能等级证书编码规则');

export const EVALUATOR_TYPES = { Y: { code: 'EMPLOYER', name: '用人单位' }, S: { code: 'SOCIAL_TRAINING_EVALUATION_ORGANISATION', name: '社会培训评价组织' } } as const;

export const LIAONING_CITIES: Record<string, { name: string; divisionCode: string }> = {
  '01': { name: '沈阳市', divisionCode: '210100' },
  '02': { name: '大连市', divisionCode: '210200' },
  '03': { name: '鞍山市', divisionCode: '210300' },
  '04': { name: '抚顺市', divisionCode: '210400' },
  '05': { name: '本溪市', divisionCode: '210500' },
  '06': { name: '丹东市', divisionCode: '210600' },
  '07': { name: '锦州市', divisionCode: '210700' },
  '08': { name: '营口市', divisionCode: '210800' },
  '09': { name: '阜新市', divisionCode: '210900' },
  '10': { name: '辽阳市', divisionCode: '211000' },
  '11': { name: '铁岭市', divisionCode: '211200' },
  '12': { name: '朝阳市', divisionCode: '211300' },
  '13': { name: '盘锦市', divisionCode: '211100' },
  '14': { name: '葫芦岛市', divisionCode: '211400' },
};

export const LIAONING_INSTITUTION_KINDS: Record<string, { code: string; name: string }> = {
  '1': { code: 'CENTRAL_ENTERPRISE_BRANCH', name: '央企辽宁分公司' },
  '2': { code: 'PROVINCIAL_ENTERPRISE', name: '省属企业' },
  '3': { code: 'MUNICIPAL_ENTERPRISE', name: '市属企业' },
  '4': { code: 'TECHNICAL_SCHOOL', name: '技工院校' },
  '5': { code: 'INDUSTRY_ASSOCIATION', name: '行业协会' },
  '6': { code: 'OTHER', name: '其他' },
};

export const LIAONING_PROVINCE_CODE = '21';

export interface SkillCertificateNumber {
  evaluatorType: 'Y' | 'S';
  evaluatorTypeName: string;
  /** '0000' when filed with the province, else the MOHRSS filing code 0001-9999. */
  filingRoute: string;
  filingRouteName: string;
  provinceCode: string;
  cityCode: string;
  cityName: string;
  institutionKind: string;
  institutionKindName: string;
  filingOrder: number;
  /** Four-digit year of issue. */
  year: number;
  level: number;
  levelName: string;
  serial: number;
}

export class CertificateNumberError extends Error {
  constructor(readonly part: string, readonly positions: string, message: string) {
    super(message);
    this.name = 'CertificateNumberError';
  }
}

function fail(part: string, positions: string, zh: string, en: string): never {
  throw new CertificateNumberError(part, positions, `证书编号${positions}（${part}）${zh} / ${part} (positions ${positions}) ${en}`);
}

/** Decodes and validates a 22-character number; a bad number throws naming the part that is wrong. */
export function decodeSkillCertificateNumber(number: string): SkillCertificateNumber {
  if (/\s/.test(number)) fail('整体', '全部', '不得含空格', 'must not contain spaces');
  if (number.length !== 22) fail('长度', '全部', `应为22位（1位字母+21位数字），实际${number.length}位`, `must be 22 characters, got ${number.length}`);
  const type = number[0];
  if (type !== 'Y' && type !== 'S') fail('认定机构类别代码', '第1位', '应为Y（用人单位）或S（社会培训评价组织）', 'must be Y or S');
  if (!/^\d{21}$/.test(number.slice(1))) fail('数字部分', '第2-22位', '应全部为数字', 'must be digits');
  const route = number.slice(1, 5);
  const province = number.slice(5, 7);
  if (province !== LIAONING_PROVINCE_CODE) fail('省级代码', '第6-7位', `应为${LIAONING_PROVINCE_CODE}（辽宁省），实际为${province}`, `must be 21 (Liaoning), got ${province}`);
  const city = number.slice(7, 9);
  if (!LIAONING_CITIES[city]) fail('市代码', '第8-9位', `应为01-14，实际为${city}`, `must be a Liaoning city 01-14, got ${city}`);
  const kind = number[9];
  if (!LIAONING_INSTITUTION_KINDS[kind]) fail('机构类别', '第10位', `应为1-6，实际为${kind}`, `must be 1-6, got ${kind}`);
  const order = Number(number.slice(10, 13));
  if (order === 0) fail('备案顺序号', '第11-13位', '应为001-999', 'must be 001-999');
  const level = Number(number[15]);
  if (level < 1 || level > 5) fail('等级代码', '第16位', `应为1-5，实际为${level}`, `must be 1-5, got ${level}`);
  const serial = Number(number.slice(16, 22));
  if (serial === 0) fail('证书序列码', '第17-22位', '应为000001-999999', 'must be 000001-999999');
  return {
    evaluatorType: type,
    evaluatorTypeName: EVALUATOR_TYPES[type].name,
    filingRoute: route,
    filingRouteName: route === '0000' ? '向省人社厅备案' : '向人社部备案（部赋码）',
    provinceCode: province,
    cityCode: city,
    cityName: LIAONING_CITIES[city].name,
    institutionKind: kind,
    institutionKindName: LIAONING_INSTITUTION_KINDS[kind].name,
    filingOrder: order,
    year: 2000 + Number(number.slice(13, 15)),
    level,
    levelName: LEVEL_NAMES[level],
    serial,
  };
}

export interface SkillCertificateNumberParts {
  evaluatorType: 'Y' | 'S';
  filingRoute: string;
  cityCode: string;
  institutionKind: string;
  filingOrder: number;
  year: number;
  level: number;
  serial: number;
}

/** Builds a number from its parts; the result is validated by decoding it. */
export function encodeSkillCertificateNumber(parts: SkillCertificateNumberParts): string {
  if (!/^\d{4}$/.test(parts.filingRoute)) fail('备案途径代码', '第2-5位', '应为4位数字', 'must be 4 digits');
  if (!Number.isInteger(parts.filingOrder) || parts.filingOrder < 1 || parts.filingOrder > 999) fail('备案顺序号', '第11-13位', '应为1-999', 'must be 1-999');
  if (!Number.isInteger(parts.year) || parts.year < 2000 || parts.year > 2099) fail('核发年份', '第14-15位', '应为2000-2099年', 'must be 2000-2099');
  if (!Number.isInteger(parts.serial) || parts.serial < 1 || parts.serial > 999_999) fail('证书序列码', '第17-22位', '应为1-999999', 'must be 1-999999');
  const number =
    parts.evaluatorType +
    parts.filingRoute +
    LIAONING_PROVINCE_CODE +
    parts.cityCode +
    parts.institutionKind +
    String(parts.filingOrder).padStart(3, '0') +
    String(parts.year % 100).padStart(2, '0') +
    String(parts.level) +
    String(parts.serial).padStart(6, '0');
  decodeSkillCertificateNumber(number);
  return number;
}

/** What serials are counted within: one run per institution (positions 1-13), year and level. */
export function serialScope(number: string): string {
  decodeSkillCertificateNumber(number);
  return number.slice(0, 16);
}

/** Position 10 of 附件5 for an institution kind: enterprises 1-3, technical schools 4, associations 5, else 6. */
export function liaoningKindDigit(kind: string): string {
  switch (kind) {
    case 'CENTRAL_ENTERPRISE_BRANCH':
      return '1';
    case 'PROVINCIAL_ENTERPRISE':
      return '2';
    case 'MUNICIPAL_ENTERPRISE':
      return '3';
    case 'TECHNICIAN_COLLEGE':
    case 'SENIOR_TECHNICAL_SCHOOL':
    case 'TECHNICAL_SCHOOL':
      return '4';
    case 'INDUSTRY_ASSOCIATION':
    case 'PROVINCIAL_INDUSTRY_ORGANISATION':
      return '5';
    default:
      return '6';
  }
}

/** Positions 8-9 of 附件5 for a GB/T 2260 code inside a Liaoning city (210102 → 01 沈阳市); null outside the 14 cities. */
export function liaoningCityCode(division: string): string | null {
  const prefix = division.slice(0, 4);
  const entry = Object.entries(LIAONING_CITIES).find(([, city]) => city.divisionCode.slice(0, 4) === prefix);
  return entry ? entry[0] : null;
}
