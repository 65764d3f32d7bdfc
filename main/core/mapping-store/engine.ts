/**
 * The one place mapping-store talks to the mapping engine (main/core/mapping): compiling a definition, mapping one
 * transaction, the built-in default maps and canonical diffs, turned into the contract's shapes (types.ts).
 */
import type { Group, Interchange, Transaction } from '../../../parsers/index.js';
import { compileMap, type CompiledMap } from '../mapping/compile.js';
import type { CrossReferences } from '../mapping/format.js';
import { defaultMaps, diffCanonical, mapTransaction, type MapOptions } from '../mapping/index.js';
import type { Source } from '../canonical/index.js';
import type { MappingIssue as EngineIssue, MappingResult, SegmentRef } from '../mapping/result.js';
import type { CanonicalDiffEntry, CompileProblem, CoverageSummary, DefaultMapInfo, MappingIssue, MapStandard } from './types.js';

export interface CompiledHandle {
  compiled: CompiledMap;
  kind: string;
}

export type CompileOutcome = { ok: true; handle: CompiledHandle } | { ok: false; errors: CompileProblem[] };

export function compileDefinition(definition: unknown): CompileOutcome {
  const result = compileMap(definition);
  if (!result.ok) return { ok: false, errors: result.errors.map((error) => ({ ruleId: error.ruleId ?? null, path: error.at || null, message: error.message })) };
  return { ok: true, handle: { compiled: result.map, kind: result.map.definition.kind } };
}

/** What the caller knows about the transaction besides its segments (context values, cross-references). */
export interface MapCall {
  partnerId: number | null;
  xref: CrossReferences | undefined;
  /** the archived file (and, in a preview, the document), added to the canonical source reference; stored rows
   *  leave the document id out: re-processing a file gives its documents new ids, the file and byte range stay */
  sourceRef?: { fileId?: number; documentId?: number; sha256?: string };
  /** the envelope, for @interchange.* / @group.* context values (absent in a preview: the sample is read alone) */
  envelope?: { interchange?: Interchange; group?: Group };
}

function sourceOf(transaction: Transaction, standard: 'x12' | 'edifact', ref: NonNullable<MapCall['sourceRef']>): Source {
  return {
    kind: 'edi',
    ...(ref.fileId !== undefined ? { fileId: ref.fileId } : {}),
    ...(ref.sha256 !== undefined ? { sha256: ref.sha256 } : {}),
    ...(ref.documentId !== undefined ? { documentId: ref.documentId } : {}),
    byteStart: transaction.range.start,
    byteEnd: transaction.range.end,
    standard,
    type: transaction.type,
    ...(transaction.version ? { version: transaction.version } : {}),
    controlNumber: transaction.controlNumber || '?',
  };
}

export interface EngineOutput {
  document: unknown;
  issues: MappingIssue[];
  coverage: CoverageSummary;
  /** the engine's own verdict: valid canonical document and no error issue */
  ok: boolean;
}

function segmentIndex(ref: SegmentRef, firstIndex: number): number {
  return ref.position !== undefined ? ref.position - 1 : ref.index - firstIndex;
}

function toIssue(issue: EngineIssue, firstIndex: number): MappingIssue {
  return {
    severity: issue.severity,
    ruleId: issue.ruleId ?? null,
    message: issue.message,
    path: issue.path ?? null,
    segment: issue.segment ? { tag: issue.segment.tag, index: segmentIndex(issue.segment, firstIndex), offset: issue.segment.offset } : null,
  };
}

export function runMap(handle: CompiledHandle, transaction: Transaction, call: MapCall): EngineOutput {
  const options: MapOptions = {};
  if (call.xref) options.xref = call.xref;
  if (call.partnerId !== null) options.partner = { id: call.partnerId };
  if (call.envelope) options.envelope = call.envelope;
  if (call.sourceRef) {
    const standard = call.envelope?.interchange?.standard ?? (transaction.segments?.[0]?.tag === 'UNH' ? 'edifact' : 'x12');
    options.sourceRef = sourceOf(transaction, standard, call.sourceRef);
  }
  const result: MappingResult = mapTransaction(handle.compiled, transaction, options);
  const firstIndex = transaction.segments?.[0]?.index ?? 0;
  return {
    document: result.document,
    ok: result.ok,
    issues: result.issues.map((issue) => toIssue(issue, firstIndex)),
    coverage: {
      unmappedRequired: result.coverage.unmappedRequired,
      unusedSegments: result.coverage.unusedSegments.map((ref) => segmentIndex(ref, firstIndex)),
      ruleHits: result.coverage.ruleHits,
    },
  };
}

export function builtInDefaults(): DefaultMapInfo[] {
  return defaultMaps.keys().flatMap(({ standard, type }) => {
    const definition = defaultMaps.get(standard, type);
    return definition ? [{ standard: standard as MapStandard, type, kind: definition.kind, name: definition.name ?? null, definition }] : [];
  });
}

export function defaultDefinitionFor(standard: string, type: string): unknown {
  return defaultMaps.get(standard, type);
}

export function diffDocuments(before: unknown, after: unknown): CanonicalDiffEntry[] {
  return diffCanonical(before, after).map((entry) => ({ path: entry.path, before: entry.before ?? null, after: entry.after ?? null }));
}
