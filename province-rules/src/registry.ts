import { guangdongShaoguan } from './guangdong-shaoguan';
import { jiangsu } from './jiangsu';
import { liaoning } from './liaoning';
import { shandong } from './shandong';
import type { ProvinceModule } from './types';

const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

/** Registered province modules, in registration order (which is the order dashboards list them). */
const modules = new Map<string, ProvinceModule>();

export class UnknownProvinceError extends Error {
  constructor(readonly code: string) {
    super(`未知省份代码 unknown province code: ${code}`);
    this.name = 'UnknownProvinceError';
  }
}

/**
 * Adds a province module. A fifth province plugs in here; subgraphs read provinces only through this
 * registry, so nothing outside province-rules/ changes. Register before any subgraph builds its schema,
 * because the GraphQL enum ProvinceCode is built from the registry.
 */
export function registerProvince(module: ProvinceModule): void {
  const { code, divisionCode } = module.identity;
  if (!CODE_PATTERN.test(code)) throw new Error(`province code must be UPPER_SNAKE_CASE: ${code}`);
  if (!/^\d{6}$/.test(divisionCode)) throw new Error(`divisionCode must be a 6-digit GB/T 2260 code: ${divisionCode}`);
  if (modules.has(code)) throw new Error(`province ${code} is already registered`);
  if (module.tracks.length === 0) throw new Error(`province ${code} must define the rules of at least one track`);
  const declared = module.identity.tracks.join();
  if (module.tracks.map((t) => t.track).join() !== declared) throw new Error(`province ${code}: identity.tracks (${declared}) must list its track rules in order`);
  modules.set(code, module);
}

/** Removes a module; for tests that plug in a fictional province and must leave the registry as it was. */
export function unregisterProvince(code: string): void {
  modules.delete(code);
}

export function listProvinces(): ProvinceModule[] {
  return [...modules.values()];
}

export function hasProvince(code: string): boolean {
  return modules.has(code);
}

export function getProvince(code: string): ProvinceModule {
  const module = modules.get(code);
  if (!module) throw new UnknownProvinceError(code);
  return module;
}

for (const module of [liaoning, shandong, guangdongShaoguan, jiangsu]) registerProvince(module);

/**
 * True when a GB/T 2260 code lies inside the province's jurisdiction: same first two digits for a
 * province (xx0000), same first four for a prefecture-level city such as Shaoguan (440200).
 */
export function isDivisionWithin(provinceCode: string, division: string): boolean {
  if (!/^\d{6}$/.test(division)) return false;
  const own = getProvince(provinceCode).identity.divisionCode;
  const prefix = own.endsWith('0000') ? own.slice(0, 2) : own.endsWith('00') ? own.slice(0, 4) : own;
  return division.startsWith(prefix) && division !== '000000';
}
