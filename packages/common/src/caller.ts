import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from './errors';

/**
 * The caller as the gateway verified it. Subgraphs never see the JWT; they trust the gateway, which
 * proves itself with the shared secret header.
 */
export const ROLES = ['NATIONAL_ADMIN', 'PROVINCE_OPERATOR', 'EXAMINER', 'PUBLIC'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  NATIONAL_ADMIN: '全国管理员',
  PROVINCE_OPERATOR: '省级经办人',
  EXAMINER: '考评员（令牌 sub 为考评员 id）',
  PUBLIC: '公众（匿名）',
};

export interface Caller {
  /** Subject of the token (a user id), or "anonymous". Never a name or an ID number. */
  subject: string;
  role: Role;
  /** Provinces a PROVINCE_OPERATOR may act for. Empty for the other roles. */
  provinces: string[];
}

export const ANONYMOUS: Caller = Object.freeze({ subject: 'anonymous', role: 'PUBLIC', provinces: [] }) as Caller;

export const GATEWAY_SECRET_HEADER = 'x-skillfed-gateway-secret';
export const CALLER_HEADER = 'x-skillfed-caller';

/** Header values must be ASCII, so the caller travels as base64url JSON. */
export function encodeCaller(caller: Caller): string {
  return Buffer.from(JSON.stringify(caller), 'utf8').toString('base64url');
}

export function decodeCaller(header: string | undefined): Caller {
  if (!header) return ANONYMOUS;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  } catch {
    throw new UnauthenticatedError('调用方信息无法解析 / malformed caller header');
  }
  const value = raw as Partial<Caller>;
  if (!value || typeof value.subject !== 'string' || !ROLES.includes(value.role as Role) || !Array.isArray(value.provinces)) {
    throw new UnauthenticatedError('调用方信息无效 / invalid caller header');
  }
  return { subject: value.subject, role: value.role as Role, provinces: value.provinces.map(String) };
}

/** Provinces the caller may read and change; `null` means every province. */
export function provinceScope(caller: Caller): string[] | null {
  if (caller.role === 'NATIONAL_ADMIN') return null;
  if (caller.role === 'PROVINCE_OPERATOR') return caller.provinces;
  // EXAMINER tokens only enter scores for their own panels (checked where scores are written).
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
