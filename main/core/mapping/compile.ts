/**
 * compileMap: checks a map (shape with zod, then meaning: one source per rule, targets, paths, tables) and parses
 * every path once, so mapping and the editor's live preview never re-parse. Every error names the rule.
 */
import { type Condition, mapDefinitionSchema, type MapDefinition, type MapSource, type Rule, type Transform } from './format.js';
import type { CompiledPath } from './path/ast.js';
import { parseEdiPath, PathSyntaxError } from './path/parse-edi.js';
import { parseContextPath, parseJsonPath } from './path/parse-other.js';
import { parseTarget, type TargetPath } from './target.js';
import type { CompiledTransform } from './transforms.js';

export type Constant = string | number | boolean | null;

export type CompiledCondition =
  | { kind: 'test'; path: CompiledPath; equals?: string; in?: string[]; notEquals?: string; notIn?: string[]; exists?: boolean }
  | { kind: 'all'; conditions: CompiledCondition[] }
  | { kind: 'any'; conditions: CompiledCondition[] }
  | { kind: 'not'; condition: CompiledCondition };

export type RuleSource =
  | { kind: 'from'; paths: CompiledPath[] }
  | { kind: 'value'; value: Constant }
  | { kind: 'each'; path: CompiledPath; rules: CompiledRule[]; nest?: CompiledNest };

/** An `each` rule's `nest` (format.ts Nest), its paths parsed for the occurrence scope. */
export interface CompiledNest {
  id: CompiledPath;
  parent: CompiledPath;
  into: TargetPath;
}

export interface CompiledRule {
  id: string;
  target: TargetPath;
  source: RuleSource;
  when?: CompiledCondition;
  transforms: CompiledTransform[];
  default?: Constant;
  required: boolean;
}

export interface CompiledMap {
  definition: MapDefinition;
  rules: CompiledRule[];
  /** every rule id, nested ones included, in map order (coverage lists hits per id) */
  ruleIds: string[];
  /**
   * canonical path without indexes ('lines.quantity.value') → the rule that writes it (the first required one, else
   * the first), so a schema issue on a value nothing wrote can still name the rule meant to write it
   */
  targetRules: Record<string, string>;
}

export interface CompileError {
  /** the rule the error is in, when it is in one */
  ruleId?: string;
  /** where in the map: 'rules[3].rules[0].from' */
  at: string;
  message: string;
}

export type CompileResult = { ok: true; map: CompiledMap } | { ok: false; errors: CompileError[] };

export function compileMap(input: unknown): CompileResult {
  const parsed = mapDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ ...ruleAt(input, issue.path), message: issue.message })),
    };
  }
  const definition = parsed.data;
  const errors: CompileError[] = [];
  const ruleIds: string[] = [];
  const compiler = new RuleCompiler(definition, errors, ruleIds);
  const rules = compiler.rules(definition.rules, 'rules', 0, '');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, map: { definition, rules, ruleIds, targetRules: compiler.targetRules() } };
}

/**
 * Compiles one path for a source standard (also used by the editor to check a path as it is typed). A leading
 * `../` (repeatable) evaluates the rest in the scope of an enclosing `each` (the path gets `up`).
 */
export function compilePath(source: MapSource, text: string): CompiledPath {
  const trimmed = text.trim();
  let rest = trimmed;
  let up = 0;
  while (rest.startsWith('../')) {
    up++;
    rest = rest.slice(3).trimStart();
  }
  if (up === 0) return compileLocalPath(source, trimmed);
  if (rest === '' || rest === '..') throw new PathSyntaxError(`'${trimmed}': '../' climbs to an enclosing scope; a path follows it ('../DTM[DTM01.1=2].DTM01.2')`);
  if (rest.startsWith('/')) throw new PathSyntaxError(`'${trimmed}': a path starts at the document ('/') or climbs to an enclosing scope ('../'), not both`);
  if (rest.startsWith('@')) throw new PathSyntaxError(`'${trimmed}': context values (@name) are the same in every scope; drop the '../'`);
  const path = compileLocalPath(source, rest);
  if (path.kind === 'context') throw new PathSyntaxError(`'${trimmed}': context values cannot climb`);
  return { ...path, text: trimmed, up };
}

function compileLocalPath(source: MapSource, trimmed: string): CompiledPath {
  if (trimmed.startsWith('@')) return parseContextPath(trimmed);
  if (source.standard === 'x12' || source.standard === 'edifact') return parseEdiPath(trimmed);
  if (source.standard === 'json') return parseJsonPath(trimmed);
  if (trimmed === 'rows()' || trimmed === 'row()') return { kind: 'rows', text: trimmed, firstOnly: trimmed === 'row()' };
  return { kind: 'column', text: trimmed, column: trimmed };
}

class RuleCompiler {
  private readonly seen = new Set<string>();
  private readonly targets = new Map<string, { ruleId: string; required: boolean }>();

  constructor(
    private readonly definition: MapDefinition,
    private readonly errors: CompileError[],
    private readonly ruleIds: string[],
  ) {}

  /** `depth`: how many `each` rules enclose these rules (how far '../' may climb); `prefix`: their canonical path */
  rules(rules: Rule[], at: string, depth: number, prefix: string): CompiledRule[] {
    return rules.flatMap((rule, index) => {
      const compiled = this.rule(rule, `${at}[${index}]`, depth, prefix);
      return compiled ? [compiled] : [];
    });
  }

  targetRules(): Record<string, string> {
    return Object.fromEntries([...this.targets].map(([path, { ruleId }]) => [path, ruleId]));
  }

  private noteTarget(path: string, ruleId: string, required: boolean): void {
    const known = this.targets.get(path);
    if (!known || (required && !known.required)) this.targets.set(path, { ruleId, required });
  }

  private rule(rule: Rule, at: string, depth: number, prefix: string): CompiledRule | null {
    const errorsBefore = this.errors.length;
    const fail = (where: string, message: string): void => {
      this.errors.push({ ruleId: rule.id, at: `${at}${where}`, message });
    };
    if (this.seen.has(rule.id)) fail('.id', `rule id '${rule.id}' is used twice`);
    this.seen.add(rule.id);
    this.ruleIds.push(rule.id);

    const sources = (['from', 'value', 'each'] as const).filter((key) => rule[key] !== undefined);
    if (sources.length !== 1) fail('', sources.length === 0 ? 'a rule needs one of from, value or each' : `a rule has one of from, value or each, not ${sources.join(' and ')}`);
    if (rule.rules !== undefined && rule.each === undefined) fail('.rules', "nested rules belong to an 'each' rule");
    if (rule.each !== undefined && (rule.rules ?? []).length === 0) fail('.rules', "an 'each' rule needs nested rules (what to build per occurrence)");
    if (rule.each !== undefined && (rule.transform !== undefined || rule.default !== undefined)) fail('', "an 'each' rule builds objects: put transform and default on its nested rules");
    if (rule.nest !== undefined && rule.each === undefined) fail('.nest', "'nest' arranges the elements of an 'each' rule");

    let target: TargetPath | null = null;
    try {
      target = parseTarget(rule.target);
    } catch (error) {
      fail('.target', message(error));
    }

    const canonicalPath = target ? [prefix, ...target.names].filter((name) => name !== '').join('.') : '';
    if (target) this.noteTarget(canonicalPath, rule.id, rule.required === true);

    let source: RuleSource | null = null;
    if (rule.each !== undefined) {
      const path = this.path(rule.each, `${at}.each`, rule.id, depth);
      if (path && path.kind === 'edi' && path.terminal) fail('.each', `'${rule.each}' reads a value; 'each' iterates segments, loops or HLs (drop the element)`);
      if (path && (path.kind === 'column' || path.kind === 'context')) fail('.each', `'${rule.each}' is not a repeating scope (CSV: rows() or row(); JSON: $.array[*])`);
      const nested = this.rules(rule.rules ?? [], `${at}.rules`, depth + 1, canonicalPath);
      const nest = rule.nest ? this.nest(rule, `${at}.nest`, depth + 1, target) : undefined;
      if (path) source = { kind: 'each', path, rules: nested, ...(nest ? { nest } : {}) };
    } else if (rule.from !== undefined) {
      const texts = Array.isArray(rule.from) ? rule.from : [rule.from];
      const paths = texts.flatMap((text, index) => {
        const path = this.path(text, `${at}.from${Array.isArray(rule.from) ? `[${index}]` : ''}`, rule.id, depth);
        if (path && ((path.kind === 'edi' && !path.terminal) || path.kind === 'rows')) {
          fail('.from', `'${text}' selects segments or rows, not a value (add the element, e.g. ${path.kind === 'edi' ? 'N1[N101=ST].N102' : 'a column name'})`);
        }
        return path ? [path] : [];
      });
      source = { kind: 'from', paths };
    } else if (rule.value !== undefined) {
      source = { kind: 'value', value: rule.value };
    }

    const transforms = (rule.transform ?? []).flatMap((transform, index) => {
      const compiled = this.transform(transform, `${at}.transform[${index}]`, rule.id, depth);
      return compiled ? [compiled] : [];
    });
    // an `each` rule's condition filters occurrences: it is evaluated inside each one, one scope deeper
    const when = rule.when ? this.condition(rule.when, `${at}.when`, rule.id, rule.each !== undefined ? depth + 1 : depth) : undefined;

    if (this.errors.length > errorsBefore || !target || !source) return null;
    return {
      id: rule.id,
      target,
      source,
      ...(when ? { when } : {}),
      transforms,
      ...(rule.default !== undefined ? { default: rule.default } : {}),
      required: rule.required === true,
    };
  }

  private nest(rule: Rule, at: string, depth: number, target: TargetPath | null): CompiledNest | undefined {
    const nest = rule.nest;
    if (!nest) return undefined;
    const errorsBefore = this.errors.length;
    if (target && !target.append) this.errors.push({ ruleId: rule.id, at, message: `'nest' needs an 'each' target that appends ('${rule.target}[]'): nesting arranges many elements` });
    const values = (text: string, where: string): CompiledPath | null => {
      const path = this.path(text, `${at}.${where}`, rule.id, depth);
      if (path && ((path.kind === 'edi' && !path.terminal) || path.kind === 'rows')) {
        this.errors.push({ ruleId: rule.id, at: `${at}.${where}`, message: `'${text}' selects segments or rows; nest.${where} reads a value (e.g. CPS01)` });
        return null;
      }
      return path;
    };
    const id = values(nest.id, 'id');
    const parent = values(nest.parent, 'parent');
    let into: TargetPath | null = null;
    try {
      into = parseTarget(nest.into);
      if (!into.append) throw new Error(`nest.into '${nest.into}' names the list children go into, so it ends in '[]' ('packs[]')`);
    } catch (error) {
      this.errors.push({ ruleId: rule.id, at: `${at}.into`, message: message(error) });
      into = null;
    }
    if (this.errors.length > errorsBefore || !id || !parent || !into) return undefined;
    return { id, parent, into };
  }

  private path(text: string, at: string, ruleId: string, depth: number): CompiledPath | null {
    try {
      const path = compilePath(this.definition.source, text);
      const up = path.kind === 'context' ? 0 : (path.up ?? 0);
      if (up > depth) {
        this.errors.push({ ruleId, at, message: `'${text}' climbs ${up} scope${up > 1 ? 's' : ''} up, but ${depth === 0 ? "this rule is not inside an 'each'" : `only ${depth} 'each' rule${depth > 1 ? 's enclose' : ' encloses'} it`}` });
        return null;
      }
      return path;
    } catch (error) {
      this.errors.push({ ruleId, at, message: error instanceof PathSyntaxError ? error.message : message(error) });
      return null;
    }
  }

  private transform(transform: Transform, at: string, ruleId: string, depth: number): CompiledTransform | null {
    const paths: CompiledTransform['paths'] = {};
    let ok = true;
    const compile = (text: string, where: string): CompiledPath | undefined => {
      const path = this.path(text, `${at}.${where}`, ruleId, depth);
      if (!path) ok = false;
      return path ?? undefined;
    };
    if (transform.op === 'date') {
      if (transform.formatFrom) paths.formatFrom = compile(transform.formatFrom, 'formatFrom');
      if (transform.time) paths.time = compile(transform.time, 'time');
    } else if (transform.op === 'uom') {
      paths.unitFrom = compile(transform.unitFrom, 'unitFrom');
      if (transform.itemFrom) paths.itemFrom = compile(transform.itemFrom, 'itemFrom');
    } else if (transform.op === 'concat') {
      paths.with = transform.with.map((text, index) => compile(text, `with[${index}]`)).filter((path): path is CompiledPath => path !== undefined);
    } else if (transform.op === 'table' && !Object.hasOwn(this.definition.tables ?? {}, transform.table)) {
      this.errors.push({ ruleId, at: `${at}.table`, message: `table '${transform.table}' is not defined in the map's tables` });
      ok = false;
    }
    return ok ? { ...transform, paths } : null;
  }

  private condition(condition: Condition, at: string, ruleId: string, depth: number): CompiledCondition | undefined {
    if ('all' in condition || 'any' in condition) {
      const list = 'all' in condition ? condition.all : condition.any;
      const conditions = list.map((item, index) => this.condition(item, `${at}.${'all' in condition ? 'all' : 'any'}[${index}]`, ruleId, depth));
      if (conditions.some((item) => item === undefined)) return undefined;
      return { kind: 'all' in condition ? 'all' : 'any', conditions: conditions as CompiledCondition[] };
    }
    if ('not' in condition) {
      const inner = this.condition(condition.not, `${at}.not`, ruleId, depth);
      return inner ? { kind: 'not', condition: inner } : undefined;
    }
    const path = this.path(condition.path, `${at}.path`, ruleId, depth);
    if (!path) return undefined;
    const comparisons = [condition.equals, condition.in, condition.notEquals, condition.notIn].filter((item) => item !== undefined).length;
    if (comparisons > 1) {
      this.errors.push({ ruleId, at, message: 'a condition compares with one of equals, in, notEquals, notIn' });
      return undefined;
    }
    if (comparisons === 1 && path.kind === 'edi' && !path.terminal) {
      this.errors.push({ ruleId, at: `${at}.path`, message: `'${condition.path}' selects segments; to compare a value name the element` });
      return undefined;
    }
    const { equals, in: within, notEquals, notIn, exists } = condition;
    return {
      kind: 'test', path, ...(equals !== undefined ? { equals } : {}), ...(within ? { in: within } : {}), ...(notEquals !== undefined ? { notEquals } : {}),
      ...(notIn ? { notIn } : {}), ...(exists !== undefined ? { exists } : {}),
    };
  }
}

/** The rule id and readable location of a zod issue path inside the (unparsed) map. */
function ruleAt(input: unknown, path: readonly PropertyKey[]): { ruleId?: string; at: string } {
  let node: unknown = input;
  let ruleId: string | undefined;
  let at = '';
  for (const key of path) {
    at += typeof key === 'number' ? `[${key}]` : `${at ? '.' : ''}${String(key)}`;
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node !== null && typeof node === 'object' && 'target' in node ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string') ruleId = id;
  }
  return ruleId !== undefined ? { ruleId, at: at || '(map)' } : { at: at || '(map)' };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
