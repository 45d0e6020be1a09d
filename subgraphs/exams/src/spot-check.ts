import crypto from 'node:crypto';

/**
 * Deterministic draw for 双随机、一公开: the seed (published with the result) fixes a PRNG, and the
 * pools are sorted by id first, so anyone holding the seed and the pools can repeat the draw exactly.
 */
export function prng(seed: string): () => number {
  const h = crypto.createHash('sha256').update(seed).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  // sfc32
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** `count` items of `pool` (sorted first), by a partial Fisher-Yates shuffle driven by `random`. */
export function draw<T extends string>(pool: T[], count: number, random: () => number): T[] {
  const items = [...pool].sort();
  const n = Math.min(count, items.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (items.length - i));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items.slice(0, n);
}
