import { listProvinces } from '@skillfed/province-rules';
import { registerEnumType } from 'type-graphql';

/**
 * GraphQL enum ProvinceCode, built from the province-rules registry so that a new province module
 * appears in every subgraph without code changes here. Build it after all modules are registered.
 */
let provinceCodeEnum: Record<string, string> | undefined;

export function ProvinceCodeEnum(): Record<string, string> {
  if (!provinceCodeEnum) {
    provinceCodeEnum = Object.fromEntries(listProvinces().map((p) => [p.identity.code, p.identity.code]));
    const valuesConfig = Object.fromEntries(
      listProvinces().map((p) => [p.identity.code, { description: `${p.identity.name} ${p.identity.nameEn} (${p.identity.divisionCode})` }]),
    );
    registerEnumType(provinceCodeEnum, {
      name: 'ProvinceCode',
      description: '省份（或计划单列的市）代码 / jurisdiction whose notices the system encodes',
      valuesConfig,
    });
  }
  return provinceCodeEnum;
}

/** Forgets the enum so a test that registers a fictional province can rebuild it. */
export function resetProvinceCodeEnum(): void {
  provinceCodeEnum = undefined;
}
