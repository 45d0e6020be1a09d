import fs from 'node:fs';
import path from 'node:path';

/** The notices live in ../shared/seeds beside the repository (CI clones main with shared/ beside it). */
export const SEEDS_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');

export function readSeed(file: string): string {
  const full = path.join(SEEDS_DIR, file);
  if (!fs.existsSync(full)) throw new Error(`notice ${file} not found in ${SEEDS_DIR}: tests read the notices' own words`);
  return fs.readFileSync(full, 'utf8');
}
