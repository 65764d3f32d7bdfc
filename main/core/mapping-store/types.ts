/**
 * Result types of the mapping methods (maps.*, canonical.*): what the mapping editor, the partner views and the CLI
 * receive. Pure types: the renderer imports them with `import type`. Only grows (new optional fields).
 */

export type MapStandard = 'x12' | 'edifact' | 'csv' | 'json';
export type MapStatus = 'draft' | 'published' | 'retired';
/** where the map that produced a canonical document came from */
export type MapOrigin = 'partner' | 'workspace' | 'default';
/** ok: valid canonical document, no issues above info; warnings; errors (mapping errors or an invalid document);
 *  unmapped: no map applies to the document's standard and type (not an error) */
export type CanonicalStatus = 'ok' | 'warnings' | 'errors' | 'unmapped';

/** One stored map version (without its definition). */
export interface MapVersionSummary {
  id: number;
  /** null: a workspace-wide map (used for every partner without its own) */
  partnerId: number | null;
  standard: MapStandard;
  /** '850', 'ORDERS', or a name for CSV/JSON channels */
  type: string;
  version: number;
  status: MapStatus;
  /** canonical kind the map produces ('order'), or null when the stored definition does not say */
  kind: string | null;
  name: string | null;
  note: string | null;
  ruleCount: number;
  createdAt: string;
  publishedAt: string | null;
}

export interface MapRecord extends MapVersionSummary {
  /** the map JSON (`crossdock-map/1`, main/core/mapping/FORMAT.md) */
  definition: unknown;
  /** compile errors of the stored definition (drafts may be saved with errors; they cannot be published) */
  errors: CompileProblem[];
}

/** Every version of one (standard, type) for the partner (or the workspace), newest first. */
export interface MapTypeVersions {
  standard: MapStandard;
  type: string;
  kind: string | null;
  /** the published version, or null (then the workspace map or the built-in default applies) */
  published: MapVersionSummary | null;
  /** the open draft, if any (at most one per partner, standard and type) */
  draft: MapVersionSummary | null;
  /** what applies right now to this partner's documents of this type */
  effective: MapOrigin | null;
  hasDefault: boolean;
  versions: MapVersionSummary[];
}

export interface MapsList {
  partnerId: number | null;
  types: MapTypeVersions[];
}

export interface DefaultMapInfo {
  standard: MapStandard;
  type: string;
  kind: string;
  name: string | null;
  definition: unknown;
}

export interface MapsDefaults {
  maps: DefaultMapInfo[];
}

/** A problem found compiling a map: its rule (null for map-level problems), where in the JSON, and what. */
export interface CompileProblem {
  ruleId: string | null;
  /** JSON path inside the definition: 'rules[3].from', 'tables.uom' (null when unknown) */
  path: string | null;
  message: string;
}

export interface SaveDraftResult {
  /** the saved draft (saved even with compile errors, so work in progress is never lost) */
  map: MapRecord;
  /** compile errors (same as map.errors); empty means the draft can be published */
  errors: CompileProblem[];
}

export interface PublishResult {
  map: MapRecord;
  /** the task re-mapping the partner's documents of this type (task.progress events) */
  taskId: string;
}

/** One issue found while mapping a transaction (or validating its canonical document). */
export interface MappingIssue {
  severity: 'error' | 'warning' | 'info';
  /** the rule that failed; null for canonical-schema issues not tied to a rule */
  ruleId: string | null;
  message: string;
  /** canonical path for schema issues ('lines[0].quantity.value') */
  path: string | null;
  /** the source segment the failure came from: tag, index in the transaction (0 = ST/UNH), absolute byte offset */
  segment: { tag: string; index: number; offset: number } | null;
}

export interface CoverageSummary {
  /** required canonical paths no rule filled */
  unmappedRequired: string[];
  /** indexes (0 = ST/UNH) of source segments no rule read */
  unusedSegments: number[];
  /** rule id → how many values it produced */
  ruleHits: Record<string, number>;
}

/** One source segment as the editor shows it. */
export interface PreviewSegment {
  /** 0-based index in the transaction (ST / UNH = 0), the index `MappingIssue.segment.index` and the tree use */
  index: number;
  tag: string;
  name: string | null;
  elements: { position: number; value: string; name: string | null; ref: string | null; components: { position: number; value: string; name: string | null }[] | null }[];
  /** ids of the rules that read this segment (empty when the engine does not say which; see `used`) */
  usedBy: string[];
  /** some rule read a value from this segment (envelope segments ST/SE/UNH/UNT count as used) */
  used: boolean;
}

export interface PreviewLoop {
  /** 'ST' / 'UNH' for the whole transaction, else the loop id ('N1', 'PO1', 'SG2') */
  id: string;
  name: string;
  items: ({ kind: 'segment'; index: number } | { kind: 'loop'; loop: PreviewLoop })[];
}

export interface PreviewHierarchyNode {
  id: string;
  parentId: string;
  level: string;
  /** indexes of the node's own segments (HL first) */
  segments: number[];
  children: PreviewHierarchyNode[];
}

export interface PreviewSource {
  documentId: number | null;
  fileId: number;
  fileName: string | null;
  /** 0-based position of the transaction in its file */
  ordinal: number;
  partnerId: number | null;
  standard: 'x12' | 'edifact';
  type: string;
  version: string;
  controlNumber: string;
  /** empty when the call asked `includeSource: false` (see MapPreview.sourceIncluded) */
  segments: PreviewSegment[];
  /** the loop tree (null when the type has no spec) and the HL hierarchy (856 / DESADV; empty otherwise); null / empty
   *  too when the call asked `includeSource: false` */
  tree: PreviewLoop | null;
  hierarchy: PreviewHierarchyNode[];
  /** how many segments the transaction has, whether or not they are included (to check a source kept from before) */
  segmentCount?: number;
}

export interface MapPreview {
  /** the canonical document as the map produced it (null when the definition does not compile) */
  document: unknown;
  status: CanonicalStatus;
  issues: MappingIssue[];
  coverage: CoverageSummary;
  compileErrors: CompileProblem[];
  source: PreviewSource;
  /**
   * false when the call asked `includeSource: false`: source.segments, tree and hierarchy are left out (about 1 MB
   * for 1,000 segments) and the caller re-marks the source it already holds from `usedSegments`
   */
  sourceIncluded?: boolean;
  /** indexes of the segments marked used (the same marks as source.segments[].used), sent with or without the source */
  usedSegments?: number[];
  /** where the time went, for the ≤ 200 ms budget; compileCached: the definition's text was compiled by an earlier call */
  timings: { readMs: number; compileMs: number; mapMs: number; totalMs: number; compileCached?: boolean };
}

export interface MapSample {
  documentId: number;
  fileId: number;
  fileName: string | null;
  receivedAt: string;
  controlNumber: string;
  segmentCount: number;
  poNumber: string | null;
  /** the document's stored canonical status (null: never mapped) */
  canonicalStatus: CanonicalStatus | null;
}

export interface MapSamples {
  samples: MapSample[];
}

export interface CanonicalDiffEntry {
  /** canonical path: 'lines[2].unitPrice' */
  path: string;
  /** JSON values; undefined is sent as null with the path absent on that side */
  before: unknown;
  after: unknown;
}

export interface RegressionDocument {
  documentId: number;
  fileId: number;
  fileName: string | null;
  receivedAt: string;
  controlNumber: string;
  before: CanonicalStatus;
  after: CanonicalStatus;
  /** empty when the canonical output is the same */
  diff: CanonicalDiffEntry[];
  /** error-level issues the draft has that the published map did not */
  newErrors: MappingIssue[];
}

export interface RegressionStarted {
  taskId: string;
}

export interface RegressionResult {
  taskId: string;
  state: 'running' | 'finished' | 'failed' | 'cancelled';
  partnerId: number;
  standard: MapStandard;
  type: string;
  /** what "before" ran: the published map version, the workspace map, or the built-in default (null: nothing applied) */
  baseline: { origin: MapOrigin; mapId: number | null; version: number | null } | null;
  /** the draft id, or null for an unsaved definition */
  draftId: number | null;
  done: number;
  total: number;
  counts: { documents: number; changed: number; unchanged: number; newErrors: number; fixedErrors: number; unreadable: number };
  /** the page asked for (changed documents only unless `only: 'all'`), in received order */
  documents: RegressionDocument[];
  /** set when the task failed */
  message: string | null;
}

export interface CanonicalRecord {
  documentId: number;
  partnerId: number | null;
  kind: string | null;
  status: CanonicalStatus;
  /** the map that produced it (null when unmapped) */
  map: { origin: MapOrigin; mapId: number | null; version: number | null } | null;
  document: unknown;
  issues: MappingIssue[];
  coverage: Pick<CoverageSummary, 'unmappedRequired'> & { unusedSegmentCount: number };
  mappedAt: string | null;
}

export interface CanonicalSchemas {
  /** kind → JSON Schema (draft 2020-12) */
  schemas: Record<string, unknown>;
}
