// Small, safe readers for parsed JSON of unknown shape. Properties are read only when they
// are the object's own, so a missing "constructor" or "toString" never finds the prototype's.

export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function ownProperty(value: unknown, key: string): unknown {
  return isJsonObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** JSON-LD lets one value stand for a list of one; absent is an empty list. */
export function asList(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The `type` (or `@type`) values of a JSON-LD node. */
export function typesOf(value: unknown): string[] {
  const types = ownProperty(value, 'type') ?? ownProperty(value, '@type');
  return asList(types).filter((type): type is string => typeof type === 'string');
}

/** A short description of a value for an error message: its kind, never its (possibly huge) content. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a text';
  return `a ${typeof value}`;
}
