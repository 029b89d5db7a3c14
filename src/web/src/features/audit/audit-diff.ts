export interface FieldChange {
  /** Dotted path into the record, e.g. `responsePolicy.dayEnd`. */
  path: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

// Internal keys that say nothing to a reader.
const HIDDEN = new Set(['workspaceId', 'searchText', 'passwordHash', 'tokenHash']);

/**
 * The fields of a before/after pair, flattened one level of nesting deep so a settings
 * change reads "Response policy › day end: 17:00 → 18:30" rather than two JSON blobs.
 * Changed fields come first; a created or deleted record lists its non-empty fields.
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const left = flatten(before);
  const right = flatten(after);
  const paths = [...new Set([...left.keys(), ...right.keys()])].filter(
    (path) => !HIDDEN.has(path.split('.').at(-1) ?? path),
  );
  const changes = paths.map((path) => {
    const from = left.get(path) ?? null;
    const to = right.get(path) ?? null;
    return { path, before: from, after: to, changed: !sameJson(from, to) };
  });
  const isOneSided = before === null || before === undefined || after === null || after === undefined;
  const shown = isOneSided
    ? changes.filter((change) => !isEmpty(change.before) || !isEmpty(change.after))
    : changes;
  return [...shown.filter((change) => change.changed), ...shown.filter((change) => !change.changed)];
}

function flatten(value: unknown): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (!isPlainObject(value)) return result;
  for (const [key, inner] of Object.entries(value)) {
    if (isPlainObject(inner) && Object.keys(inner).length > 0) {
      for (const [innerKey, leaf] of Object.entries(inner)) result.set(`${key}.${innerKey}`, leaf);
    } else {
      result.set(key, inner);
    }
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** A JSON value as plain text: strings as they are, the rest as indented JSON. */
export function formatJsonValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2) ?? String(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!(typeof a === 'object' && typeof b === 'object' && a !== null && b !== null)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => sameJson(left[key], right[key]));
}
