/** Tiny dotted paths into raw records ('data', '$.meta.next', 'lines[0].sku') for ids, timestamps and tokens. */
import type { JsonValue } from './types.js';

export function readPath(value: unknown, path: string): unknown {
  const trimmed = path.replace(/^\$\.?/, '');
  if (trimmed === '') return value;
  let current: unknown = value;
  for (const part of trimmed.split(/\.|\[(\d+)\]/).filter((segment) => segment !== undefined && segment !== '')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(part)] : (current as Record<string, unknown>)[part];
  }
  return current;
}

export function textAt(value: unknown, path: string): string | null {
  const found = readPath(value, path);
  if (typeof found === 'string') return found.trim() === '' ? null : found;
  if (typeof found === 'number' || typeof found === 'bigint') return String(found);
  return null;
}

/** An instant from ISO text or epoch seconds / milliseconds, as ISO UTC; null when unreadable. */
export function instantAt(value: unknown, path: string): string | null {
  const found = readPath(value, path);
  if (typeof found === 'number') return new Date(found < 1e11 ? found * 1000 : found).toISOString();
  if (typeof found !== 'string' || found.trim() === '') return null;
  const parsed = Date.parse(found);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

export const asJson = (value: unknown): JsonValue => value as JsonValue;
