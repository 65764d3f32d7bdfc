/** Maps one parsed transaction with the map that applies, into what canonical_documents stores. */
import type { Transaction } from '../../../parsers/index.js';
import type { CanonicalOutcome } from './canonical-store.js';
import { runMap, type CompiledHandle, type MapCall } from './engine.js';
import type { ResolvedMap } from './resolver.js';
import type { CanonicalStatus, MappingIssue } from './types.js';

export function statusOf(issues: MappingIssue[], valid: boolean): CanonicalStatus {
  if (!valid || issues.some((issue) => issue.severity === 'error')) return 'errors';
  return issues.some((issue) => issue.severity === 'warning') ? 'warnings' : 'ok';
}

/**
 * The kind the mapped document has: an invoice map writes kind 'credit' for a credit or debit note (INVOIC BGM 381,
 * 810 BIG07 CR), and that is what is stored and keyed, not the map's kind.
 */
function producedKind(document: unknown, mapKind: string): string {
  const kind = document !== null && typeof document === 'object' ? (document as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' && kind !== '' ? kind : mapKind;
}

export const UNMAPPED: CanonicalOutcome = {
  kind: null,
  status: 'unmapped',
  map: null,
  document: null,
  issues: [],
  coverage: { unmappedRequired: [], unusedSegments: [], ruleHits: {} },
};

/** Never throws: an engine failure becomes an error issue, so one bad transaction cannot stop an ingest. */
export function mapWith(handle: CompiledHandle, map: CanonicalOutcome['map'], transaction: Transaction, call: MapCall): CanonicalOutcome {
  try {
    const output = runMap(handle, transaction, call);
    const issues = output.issues;
    if (!output.ok && !issues.some((issue) => issue.severity === 'error')) {
      issues.push({ severity: 'error', ruleId: null, message: 'The canonical document is not valid', path: null, segment: null });
    }
    return { kind: producedKind(output.document, handle.kind), status: statusOf(issues, output.ok), map, document: output.document, issues, coverage: output.coverage };
  } catch (error) {
    return {
      kind: handle.kind,
      status: 'errors',
      map,
      document: null,
      issues: [{ severity: 'error', ruleId: null, message: `Mapping failed: ${error instanceof Error ? error.message : String(error)}`, path: null, segment: null }],
      coverage: { unmappedRequired: [], unusedSegments: [], ruleHits: {} },
    };
  }
}

export function mapResolved(resolved: ResolvedMap | null, transaction: Transaction, call: MapCall): CanonicalOutcome {
  if (!resolved) return UNMAPPED;
  return mapWith(resolved.handle, { origin: resolved.origin, mapId: resolved.mapId, version: resolved.version }, transaction, call);
}
