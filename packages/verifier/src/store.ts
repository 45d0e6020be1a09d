import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where the well-known documents live under the gateway's public address. */
export const WELL_KNOWN = '/.well-known/skillfed';
export const KEYS_PATH = `${WELL_KNOWN}/credential-keys.json`;
export const statusPath = (listId: string) => `${WELL_KNOWN}/status/${encodeURIComponent(listId)}`;

export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.SKILLFED_VERIFY_CACHE || path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'skillfed-verify');
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * The verifier's cache: `credential-keys.json` (the JWK set) and `status/<listId>.jwt`. A third party
 * fills it once online (`--gateway`) or copies the files in; verification afterwards needs no network.
 */
export class CredentialCache {
  constructor(readonly dir: string) {}

  get keysFile(): string {
    return path.join(this.dir, 'credential-keys.json');
  }

  statusFile(listId: string): string {
    if (!SAFE_ID.test(listId)) throw new Error(`invalid status list id ${JSON.stringify(listId)}`);
    return path.join(this.dir, 'status', `${listId}.jwt`);
  }

  readKeys(): unknown | undefined {
    return fs.existsSync(this.keysFile) ? JSON.parse(fs.readFileSync(this.keysFile, 'utf8')) : undefined;
  }

  writeKeys(jwks: unknown): void {
    fs.mkdirSync(this.dir, { recursive: true });
    fs.writeFileSync(this.keysFile, JSON.stringify(jwks, null, 2) + '\n');
  }

  readStatus(listId: string): string | undefined {
    const file = this.statusFile(listId);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined;
  }

  writeStatus(listId: string, jwt: string): void {
    const file = this.statusFile(listId);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, jwt.trim() + '\n');
  }
}

async function get(url: string, timeoutMs: number): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json, application/vc+jwt' } });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return response.text();
}

export async function fetchKeys(gateway: string, timeoutMs = 10_000): Promise<unknown> {
  return JSON.parse(await get(new URL(KEYS_PATH, gateway).toString(), timeoutMs));
}

export async function fetchStatusList(gateway: string, listId: string, timeoutMs = 10_000): Promise<string> {
  if (!SAFE_ID.test(listId)) throw new Error(`invalid status list id ${JSON.stringify(listId)}`);
  return (await get(new URL(statusPath(listId), gateway).toString(), timeoutMs)).trim();
}
