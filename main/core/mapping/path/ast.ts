/** Compiled source paths (FORMAT.md): what compile.ts produces from the strings in a map, once per map. */

/** `[REF01=IA|DP]`, `[REF01!=IA]`, `[REF02]` (present), `[2]` (the second match) */
export type StepFilter =
  | { kind: 'condition'; tag: string; element: number; component: number; operator: '=' | '!=' | 'present'; values: string[] }
  | { kind: 'nth'; n: number };

export type EdiStep =
  | { kind: 'segment'; tag: string; filters: StepFilter[] }
  /** loop(N1), loop(LIN), SG2: a loop whose spec id or trigger segment tag is `name` */
  | { kind: 'loop'; name: string; filters: StepFilter[] }
  /** hl(S), hl(O)...: HL nodes of that level (HL03); hl(*): of any level */
  | { kind: 'hl'; level: string; filters: StepFilter[] };

export type EdiTerminal =
  | { kind: 'element'; tag: string; element: number; component: number }
  /** X12 id pairs: qualifier at from, from+2, ... < to; value after it */
  | { kind: 'qualified'; tag: string; from: number; to: number; codes: string[] }
  /** composites from..to: the one whose component `qualifierComponent` is a code; its component `valueComponent` */
  | { kind: 'composite'; tag: string; from: number; to: number; qualifierComponent: number; codes: string[]; valueComponent: number };

/**
 * `../` at the start of a path: evaluate it in the scope of an enclosing `each` (1 = the scope the innermost `each`
 * was evaluated in). Absent or 0: the current scope.
 */
export interface Ascent {
  up?: number;
}

export interface EdiPath extends Ascent {
  kind: 'edi';
  text: string;
  absolute: boolean;
  steps: EdiStep[];
  /** null: the path selects scopes (segments, loops, HLs), not a value */
  terminal: EdiTerminal | null;
}

export type JsonAccessor = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'all' };

export interface JsonPath extends Ascent {
  kind: 'json';
  text: string;
  absolute: boolean;
  accessors: JsonAccessor[];
}

export interface ColumnPath extends Ascent {
  kind: 'column';
  text: string;
  column: string;
}

/** CSV `rows()`: each row of the current document; `row()`: only its first row (one element per document) */
export interface RowsPath extends Ascent {
  kind: 'rows';
  text: string;
  firstOnly: boolean;
}

export const contextNames = [
  'standard', 'type', 'version', 'controlNumber',
  'interchange.sender', 'interchange.receiver', 'interchange.controlNumber', 'interchange.date',
  'group.sender', 'group.receiver', 'group.controlNumber',
  'partner', 'file.name',
] as const;
export type ContextName = (typeof contextNames)[number];

export interface ContextPath {
  kind: 'context';
  text: string;
  name: ContextName;
}

export type CompiledPath = EdiPath | JsonPath | ColumnPath | RowsPath | ContextPath;
