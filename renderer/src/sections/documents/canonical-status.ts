/** The words and addresses around a stored canonical document: its mapping status, the map that made it, the Maps links. */
import type { ResultOf } from '../../api/contract-types.js';

export type CanonicalRecord = ResultOf<'canonical.get'>;
export type CanonicalStatus = CanonicalRecord['status'];
export type MappingIssue = CanonicalRecord['issues'][number];

export const STATUS_WORDS: Record<CanonicalStatus, string> = {
  ok: 'Mapped',
  warnings: 'Mapped with warnings',
  errors: 'Mapping errors',
  unmapped: 'Not mapped',
};

/**
 * The Maps section's editor for this partner, standard and type, with a document as its preview sample
 * (`#/maps/<partnerId>/<standard>/<type>?sample=<documentId>`); the Maps home when the document has no partner
 * (maps belong to a partner).
 */
export function mapsHash(partnerId: number | null, standard: string, type: string, sampleDocumentId?: number): string {
  if (partnerId === null) return '#/maps';
  const base = `#/maps/${partnerId}/${encodeURIComponent(standard)}/${encodeURIComponent(type)}`;
  return sampleDocumentId === undefined ? base : `${base}?sample=${sampleDocumentId}`;
}

/** 'partner map v3', 'workspace map v1', 'built-in default map', with the map's name when known. */
export function mapLabel(map: CanonicalRecord['map'], name: string | null): string {
  if (!map) return 'no map';
  const version = map.version !== null ? ` v${map.version}` : '';
  const origin = map.origin === 'default' ? 'built-in default map' : `${map.origin} map${version}`;
  return name ? `${name} · ${origin}` : origin;
}

/** Errors first, then warnings, then notes; the mapper's order within each. */
export function sortedIssues(issues: MappingIssue[]): MappingIssue[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return issues.map((issue, order) => ({ issue, order })).sort((a, b) => rank[a.issue.severity] - rank[b.issue.severity] || a.order - b.order).map(({ issue }) => issue);
}

/** 'N1 · segment 12' (segment numbers count from 1 at ST/UNH, as the segment table does). */
export function issueLocation(issue: MappingIssue): string | null {
  if (!issue.segment) return null;
  return `${issue.segment.tag} · segment ${issue.segment.index + 1}`;
}
