import { DEV_GATEWAY_SECRET, DEV_GATEWAY_SIGNING_KEY, DEV_JWT_SECRET, ConfigError } from '@skillfed/common';
import { generateKeys } from '../src/keys';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createCallerVerifier } from '../src/auth';
import { parseGatewayConfig } from '../src/config';
import { makeDevToken } from '../src/token';

const verify = createCallerVerifier({ kind: 'hs256', secret: DEV_JWT_SECRET });
const sign = (claims: Record<string, unknown>, secret = DEV_JWT_SECRET, exp: string | number = '1h') =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setExpirationTime(exp).sign(new TextEncoder().encode(secret));

describe('development tokens', () => {
  it('mints a national administrator and a provincial operator the gateway accepts', async () => {
    expect(await verify(`Bearer ${await makeDevToken(['national-admin'], {})}`)).toMatchObject({ role: 'NATIONAL_ADMIN', provinces: [] });
    expect(await verify(`Bearer ${await makeDevToken(['province-operator', 'SHANDONG'], {})}`)).toMatchObject({ role: 'PROVINCE_OPERATOR', provinces: ['SHANDONG'] });
  });

  it('mints city operators (one province, its cities) and institution staff (one institution)', async () => {
    const institutionId = '6b1f2c1e-0d7e-5a3b-9c4d-2e8f00a1b2c3';
    expect(await verify(`Bearer ${await makeDevToken(['city-operator', 'SHANDONG', '370100', '370200'], {})}`)).toEqual({ subject: 'dev-city-operator-370100-370200', role: 'CITY_OPERATOR', provinces: ['SHANDONG'], cityCodes: ['370100', '370200'] });
    expect(await verify(`Bearer ${await makeDevToken(['institution-staff', 'LIAONING', institutionId], {})}`)).toMatchObject({ role: 'INSTITUTION_STAFF', provinces: ['LIAONING'], institutionId });
    await expect(makeDevToken(['city-operator', 'SHANDONG', '320100'], {})).rejects.toThrow(/not a city of SHANDONG/);
    await expect(makeDevToken(['city-operator', 'SHANDONG'], {})).rejects.toThrow(/usage/);
    await expect(makeDevToken(['institution-staff', 'LIAONING'], {})).rejects.toThrow(/usage/);
  });

  it.each([
    [{ NODE_ENV: 'production' }],
    [{ JWT_SECRET: 'a-real-production-secret-of-enough-length' }],
    [{ JWT_JWKS_URL: 'https://idp.example/jwks' }],
  ])('refuses to sign when a production configuration is present: %o', async (env) => {
    await expect(makeDevToken(['national-admin'], env)).rejects.toThrow(/refusing to sign/);
  });

  it('refuses an unknown role or province', async () => {
    await expect(makeDevToken(['root'], {})).rejects.toThrow(/usage/);
    await expect(makeDevToken(['province-operator'], {})).rejects.toThrow(/name the province/);
    await expect(makeDevToken(['province-operator', 'HEBEI'], {})).rejects.toThrow(/unknown province HEBEI/);
  });
});

describe('caller verification', () => {
  it('treats a missing header as the public role', async () => {
    expect(await verify(undefined)).toMatchObject({ role: 'PUBLIC' });
  });

  it.each([
    ['a malformed header', async () => 'Token abc'],
    ['a token signed with another secret', async () => `Bearer ${await sign({ role: 'NATIONAL_ADMIN' }, 'another-secret')}`],
    ['an expired token', async () => `Bearer ${await sign({ role: 'NATIONAL_ADMIN' }, DEV_JWT_SECRET, Math.floor(Date.now() / 1000) - 60)}`],
    ['an unknown role', async () => `Bearer ${await sign({ role: 'SUPERUSER' })}`],
    ['an operator without provinces', async () => `Bearer ${await sign({ role: 'PROVINCE_OPERATOR' })}`],
    ['an operator of an unknown province', async () => `Bearer ${await sign({ role: 'PROVINCE_OPERATOR', provinces: ['ATLANTIS'] })}`],
    ['a city operator without cities', async () => `Bearer ${await sign({ role: 'CITY_OPERATOR', provinces: ['SHANDONG'] })}`],
    ['a city operator of another province\'s city', async () => `Bearer ${await sign({ role: 'CITY_OPERATOR', provinces: ['SHANDONG'], cityCodes: ['210100'] })}`],
    ['a city operator of two provinces', async () => `Bearer ${await sign({ role: 'CITY_OPERATOR', provinces: ['SHANDONG', 'JIANGSU'], cityCodes: ['370100'] })}`],
    ['a county code as a city', async () => `Bearer ${await sign({ role: 'CITY_OPERATOR', provinces: ['SHANDONG'], cityCodes: ['370102'] })}`],
    ['institution staff without an institution', async () => `Bearer ${await sign({ role: 'INSTITUTION_STAFF', provinces: ['LIAONING'] })}`],
  ])('rejects %s as UNAUTHENTICATED', async (_label, header) => {
    await expect(verify(await header())).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('gateway configuration', () => {
  it('has working defaults for development', () => {
    const config = parseGatewayConfig({});
    expect(config.port).toBe(4000);
    expect(config.trustedDocumentsOnly).toBe(false);
    expect(config.signingKey.kid).toBe(DEV_GATEWAY_SIGNING_KEY.kid);
    expect(config.subgraphUrls.exams).toBe('http://127.0.0.1:4003/graphql');
    expect(config.jwt.kind).toBe('hs256');
  });

  it('fails fast on bad or missing production settings', async () => {
    expect(() => parseGatewayConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => parseGatewayConfig({ NODE_ENV: 'production', GATEWAY_SHARED_SECRET: 'short', JWT_SECRET: 'x'.repeat(40) })).toThrow(/at least 32/);
    expect(() => parseGatewayConfig({ GATEWAY_PORT: 'eighty' })).toThrow(/port number/);
    expect(() => parseGatewayConfig({ EXAMS_URL: 'ftp://x' })).toThrow(/EXAMS_URL/);
    expect(() => parseGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '0' })).toThrow(/positive integer/);
    const keys = await generateKeys();
    const prod = parseGatewayConfig({ NODE_ENV: 'production', GATEWAY_SHARED_SECRET: 's'.repeat(40), GATEWAY_SIGNING_KEY: keys.GATEWAY_SIGNING_KEY, JWT_JWKS_URL: 'https://idp.example/.well-known/jwks.json', JWT_ISSUER: 'https://idp.example' });
    expect(prod.trustedDocumentsOnly).toBe(true);
    expect(prod.anonymousIntrospection).toBe(false);
    // Any development secret or key refuses to start in production.
    const base = { NODE_ENV: 'production', GATEWAY_SHARED_SECRET: 's'.repeat(40), GATEWAY_SIGNING_KEY: keys.GATEWAY_SIGNING_KEY, JWT_SECRET: 'j'.repeat(40) };
    expect(() => parseGatewayConfig({ ...base, GATEWAY_SHARED_SECRET: DEV_GATEWAY_SECRET })).toThrow(/development secret/);
    expect(() => parseGatewayConfig({ ...base, JWT_SECRET: DEV_JWT_SECRET })).toThrow(/development/);
    expect(() => parseGatewayConfig({ ...base, GATEWAY_SIGNING_KEY: JSON.stringify(DEV_GATEWAY_SIGNING_KEY) })).toThrow(/development key/);
    expect(() => parseGatewayConfig({ ...base, GATEWAY_SIGNING_KEY: undefined })).toThrow(/GATEWAY_SIGNING_KEY is required/);
    expect(parseGatewayConfig(base).jwt.kind).toBe('hs256');
    expect(prod.jwt).toEqual({ kind: 'jwks', jwksUrl: 'https://idp.example/.well-known/jwks.json', issuer: 'https://idp.example', audience: undefined });
  });
});
