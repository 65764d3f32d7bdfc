/**
 * A map's source signature: what a file must look like for the map to be its partner's. CSV: the header holds every
 * column the map reads at the document level and in `rows()` / `row()` (and its groupBy column); a rule with a list
 * of alternative columns needs one of them. JSON: the map's `documents` path yields at least one element (checked
 * by mapping, see claim.ts).
 */
import type { Condition, MapDefinition, Rule, Transform } from '../mapping/index.js';

export interface CsvSignature {
  /** columns that must all be in the header */
  required: string[];
  /** sets of alternatives (a rule's `from` list): one of each must be in the header */
  alternatives: string[][];
}

const isColumn = (path: string) => {
  const trimmed = path.trim();
  return trimmed !== '' && !trimmed.startsWith('@') && trimmed !== 'rows()' && trimmed !== 'row()';
};

function conditionPaths(condition: Condition | undefined, into: string[]): void {
  if (!condition) return;
  if ('all' in condition) condition.all.forEach((inner) => conditionPaths(inner, into));
  else if ('any' in condition) condition.any.forEach((inner) => conditionPaths(inner, into));
  else if ('not' in condition) conditionPaths(condition.not, into);
  else into.push(condition.path);
}

function transformPaths(transforms: Transform[] | undefined, into: string[]): void {
  for (const transform of transforms ?? []) {
    if (transform.op === 'date') {
      if (transform.formatFrom) into.push(transform.formatFrom);
      if (transform.time) into.push(transform.time);
    } else if (transform.op === 'uom') {
      into.push(transform.unitFrom);
      if (transform.itemFrom) into.push(transform.itemFrom);
    }
    // concat's `with` paths are optional by definition (absent ones are skipped)
  }
}

function collect(rules: Rule[], signature: { required: Set<string>; alternatives: string[][] }): void {
  for (const rule of rules) {
    const paths: string[] = [];
    conditionPaths(rule.when, paths);
    transformPaths(rule.transform, paths);
    if (typeof rule.from === 'string') paths.push(rule.from);
    else if (Array.isArray(rule.from)) {
      const columns = rule.from.filter(isColumn).map((path) => path.trim());
      if (columns.length === rule.from.length && columns.length > 0) signature.alternatives.push(columns);
    }
    for (const path of paths) if (isColumn(path)) signature.required.add(path.trim());
    if (rule.each !== undefined) {
      if (isColumn(rule.each)) signature.required.add(rule.each.trim());
      collect(rule.rules ?? [], signature);
    }
  }
}

export function csvSignature(definition: MapDefinition): CsvSignature {
  const signature = { required: new Set<string>(), alternatives: [] as string[][] };
  if (definition.source.standard === 'csv' && definition.source.groupBy) signature.required.add(definition.source.groupBy);
  collect(definition.rules, signature);
  return { required: [...signature.required], alternatives: signature.alternatives };
}

/** Empty when the header fits; otherwise what it lacks, in words ("ship_city", "one of sku, gtin"). */
export function missingColumns(signature: CsvSignature, header: string[]): string[] {
  const present = new Set(header);
  const missing = signature.required.filter((column) => !present.has(column));
  for (const options of signature.alternatives) {
    if (!options.some((column) => present.has(column))) missing.push(`one of ${options.join(', ')}`);
  }
  return missing;
}
