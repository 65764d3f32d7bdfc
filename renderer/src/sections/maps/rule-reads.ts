/**
 * Which source segments a rule reads, for marking them in the source tree. The preview says so per segment
 * (`usedBy`) when the engine tracks it; when it does not, the tags named in the rule's paths stand in (BEG03 → BEG,
 * REF[REF01=IA].REF02 → REF, loop(N1) → N1, PO1.qualified(PO106..PO125, BP) → PO1).
 */
import type { PreviewSource } from '../../../../main/core/mapping-store/types.js';
import { flattenRules, type EditableRule } from './rule-list.js';

/** A segment tag followed by an element number, a condition, a component, a step or the end of the path. */
const TAG_IN_PATH = /(?<![A-Za-z0-9@$])([A-Z][A-Z0-9]{1,2})(?=\d{2}|\[|\.|\/|$)/g;
const LOOP_TAG = /loop\(([A-Z][A-Z0-9]{1,2})\)/g;

export function tagsInPath(path: string): string[] {
  const tags = new Set<string>();
  for (const match of path.matchAll(LOOP_TAG)) tags.add(match[1]!);
  for (const match of path.matchAll(TAG_IN_PATH)) if (!/^SG\d/.test(match[1]!)) tags.add(match[1]!);
  return [...tags];
}

function pathsOf(rule: EditableRule): string[] {
  const paths: string[] = [];
  if (typeof rule.from === 'string') paths.push(rule.from);
  if (Array.isArray(rule.from)) paths.push(...rule.from.filter((path): path is string => typeof path === 'string'));
  if (typeof rule.each === 'string') paths.push(rule.each);
  return paths;
}

/** Tags read by a rule and every rule nested in it. */
export function tagsReadBy(rule: EditableRule | undefined): Set<string> {
  const tags = new Set<string>();
  if (!rule) return tags;
  for (const entry of [{ rule }, ...flattenRules(rule.rules ?? [])]) for (const path of pathsOf(entry.rule)) for (const tag of tagsInPath(path)) tags.add(tag);
  return tags;
}

/** Indexes of the segments the rule reads: by the engine's `usedBy` when it reports any, else by tag. */
export function segmentsReadBy(source: PreviewSource | null, ruleIds: ReadonlySet<string>, rule: EditableRule | undefined): Set<number> {
  const read = new Set<number>();
  if (!source || !rule) return read;
  if (source.segments.some((segment) => segment.usedBy.length > 0)) {
    for (const segment of source.segments) if (segment.usedBy.some((id) => ruleIds.has(id))) read.add(segment.index);
    return read;
  }
  const tags = tagsReadBy(rule);
  for (const segment of source.segments) if (tags.has(segment.tag)) read.add(segment.index);
  return read;
}
