/**
 * A raw record through a crossdock-map/1 map (the same engine as EDI), with schema drift reported as warnings:
 * fields the map (or the configured field list) expects but the record lacks, and fields nobody expects. The raw
 * record is always kept; only a document that fails the canonical schema is a failure (→ dead letter).
 */
import { compileMap, mapJson, type CompiledMap } from '../mapping/index.js';
import type { MappingResult } from '../mapping/index.js';
import type { CanonicalDocument } from '../canonical/index.js';
import type { Channel } from '../canonical/index.js';
import type { MappedRecord, RecordWarning } from './types.js';

export function compileRecordMap(definition: unknown, where: string): { map: CompiledMap } | { error: string } {
  const compiled = compileMap(definition);
  if (!compiled.ok) return { error: `${where}: the map does not compile: ${compiled.errors.slice(0, 3).map((error) => error.message).join('; ')}` };
  return { map: compiled.map };
}

/** Top-level fields a map's rules read ('$.line_items[*]' → 'line_items'). */
export function fieldsReadBy(map: CompiledMap): Set<string> {
  const fields = new Set<string>();
  for (const rule of map.definition.rules) {
    const paths = 'from' in rule && rule.from !== undefined ? (Array.isArray(rule.from) ? rule.from : [rule.from]) : 'each' in rule && typeof rule.each === 'string' ? [rule.each] : [];
    for (const path of paths) {
      const match = /^\$(?:\.([A-Za-z0-9_-]+)|\["([^"]+)"\])/.exec(String(path));
      const field = match?.[1] ?? match?.[2];
      if (field) fields.add(field);
    }
  }
  return fields;
}

export function driftWarnings(raw: unknown, expected: ReadonlySet<string>, alsoKnown: readonly string[] = []): RecordWarning[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const present = new Set(Object.keys(raw));
  const missing = [...expected].filter((field) => !present.has(field));
  const known = new Set([...expected, ...alsoKnown]);
  const unknown = [...present].filter((field) => !known.has(field));
  const warnings: RecordWarning[] = [];
  if (missing.length > 0) warnings.push({ code: 'missing-field', message: `missing field(s): ${missing.join(', ')}`, path: missing[0]! });
  if (unknown.length > 0) warnings.push({ code: 'unknown-field', message: `field(s) the map does not know: ${unknown.slice(0, 20).join(', ')}${unknown.length > 20 ? ', …' : ''}`, path: unknown[0]! });
  return warnings;
}

/** A mapping result as a MappedRecord: errors fail it, warnings and drift travel with it. */
export function toMappedRecord(result: MappingResult | undefined, drift: RecordWarning[]): MappedRecord {
  if (!result) return { status: 'failed', reason: 'the map produced no document from this record', warnings: drift };
  const warnings = [...drift, ...result.issues.filter((issue) => issue.severity === 'warning').map((issue) => ({ code: 'mapping', message: issue.message, ...(issue.path ? { path: issue.path } : {}) }))];
  if (!result.ok) {
    const errors = result.issues.filter((issue) => issue.severity === 'error').slice(0, 5);
    return { status: 'failed', reason: errors.map((issue) => `${issue.ruleId ? `rule ${issue.ruleId}: ` : ''}${issue.path ? `${issue.path}: ` : ''}${issue.message}`).join('; ') || 'mapping failed', warnings };
  }
  return { status: 'document', document: result.document as CanonicalDocument, warnings };
}

export function mapJsonRecord(map: CompiledMap, raw: unknown, expected: ReadonlySet<string>, alsoKnown: readonly string[], channel?: Channel): MappedRecord {
  const mapped = mapJson(map, raw, channel ? { channel } : {});
  if (!mapped.ok) return { status: 'failed', reason: mapped.message, warnings: [] };
  return toMappedRecord(mapped.documents[0], driftWarnings(raw, expected, alsoKnown));
}
