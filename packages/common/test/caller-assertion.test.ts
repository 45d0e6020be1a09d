import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  CallerAssertionSigner,
  CallerAssertionVerifier,
  ConfigError,
  DEV_GATEWAY_SECRET,
  DEV_GATEWAY_SIGNING_KEY,
  DEV_GATEWAY_VERIFY_KEY,
  DEV_PEER_KEY,
  developmentKeys,
  parseGatewaySigningKey,
  parseGatewayVerifyKeys,
  parsePeerSigningKeys,
  parseSubgraphEnv,
  type Caller,
} from '../src';

const operator: Caller = { subject: 'op-1', role: 'PROVINCE_OPERATOR', provinces: ['SHANDONG'] };

async function freshGatewayKey(kid: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA' }, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA' } };
}

const unauthenticated = expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) });

describe('caller assertions', () => {
  it('carries the whole caller and the request id from the gateway to the named subgraph', async () => {
    const signer = await CallerAssertionSigner.gateway(DEV_GATEWAY_SIGNING_KEY);
    const verifier = await CallerAssertionVerifier.create('exams', developmentKeys());
    const withExtra = { subject: 'city-1', role: 'CITY_OPERATOR', provinces: ['SHANDONG'], cityCodes: ['370100'] } as Caller;
    const verified = await verifier.verify(await signer.sign(withExtra, 'exams', 'req-42'));
    expect(verified).toMatchObject({ caller: withExtra, requestId: 'req-42', issuer: 'skillfed-gateway', keyId: 'skillfed-dev-gateway-1' });
  });

  it('refuses an assertion addressed to another subgraph, a missing one and garbage', async () => {
    const signer = await CallerAssertionSigner.gateway(DEV_GATEWAY_SIGNING_KEY);
    const verifier = await CallerAssertionVerifier.create('exams', developmentKeys());
    await expect(verifier.verify(await signer.sign(operator, 'examiners'))).rejects.toThrow(unauthenticated);
    await expect(verifier.verify(undefined)).rejects.toThrow(unauthenticated);
    await expect(verifier.verify('eyJhbGciOiJub25lIn0.e30.')).rejects.toThrow(unauthenticated);
    await expect(verifier.verify(Buffer.from(JSON.stringify(operator)).toString('base64url'))).rejects.toThrow(unauthenticated);
  });

  it.each([
    ['alg none', async () => `${Buffer.from(JSON.stringify({ alg: 'none', kid: DEV_GATEWAY_SIGNING_KEY.kid })).toString('base64url')}.${Buffer.from(JSON.stringify({ iss: 'skillfed-gateway', aud: 'exams', sub: 'x', caller: { subject: 'x', role: 'NATIONAL_ADMIN', provinces: [] }, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 30 })).toString('base64url')}.`],
    ['HS256 signed with the gateway shared secret under the gateway kid', async () =>
      new SignJWT({ caller: { subject: 'x', role: 'NATIONAL_ADMIN', provinces: [] } }).setProtectedHeader({ alg: 'HS256', kid: DEV_GATEWAY_SIGNING_KEY.kid }).setIssuer('skillfed-gateway').setAudience('exams').setSubject('x').setIssuedAt().setExpirationTime('30s').sign(new TextEncoder().encode(DEV_GATEWAY_SECRET))],
    ['another Ed25519 key under the gateway kid', async () => {
      const { privateJwk } = await freshGatewayKey(DEV_GATEWAY_SIGNING_KEY.kid!);
      return (await CallerAssertionSigner.gateway(privateJwk)).sign({ subject: 'x', role: 'NATIONAL_ADMIN', provinces: [] }, 'exams');
    }],
    ['a peer-key assertion claiming to be the gateway', async () =>
      new SignJWT({ caller: operator }).setProtectedHeader({ alg: 'HS256', kid: DEV_PEER_KEY.kid }).setIssuer('skillfed-gateway').setAudience('exams').setSubject(operator.subject).setIssuedAt().setExpirationTime('30s').sign(new TextEncoder().encode(DEV_PEER_KEY.secret))],
    ['an expired assertion', async () =>
      new SignJWT({ caller: operator }).setProtectedHeader({ alg: 'HS256', kid: DEV_PEER_KEY.kid }).setIssuer('skillfed-peer:x').setAudience('exams').setSubject(operator.subject).setIssuedAt(Math.floor(Date.now() / 1000) - 120).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(DEV_PEER_KEY.secret))],
    ['an assertion living longer than 60 s', async () =>
      new SignJWT({ caller: operator }).setProtectedHeader({ alg: 'HS256', kid: DEV_PEER_KEY.kid }).setIssuer('skillfed-peer:x').setAudience('exams').setSubject(operator.subject).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(DEV_PEER_KEY.secret))],
    ['an edited caller claim', async () => {
      const token = await (await CallerAssertionSigner.gateway(DEV_GATEWAY_SIGNING_KEY)).sign(operator, 'exams');
      const [h, p, sig] = token.split('.');
      const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
      payload.caller.role = 'NATIONAL_ADMIN';
      return `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${sig}`;
    }],
    ['a subject that does not match the caller', async () =>
      new SignJWT({ caller: operator }).setProtectedHeader({ alg: 'HS256', kid: DEV_PEER_KEY.kid }).setIssuer('skillfed-peer:x').setAudience('exams').setSubject('someone-else').setIssuedAt().setExpirationTime('30s').sign(new TextEncoder().encode(DEV_PEER_KEY.secret))],
  ])('refuses %s', async (_label, make) => {
    const verifier = await CallerAssertionVerifier.create('exams', developmentKeys());
    await expect(verifier.verify(await make())).rejects.toThrow(unauthenticated);
  });

  it('remembers a verified assertion only until its own expiry, and never a refused one', async () => {
    const signer = await CallerAssertionSigner.gateway(DEV_GATEWAY_SIGNING_KEY, 1);
    const verifier = await CallerAssertionVerifier.create('exams', developmentKeys());
    const token = await signer.sign(operator, 'exams', 'req-1');
    const first = await verifier.verify(token);
    expect(await verifier.verify(token)).toBe(first);
    // An edited signature is refused even right after the genuine token was cached.
    await expect(verifier.verify(`${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`)).rejects.toThrow(unauthenticated);
    // Past exp the cache entry is gone and the full check runs again (it accepts within its 5 s clock
    // tolerance): a new object, the same answer.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await verifier.verify(token);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('accepts peer assertions signed with the internal key', async () => {
    const verifier = await CallerAssertionVerifier.create('institutions', developmentKeys());
    const token = await CallerAssertionSigner.peer('exams', [DEV_PEER_KEY]).sign(operator, 'institutions', 'r1');
    expect(await verifier.verify(token)).toMatchObject({ caller: operator, issuer: 'skillfed-peer:exams', requestId: 'r1' });
  });

  it('rotates by key id: verifiers accept old and new keys, the signer uses the current one', async () => {
    const old = await freshGatewayKey('gw-2026-01');
    const next = await freshGatewayKey('gw-2026-07');
    const verifier = await CallerAssertionVerifier.create('certificates', { gatewayVerifyKeys: [old.publicJwk, next.publicJwk], peerKeys: [] });
    for (const key of [old, next]) {
      const token = await (await CallerAssertionSigner.gateway(key.privateJwk)).sign(operator, 'certificates');
      expect((await verifier.verify(token)).keyId).toBe(key.privateJwk.kid);
    }
    const retired = await CallerAssertionVerifier.create('certificates', { gatewayVerifyKeys: [next.publicJwk], peerKeys: [] });
    await expect(retired.verify(await (await CallerAssertionSigner.gateway(old.privateJwk)).sign(operator, 'certificates'))).rejects.toThrow(unauthenticated);
    // Peer keys: the first signs, every listed one verifies.
    const peers = [{ kid: 'peer-new', secret: 'n'.repeat(40) }, { kid: 'peer-old', secret: 'o'.repeat(40) }];
    const peerVerifier = await CallerAssertionVerifier.create('exams', { gatewayVerifyKeys: [], peerKeys: peers });
    expect((await peerVerifier.verify(await CallerAssertionSigner.peer('examiners', peers).sign(operator, 'exams'))).keyId).toBe('peer-new');
    expect((await peerVerifier.verify(await CallerAssertionSigner.peer('examiners', [peers[1]]).sign(operator, 'exams'))).keyId).toBe('peer-old');
  });
});

describe('assertion keys from the environment', () => {
  it('uses development keys outside production', () => {
    expect(parseGatewaySigningKey({}).kid).toBe(DEV_GATEWAY_SIGNING_KEY.kid);
    expect(parseGatewayVerifyKeys({})).toEqual([DEV_GATEWAY_VERIFY_KEY]);
    expect(parsePeerSigningKeys({})).toEqual([DEV_PEER_KEY]);
  });

  it('refuses to start in production without keys or with any development secret or key', async () => {
    const prod = { NODE_ENV: 'production' };
    expect(() => parseGatewaySigningKey(prod)).toThrow(ConfigError);
    expect(() => parseGatewayVerifyKeys(prod)).toThrow(ConfigError);
    expect(() => parsePeerSigningKeys(prod)).toThrow(ConfigError);
    expect(() => parseGatewaySigningKey({ ...prod, GATEWAY_SIGNING_KEY: JSON.stringify(DEV_GATEWAY_SIGNING_KEY) })).toThrow(/development key/);
    expect(() => parseGatewayVerifyKeys({ ...prod, GATEWAY_VERIFY_KEYS: JSON.stringify({ keys: [DEV_GATEWAY_VERIFY_KEY] }) })).toThrow(/development key/);
    expect(() => parsePeerSigningKeys({ ...prod, PEER_SIGNING_KEYS: `${DEV_PEER_KEY.kid}:${DEV_PEER_KEY.secret}` })).toThrow(/development key/);
    expect(() => parsePeerSigningKeys({ ...prod, PEER_SIGNING_KEYS: 'k1:short' })).toThrow(/32 characters/);
    expect(() => parseSubgraphEnv('exams', { ...prod, GATEWAY_SHARED_SECRET: DEV_GATEWAY_SECRET })).toThrow(/development secret/);
    const fresh = await freshGatewayKey('gw-1');
    expect(() => parseGatewayVerifyKeys({ GATEWAY_VERIFY_KEYS: JSON.stringify({ keys: [fresh.privateJwk] }) })).toThrow(/public keys only/);
    expect(parseGatewayVerifyKeys({ ...prod, GATEWAY_VERIFY_KEYS: JSON.stringify({ keys: [fresh.publicJwk] }) })).toEqual([fresh.publicJwk]);
    expect(() => parseGatewayVerifyKeys({ GATEWAY_VERIFY_KEYS: '{not json' })).toThrow(/JSON/);
  });
});
