import crypto from 'node:crypto';
import type { ValueTransformer } from 'typeorm';

/**
 * PROVISIONAL (certs branch): the issue 9 data engineer lands the real helper under this name and
 * these signatures; this copy exists only so the certificates work builds until then, and is replaced
 * by theirs on merge. AES-256-GCM with a key id prefix; HMAC-SHA256 blind index per purpose.
 */
const DEV_KEY = crypto.createHash('sha256').update('skillfed-development-personal-data-key').digest();
const KEY_ID = 'dev1';

function key(): Buffer {
  const raw = process.env.PERSONAL_DATA_KEY;
  return raw ? Buffer.from(raw, 'base64') : DEV_KEY;
}

export function sealPersonal(plain: string): string;
export function sealPersonal(plain: string | null | undefined): string | null;
export function sealPersonal(plain: string | null | undefined): string | null {
  if (plain === null || plain === undefined) return null;
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${KEY_ID}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function openPersonal(sealed: string): string;
export function openPersonal(sealed: string | null | undefined): string | null;
export function openPersonal(sealed: string | null | undefined): string | null {
  if (sealed === null || sealed === undefined) return null;
  const i = sealed.indexOf(':');
  if (i < 0) return sealed;
  const raw = Buffer.from(sealed.slice(i + 1), 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key(), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export function blindIndex(purpose: string, plain: string): string {
  return crypto.createHmac('sha256', key()).update(`${purpose}\u0000${plain}`).digest('hex');
}

export const personalTransformer: ValueTransformer = {
  to: (value: string | null | undefined) => sealPersonal(value ?? null),
  from: (value: string | null | undefined) => openPersonal(value ?? null),
};
