import { registerEnumType } from 'type-graphql';

/**
 * Declares a GraphQL enum once: keys are the values, the map's strings are their official Chinese
 * labels (shown as value descriptions). Returns a frozen object usable like a TS enum.
 */
export function defineEnum<const K extends string>(name: string, description: string, labels: Record<K, string>): { readonly [P in K]: P } {
  const values = Object.freeze(Object.fromEntries(Object.keys(labels).map((k) => [k, k]))) as { readonly [P in K]: P };
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(labels).map(([k, label]) => [k, { description: label as string }])) as Partial<Record<K, { description: string }>>,
  });
  return values;
}

export type EnumValue<E> = E[keyof E];

/** The two assessment tracks, shared by every subgraph that names one. */
export const Track = defineEnum('Track', '评价类别 / assessment track', {
  SPECIAL_ABILITY: '专项职业能力考核',
  SKILL_LEVEL: '职业技能等级认定',
});
export type Track = EnumValue<typeof Track>;
