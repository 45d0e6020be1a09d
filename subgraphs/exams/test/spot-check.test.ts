import { describe, expect, it } from 'vitest';
import { draw, prng } from '../src/spot-check';

describe('spot-check draw', () => {
  const pool = Array.from({ length: 20 }, (_, i) => `batch-${String(i).padStart(2, '0')}`);

  it('repeats exactly from the same seed, whatever order the pool comes in', () => {
    const a = draw(pool, 5, prng('2024-Q2-江苏'));
    const b = draw([...pool].reverse(), 5, prng('2024-Q2-江苏'));
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(5);
    expect(a.every((x) => pool.includes(x))).toBe(true);
  });

  it('differs between seeds and never draws more than the pool holds', () => {
    expect(draw(pool, 5, prng('seed-1'))).not.toEqual(draw(pool, 5, prng('seed-2')));
    expect(draw(pool.slice(0, 3), 10, prng('x'))).toHaveLength(3);
    expect(draw([], 3, prng('x'))).toEqual([]);
  });
});
