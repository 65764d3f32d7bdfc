/**
 * mapTransaction: one parsed X12 transaction set or EDIFACT message through a compiled map to a canonical document,
 * with issues that name the rule and the segment (tag, index, byte offset) and coverage for the editor.
 */
import type { Group, Interchange, Segment, Transaction } from '../../../parsers/index.js';
import type { Channel, PartnerRef, Source } from '../canonical/index.js';
import type { CompiledMap } from './compile.js';
import { producedKind, schemaIssues, unmappedRequired } from './finish.js';
import type { CrossReferences } from './format.js';
import type { ContextName } from './path/ast.js';
import { type MappingIssue, type MappingResult, segmentRef } from './result.js';
import { runRules, type RunState } from './run.js';
import { type EdiScope, EdiSource } from './source/edi-source.js';

export interface MapOptions {
  /** the partner's cross-references; without them item/location/uom transforms keep values (info issue) */
  xref?: CrossReferences;
  partner?: PartnerRef;
  /** where the document came from; for EDI, built from the transaction (and envelope) when absent */
  sourceRef?: Source;
  channel?: Channel;
  /** the envelope around the transaction, for @interchange.* / @group.* and the source's standard */
  envelope?: { interchange?: Interchange; group?: Group };
  /** extra or overriding @context values */
  context?: Partial<Record<ContextName, string>>;
}

/** Segments that frame every message; no map is expected to read them. */
const FRAMING = new Set(['ST', 'SE', 'UNH', 'UNT', 'UNS']);

export function mapTransaction(compiled: CompiledMap, transaction: Transaction, options: MapOptions = {}): MappingResult {
  const map = compiled.definition;
  const source = new EdiSource(transaction);
  const segments = transaction.segments ?? [];
  const first = segments[0];
  const state: RunState<EdiScope> = {
    reader: source,
    tables: map.tables ?? {},
    xref: options.xref,
    decimalMark: decimalMarkOf(options.envelope?.interchange),
    context: { ...ediContext(transaction, options), ...options.context },
    issues: [],
    hits: Object.fromEntries(compiled.ruleIds.map((id) => [id, 0])),
    origins: new WeakMap(),
    locate: (segment: Segment | undefined) => (segment ? segmentRef(segment, first) : undefined),
  };
  const preflight = checkSource(compiled, transaction);
  state.issues.push(...preflight);

  const document: Record<string, unknown> = {
    kind: map.kind,
    source: options.sourceRef ?? ediSourceRef(transaction, options),
    channel: options.channel ?? 'edi',
    ...(options.partner ? { partner: options.partner } : {}),
  };
  if (!preflight.some((issue) => issue.severity === 'error')) runRules(compiled.rules, source.root, document, state);
  state.issues.push(...schemaIssues(document, state, compiled));

  const unusedSegments = segments.filter((segment) => !source.used.has(segment) && !FRAMING.has(segment.tag)).map((segment) => segmentRef(segment, first));
  return {
    document,
    ok: !state.issues.some((issue) => issue.severity === 'error'),
    issues: state.issues,
    coverage: { unmappedRequired: unmappedRequired(producedKind(document, map.kind), document), unusedSegments, ruleHits: state.hits },
  };
}

function checkSource(compiled: CompiledMap, transaction: Transaction): MappingIssue[] {
  const source = compiled.definition.source;
  if (source.standard !== 'x12' && source.standard !== 'edifact') {
    return [{ severity: 'error', message: `this map reads ${source.standard} files, not EDI transactions` }];
  }
  const issues: MappingIssue[] = [];
  if (source.type !== transaction.type) issues.push({ severity: 'warning', message: `the map is for ${source.type}; this transaction is a ${transaction.type}` });
  if (!transaction.segments) issues.push({ severity: 'error', message: 'the transaction was parsed without its segments (keepSegments: false); nothing to map' });
  else if (!transaction.tree) issues.push({ severity: 'info', message: `no ${transaction.type} ${transaction.version} spec built a loop tree: loop() paths find nothing, segment paths see every segment` });
  return issues;
}

function ediSourceRef(transaction: Transaction, options: MapOptions): Source {
  const standard = options.envelope?.interchange?.standard ?? (transaction.segments?.[0]?.tag === 'UNH' ? 'edifact' : 'x12');
  return {
    kind: 'edi',
    byteStart: transaction.range.start,
    byteEnd: transaction.range.end,
    standard,
    type: transaction.type,
    ...(transaction.version ? { version: transaction.version } : {}),
    controlNumber: transaction.controlNumber || '?',
  };
}

function ediContext(transaction: Transaction, options: MapOptions): Partial<Record<ContextName, string>> {
  const interchange = options.envelope?.interchange;
  const group = options.envelope?.group;
  const context: Partial<Record<ContextName, string>> = {
    type: transaction.type,
    version: transaction.version,
    controlNumber: transaction.controlNumber,
  };
  if (interchange) {
    context.standard = interchange.standard;
    context['interchange.sender'] = interchange.sender.id;
    context['interchange.receiver'] = interchange.receiver.id;
    context['interchange.controlNumber'] = interchange.controlNumber;
    context['interchange.date'] = interchange.date;
  }
  if (group?.sender) context['group.sender'] = group.sender.id;
  if (group?.receiver) context['group.receiver'] = group.receiver.id;
  if (group?.controlNumber) context['group.controlNumber'] = group.controlNumber;
  if (options.partner?.id !== undefined) context.partner = String(options.partner.id);
  return context;
}

function decimalMarkOf(interchange: Interchange | undefined): '.' | ',' {
  return interchange && 'decimal' in interchange.delimiters && interchange.delimiters.decimal === ',' ? ',' : '.';
}
