import crypto from 'node:crypto';
import { SignJWT, decodeProtectedHeader, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { callerFromClaim, type Caller } from './caller';
import { UnauthenticatedError } from './errors';
import { LruCache } from './ttl-cache';

/**
 * How the caller travels from the gateway to a subgraph, and from one subgraph to another: a short-lived
 * JWT (the "caller assertion") in the `x-skillfed-caller` header, never bare JSON.
 *
 * - The gateway signs with its own asymmetric key (EdDSA/Ed25519 or ES256, `GATEWAY_SIGNING_KEY`);
 *   subgraphs hold only the public half (`GATEWAY_VERIFY_KEYS`), so a subgraph, or anyone holding the
 *   shared gateway secret, cannot mint a gateway assertion.
 * - Subgraph-to-subgraph calls (PeerClient) are signed with an internal HS256 key every subgraph holds
 *   (`PEER_SIGNING_KEYS`); issuer `skillfed-peer:<name>`. The gateway never holds it.
 * - Audience is the receiving subgraph's name (an assertion for `exams` opens nothing on `examiners`);
 *   lifetime ASSERTION_TTL_SECONDS, never more than ASSERTION_MAX_TTL_SECONDS; `rid` carries the request id.
 * - The whole Caller object travels in the `caller` claim, so fields other roles add (city codes, an
 *   institution id) reach subgraphs without changes here.
 * - Keys rotate by key id: verifiers accept every key they are given and pick it by the token's `kid`;
 *   signers use one current key.
 */
export const GATEWAY_ISSUER = 'skillfed-gateway';
export const PEER_ISSUER_PREFIX = 'skillfed-peer:';
export const ASSERTION_TTL_SECONDS = 30;
export const ASSERTION_MAX_TTL_SECONDS = 60;

type AssertionKey = Awaited<ReturnType<typeof importJWK>>;
export type AssertionAlgorithm = 'EdDSA' | 'ES256' | 'HS256';
const ASYMMETRIC: AssertionAlgorithm[] = ['EdDSA', 'ES256'];

/** A peer key: an HS256 secret with its key id. */
export interface PeerKey {
  kid: string;
  secret: string;
}

/** What a process needs to sign and verify caller assertions (see env.ts for where each part comes from). */
export interface CallerKeyConfig {
  /** Private JWK (with `kid` and `alg`) the gateway signs with. Only the gateway has it. */
  gatewaySigningKey?: JWK;
  /** Public JWKs subgraphs accept from the gateway (several while a key rotates). */
  gatewayVerifyKeys: JWK[];
  /** HS256 keys for subgraph-to-subgraph calls: the first signs, all verify. Only subgraphs have them. */
  peerKeys: PeerKey[];
}

export interface VerifiedAssertion {
  caller: Caller;
  requestId: string;
  issuer: string;
  keyId: string;
}

function algorithmOf(jwk: JWK): AssertionAlgorithm {
  if (jwk.alg === 'EdDSA' || jwk.alg === 'Ed25519' || (jwk.kty === 'OKP' && jwk.crv === 'Ed25519')) return 'EdDSA';
  if (jwk.alg === 'ES256' || (jwk.kty === 'EC' && jwk.crv === 'P-256')) return 'ES256';
  throw new Error(`unsupported caller assertion key (kid ${jwk.kid ?? '?'}): use an Ed25519 (EdDSA) or P-256 (ES256) key`);
}

/** Signs caller assertions with one key; used by the gateway (asymmetric key) and by PeerClient (HS256). */
export class CallerAssertionSigner {
  private constructor(
    readonly issuer: string,
    readonly kid: string,
    readonly alg: AssertionAlgorithm,
    private readonly key: AssertionKey,
    private readonly ttlSeconds: number,
  ) {}

  static async gateway(privateJwk: JWK, ttlSeconds = ASSERTION_TTL_SECONDS): Promise<CallerAssertionSigner> {
    if (!privateJwk.kid) throw new Error('GATEWAY_SIGNING_KEY needs a "kid" (key id) so subgraphs can pick the key while it rotates');
    if (!privateJwk.d) throw new Error('GATEWAY_SIGNING_KEY must be a private key (it has no "d")');
    const alg = algorithmOf(privateJwk);
    const key = (await importJWK({ ...privateJwk, alg }, alg)) as AssertionKey;
    return new CallerAssertionSigner(GATEWAY_ISSUER, privateJwk.kid, alg, key, Math.min(ttlSeconds, ASSERTION_MAX_TTL_SECONDS));
  }

  static peer(subgraph: string, keys: PeerKey[], ttlSeconds = ASSERTION_TTL_SECONDS): CallerAssertionSigner {
    const [current] = keys;
    if (!current) throw new Error('PEER_SIGNING_KEYS is empty: subgraph-to-subgraph calls need a signing key');
    return new CallerAssertionSigner(`${PEER_ISSUER_PREFIX}${subgraph}`, current.kid, 'HS256', new TextEncoder().encode(current.secret), Math.min(ttlSeconds, ASSERTION_MAX_TTL_SECONDS));
  }

  /** One assertion for one request to one subgraph. */
  sign(caller: Caller, audience: string | string[], requestId: string = crypto.randomUUID()): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ caller: { ...caller }, rid: requestId })
      .setProtectedHeader({ alg: this.alg, kid: this.kid, typ: 'skillfed-caller+jwt' })
      .setIssuer(this.issuer)
      .setAudience(audience)
      .setSubject(caller.subject)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .setJti(crypto.randomUUID())
      .sign(this.key);
  }
}

interface VerifyKey {
  kid: string;
  alg: AssertionAlgorithm;
  family: 'gateway' | 'peer';
  key: AssertionKey;
}

/**
 * How many verified assertions a subgraph remembers. The gateway reuses an assertion per caller and
 * subgraph for a few seconds (use-caller-signing.ts), so a busy subgraph sees the same token many times;
 * verifying it once (WebCrypto, asynchronous, about a tenth of a subgraph's CPU per request when done
 * every time) and remembering the result until the token's own `exp` changes nothing a replay within
 * the assertion's lifetime could not already do.
 */
export const VERIFIED_ASSERTION_CACHE_SIZE = 10_000;

/** Verifies assertions addressed to one subgraph. Everything that does not verify is UNAUTHENTICATED. */
export class CallerAssertionVerifier {
  private readonly verified = new LruCache<string, VerifiedAssertion>(VERIFIED_ASSERTION_CACHE_SIZE);
  private constructor(
    readonly audience: string,
    private readonly keys: Map<string, VerifyKey>,
  ) {}

  static async create(audience: string, config: Pick<CallerKeyConfig, 'gatewayVerifyKeys' | 'peerKeys'>): Promise<CallerAssertionVerifier> {
    const keys = new Map<string, VerifyKey>();
    const add = (entry: VerifyKey) => {
      if (keys.has(entry.kid)) throw new Error(`caller assertion key id "${entry.kid}" is used twice`);
      keys.set(entry.kid, entry);
    };
    for (const jwk of config.gatewayVerifyKeys) {
      if (!jwk.kid) throw new Error('every key in GATEWAY_VERIFY_KEYS needs a "kid"');
      if (jwk.d) throw new Error(`GATEWAY_VERIFY_KEYS must hold public keys only (kid ${jwk.kid} has a private part)`);
      const alg = algorithmOf(jwk);
      add({ kid: jwk.kid, alg, family: 'gateway', key: (await importJWK({ ...jwk, alg }, alg)) as AssertionKey });
    }
    for (const peer of config.peerKeys) add({ kid: peer.kid, alg: 'HS256', family: 'peer', key: new TextEncoder().encode(peer.secret) });
    return new CallerAssertionVerifier(audience, keys);
  }

  async verify(token: string | undefined): Promise<VerifiedAssertion> {
    if (!token) throw new UnauthenticatedError('缺少调用方断言 / missing caller assertion: subgraphs only answer the gateway and each other');
    const known = this.verified.get(token);
    if (known) return known;
    const { expiresAtMs, ...assertion } = await this.verifyOnce(token);
    // Never past the token's own expiry (no clock tolerance here): after it, the full check runs and refuses.
    const ttl = expiresAtMs - Date.now();
    if (ttl > 0) this.verified.set(token, assertion, ttl);
    return assertion;
  }

  private async verifyOnce(token: string): Promise<VerifiedAssertion & { expiresAtMs: number }> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw new UnauthenticatedError('调用方断言无法解析 / malformed caller assertion');
    }
    const entry = header.kid ? this.keys.get(header.kid) : undefined;
    // The algorithm is fixed by the key, never taken from the token (no "none", no HS256-with-a-public-key).
    if (!entry || header.alg !== entry.alg) throw new UnauthenticatedError('调用方断言的密钥未知 / caller assertion signed with an unknown key');
    let payload: JWTPayload & { caller?: unknown; rid?: unknown };
    try {
      ({ payload } = await jwtVerify(token, entry.key, {
        algorithms: [entry.alg],
        audience: this.audience,
        maxTokenAge: ASSERTION_MAX_TTL_SECONDS,
        requiredClaims: ['iss', 'aud', 'sub', 'iat', 'exp'],
        clockTolerance: 5,
      }));
    } catch (error) {
      throw new UnauthenticatedError(`调用方断言无效或已过期 / invalid or expired caller assertion (${(error as { code?: string }).code ?? 'ERR_JWT_INVALID'})`);
    }
    const issuer = String(payload.iss);
    const issuerMatches = entry.family === 'gateway' ? issuer === GATEWAY_ISSUER : issuer.startsWith(PEER_ISSUER_PREFIX) && issuer.length > PEER_ISSUER_PREFIX.length;
    if (!issuerMatches) throw new UnauthenticatedError('调用方断言的签发者与密钥不符 / caller assertion issuer does not match its key');
    if ((payload.exp ?? 0) - (payload.iat ?? 0) > ASSERTION_MAX_TTL_SECONDS) {
      throw new UnauthenticatedError(`调用方断言有效期过长 / caller assertion lives longer than ${ASSERTION_MAX_TTL_SECONDS} s`);
    }
    const caller = callerFromClaim(payload.caller);
    if (caller.subject !== payload.sub) throw new UnauthenticatedError('调用方断言的 sub 与调用方不符 / caller assertion subject mismatch');
    const requestId = typeof payload.rid === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(payload.rid) ? payload.rid : crypto.randomUUID();
    return { caller, requestId, issuer, keyId: entry.kid, expiresAtMs: Number(payload.exp) * 1000 };
  }
}

/** Parses `kid:secret,kid:secret` (PEER_SIGNING_KEYS). */
export function parsePeerKeys(raw: string): PeerKey[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      if (colon <= 0 || colon === part.length - 1) throw new Error('PEER_SIGNING_KEYS must be "kid:secret[,kid:secret…]"');
      return { kid: part.slice(0, colon), secret: part.slice(colon + 1) };
    });
}
