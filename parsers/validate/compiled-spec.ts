/**
 * A transaction spec compiled once into lookup tables the structure walker can use without searching:
 * every loop knows, for each tag, the child positions a segment with that tag can start.
 */
import type { LoopSpec, SegmentRef, TransactionSpec } from '../specs/types.js';
import { registerTag } from './tag-ids.js';

export interface CompiledSegment {
  kind: 'segment';
  tag: string;
  mandatory: boolean;
  /** Infinity when the spec says 0 (unbounded) */
  max: number;
  /** 0-based element index of the qualifier, -1 when the ref has none */
  qualifierIndex: number;
  qualifierValues: ReadonlySet<string> | null;
}

export interface CompiledLoop {
  kind: 'loop';
  id: string;
  name: string;
  mandatory: boolean;
  max: number;
  children: CompiledChild[];
  /** for each child position, the segment that starts it (the child itself, or a child loop's trigger) */
  leading: CompiledSegment[];
  /** tag id (tag-ids.ts) -> ascending child positions whose leading segment has that tag; undefined when none */
  positionsByTag: (number[] | undefined)[];
  /** nextMandatory[p]: the first mandatory child position >= p (children.length when none), so presence checks
   *  skip the long runs of optional children real specs have */
  nextMandatory: Int32Array;
}

export type CompiledChild = CompiledSegment | CompiledLoop;

export interface CompiledSpec {
  type: string;
  /** the whole body as a loop whose id is the header tag ('ST', 'UNH') */
  root: CompiledLoop;
  /** every tag used anywhere in the transaction */
  tagsInSet: ReadonlySet<string>;
  /** tag -> id of the innermost loop it first appears in (for messages about segments found outside their loop) */
  homeLoopOf: ReadonlyMap<string, string>;
}

const cache = new WeakMap<TransactionSpec, CompiledSpec>();

export function compileTransactionSpec(spec: TransactionSpec): CompiledSpec {
  let compiled = cache.get(spec);
  if (!compiled) {
    compiled = compile(spec);
    cache.set(spec, compiled);
  }
  return compiled;
}

function compile(spec: TransactionSpec): CompiledSpec {
  const tagsInSet = new Set<string>();
  const homeLoopOf = new Map<string, string>();
  const headerTag = firstSegmentTag(spec.body) ?? spec.type;
  const rootSpec: LoopSpec = { kind: 'loop', id: headerTag, name: spec.name, usage: 'M', max: 1, children: spec.body };
  const root = compileLoop(rootSpec, null, tagsInSet, homeLoopOf);
  return { type: spec.type, root, tagsInSet, homeLoopOf };
}

function compileLoop(
  spec: LoopSpec,
  loopId: string | null,
  tagsInSet: Set<string>,
  homeLoopOf: Map<string, string>,
): CompiledLoop {
  const children: CompiledChild[] = spec.children.map((child) =>
    child.kind === 'segment'
      ? compileSegment(child, loopId, tagsInSet, homeLoopOf)
      : compileLoop(child, child.id, tagsInSet, homeLoopOf),
  );
  const leading = children.map(leadingSegment);
  const positionsByTag: (number[] | undefined)[] = [];
  leading.forEach((segment, position) => {
    const id = registerTag(segment.tag);
    while (positionsByTag.length <= id) positionsByTag.push(undefined);
    const positions = positionsByTag[id];
    if (positions) positions.push(position);
    else positionsByTag[id] = [position];
  });
  const nextMandatory = new Int32Array(children.length + 1);
  nextMandatory[children.length] = children.length;
  for (let position = children.length - 1; position >= 0; position--) {
    nextMandatory[position] = (children[position] as CompiledChild).mandatory ? position : (nextMandatory[position + 1] as number);
  }
  return {
    kind: 'loop',
    id: spec.id,
    name: spec.name,
    mandatory: spec.usage === 'M',
    max: unbounded(spec.max),
    children,
    leading,
    positionsByTag,
    nextMandatory,
  };
}

function compileSegment(
  ref: SegmentRef,
  loopId: string | null,
  tagsInSet: Set<string>,
  homeLoopOf: Map<string, string>,
): CompiledSegment {
  tagsInSet.add(ref.tag);
  if (loopId !== null && !homeLoopOf.has(ref.tag)) homeLoopOf.set(ref.tag, loopId);
  return {
    kind: 'segment',
    tag: ref.tag,
    mandatory: ref.usage === 'M',
    max: unbounded(ref.max),
    qualifierIndex: ref.qualifier ? ref.qualifier.element - 1 : -1,
    qualifierValues: ref.qualifier ? new Set(ref.qualifier.values) : null,
  };
}

/** A loop starts with its first child segment; a loop that starts with a loop starts with that loop's trigger. */
function leadingSegment(child: CompiledChild): CompiledSegment {
  if (child.kind === 'segment') return child;
  const first = child.leading[0];
  if (!first) throw new Error(`Spec error: loop ${child.id} has no children, so nothing can start it`);
  return first;
}

function firstSegmentTag(body: (SegmentRef | LoopSpec)[]): string | undefined {
  const first = body[0];
  if (!first) return undefined;
  return first.kind === 'segment' ? first.tag : firstSegmentTag(first.children);
}

function unbounded(max: number): number {
  return max > 0 ? max : Infinity;
}
