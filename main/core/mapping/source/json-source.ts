/** Evaluates JSON paths ('$.lines[*]', '$["Ship To"].name') against a parsed JSON document. */
import type { CompiledPath, JsonAccessor } from '../path/ast.js';
import type { SourceReader, SourceValue } from './reader.js';

export type JsonScope = { value: unknown };

export class JsonSource implements SourceReader<JsonScope> {
  readonly root: JsonScope;

  constructor(document: unknown) {
    this.root = { value: document };
  }

  scopes(path: CompiledPath, scope: JsonScope): JsonScope[] {
    if (path.kind !== 'json') return [];
    let current: unknown[] = [path.absolute ? this.root.value : scope.value];
    for (const accessor of path.accessors) current = current.flatMap((value) => access(value, accessor));
    return current.filter((value) => value !== undefined && value !== null).map((value) => ({ value }));
  }

  values(path: CompiledPath, scope: JsonScope): SourceValue[] {
    if (path.kind !== 'json') return [];
    const values: SourceValue[] = [];
    for (const { value } of this.scopes(path, scope)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const text = primitiveText(item);
        if (text !== undefined && text !== '') values.push({ text });
      }
    }
    return values;
  }

  segmentOf(): undefined {
    return undefined;
  }
}

function access(value: unknown, accessor: JsonAccessor): unknown[] {
  if (accessor.kind === 'all') {
    if (Array.isArray(value)) return value;
    return value !== null && typeof value === 'object' ? Object.values(value) : [];
  }
  if (accessor.kind === 'index') return Array.isArray(value) ? [value[accessor.index]] : [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.hasOwn(value, accessor.key) ? [(value as Record<string, unknown>)[accessor.key]] : [];
}

/** Numbers print as their shortest round-trip text ('12.5', '19.99'): exact for up to 15 significant digits. */
function primitiveText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}
