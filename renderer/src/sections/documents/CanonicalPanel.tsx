import { useState } from 'react';
import { formatDateTime } from '../../components/documents/format.js';
import { CanonicalDocument } from './CanonicalDocument.js';
import { issueLocation, mapLabel, mapsHash, sortedIssues, STATUS_WORDS, type CanonicalRecord } from './canonical-status.js';
import { useCanonical } from './use-canonical.js';
import type { DocumentDetail } from './use-document.js';

const SEVERITY_MARK = { error: '✕', warning: '!', info: 'i' } as const;

function Issues({ record, detail, onSelectSegment }: { record: CanonicalRecord; detail: DocumentDetail; onSelectSegment: (index: number) => void }) {
  if (record.issues.length === 0) return null;
  return (
    <div className="canonical-block">
      <h3 className="canonical-subtitle">
        Mapping issues <span className="documents-muted">· {record.issues.length}</span>
      </h3>
      <ol className="canonical-issues" data-testid="canonical-issues">
        {sortedIssues(record.issues).map((issue, index) => {
          const where = issueLocation(issue);
          const reachable = issue.segment !== null && detail.segments[issue.segment.index] !== undefined;
          return (
            <li key={index} className={`canonical-issue problem-${issue.severity}`} data-testid="canonical-issue">
              <span className="problem-mark" aria-label={issue.severity}>
                {SEVERITY_MARK[issue.severity]}
              </span>
              <span className="canonical-issue-message">{issue.message}</span>
              <span className="canonical-issue-where">
                {issue.ruleId && (
                  <span title="The map rule that produced this issue">
                    rule <code>{issue.ruleId}</code>
                  </span>
                )}
                {issue.path && (
                  <span title="Where in the canonical document">
                    at <code>{issue.path}</code>
                  </span>
                )}
                {where &&
                  (reachable ? (
                    <button type="button" className="canonical-segment-link" data-testid="canonical-issue-segment" title="Select this segment in the segment table and the raw text" onClick={() => onSelectSegment(issue.segment!.index)}>
                      {where}
                    </button>
                  ) : (
                    <span>{where}</span>
                  ))}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function UnmappedRequired({ record }: { record: CanonicalRecord }) {
  const paths = record.coverage.unmappedRequired;
  if (paths.length === 0) return null;
  return (
    <p className="canonical-coverage">
      Required fields no rule filled: {paths.map((path, index) => [index > 0 && ', ', <code key={path}>{path}</code>])}
    </p>
  );
}

/** Why there is no canonical form, as plainly as the stored record allows (a never-mapped document has no row). */
function unmappedReason(noPartner: boolean, mapped: boolean, typeName: string, partnerName: string): string {
  if (noPartner) return 'This document has no partner, and maps belong to a partner, so it has no canonical form.';
  if (mapped) return `No map applies to ${typeName} documents of ${partnerName}, so this document has no canonical form.`;
  return `This document has no canonical form: no map has been applied to it (there was no ${typeName} map for ${partnerName} when it arrived, or it arrived before mapping was set up).`;
}

/**
 * The document as the partner's map turned it into the canonical model: status and map, the issues (each leading to
 * its segment), and the document itself, formatted or as JSON.
 */
export function CanonicalPanel({ detail, onSelectSegment }: { detail: DocumentDetail; onSelectSegment: (index: number) => void }) {
  const row = detail.document;
  const state = useCanonical(row.id, row.standard, row.type, detail);
  const [asJson, setAsJson] = useState(false);
  const typeName = `${row.standard === 'x12' ? 'X12' : 'EDIFACT'} ${row.type}`;
  const editHash = mapsHash(row.partnerId, row.standard, row.type, row.id);

  if (state.status === 'loading') return <p className="documents-muted" aria-busy="true">Loading the canonical document…</p>;
  if (state.status === 'failed') {
    // a workspace whose schema predates the maps tables answers with SQLite's own words; say what it means
    const noSchema = /no such table/i.test(state.error.message);
    return (
      <p className="inline-message inline-message-error" role="alert" data-testid="canonical-error">
        {noSchema ? 'This workspace has no mapping tables yet, so no document has a canonical form. ' : 'Could not read the canonical document: '}
        <span className="documents-muted">{state.error.message}</span>
      </p>
    );
  }
  const { record, mapName } = state;
  return (
    <div className="canonical" data-testid="canonical">
      <div className="canonical-status-line">
        <span className={`canonical-status canonical-status-${record.status}`} data-testid="canonical-status" data-status={record.status}>
          {STATUS_WORDS[record.status]}
        </span>
        <span className="documents-muted">
          {record.map && <span data-testid="canonical-map">{mapLabel(record.map, mapName)}</span>}
          {record.map && record.mappedAt && ' · '}
          {record.mappedAt && `mapped ${formatDateTime(record.mappedAt)}`}
        </span>
        <span className="canonical-actions">
          {record.document !== null && (
            <span className="segmented" role="group" aria-label="Canonical view">
              <button type="button" className="chip" aria-pressed={!asJson} onClick={() => setAsJson(false)}>
                Formatted
              </button>
              <button type="button" className="chip" aria-pressed={asJson} onClick={() => setAsJson(true)} data-testid="canonical-json-toggle">
                JSON
              </button>
            </span>
          )}
          <a className="button" href={editHash} data-testid="canonical-edit-map" title={row.partnerId === null ? 'Maps belong to a partner; this document has none' : `Open the ${typeName} map of this partner with this document as the sample`}>
            Edit map
          </a>
        </span>
      </div>
      {record.status === 'unmapped' && (
        <p className="canonical-unmapped" data-testid="canonical-unmapped">
          {unmappedReason(row.partnerId === null, record.mappedAt !== null, typeName, row.partnerName ?? 'this partner')}{' '}
          <a href={mapsHash(row.partnerId, row.standard, row.type, row.id)} data-testid="canonical-maps-link">
            {row.partnerId === null ? 'Open Maps' : `Create an ${typeName} map in Maps`}
          </a>
        </p>
      )}
      <Issues record={record} detail={detail} onSelectSegment={onSelectSegment} />
      <UnmappedRequired record={record} />
      {record.document !== null &&
        (asJson ? (
          <pre className="canonical-json" data-testid="canonical-json" tabIndex={0} aria-label="Canonical document as JSON">
            {JSON.stringify(record.document, null, 2)}
          </pre>
        ) : (
          <CanonicalDocument document={record.document} />
        ))}
    </div>
  );
}
