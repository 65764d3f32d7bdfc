/**
 * Runs compiled rules over a source, whatever its standard: conditions, `each` scopes, first-present `from`,
 * transforms, defaults, required checks. Records which rule (and segment) wrote each value, so schema issues on the
 * finished document can name them.
 */
import type { Segment } from '../../../parsers/index.js';
import type { CompiledCondition, CompiledNest, CompiledRule, Constant } from './compile.js';
import type { CrossReferences } from './format.js';
import type { CompiledPath, ContextName } from './path/ast.js';
import type { MappingIssue } from './result.js';
import { readTerminal } from './source/edi-source.js';
import type { SourceReader, SourceValue } from './source/reader.js';
import { type DocumentObject, existingObject, writeValue } from './target.js';
import { applyTransform, type MapValue, type TransformContext } from './transforms.js';

export interface Origin {
  ruleId: string;
  segment: Segment | undefined;
}

export interface RunState<Scope> {
  reader: SourceReader<Scope>;
  tables: Record<string, Record<string, string>>;
  xref: CrossReferences | undefined;
  decimalMark: '.' | ',';
  context: Partial<Record<ContextName, string>>;
  issues: MappingIssue[];
  hits: Record<string, number>;
  /** per object of the document: the origin of the object itself ('' key) and of each property written into it */
  origins: WeakMap<object, Map<string, Origin>>;
  /** turns a segment into the issue's segment reference */
  locate(segment: Segment | undefined): MappingIssue['segment'];
}

/** The scopes of the `each` rules around the current one, outermost first ('../' climbs them). */
export type Parents<Scope> = readonly Scope[];

export function runRules<Scope>(rules: CompiledRule[], scope: Scope, into: DocumentObject, state: RunState<Scope>, parents: Parents<Scope> = []): void {
  for (const rule of rules) {
    try {
      if (rule.source.kind === 'each') runEach(rule, rule.source, scope, into, state, parents);
      else runValue(rule, scope, into, state, parents);
    } catch (error) {
      report(state, rule, scope, 'error', error instanceof Error ? error.message : String(error));
    }
  }
}

function runEach<Scope>(
  rule: CompiledRule, source: { path: CompiledPath; rules: CompiledRule[]; nest?: CompiledNest }, scope: Scope, into: DocumentObject, state: RunState<Scope>, parents: Parents<Scope>,
): void {
  const inner = [...parents, scope];
  const all = scopes(source.path, scope, state, parents);
  let occurrences = all;
  if (rule.when) {
    const when = rule.when;
    occurrences = occurrences.filter((occurrence) => conditionHolds(when, occurrence, state, inner));
  }
  if (!rule.target.append) occurrences = occurrences.slice(0, 1);
  const built: { occurrence: Scope; element: DocumentObject }[] = [];
  for (const occurrence of occurrences) {
    const existing = rule.target.append ? undefined : existingObject(into, rule.target);
    const element: DocumentObject = existing ?? {};
    runRules(source.rules, occurrence, element, state, inner);
    if (Object.keys(element).length === 0) continue;
    built.push({ occurrence, element });
    remember(state, element, '', { ruleId: rule.id, segment: state.reader.segmentOf(occurrence) });
    if (!existing && !source.nest) writeValue(into, rule.target, element);
  }
  if (source.nest) placeNested(source.nest, all, built, into, rule, state, inner);
  state.hits[rule.id] = (state.hits[rule.id] ?? 0) + built.length;
  if (rule.required && built.length === 0) report(state, rule, scope, 'error', `required: '${source.path.text}' found nothing to build ${rule.target.text} from`);
}

/**
 * `nest`: each built element goes into the element of its nearest built ancestor (by id / parent id, climbing past
 * occurrences that built nothing), else into the `each` target. Ids are read from every occurrence the path found,
 * so a level left out by `when` still links its children to its own parent. A repeated id: the first one counts.
 */
function placeNested<Scope>(
  nest: CompiledNest, all: Scope[], built: { occurrence: Scope; element: DocumentObject }[], into: DocumentObject, rule: CompiledRule, state: RunState<Scope>, inner: Parents<Scope>,
): void {
  const first = (path: CompiledPath, occurrence: Scope): string | undefined => read(path, occurrence, state, inner)[0]?.text.trim();
  const parentOf = new Map<string, string | undefined>();
  const idOf = new Map<Scope, string>();
  for (const occurrence of all) {
    const id = first(nest.id, occurrence);
    if (id === undefined || id === '') continue;
    idOf.set(occurrence, id);
    if (!parentOf.has(id)) parentOf.set(id, first(nest.parent, occurrence));
  }
  const elementOf = new Map<string, DocumentObject>();
  for (const { occurrence, element } of built) {
    const id = idOf.get(occurrence);
    if (id !== undefined && !elementOf.has(id)) elementOf.set(id, element);
  }
  for (const { occurrence, element } of built) {
    const seen = new Set<string>();
    const own = idOf.get(occurrence);
    if (own !== undefined) seen.add(own);
    let ancestor = own === undefined ? first(nest.parent, occurrence) : parentOf.get(own);
    let holder: DocumentObject | undefined;
    while (ancestor !== undefined && ancestor !== '' && !seen.has(ancestor)) {
      seen.add(ancestor);
      holder = elementOf.get(ancestor);
      if (holder) break;
      ancestor = parentOf.get(ancestor);
    }
    if (holder) writeValue(holder, nest.into, element);
    else writeValue(into, rule.target, element);
  }
}

function runValue<Scope>(rule: CompiledRule, scope: Scope, into: DocumentObject, state: RunState<Scope>, parents: Parents<Scope>): void {
  if (rule.when && !conditionHolds(rule.when, scope, state, parents)) return;
  let found: SourceValue[] = [];
  let constant: Constant | undefined;
  if (rule.source.kind === 'from') {
    for (const path of rule.source.paths) {
      found = read(path, scope, state, parents);
      if (found.length > 0) break;
    }
    if (!rule.target.append) found = found.slice(0, 1);
  } else if (rule.source.kind === 'value') constant = rule.source.value;

  const issuesBefore = state.issues.length;
  let written = 0;
  if (constant !== undefined) {
    const value = rule.transforms.length === 0 ? constant : transformed(rule, constant, undefined, scope, state, parents);
    if (value !== undefined && value !== '') written += writeFound(rule, into, state, value, undefined);
  }
  for (const item of found) {
    const value = rule.transforms.length === 0 ? item.text : transformed(rule, item.text, item.segment, scope, state, parents);
    if (value !== undefined) written += writeFound(rule, into, state, value, item.segment);
  }
  if (written === 0 && rule.default !== undefined) written += writeFound(rule, into, state, rule.default, undefined);
  if (written === 0) {
    // a value that a transform refused was already reported; "required" would only repeat it
    const refused = state.issues.slice(issuesBefore).some((issue) => issue.severity === 'error');
    if (rule.required && !refused) {
      const sought = rule.source.kind === 'from' ? rule.source.paths.map((path) => path.text).join(' or ') : 'the value';
      report(state, rule, scope, 'error', `required: ${sought} gave no value for ${rule.target.text}`, found[0]?.segment);
    }
    return;
  }
  state.hits[rule.id] = (state.hits[rule.id] ?? 0) + written;
}

/** One value written to the rule's target, with its origin; returns 1 (the count of values written). */
function writeFound<Scope>(rule: CompiledRule, into: DocumentObject, state: RunState<Scope>, value: MapValue, segment: Segment | undefined): number {
  writeValue(into, rule.target, value);
  const names = rule.target.names;
  const holder = names.length === 1 ? into : holderOf(into, names);
  if (holder) remember(state, holder, names[names.length - 1] ?? '', { ruleId: rule.id, segment });
  return 1;
}

/**
 * What a transform may read, for one value: a class rather than an object of closures, because this runs for every
 * transformed value of a preview (tens of thousands on a 1,000-segment order) and each closure is an allocation (and,
 * under tsx in browser mode, a name-keeping wrapper call).
 */
class ValueContext<Scope> implements TransformContext {
  readonly tables: Record<string, Record<string, string>>;
  readonly xref: CrossReferences | undefined;
  readonly decimalMark: '.' | ',';

  constructor(
    private readonly state: RunState<Scope>,
    private readonly scope: Scope,
    private readonly parents: Parents<Scope>,
    private readonly segment: Segment | undefined,
  ) {
    this.tables = state.tables;
    this.xref = state.xref;
    this.decimalMark = state.decimalMark;
  }

  read(path: CompiledPath): string | undefined {
    return read(path, this.scope, this.state, this.parents)[0]?.text;
  }

  readBeside(path: CompiledPath): string | undefined {
    // the format code or time of the value's own segment: with `from: [a, b]`, that of the alternative that won
    const segment = this.segment;
    if (segment && path.kind === 'edi' && path.terminal && path.terminal.tag === segment.tag) {
      const text = readTerminal(segment, path.terminal);
      return text === '' ? undefined : text;
    }
    return this.read(path);
  }
}

function transformed<Scope>(rule: CompiledRule, start: MapValue, segment: Segment | undefined, scope: Scope, state: RunState<Scope>, parents: Parents<Scope>): MapValue | undefined {
  let value: MapValue | undefined = start;
  const context = new ValueContext(state, scope, parents, segment);
  for (const transform of rule.transforms) {
    if (value === undefined || value === null || value === '') return undefined;
    const outcome = applyTransform(value, transform, context);
    if (outcome.note) report(state, rule, scope, outcome.note.severity, outcome.note.message, segment);
    value = outcome.value;
  }
  return value === '' ? undefined : value;
}

/** The scope a path starts from: the current one, or with '../' that of an enclosing `each` (compile checked the depth). */
function startOf<Scope>(path: CompiledPath, scope: Scope, parents: Parents<Scope>): Scope | undefined {
  const up = path.kind === 'context' ? 0 : (path.up ?? 0);
  return up === 0 ? scope : parents[parents.length - up];
}

function read<Scope>(path: CompiledPath, scope: Scope, state: RunState<Scope>, parents: Parents<Scope>): SourceValue[] {
  if (path.kind === 'context') {
    const text = state.context[path.name];
    return text ? [{ text }] : [];
  }
  const start = startOf(path, scope, parents);
  return start === undefined ? [] : state.reader.values(path, start);
}

function scopes<Scope>(path: CompiledPath, scope: Scope, state: RunState<Scope>, parents: Parents<Scope>): Scope[] {
  const start = startOf(path, scope, parents);
  return start === undefined ? [] : state.reader.scopes(path, start);
}

export function conditionHolds<Scope>(condition: CompiledCondition, scope: Scope, state: RunState<Scope>, parents: Parents<Scope> = []): boolean {
  switch (condition.kind) {
    case 'all':
      return condition.conditions.every((item) => conditionHolds(item, scope, state, parents));
    case 'any':
      return condition.conditions.some((item) => conditionHolds(item, scope, state, parents));
    case 'not':
      return !conditionHolds(condition.condition, scope, state, parents);
    case 'test': {
      const path = condition.path;
      const selectsScopes = (path.kind === 'edi' && !path.terminal) || path.kind === 'rows';
      const values = selectsScopes ? [] : read(path, scope, state, parents).map((value) => value.text);
      const present = selectsScopes ? scopes(path, scope, state, parents).length > 0 : values.length > 0;
      if (condition.equals !== undefined) return values.includes(condition.equals);
      if (condition.in) return values.some((value) => condition.in?.includes(value));
      if (condition.notEquals !== undefined) return !values.includes(condition.notEquals);
      if (condition.notIn) return !values.some((value) => condition.notIn?.includes(value));
      return condition.exists === false ? !present : present;
    }
  }
}

function report<Scope>(state: RunState<Scope>, rule: CompiledRule, scope: Scope, severity: MappingIssue['severity'], message: string, segment?: Segment): void {
  const where = state.locate(segment ?? state.reader.segmentOf(scope));
  state.issues.push({ severity, ruleId: rule.id, message, ...(where ? { segment: where } : {}) });
}

function remember<Scope>(state: RunState<Scope>, holder: object, key: string, origin: Origin): void {
  let map = state.origins.get(holder);
  if (!map) state.origins.set(holder, (map = new Map()));
  if (!map.has(key) || key !== '') map.set(key, origin);
}

function holderOf(root: DocumentObject, names: string[]): object | undefined {
  let node: unknown = root;
  for (let at = 0; at < names.length - 1; at++) node = node !== null && typeof node === 'object' ? (node as DocumentObject)[names[at]!] : undefined;
  return node !== null && typeof node === 'object' ? node : undefined;
}
