import { describe, expect, it } from 'vitest';
import { LruCache, VerificationCache } from '../src/ttl-cache';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('LruCache', () => {
  it('evicts the least recently used entry beyond its bound and expires entries at their TTL', () => {
    const clock = fakeClock();
    const cache = new LruCache<string, number>(2, clock);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    cache.set('t', 9, 100);
    clock.advance(99);
    expect(cache.get('t')).toBe(9);
    clock.advance(1);
    expect(cache.get('t')).toBeUndefined();
    expect(() => new LruCache(0)).toThrow(/maxEntries/);
  });
});

describe('VerificationCache', () => {
  const record = (status: string) => ({ immutable: { number: 'N1', issuedOn: '2024-01-01' }, status });

  it('keeps the immutable part, re-reads only the status after its TTL, and shows a revocation in time', async () => {
    const clock = fakeClock();
    const cache = new VerificationCache<{ number: string; issuedOn: string }, string>({ statusTtlMs: 30_000, clock });
    let status = 'VALID';
    const calls = { load: 0, status: 0 };
    const loaders = {
      load: async () => (calls.load++, record(status)),
      loadStatus: async () => (calls.status++, status),
    };
    expect(await cache.get('N1', loaders)).toEqual(record('VALID'));
    expect(await cache.get('N1', loaders)).toEqual(record('VALID'));
    expect(calls).toEqual({ load: 1, status: 0 });
    status = 'REVOKED';
    clock.advance(29_999);
    expect((await cache.get('N1', loaders))!.status).toBe('VALID');
    clock.advance(1);
    expect((await cache.get('N1', loaders))!.status).toBe('REVOKED');
    expect(calls).toEqual({ load: 1, status: 1 });
  });

  it('reloads the status at once after invalidate (the replica that revoked)', async () => {
    const cache = new VerificationCache<object, string>({ clock: fakeClock() });
    let status = 'VALID';
    const loaders = { load: async () => ({ immutable: {}, status }), loadStatus: async () => status };
    await cache.get('N2', loaders);
    status = 'REVOKED';
    cache.invalidate('N2');
    expect((await cache.get('N2', loaders))!.status).toBe('REVOKED');
  });

  it('keeps "not found" only briefly and shares one load between concurrent misses', async () => {
    const clock = fakeClock();
    const cache = new VerificationCache<object, string>({ missTtlMs: 5_000, clock });
    let exists = false;
    let loads = 0;
    const loaders = {
      load: async () => {
        loads++;
        await new Promise((r) => setTimeout(r, 5));
        return exists ? { immutable: {}, status: 'VALID' } : null;
      },
      loadStatus: async () => 'VALID',
    };
    const [a, b] = await Promise.all([cache.get('N3', loaders), cache.get('N3', loaders)]);
    expect([a, b, loads]).toEqual([null, null, 1]);
    exists = true;
    expect(await cache.get('N3', loaders)).toBeNull();
    clock.advance(5_000);
    expect(await cache.get('N3', loaders)).toEqual({ immutable: {}, status: 'VALID' });
    expect(loads).toBe(2);
  });

  it('does not cache a failed load', async () => {
    const cache = new VerificationCache<object, string>({ clock: fakeClock() });
    let fail = true;
    const loaders = {
      load: async () => {
        if (fail) throw new Error('database down');
        return { immutable: {}, status: 'VALID' };
      },
      loadStatus: async () => 'VALID',
    };
    await expect(cache.get('N4', loaders)).rejects.toThrow('database down');
    fail = false;
    expect(await cache.get('N4', loaders)).toEqual({ immutable: {}, status: 'VALID' });
  });
});
