/**
 * Evaluates compiled EDI paths against a parsed transaction. A scope is the transaction (its loop tree, or its flat
 * segments when no spec built a tree), a loop, an HL node or a single segment; FORMAT.md says what each step sees.
 * Every segment a value is read from is recorded, for coverage ("unused segments").
 */
import type { HierarchyNode, LoopNode, Segment, Transaction } from '../../../../parsers/index.js';
import { isLoopNode } from '../../../../parsers/index.js';
import type { CompiledPath, EdiStep, EdiTerminal, StepFilter } from '../path/ast.js';
import type { SourceReader, SourceValue } from './reader.js';

export type EdiScope =
  | { kind: 'loop'; node: LoopNode }
  | { kind: 'flat'; segments: Segment[] }
  | { kind: 'hl'; node: HierarchyNode }
  | { kind: 'segment'; segment: Segment };

export class EdiSource implements SourceReader<EdiScope> {
  readonly root: EdiScope;
  /** segments some rule read a value from */
  readonly used = new Set<Segment>();
  private readonly visible = new WeakMap<object, Segment[]>();
  private loopByTrigger: Map<Segment, LoopNode> | null = null;
  private readonly segmentScopes = new Map<Segment, EdiScope>();

  constructor(private readonly transaction: Transaction) {
    this.root = transaction.tree ? { kind: 'loop', node: transaction.tree } : { kind: 'flat', segments: transaction.segments ?? [] };
  }

  scopes(path: CompiledPath, scope: EdiScope): EdiScope[] {
    if (path.kind !== 'edi') return [];
    let current = [path.absolute ? this.root : scope];
    for (const step of path.steps) {
      if (current.length === 1 && current[0]) current = this.step(step, current[0]);
      else {
        const next: EdiScope[] = [];
        for (const item of current) for (const found of this.step(step, item)) next.push(found);
        current = next;
      }
    }
    return current;
  }

  values(path: CompiledPath, scope: EdiScope): SourceValue[] {
    if (path.kind !== 'edi') return [];
    const terminal = path.terminal;
    if (!terminal) return [];
    const values: SourceValue[] = [];
    // most reads are an element of the scope itself (PO102 in a PO1 loop): no step, no list of scopes to build
    if (path.steps.length === 0) this.readInto(values, path.absolute ? this.root : scope, terminal);
    else for (const item of this.scopes(path, scope)) this.readInto(values, item, terminal);
    return values;
  }

  private readInto(values: SourceValue[], item: EdiScope, terminal: EdiTerminal): void {
    const segment = item.kind === 'segment' ? (item.segment.tag === terminal.tag ? item.segment : undefined) : this.segmentWithTag(item, terminal.tag);
    if (!segment) return;
    this.used.add(segment);
    const text = readTerminal(segment, terminal);
    if (text !== '') values.push({ text, segment });
  }

  segmentOf(scope: EdiScope): Segment | undefined {
    if (scope.kind === 'segment') return scope.segment;
    if (scope.kind === 'hl') return scope.node.segments[0];
    if (scope.kind === 'loop') return scope.node === this.transaction.tree ? undefined : this.visibleSegments(scope)[0];
    return undefined;
  }

  private step(step: EdiStep, scope: EdiScope): EdiScope[] {
    let found: EdiScope[];
    if (step.kind === 'segment') {
      found = [];
      for (const segment of this.visibleSegments(scope)) if (segment.tag === step.tag) found.push(this.segmentScope(segment));
    } else if (step.kind === 'loop') {
      found = this.childLoops(scope).filter((loop) => loopMatches(loop, step.name)).map((node) => ({ kind: 'loop', node }));
    } else {
      found = this.hierarchyNodes(scope).filter((node) => step.level === '*' || node.level === step.level).map((node) => ({ kind: 'hl', node }));
    }
    for (const filter of step.filters) found = this.applyFilter(filter, found);
    return found;
  }

  /** One scope object per segment: paths are evaluated thousands of times per preview, allocation is the cost. */
  private segmentScope(segment: Segment): EdiScope {
    let scope = this.segmentScopes.get(segment);
    if (!scope) this.segmentScopes.set(segment, (scope = { kind: 'segment', segment }));
    return scope;
  }

  private applyFilter(filter: StepFilter, items: EdiScope[]): EdiScope[] {
    if (filter.kind === 'nth') {
      const item = items[filter.n - 1];
      return item ? [item] : [];
    }
    return items.filter((item) => {
      const segment = this.segmentWithTag(item, filter.tag);
      const value = segment ? (segment.elements[filter.element - 1]?.[filter.component - 1] ?? '') : '';
      if (filter.operator === 'present') return value !== '';
      const listed = filter.values.includes(value);
      return filter.operator === '=' ? listed : !listed;
    });
  }

  /** The segment a terminal or condition with this tag reads in `scope`: the scope segment, or the first one visible. */
  private segmentWithTag(scope: EdiScope, tag: string): Segment | undefined {
    if (scope.kind === 'segment') return scope.segment.tag === tag ? scope.segment : undefined;
    return this.visibleSegments(scope).find((segment) => segment.tag === tag);
  }

  private visibleSegments(scope: EdiScope): Segment[] {
    if (scope.kind === 'segment') return [scope.segment];
    if (scope.kind === 'flat') return scope.segments;
    if (scope.kind === 'hl') return scope.node.segments;
    const cached = this.visible.get(scope.node);
    if (cached) return cached;
    const segments: Segment[] = [];
    for (const child of scope.node.children) {
      if (!isLoopNode(child)) segments.push(child);
      else if (child.children[0] && !isLoopNode(child.children[0])) segments.push(child.children[0]);
    }
    this.visible.set(scope.node, segments);
    return segments;
  }

  private childLoops(scope: EdiScope): LoopNode[] {
    let node: LoopNode | undefined;
    if (scope.kind === 'loop') node = scope.node;
    else if (scope.kind === 'hl' && scope.node.segments[0]) node = this.loopStartedBy(scope.node.segments[0]);
    return node ? node.children.filter(isLoopNode) : [];
  }

  /** HL nodes below the scope: all of them from the transaction, descendants from an HL, those inside a loop's bytes. */
  private hierarchyNodes(scope: EdiScope): HierarchyNode[] {
    const all: HierarchyNode[] = [];
    const walk = (nodes: HierarchyNode[]): void => {
      for (const node of nodes) {
        all.push(node);
        walk(node.children);
      }
    };
    if (scope.kind === 'hl') {
      walk(scope.node.children);
      return all;
    }
    walk(this.transaction.hierarchy ?? []);
    if (scope.kind === 'loop' && scope.node !== this.transaction.tree) {
      const [start, end] = byteRange(scope.node);
      return all.filter((node) => (node.segments[0]?.offset ?? -1) >= start && (node.segments[0]?.offset ?? -1) < end);
    }
    return all;
  }

  private loopStartedBy(segment: Segment): LoopNode | undefined {
    if (!this.loopByTrigger) {
      const map = new Map<Segment, LoopNode>();
      const walk = (node: LoopNode): void => {
        const first = node.children[0];
        if (first && !isLoopNode(first)) map.set(first, node);
        for (const child of node.children) if (isLoopNode(child)) walk(child);
      };
      if (this.transaction.tree) walk(this.transaction.tree);
      this.loopByTrigger = map;
    }
    return this.loopByTrigger.get(segment);
  }
}

function loopMatches(loop: LoopNode, name: string): boolean {
  if (loop.id === name) return true;
  const first = loop.children[0];
  return first !== undefined && !isLoopNode(first) && first.tag === name;
}

/** The value a terminal (element, qualified(), composite()) reads in one segment; '' when it has none. */
export function readTerminal(segment: Segment, terminal: EdiTerminal): string {
  const elements = segment.elements;
  if (terminal.kind === 'element') return elements[terminal.element - 1]?.[terminal.component - 1] ?? '';
  if (terminal.kind === 'qualified') {
    for (const code of terminal.codes) {
      for (let position = terminal.from; position < terminal.to; position += 2) {
        if (elements[position - 1]?.[0] === code) {
          const value = elements[position]?.[0] ?? '';
          if (value !== '') return value;
        }
      }
    }
    return '';
  }
  for (const code of terminal.codes) {
    for (let position = terminal.from; position <= terminal.to; position++) {
      const composite = elements[position - 1];
      if (composite?.[terminal.qualifierComponent - 1] === code) {
        const value = composite[terminal.valueComponent - 1] ?? '';
        if (value !== '') return value;
      }
    }
  }
  return '';
}

function byteRange(node: LoopNode): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  const walk = (item: LoopNode): void => {
    for (const child of item.children) {
      if (isLoopNode(child)) walk(child);
      else {
        start = Math.min(start, child.offset);
        end = Math.max(end, child.end);
      }
    }
  };
  walk(node);
  return [start, end];
}
