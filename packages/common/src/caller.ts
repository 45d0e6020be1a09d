import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from './errors';

/**
 * The caller as the gateway verified it. Subgraphs never see the client's JWT: the gateway sends a
 * short-lived caller assertion it signs per subgraph request (caller-assertion.ts).
 */
export const ROLES = ['NATIONAL_ADMIN', 'PROVINCE_OPERATOR', 'CITY_OPERATOR', 'INSTITUTION_STAFF', 'EXAMINER', 'PUBLIC'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  NATIONAL_ADMIN: '全国管理员',
  PROVINCE_OPERATOR: '省级经办人',
  CITY_OPERATOR: '市级经办人（市职业技能鉴定中心；一个省，一个或多个市）',
  INSTITUTION_STAFF: '机构经办人（一个机构；技工院校自主发证）',
  EXAMINER: '考评员（令牌 sub 为考评员 id）',
  PUBLIC: '公众（匿名）',
};

export interface Caller {
  /** Subject of the token (a user id), or "anonymous". Never a name or an ID number. */
  subject: string;
  role: Role;
  /**
   * Provinces a PROVINCE_OPERATOR may act for; the one province of a CITY_OPERATOR, an
   * INSTITUTION_STAFF or an EXAMINER. Empty for NATIONAL_ADMIN and PUBLIC.
   */
  provinces: string[];
  /**
   * CITY_OPERATOR only: GB/T 2260 codes of the cities (地级市, xxxx00) whose centre the operator works
   * for; they act for institutions in those cities. Plain data so it travels in any caller encoding.
   */
  cityCodes?: string[];
  /** INSTITUTION_STAFF only: the one institution the staff member acts for. */
  institutionId?: string;
}

export const ANONYMOUS: Caller = Object.freeze({ subject: 'anonymous', role: 'PUBLIC', provinces: [] }) as Caller;

export const GATEWAY_SECRET_HEADER = 'x-skillfed-gateway-secret';
/** Carries the caller assertion (a JWT), see caller-assertion.ts. */
export const CALLER_HEADER = 'x-skillfed-caller';

/**
 * The Caller carried in a verified caller assertion's `caller` claim (see caller-assertion.ts). The
 * whole Caller object travels, so a role's own fields (city codes, an institution id) need no change to
 * how callers travel; normaliseCaller checks each role's shape.
 */
export function callerFromClaim(raw: unknown): Caller {
  const value = raw as Partial<Caller> | null;
  if (
    !value ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    typeof value.subject !== 'string' ||
    !value.subject ||
    !Array.isArray(value.provinces) ||
    !value.provinces.every((p) => typeof p === 'string')
  ) {
    throw new UnauthenticatedError('调用方信息无效 / invalid caller in assertion');
  }
  return normaliseCaller(raw);
}

/** Checks the shape of a caller however it travelled (header, assertion claims); throws 401 when wrong. */
export function normaliseCaller(raw: unknown): Caller {
  const value = raw as Partial<Caller>;
  if (!value || typeof value.subject !== 'string' || !ROLES.includes(value.role as Role) || !Array.isArray(value.provinces)) {
    throw new UnauthenticatedError('调用方信息无效 / invalid caller header');
  }
  const caller: Caller = { subject: value.subject, role: value.role as Role, provinces: value.provinces.map(String) };
  if (caller.role === 'CITY_OPERATOR') {
    const cities = Array.isArray(value.cityCodes) ? value.cityCodes.map(String) : [];
    if (caller.provinces.length !== 1 || cities.length === 0 || cities.some((c) => !/^\d{6}$/.test(c))) {
      throw new UnauthenticatedError('市级经办人须含一个省份和至少一个6位市代码 / a CITY_OPERATOR names one province and its city codes');
    }
    caller.cityCodes = cities;
  }
  if (caller.role === 'INSTITUTION_STAFF') {
    if (caller.provinces.length !== 1 || typeof value.institutionId !== 'string' || !value.institutionId) {
      throw new UnauthenticatedError('机构经办人须含一个省份和机构 id / an INSTITUTION_STAFF names one province and its institution');
    }
    caller.institutionId = value.institutionId;
  }
  return caller;
}

/**
 * True when a GB/T 2260 code lies in one of a city operator's cities: same first four digits
 * (370102 历下区 lies in 370100 济南市). A city-level jurisdiction such as 440200 韶关市 is its own city.
 */
export function cityCovers(cityCodes: readonly string[] | undefined, division: string): boolean {
  return (cityCodes ?? []).some((c) => c.slice(0, 4) === division.slice(0, 4));
}

/** Provinces the caller may read and change; `null` means every province. */
export function provinceScope(caller: Caller): string[] | null {
  if (caller.role === 'NATIONAL_ADMIN') return null;
  if (caller.role === 'PROVINCE_OPERATOR') return caller.provinces;
  // EXAMINER tokens only enter scores for their own panels (checked where scores are written);
  // CITY_OPERATOR and INSTITUTION_STAFF act for their cities or institution only, checked where they
  // act (certificates), never province-wide.
  return [];
}

export function canActFor(caller: Caller, province: string): boolean {
  const scope = provinceScope(caller);
  return scope === null || scope.includes(province);
}

/** Throws FORBIDDEN when a caller acts outside its provinces. */
export function assertProvinceAccess(caller: Caller, province: string): void {
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  if (!canActFor(caller, province)) {
    throw new ForbiddenError(`无权访问其他省份的数据 / a ${caller.role} of ${caller.provinces.join(',') || '-'} may not act for ${province}`);
  }
}

/**
 * Narrows an optional province filter to what the caller may see. A provincial operator asking for
 * another province is refused rather than silently given an empty list, so dashboards notice.
 */
export function scopeProvinceFilter(caller: Caller, requested: string | undefined | null): string[] | null {
  const scope = provinceScope(caller);
  if (requested) {
    if (scope !== null && !scope.includes(requested)) assertProvinceAccess(caller, requested);
    return [requested];
  }
  return scope;
}

/**
 * type-graphql auth checker: `@Authorized()` means any signed-in role, `@Authorized('NATIONAL_ADMIN')`
 * names the roles. Throwing our own errors keeps extensions.code consistent across subgraphs.
 */
export const authChecker: AuthChecker<{ caller: Caller }, Role> = ({ context }, roles) => {
  const { caller } = context;
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  if (roles.length === 0 || roles.includes(caller.role)) return true;
  throw new ForbiddenError(`需要角色 ${roles.map((r) => ROLE_NAMES[r]).join('/')} / requires role ${roles.join(' or ')}`);
};
