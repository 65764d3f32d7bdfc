/**
 * diffCanonical: what changes between two canonical documents (the published map's output and a draft's), for the
 * regression view before publishing. Deterministic: object keys in sorted order, array elements by index; a value
 * present on one side only is one entry (a whole added line is one 'added' entry, not one per field).
 */

export interface CanonicalChange {
  /** 'lines[2].quantity.value'; '' for the whole document */
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

export function diffCanonical(before: unknown, after: unknown): CanonicalChange[] {
  const changes: CanonicalChange[] = [];
  compare(before, after, '', changes);
  return changes;
}

function compare(before: unknown, after: unknown, path: string, changes: CanonicalChange[]): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    changes.push({ path, change: 'added', after });
    return;
  }
  if (after === undefined) {
    changes.push({ path, change: 'removed', before });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index++) compare(before[index], after[index], `${path}[${index}]`, changes);
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) compare(before[key], after[key], path ? `${path}.${key}` : key, changes);
    return;
  }
  if (!Object.is(before, after)) changes.push({ path, change: 'changed', before, after });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
