import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ConfigError, createLogger, parsePositiveInt, type Caller, type Logger } from '@skillfed/common';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * useRateLimit: anonymous callers are limited per client address; any operation can get a stricter
 * limit of its own (certificate verification, say), counted per address for anonymous callers and per
 * token subject for signed-in ones. Counters live in memory (one gateway) or, when REDIS_URL is set, in
 * Redis (several gateways share them; if Redis stops answering, an in-memory limiter takes over rather
 * than letting everything through or refusing everything).
 *
 * Defaults (env):
 * - RATE_LIMIT_ANONYMOUS=600/60: 600 requests per 60 s per client address for callers without a token
 *   ("off" disables it);
 * - RATE_LIMIT_OPERATIONS=<OperationName>=<points>/<seconds>[,…]: per-operation limits, none by default;
 * - REDIS_URL: unset = in memory;
 * - TRUST_PROXY: how the client address is read (express "trust proxy"; unset = the TCP peer).
 * Over the limit: HTTP 429, `Retry-After` (seconds), error code RATE_LIMITED with `limit`,
 * `windowSeconds` and `retryAfterSeconds`.
 */
export interface RateRule {
  points: number;
  durationSeconds: number;
}

export interface RateLimitConfig {
  anonymous: RateRule | null;
  operations: Record<string, RateRule>;
  redisUrl?: string;
  /** Namespace of the counters in Redis (tests use their own). Default "gw". */
  keyPrefix?: string;
}

export const DEFAULT_ANONYMOUS_RATE: RateRule = { points: 600, durationSeconds: 60 };

function parseRule(name: string, raw: string): RateRule {
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  if (!match) throw new ConfigError(`${name} must be <requests>/<seconds>, e.g. 600/60, got "${raw}"`);
  return { points: parsePositiveInt(name, match[1], 1), durationSeconds: parsePositiveInt(name, match[2], 1) };
}

export function parseRateLimitConfig(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  const anonymousRaw = env.RATE_LIMIT_ANONYMOUS;
  const anonymous = anonymousRaw === 'off' ? null : anonymousRaw ? parseRule('RATE_LIMIT_ANONYMOUS', anonymousRaw) : DEFAULT_ANONYMOUS_RATE;
  const operations: Record<string, RateRule> = {};
  for (const entry of (env.RATE_LIMIT_OPERATIONS ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const [operation, rule] = entry.split('=');
    if (!operation || !rule || !/^[_A-Za-z][_0-9A-Za-z]*$/.test(operation)) throw new ConfigError(`RATE_LIMIT_OPERATIONS entries are <OperationName>=<requests>/<seconds>, got "${entry}"`);
    operations[operation] = parseRule(`RATE_LIMIT_OPERATIONS (${operation})`, rule);
  }
  if (env.REDIS_URL && !/^rediss?:\/\//.test(env.REDIS_URL)) throw new ConfigError(`REDIS_URL must be redis://… or rediss://…`);
  return { anonymous, operations, redisUrl: env.REDIS_URL || undefined };
}

export interface RateLimit {
  /** Express middleware: the per-address limit for requests without a token, before any GraphQL work. */
  middleware(req: Request, res: Response, next: NextFunction): void;
  /** Apollo plugin: per-operation limits, once the operation's name is known. */
  plugin: ApolloServerPlugin<any>;
  backend: 'memory' | 'redis';
  /** Resolves once Redis is connected (at most 3 s); counting starts in Redis, not in the fallback. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

function rateLimitedBody(rule: RateRule, retryAfterSeconds: number, operation?: string) {
  const scope = operation ? `operation ${operation}` : 'anonymous requests';
  return {
    message: `请求过于频繁，请 ${retryAfterSeconds} 秒后重试 / rate limit for ${scope} exceeded (${rule.points} per ${rule.durationSeconds} s); retry after ${retryAfterSeconds} s`,
    extensions: { code: 'RATE_LIMITED', limit: rule.points, windowSeconds: rule.durationSeconds, retryAfterSeconds, ...(operation ? { operation } : {}) },
  };
}

export function useRateLimit(config: RateLimitConfig, logger: Logger = createLogger('gateway')): RateLimit {
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false, connectTimeout: 2000 })
    : undefined;
  redis?.on('error', (error: Error) => logger.warn('rate_limit_redis_error', { message: error.message }));
  const limiter = (prefix: string, rule: RateRule): RateLimiterAbstract => {
    const options = { keyPrefix: `skillfed-rl:${config.keyPrefix ?? 'gw'}:${prefix}`, points: rule.points, duration: rule.durationSeconds };
    if (!redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
  };
  const anonymous = config.anonymous ? limiter('anon', config.anonymous) : null;
  const operations = new Map(Object.entries(config.operations).map(([name, rule]) => [name, { rule, limiter: limiter(`op:${name}`, rule) }]));

  /** Resolves null when allowed, or the seconds to wait. Store failures let the request through (logged). */
  const consume = async (target: RateLimiterAbstract, key: string): Promise<number | null> => {
    try {
      await target.consume(key);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      logger.warn('rate_limit_store_failed', { message: (rejection as Error)?.message });
      return null;
    }
  };

  return {
    backend: redis ? 'redis' : 'memory',
    ready: () =>
      !redis || redis.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 3000);
            redis.once('ready', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
    middleware(req, res, next) {
      if (!anonymous || req.header('authorization')) return next();
      consume(anonymous, req.ip ?? 'unknown').then((retryAfter) => {
        if (retryAfter === null) return next();
        res.setHeader('Retry-After', String(retryAfter));
        res.status(429).json({ errors: [rateLimitedBody(config.anonymous!, retryAfter)] });
      }, next);
    },
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation(requestContext) {
            const name = requestContext.operationName;
            const entry = name ? operations.get(name) : undefined;
            if (!entry) return;
            const caller = (requestContext.contextValue as { caller?: Caller; clientAddress?: string }) ?? {};
            const key = caller.caller && caller.caller.role !== 'PUBLIC' ? `sub:${caller.caller.subject}` : `ip:${caller.clientAddress ?? 'unknown'}`;
            const retryAfter = await consume(entry.limiter, key);
            if (retryAfter === null) return;
            const body = rateLimitedBody(entry.rule, retryAfter, name!);
            throw new GraphQLError(body.message, {
              extensions: { ...body.extensions, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) } },
            });
          },
        };
      },
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
