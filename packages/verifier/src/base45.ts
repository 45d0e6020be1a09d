/**
 * Base45 (RFC 9285): the QR alphanumeric alphabet, so a QR code stores 5.5 bits per character instead
 * of 8 in byte mode. Strict decoding: an invalid character, a group above the byte range or a
 * dangling single character is an error, so one altered character cannot decode silently.
 */
export const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const VALUE = new Map([...BASE45_ALPHABET].map((c, i) => [c, i]));

export function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const n = bytes[i] * 256 + bytes[i + 1];
    out += BASE45_ALPHABET[n % 45] + BASE45_ALPHABET[Math.floor(n / 45) % 45] + BASE45_ALPHABET[Math.floor(n / 2025)];
  }
  if (bytes.length % 2) {
    const n = bytes[bytes.length - 1];
    out += BASE45_ALPHABET[n % 45] + BASE45_ALPHABET[Math.floor(n / 45)];
  }
  return out;
}

export class Base45Error extends Error {}

export function base45Decode(text: string): Uint8Array {
  if (text.length % 3 === 1) throw new Base45Error('base45: length leaves a single character');
  const values = [...text].map((c) => {
    const v = VALUE.get(c);
    if (v === undefined) throw new Base45Error(`base45: invalid character ${JSON.stringify(c)}`);
    return v;
  });
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 3) {
    if (i + 2 < values.length) {
      const n = values[i] + values[i + 1] * 45 + values[i + 2] * 2025;
      if (n > 0xffff) throw new Base45Error('base45: group out of range');
      out.push(n >> 8, n & 0xff);
    } else {
      const n = values[i] + values[i + 1] * 45;
      if (n > 0xff) throw new Base45Error('base45: group out of range');
      out.push(n);
    }
  }
  return Uint8Array.from(out);
}
