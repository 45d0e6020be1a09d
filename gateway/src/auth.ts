import { ANONYMOUS, LruCache, UnauthenticatedError, type Caller } from '@skillfed/common';
import { hasProvince, isDivisionWithin } from '@skillfed/province-rules';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { JwtConfig } from './config';

/**
 * Claims skillfed reads from a token: `sub`, `role`; `provinces` for operators and examiners;
 * `cityCodes` (GB/T 2260, xxxx00) for city operators; `institutionId` for institution staff.
 */
export interface SkillfedClaims extends JWTPayload {
  role?: string;
  provinces?: string[];
  cityCodes?: string[];
  institutionId?: string;
}

export type CallerVerifier = (authorization: string | undefined) => Promise<Caller>;

function toCaller(claims: SkillfedClaims): Caller {
  const subject = typeof claims.sub === 'string' && claims.sub ? claims.sub : null;
  if (!subject) throw new UnauthenticatedError('令牌缺少 sub / token has no subject');
  if (claims.role === 'NATIONAL_ADMIN') return { subject, role: 'NATIONAL_ADMIN', provinces: [] };
  if (claims.role === 'PROVINCE_OPERATOR') {
    const provinces = Array.isArray(claims.provinces) ? claims.provinces.map(String) : [];
    if (provinces.length === 0) throw new UnauthenticatedError('省级经办人令牌须包含 provinces / an operator token must name its provinces');
    const unknown = provinces.filter((p) => !hasProvince(p));
    if (unknown.length) throw new UnauthenticatedError(`令牌中的省份代码未知 / unknown province in token: ${unknown.join(',')}`);
    return { subject, role: 'PROVINCE_OPERATOR', provinces };
  }
  if (claims.role === 'EXAMINER') {
    const provinces = Array.isArray(claims.provinces) ? claims.provinces.map(String) : [];
    if (provinces.length !== 1 || !hasProvince(provinces[0])) throw new UnauthenticatedError('考评员令牌须含一个有效省份 / an examiner token names one province');
    return { subject, role: 'EXAMINER', provinces };
  }
  if (claims.role === 'CITY_OPERATOR') {
    const provinces = Array.isArray(claims.provinces) ? claims.provinces.map(String) : [];
    if (provinces.length !== 1 || !hasProvince(provinces[0])) throw new UnauthenticatedError('市级经办人令牌须含一个有效省份 / a city operator token names one province');
    const cityCodes = Array.isArray(claims.cityCodes) ? claims.cityCodes.map(String) : [];
    if (cityCodes.length === 0) throw new UnauthenticatedError('市级经办人令牌须包含 cityCodes / a city operator token must name its cities');
    const outside = cityCodes.filter((c) => !/^\d{4}00$/.test(c) || !isDivisionWithin(provinces[0], c));
    if (outside.length) throw new UnauthenticatedError(`令牌中的市代码无效或不在${provinces[0]} / city codes not cities of ${provinces[0]}: ${outside.join(',')}`);
    return { subject, role: 'CITY_OPERATOR', provinces, cityCodes };
  }
  if (claims.role === 'INSTITUTION_STAFF') {
    const provinces = Array.isArray(claims.provinces) ? claims.provinces.map(String) : [];
    if (provinces.length !== 1 || !hasProvince(provinces[0])) throw new UnauthenticatedError('机构经办人令牌须含一个有效省份 / an institution staff token names one province');
    const institutionId = typeof claims.institutionId === 'string' ? claims.institutionId : '';
    if (!/^[0-9a-f-]{36}$/i.test(institutionId)) throw new UnauthenticatedError('机构经办人令牌须包含 institutionId / an institution staff token must name its institution');
    return { subject, role: 'INSTITUTION_STAFF', provinces, institutionId };
  }
  throw new UnauthenticatedError('令牌角色无效 / token role must be NATIONAL_ADMIN, PROVINCE_OPERATOR, CITY_OPERATOR, INSTITUTION_STAFF or EXAMINER');
}

/**
 * Verified tokens are remembered (by the exact token string) until the token's own `exp`, at most
 * VERIFIED_TOKEN_TTL_MS, for at most VERIFIED_TOKENS tokens: a province system sends the same token
 * with every request, and verifying it each time (WebCrypto through jose) was a visible share of the
 * gateway's CPU per look-up. Only successful verifications are kept; a token that fails is checked
 * again next time.
 */
export const VERIFIED_TOKENS = 10_000;
export const VERIFIED_TOKEN_TTL_MS = 5 * 60_000;

/** No Authorization header: the public role. A header that does not verify: 401, never a silent downgrade. */
export function createCallerVerifier(config: JwtConfig): CallerVerifier {
  const key: Uint8Array | JWTVerifyGetKey =
    config.kind === 'hs256' ? new TextEncoder().encode(config.secret) : createRemoteJWKSet(new URL(config.jwksUrl));
  const algorithms = config.kind === 'hs256' ? ['HS256'] : ['RS256', 'ES256', 'PS256'];
  const verified = new LruCache<string, Caller>(VERIFIED_TOKENS);
  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError('Authorization 须为 "Bearer <令牌>" / expected "Authorization: Bearer <token>"');
    const token = match[1];
    const known = verified.get(token);
    if (known) return known;
    let payload: SkillfedClaims;
    try {
      ({ payload } = await jwtVerify<SkillfedClaims>(token, key as never, { algorithms, issuer: config.issuer, audience: config.audience }));
    } catch (error) {
      throw new UnauthenticatedError(`令牌无效或已过期 / invalid or expired token (${(error as { code?: string }).code ?? 'ERR_JWT_INVALID'})`);
    }
    const caller = toCaller(payload);
    const ttl = typeof payload.exp === 'number' ? Math.min(payload.exp * 1000 - Date.now(), VERIFIED_TOKEN_TTL_MS) : VERIFIED_TOKEN_TTL_MS;
    if (ttl > 0) verified.set(token, caller, ttl);
    return caller;
  };
}
