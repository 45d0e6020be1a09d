import { getNullableType, isInputObjectType, isListType, isScalarType, type GraphQLInputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { BadUserInputError } from './errors';

/**
 * Input hygiene for every argument of every field (issue 9), in one place instead of per resolver.
 * Installed as a global type-graphql middleware by `buildFederatedSchema`; it walks the raw arguments
 * with their GraphQL types before the resolver sees them:
 * - every String is trimmed, then refused when longer than its field's limit (code points, see
 *   TEXT_LIMITS) or when it holds control characters (C0/C1, DEL, ANSI escapes, bidirectional
 *   overrides); line breaks and tabs only in the multi-line fields (MULTILINE_FIELDS);
 * - every ID must look like an id: 1-64 letters, digits, `-` or `_` (ours are UUIDs; references to
 *   other systems' records keep their own ids), so no quotes, spaces, paths or megabytes reach a query;
 * - lists hold at most MAX_LIST_LENGTH items.
 * Dates are checked by the Date scalar (real dates in 1900-2100). Resolvers keep their own, tighter
 * rules (a name of at most 50 characters, a valid resident ID); this is the floor every field gets.
 * Each refusal is BAD_USER_INPUT with `field` set to the argument path (`input.name`).
 */

/** Longest accepted text per field name, in characters; anything else gets DEFAULT_TEXT_LIMIT. */
export const TEXT_LIMITS: Record<string, number> = {
  search: 100,
  reason: 500,
  reasons: 500,
  name: 100,
  nameEn: 200,
  employer: 200,
  address: 300,
  reference: 300,
  location: 300,
  recommendingUnit: 200,
  note: 2000,
  notes: 2000,
  remarks: 2000,
  description: 2000,
  comment: 2000,
  /** `importCatalog` takes a whole CSV/JSON file, base64-encoded (the resolver caps the file at 5 MB). */
  contentBase64: 7_000_000,
};
export const DEFAULT_TEXT_LIMIT = 200;
export const MAX_LIST_LENGTH = 1000;

/** Fields whose text may span lines (line feed, carriage return, tab allowed). */
export const MULTILINE_FIELDS = new Set(['reason', 'note', 'notes', 'remarks', 'description', 'comment', 'contentBase64']);

// C0 controls except \t \n \r, DEL, C1 controls, bidirectional embeddings/overrides/isolates, BOM/zero-width no-break.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const LINE_BREAKS = /[\t\n\r]/;
const ID_FORMAT = /^[A-Za-z0-9_-]{1,64}$/;

function fieldName(path: string): string {
  const last = path.split('.').pop()!;
  return last.replace(/\[\d+\]$/, '');
}

export function cleanText(path: string, value: string): string {
  const name = fieldName(path);
  const multiline = MULTILINE_FIELDS.has(name);
  const text = value.trim();
  if (CONTROL.test(text)) throw new BadUserInputError(`${path} 含有控制字符 / ${path} contains control characters`, { field: path });
  if (!multiline && LINE_BREAKS.test(text)) throw new BadUserInputError(`${path} 须为单行文字 / ${path} must be a single line`, { field: path });
  const limit = TEXT_LIMITS[name] ?? DEFAULT_TEXT_LIMIT;
  // Counting code points would walk a huge string; its UTF-16 length is an upper bound to check first.
  if (text.length > limit && [...text].length > limit) {
    throw new BadUserInputError(`${path} 不能超过${limit}个字符 / ${path} is longer than ${limit} characters`, { field: path, limit, length: [...text].length });
  }
  return text;
}

function checkId(path: string, value: string): string {
  const id = value.trim();
  if (!ID_FORMAT.test(id)) throw new BadUserInputError(`${path} 不是有效的标识 / ${path} must be an id: 1-64 letters, digits, - or _ (a UUID)`, { field: path });
  return id;
}

/** Cleans `value` of GraphQL type `type` in place (for objects and lists) and returns the cleaned value. */
export function cleanValue(path: string, type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return cleanValue(`${path}[0]`, nullable.ofType, value);
    if (value.length > MAX_LIST_LENGTH) throw new BadUserInputError(`${path} 最多${MAX_LIST_LENGTH}项 / ${path} takes at most ${MAX_LIST_LENGTH} items`, { field: path, limit: MAX_LIST_LENGTH, length: value.length });
    for (let i = 0; i < value.length; i++) value[i] = cleanValue(`${path}[${i}]`, nullable.ofType, value[i]);
    return value;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const field = fields[key];
      if (field) object[key] = cleanValue(`${path}.${key}`, field.type, object[key]);
    }
    return object;
  }
  if (isScalarType(nullable) && typeof value === 'string') {
    if (nullable.name === 'ID') return checkId(path, value);
    if (nullable.name === 'String') return cleanText(path, value);
  }
  return value;
}

export const inputHygiene: MiddlewareFn = ({ args, info }, next) => {
  const definition = info.parentType.getFields()[info.fieldName];
  const argDefs = definition && 'args' in definition ? definition.args : [];
  if (argDefs.length === 0) return next();
  for (const arg of argDefs) {
    if (arg.name in args) args[arg.name] = cleanValue(arg.name, arg.type, args[arg.name]);
  }
  return next();
};
