/**
 * After the rules ran: validate the document with the canonical schema (issues keep their path and, when a rule wrote
 * the value or the object around it, the rule and its segment) and list the required paths the document lacks.
 */
import { type CanonicalKind, canonicalKinds, requiredAlternatives, requiredPaths, validateCanonical } from '../canonical/index.js';
import type { CompiledMap } from './compile.js';
import type { Origin, RunState } from './run.js';
import type { MappingIssue } from './result.js';
import { isObject } from './target.js';

export function schemaIssues<Scope>(document: Record<string, unknown>, state: RunState<Scope>, compiled: Pick<CompiledMap, 'targetRules'>): MappingIssue[] {
  const validation = validateCanonical(document);
  if (validation.ok) return [];
  return validation.issues.map((issue) => {
    const origin = originOf(document, issue.path, state.origins);
    const segment = state.locate(origin?.segment);
    // nothing was written there (a missing `lines`): the rule meant to write that path, if the map has one
    const ruleId = origin?.ruleId ?? intendedRule(issue.path, compiled.targetRules);
    return {
      severity: 'error' as const,
      ...(ruleId !== undefined ? { ruleId } : {}),
      message: issue.message,
      path: issue.pathText,
      ...(segment ? { segment } : {}),
    };
  });
}

function intendedRule(path: readonly PropertyKey[], targetRules: Record<string, string>): string | undefined {
  const canonical = path.filter((key): key is string => typeof key === 'string').join('.');
  return canonical !== '' && Object.hasOwn(targetRules, canonical) ? targetRules[canonical] : undefined;
}

/** The kind the rules produced (a map of kind 'invoice' may write kind 'credit'), else the map's. */
export function producedKind(document: Record<string, unknown>, mapKind: CanonicalKind): CanonicalKind {
  const kind = document.kind;
  return typeof kind === 'string' && (canonicalKinds as readonly string[]).includes(kind) ? (kind as CanonicalKind) : mapKind;
}

/** The deepest recorded origin along a document path: the property's own rule, else the object's (an `each`). */
function originOf(document: unknown, path: readonly PropertyKey[], origins: WeakMap<object, Map<string, Origin>>): Origin | undefined {
  let node: unknown = document;
  let found: Origin | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    const here = origins.get(node);
    const own = typeof key === 'string' ? here?.get(key) : undefined;
    if (here?.get('')) found = here.get('');
    if (own) found = own;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  if (node !== null && typeof node === 'object') found = origins.get(node)?.get('') ?? found;
  return found;
}

/** Required canonical paths ('lines[].quantity.value') the document does not fill; 'a | b' for alternatives. */
export function unmappedRequired(kind: CanonicalKind, document: Record<string, unknown>): string[] {
  const missing = requiredPaths(kind).filter((path) => !hasPath(document, path.split('.')));
  for (const group of requiredAlternatives(kind)) {
    if (!group.some((path) => hasPath(document, path.split('.')))) missing.push(group.join(' | '));
  }
  return missing;
}

function hasPath(node: unknown, names: string[]): boolean {
  const [first, ...rest] = names;
  if (first === undefined) return node !== undefined && node !== null && node !== '';
  const list = first.endsWith('[]');
  const value = isObject(node) ? node[list ? first.slice(0, -2) : first] : undefined;
  if (!list) return hasPath(value, rest);
  return Array.isArray(value) && value.length > 0 && (rest.length === 0 || value.every((item) => hasPath(item, rest)));
}
