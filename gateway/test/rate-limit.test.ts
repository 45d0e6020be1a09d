import { DEV_JWT_SECRET } from '@skillfed/common';
import { Redis } from 'ioredis';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallerVerifier } from '../src/auth';
import { createGatewayServer, readSupergraph } from '../src/gateway';
import { parseRateLimitConfig, type RateLimitConfig } from '../src/plugins/use-rate-limit';
import { tokenFor } from './harness';

/**
 * Rate limits on both backends. Redis runs at 127.0.0.1:6379 here and in CI (.ci/run starts it); a
 * missing Redis skips the Redis half locally and fails it in CI. The limits refuse before GraphQL runs
 * (anonymous) or once the operation is known (per operation), so no subgraph needs to be up.
 */
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500, enableOfflineQueue: false });
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    if (process.env.CI) throw new Error(`Redis at ${REDIS_URL} is unreachable and CI requires it`);
    process.stderr.write(`[skillfed] Redis rate-limit tests skipped: ${REDIS_URL} unreachable\n`);
    return false;
  } finally {
    client.disconnect();
  }
}

const DOWN = 'http://127.0.0.1:9/graphql';
const backends = [{ name: 'memory', redisUrl: undefined as string | undefined }, ...((await redisReachable()) ? [{ name: 'redis', redisUrl: REDIS_URL }] : [])];

describe.each(backends)('rate limits in $name', ({ redisUrl }) => {
  let url: string;
  let stop: () => Promise<void>;
  const prefix = `t${crypto.randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const rateLimit: RateLimitConfig = { anonymous: { points: 3, durationSeconds: 60 }, operations: { VerifyOnce: { points: 1, durationSeconds: 60 } }, redisUrl, keyPrefix: prefix };
    const server = await createGatewayServer({
      supergraphSdl: readSupergraph(),
      subgraphUrls: { institutions: DOWN, catalog: DOWN, exams: DOWN, examiners: DOWN, certificates: DOWN },
      gatewaySecret: 'test-gateway-secret',
      timeoutMs: 500,
      verifyCaller: createCallerVerifier({ kind: 'hs256', secret: DEV_JWT_SECRET }),
      rateLimit,
    });
    const running = await server.listen(0);
    url = running.url;
    stop = running.stop;
  });
  afterAll(async () => {
    await stop?.();
    if (redisUrl) {
      const client = new Redis(redisUrl);
      const keys = await client.keys(`skillfed-rl:${prefix}:*`);
      if (keys.length) await client.del(...keys);
      client.disconnect();
    }
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('allows the documented number of anonymous requests per address, then 429 RATE_LIMITED with Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await post({ query: '{ __typename }' })).status).toBe(200);
    const refused = await post({ query: '{ __typename }' });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3, windowSeconds: 60, retryAfterSeconds: retryAfter });
  });

  it('does not count signed-in callers against the anonymous limit', async () => {
    const token = await tokenFor('national-admin');
    for (let i = 0; i < 5; i++) expect((await post({ query: '{ __typename }' }, { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('applies a stricter per-operation limit, per caller', async () => {
    const admin = await tokenFor('national-admin');
    const operator = await tokenFor('province-operator', 'SHANDONG');
    const once = { query: 'query VerifyOnce { __typename }', operationName: 'VerifyOnce' };
    expect((await post(once, { authorization: `Bearer ${admin}` })).status).toBe(200);
    const refused = await post(once, { authorization: `Bearer ${admin}` });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as any).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', operation: 'VerifyOnce', limit: 1 });
    // Another caller has its own budget; other operations are not limited by it.
    expect((await post(once, { authorization: `Bearer ${operator}` })).status).toBe(200);
    expect((await post({ query: 'query Other { __typename }' }, { authorization: `Bearer ${admin}` })).status).toBe(200);
  });

  if (redisUrl) {
    it('keeps the counters in Redis, where several gateways share them', async () => {
      const client = new Redis(redisUrl);
      const keys = await client.keys(`skillfed-rl:${prefix}:*`);
      client.disconnect();
      expect(keys.length).toBeGreaterThan(0);
    });
  }
});

describe('rate limit configuration', () => {
  it('has documented defaults and parses overrides', () => {
    expect(parseRateLimitConfig({})).toEqual({ anonymous: { points: 600, durationSeconds: 60 }, operations: {}, redisUrl: undefined });
    expect(parseRateLimitConfig({ RATE_LIMIT_ANONYMOUS: 'off', RATE_LIMIT_OPERATIONS: 'VerifyCertificate=10/60, CertificateByNumber=30/60', REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual({
      anonymous: null,
      operations: { VerifyCertificate: { points: 10, durationSeconds: 60 }, CertificateByNumber: { points: 30, durationSeconds: 60 } },
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(() => parseRateLimitConfig({ RATE_LIMIT_ANONYMOUS: 'lots' })).toThrow(/requests>\/<seconds/);
    expect(() => parseRateLimitConfig({ RATE_LIMIT_OPERATIONS: 'bad name=1/1' })).toThrow(/RATE_LIMIT_OPERATIONS/);
    expect(() => parseRateLimitConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
  });

  it('falls back to an in-memory limiter when Redis does not answer', async () => {
    const server = await createGatewayServer({
      supergraphSdl: readSupergraph(),
      subgraphUrls: { institutions: DOWN, catalog: DOWN, exams: DOWN, examiners: DOWN, certificates: DOWN },
      gatewaySecret: 'test-gateway-secret',
      timeoutMs: 500,
      verifyCaller: createCallerVerifier({ kind: 'hs256', secret: DEV_JWT_SECRET }),
      rateLimit: { anonymous: { points: 2, durationSeconds: 60 }, operations: {}, redisUrl: 'redis://127.0.0.1:1', keyPrefix: 'down' },
    });
    const running = await server.listen(0);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await running.stop();
    }
  });
});
