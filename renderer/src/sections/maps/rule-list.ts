/**
 * The map's rules as an editable list. A rule is addressed by its indexes from the top (`[4]`, `[4, 2]` for the
 * third rule inside the fifth, an `each`), and every edit returns a new definition: the store keeps the old one
 * untouched, so "dirty" is a plain comparison and React sees each change.
 */

/** A rule as the editor handles it: the fields of FORMAT.md, anything else kept as it came. */
export interface EditableRule {
  id?: string;
  target?: string;
  from?: string | string[];
  value?: string | number | boolean | null;
  each?: string;
  when?: unknown;
  transform?: unknown[];
  default?: unknown;
  required?: boolean;
  description?: string;
  rules?: EditableRule[];
  [key: string]: unknown;
}

export type MapDefinitionDraft = Record<string, unknown> & { rules?: EditableRule[] };
export type RuleAddress = readonly number[];
export type SourceKind = 'from' | 'value' | 'each';

export interface FlatRule {
  address: RuleAddress;
  depth: number;
  rule: EditableRule;
}

export function rulesOf(definition: MapDefinitionDraft): EditableRule[] {
  return Array.isArray(definition.rules) ? definition.rules : [];
}

/** Every rule in document order with its depth (nested rules of an `each` right after it). */
export function flattenRules(rules: readonly EditableRule[], parent: RuleAddress = []): FlatRule[] {
  const flat: FlatRule[] = [];
  rules.forEach((rule, index) => {
    const address = [...parent, index];
    flat.push({ address, depth: parent.length, rule });
    if (Array.isArray(rule.rules)) flat.push(...flattenRules(rule.rules, address));
  });
  return flat;
}

export function ruleAt(definition: MapDefinitionDraft, address: RuleAddress): EditableRule | undefined {
  let list: EditableRule[] | undefined = rulesOf(definition);
  let rule: EditableRule | undefined;
  for (const index of address) {
    rule = list?.[index];
    if (!rule) return undefined;
    list = Array.isArray(rule.rules) ? rule.rules : undefined;
  }
  return rule;
}

export function addressOf(definition: MapDefinitionDraft, ruleId: string): RuleAddress | null {
  return flattenRules(rulesOf(definition)).find((entry) => entry.rule.id === ruleId)?.address ?? null;
}

/** The ids of a rule and of every rule nested in it (an `each` reads through its nested rules). */
export function ruleIdsUnder(rule: EditableRule | undefined): Set<string> {
  const ids = new Set<string>();
  if (!rule) return ids;
  if (typeof rule.id === 'string') ids.add(rule.id);
  for (const nested of flattenRules(rule.rules ?? [])) if (typeof nested.rule.id === 'string') ids.add(nested.rule.id);
  return ids;
}

/** Replaces the list that holds `address`'s last index (the top list or an `each`'s nested rules). */
function withList(definition: MapDefinitionDraft, parent: RuleAddress, change: (list: EditableRule[]) => EditableRule[]): MapDefinitionDraft {
  const rewrite = (list: EditableRule[], depth: number): EditableRule[] => {
    if (depth === parent.length) return change([...list]);
    const index = parent[depth]!;
    const rule = list[index];
    if (!rule) return list;
    const copy = [...list];
    copy[index] = { ...rule, rules: rewrite(rule.rules ?? [], depth + 1) };
    return copy;
  };
  return { ...definition, rules: rewrite(rulesOf(definition), 0) };
}

const parentOf = (address: RuleAddress) => address.slice(0, -1);
const lastOf = (address: RuleAddress) => address[address.length - 1] ?? 0;

export function updateRule(definition: MapDefinitionDraft, address: RuleAddress, change: (rule: EditableRule) => EditableRule): MapDefinitionDraft {
  return withList(definition, parentOf(address), (list) => {
    const rule = list[lastOf(address)];
    if (rule) list[lastOf(address)] = change(rule);
    return list;
  });
}

/** Sets or clears one field; `undefined` removes the key so the JSON stays minimal. */
export function setRuleField<K extends keyof EditableRule>(rule: EditableRule, key: K, value: EditableRule[K] | undefined): EditableRule {
  const copy = { ...rule };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** Exactly one of from / value / each: switching keeps the text typed so far where it makes sense. */
export function sourceKindOf(rule: EditableRule): SourceKind {
  if (rule.each !== undefined) return 'each';
  if (rule.value !== undefined) return 'value';
  return 'from';
}

export function switchSourceKind(rule: EditableRule, kind: SourceKind): EditableRule {
  if (sourceKindOf(rule) === kind) return rule;
  const text = rule.each ?? (rule.value === undefined || rule.value === null ? undefined : String(rule.value)) ?? (Array.isArray(rule.from) ? rule.from[0] : rule.from) ?? '';
  const { from: _from, value: _value, each: _each, rules, ...rest } = rule;
  if (kind === 'each') return { ...rest, each: text, rules: rules ?? [] };
  if (kind === 'value') return { ...rest, value: text };
  return { ...rest, from: text };
}

/** A rule id not used anywhere in the map: `new-rule`, `new-rule-2`, … */
export function unusedRuleId(definition: MapDefinitionDraft, base = 'new-rule'): string {
  const taken = new Set(flattenRules(rulesOf(definition)).map((entry) => entry.rule.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Inserts a new rule after `after` (same list), or at the end of the top list; returns the map and its address. */
export function addRule(definition: MapDefinitionDraft, after: RuleAddress | null): { definition: MapDefinitionDraft; address: RuleAddress } {
  const rule: EditableRule = { id: unusedRuleId(definition), target: '', from: '' };
  if (after === null || after.length === 0) {
    const index = rulesOf(definition).length;
    return { definition: { ...definition, rules: [...rulesOf(definition), rule] }, address: [index] };
  }
  const parent = parentOf(after);
  const index = lastOf(after) + 1;
  return { definition: withList(definition, parent, (list) => (list.splice(index, 0, rule), list)), address: [...parent, index] };
}

/** Adds a rule at the end of an `each` rule's nested rules. */
export function addNestedRule(definition: MapDefinitionDraft, each: RuleAddress): { definition: MapDefinitionDraft; address: RuleAddress } {
  const rule: EditableRule = { id: unusedRuleId(definition), target: '', from: '' };
  const count = ruleAt(definition, each)?.rules?.length ?? 0;
  return { definition: withList(definition, each, (list) => [...list, rule]), address: [...each, count] };
}

export function removeRule(definition: MapDefinitionDraft, address: RuleAddress): MapDefinitionDraft {
  return withList(definition, parentOf(address), (list) => (list.splice(lastOf(address), 1), list));
}

/** Moves a rule up (-1) or down (+1) within its list; returns null when it is already at that end. */
export function moveRule(definition: MapDefinitionDraft, address: RuleAddress, delta: -1 | 1): { definition: MapDefinitionDraft; address: RuleAddress } | null {
  const parent = parentOf(address);
  const from = lastOf(address);
  const to = from + delta;
  const length = parent.length === 0 ? rulesOf(definition).length : (ruleAt(definition, parent)?.rules?.length ?? 0);
  if (to < 0 || to >= length) return null;
  const moved = withList(definition, parent, (list) => {
    const [rule] = list.splice(from, 1);
    list.splice(to, 0, rule!);
    return list;
  });
  return { definition: moved, address: [...parent, to] };
}

/** `from` as the editor shows it: alternatives one after another, separated by ' ; ' (never part of a path). */
export function fromText(from: EditableRule['from']): string {
  if (Array.isArray(from)) return from.join(' ; ');
  return from ?? '';
}

export function parseFromText(text: string): string | string[] {
  const parts = text.split(';').map((part) => part.trim()).filter((part) => part.length > 0);
  if (parts.length > 1) return parts;
  return parts[0] ?? text.trim();
}

/** A short text of where a rule reads: 'BEG03', 'each loop(PO1)', '= "USD"'. */
export function describeSource(rule: EditableRule): string {
  switch (sourceKindOf(rule)) {
    case 'each':
      return `each ${rule.each ?? ''}`;
    case 'value':
      return `= ${JSON.stringify(rule.value)}`;
    default:
      return fromText(rule.from);
  }
}
