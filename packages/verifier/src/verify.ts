import { MalformedCredentialError, parseCredential, verifySignature, type CredentialClaims } from './format';
import { idNumberMatches } from './id-hash';
import type { KeyRing } from './keys';
import { bitAt, verifyStatusList, type VerifiedStatusList } from './status-list';

/**
 * One verdict per outcome, each with its own exit code (the CLI exits with it):
 * - VALID: signature good, status list fresh, bit clear.
 * - TAMPERED: not a well-formed SF1 payload, or the signature does not match (a changed byte).
 * - UNKNOWN_KEY: signed with a key id the cached key set does not hold (refresh the keys; if it stays
 *   unknown, the payload was not issued by this federation).
 * - REVOKED: the status list has the certificate's bit set (revoked, replaced by a corrected one, or the
 *   batch's results cancelled). A set bit never clears, so a stale list that says REVOKED is still right.
 * - STALE_STATUS: signature good, bit clear, but the cached list is past its validUntil: "status as of T".
 * - STATUS_UNKNOWN: signature good but no usable status list (none cached, or its signature fails).
 */
export const VERDICTS = ['VALID', 'TAMPERED', 'UNKNOWN_KEY', 'REVOKED', 'STALE_STATUS', 'STATUS_UNKNOWN'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type IdNumberCheck = 'MATCH' | 'MISMATCH';

export const EXIT_CODES: Record<Verdict | 'ID_MISMATCH' | 'USAGE', number> = {
  VALID: 0,
  USAGE: 1,
  TAMPERED: 2,
  UNKNOWN_KEY: 3,
  REVOKED: 4,
  STALE_STATUS: 5,
  STATUS_UNKNOWN: 6,
  ID_MISMATCH: 7,
};

export interface VerificationResult {
  verdict: Verdict;
  message: string;
  kid?: string;
  claims?: CredentialClaims;
  /** When the status list used was issued (its validFrom): "status as of T". */
  statusAsOf?: string;
  statusValidUntil?: string;
  /** Only when an ID number was given and the signature holds. */
  idNumber?: IdNumberCheck;
  exitCode: number;
}

export interface VerifyOptions {
  /** Trusted public keys (from the cached JWK set). */
  keys: KeyRing;
  /** The cached status list JWT for a list id, if any. */
  statusList?: (listId: string) => string | undefined | Promise<string | undefined>;
  now?: Date;
  idNumber?: string;
}

function result(verdict: Verdict, message: string, extra: Partial<VerificationResult> = {}): VerificationResult {
  const exitCode = extra.idNumber === 'MISMATCH' && (verdict === 'VALID' || verdict === 'STALE_STATUS') ? EXIT_CODES.ID_MISMATCH : EXIT_CODES[verdict];
  return { verdict, message, ...extra, exitCode };
}

export async function verifyCredential(payload: string, options: VerifyOptions): Promise<VerificationResult> {
  let parsed;
  try {
    parsed = parseCredential(payload);
  } catch (error) {
    if (error instanceof MalformedCredentialError) return result('TAMPERED', `凭证格式错误或已被改动 / malformed or altered payload: ${error.message}`);
    throw error;
  }
  const { kid, claims } = parsed;
  const key = options.keys.get(kid);
  if (!key) return result('UNKNOWN_KEY', `未知签名密钥 ${kid}：请更新公钥，仍未知则非本系统签发 / signed with unknown key ${kid}: refresh the keys; if it stays unknown, it was not issued here`, { kid });
  if (!verifySignature(parsed, key)) return result('TAMPERED', '签名不符：凭证内容已被改动 / the signature does not match: the payload was altered', { kid });

  const idNumber: IdNumberCheck | undefined = options.idNumber ? ((await idNumberMatches(options.idNumber, claims.idSalt, claims.idHash)) ? 'MATCH' : 'MISMATCH') : undefined;
  const base = { kid, claims, idNumber };
  const jwt = await options.statusList?.(claims.statusListId);
  if (!jwt) return result('STATUS_UNKNOWN', `签名有效，但没有状态列表 ${claims.statusListId}，无法确认是否撤销 / signature valid; no status list ${claims.statusListId} to check revocation`, base);
  let list: VerifiedStatusList;
  try {
    list = await verifyStatusList(jwt, options.keys);
  } catch (error) {
    return result('STATUS_UNKNOWN', `状态列表无法验证（${(error as Error).message}）/ the status list does not verify: ${(error as Error).message}`, base);
  }
  if (list.listId !== claims.statusListId) return result('STATUS_UNKNOWN', `状态列表是 ${list.listId}，凭证需要 ${claims.statusListId} / wrong status list`, base);
  let bit: 0 | 1;
  try {
    bit = bitAt(list.bits, claims.statusIndex);
  } catch (error) {
    return result('STATUS_UNKNOWN', (error as Error).message, base);
  }
  const asOf = { statusAsOf: list.validFrom.toISOString(), statusValidUntil: list.validUntil.toISOString() };
  if (bit === 1) return result('REVOKED', `证书已撤销（状态截至 ${asOf.statusAsOf}）/ revoked (status as of ${asOf.statusAsOf})`, { ...base, ...asOf });
  const now = options.now ?? new Date();
  if (now.getTime() > list.validUntil.getTime()) {
    return result('STALE_STATUS', `签名有效；状态列表已过期，状态截至 ${asOf.statusAsOf} 未撤销 / signature valid; status as of ${asOf.statusAsOf} (list expired ${asOf.statusValidUntil}): not revoked then`, { ...base, ...asOf });
  }
  return result('VALID', `证书有效（状态截至 ${asOf.statusAsOf}）/ valid (status as of ${asOf.statusAsOf})`, { ...base, ...asOf });
}
