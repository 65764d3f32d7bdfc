/**
 * maps.preview: one archived transaction mapped with an unsaved definition, for the editor's live preview
 * (budget: 200 ms for a 1,000-segment transaction). The sample is read back once and kept (sample.ts); each call
 * compiles the definition and maps.
 */
import type Database from 'better-sqlite3';
import type { CrossReferences } from '../mapping/format.js';
import { partnerCrossReferences } from './cross-references.js';
import { compileDefinition } from './engine.js';
import { mapWith } from './map-one.js';
import { loadSample, sampleDocument } from './sample.js';
import type { MapPreview, PreviewSegment } from './types.js';

export type PreviewTarget = { documentId: number } | { fileId: number; ordinal: number };

const ENVELOPE_TAGS = new Set(['ST', 'SE', 'UNH', 'UNT', 'UNS']);

export function previewMap(db: Database.Database, archiveDir: string, definition: unknown, target: PreviewTarget, partnerOverride?: number, xrefOverride?: CrossReferences): MapPreview {
  const started = performance.now();
  const document = sampleDocument(db, target);
  const sample = loadSample(db, archiveDir, document);
  const read = performance.now();
  const compiled = compileDefinition(definition);
  const compiledAt = performance.now();
  const partnerId = partnerOverride ?? document.partner_id;
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
    tree: sample.view.tree,
    hierarchy: sample.view.hierarchy,
  };
  if (!compiled.ok) {
    const totalMs = performance.now() - started;
    return {
      document: null,
      status: 'errors',
      issues: [],
      coverage: { unmappedRequired: [], unusedSegments: [], ruleHits: {} },
      compileErrors: compiled.errors,
      source: { ...source, segments: sample.view.segments.map((segment) => ({ ...segment, usedBy: [], used: false })) },
      timings: { readMs: read - started, compileMs: compiledAt - read, mapMs: 0, totalMs },
    };
  }
  const xref = xrefOverride ?? partnerCrossReferences(db, partnerId);
  const outcome = mapWith(compiled.handle, null, sample.transaction, { partnerId, xref, sourceRef: { fileId: document.file_id, documentId: document.id, sha256: document.sha256 } });
  const mapped = performance.now();
  const unused = new Set(outcome.coverage.unusedSegments);
  const segments: PreviewSegment[] = sample.view.segments.map((segment) => ({ ...segment, usedBy: [], used: ENVELOPE_TAGS.has(segment.tag) || !unused.has(segment.index) }));
  return {
    document: outcome.document,
    status: outcome.status,
    issues: outcome.issues,
    coverage: outcome.coverage,
    compileErrors: [],
    source: { ...source, segments },
    timings: { readMs: read - started, compileMs: compiledAt - read, mapMs: mapped - compiledAt, totalMs: performance.now() - started },
  };
}
