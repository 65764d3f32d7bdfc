/**
 * maps.preview: one archived transaction mapped with an unsaved definition, for the editor's live preview
 * (budget: 200 ms for a 1,000-segment transaction). The sample is read back once and kept (sample.ts: the archive is
 * not re-read per keystroke); compiled definitions are kept per connection by the hash of their JSON text, so the
 * same text (a sample switch, a save, an undo, a second preview of the same draft) is not compiled again. The editor
 * asks without the source tree (`includeSource: false`) once it holds it: the tree is about 1 MB for 1,000 segments.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CrossReferences } from '../mapping/format.js';
import { partnerCrossReferences } from './cross-references.js';
import { compileDefinition, type CompileOutcome } from './engine.js';
import { mapWith } from './map-one.js';
import { loadSample, sampleDocument } from './sample.js';
import type { MapPreview, PreviewSegment } from './types.js';

export type PreviewTarget = { documentId: number } | { fileId: number; ordinal: number };

export interface PreviewOptions {
  /** false: leave segments, tree and hierarchy out (default true) */
  includeSource?: boolean;
}

const ENVELOPE_TAGS = new Set(['ST', 'SE', 'UNH', 'UNT', 'UNS']);

/** a few drafts in flight (the one typed, the saved one, another type's) */
const COMPILED_CACHE_SIZE = 8;
const compiledCaches = new WeakMap<Database.Database, Map<string, CompileOutcome>>();

/** The compile outcome (errors included) of this definition's JSON text, compiled at most once per connection. */
export function compileCached(db: Database.Database, definition: unknown): { outcome: CompileOutcome; cached: boolean } {
  let cache = compiledCaches.get(db);
  if (!cache) {
    cache = new Map();
    compiledCaches.set(db, cache);
  }
  const key = createHash('sha256').update(JSON.stringify(definition) ?? 'undefined').digest('base64');
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return { outcome: hit, cached: true };
  }
  const outcome = compileDefinition(definition);
  cache.set(key, outcome);
  if (cache.size > COMPILED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return { outcome, cached: false };
}

export function previewMap(
  db: Database.Database,
  archiveDir: string,
  definition: unknown,
  target: PreviewTarget,
  partnerOverride?: number,
  xrefOverride?: CrossReferences,
  options: PreviewOptions = {},
): MapPreview {
  const includeSource = options.includeSource ?? true;
  const started = performance.now();
  const document = sampleDocument(db, target);
  const sample = loadSample(db, archiveDir, document);
  const read = performance.now();
  const { outcome: compiled, cached } = compileCached(db, definition);
  const compiledAt = performance.now();
  const partnerId = partnerOverride ?? document.partner_id;
  const viewSegments = sample.view.segments;
  const source = {
    documentId: document.id,
    fileId: document.file_id,
    fileName: document.file_name,
    ordinal: document.file_ordinal,
    partnerId,
    standard: document.standard,
    type: document.type,
    version: document.version,
    controlNumber: document.control_number,
    tree: includeSource ? sample.view.tree : null,
    hierarchy: includeSource ? sample.view.hierarchy : [],
    segmentCount: viewSegments.length,
  };
  const withMarks = (used: (segment: PreviewSegment) => boolean): { segments: PreviewSegment[]; usedSegments: number[] } => {
    const usedSegments: number[] = [];
    for (const segment of viewSegments) if (used(segment)) usedSegments.push(segment.index);
    if (!includeSource) return { segments: [], usedSegments };
    const marked = new Set(usedSegments);
    return { segments: viewSegments.map((segment) => ({ ...segment, usedBy: [], used: marked.has(segment.index) })), usedSegments };
  };
  if (!compiled.ok) {
    const marks = withMarks(() => false);
    return {
      document: null,
      status: 'errors',
      issues: [],
      coverage: { unmappedRequired: [], unusedSegments: [], ruleHits: {} },
      compileErrors: compiled.errors,
      source: { ...source, segments: marks.segments },
      sourceIncluded: includeSource,
      usedSegments: marks.usedSegments,
      timings: { readMs: read - started, compileMs: compiledAt - read, mapMs: 0, totalMs: performance.now() - started, compileCached: cached },
    };
  }
  const xref = xrefOverride ?? partnerCrossReferences(db, partnerId);
  const outcome = mapWith(compiled.handle, null, sample.transaction, { partnerId, xref, sourceRef: { fileId: document.file_id, documentId: document.id, sha256: document.sha256 } });
  const mapped = performance.now();
  const unused = new Set(outcome.coverage.unusedSegments);
  const marks = withMarks((segment) => ENVELOPE_TAGS.has(segment.tag) || !unused.has(segment.index));
  return {
    document: outcome.document,
    status: outcome.status,
    issues: outcome.issues,
    coverage: outcome.coverage,
    compileErrors: [],
    source: { ...source, segments: marks.segments },
    sourceIncluded: includeSource,
    usedSegments: marks.usedSegments,
    timings: { readMs: read - started, compileMs: compiledAt - read, mapMs: mapped - compiledAt, totalMs: performance.now() - started, compileCached: cached },
  };
}
