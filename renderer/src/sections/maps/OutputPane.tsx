import { memo, useMemo } from 'react';
import type { ApiError } from '../../api/contract-types.js';
import type { MapPreview, MappingIssue } from '../../../../main/core/mapping-store/types.js';
import { prettyJson } from './json-text.js';
import { JsonLines } from './JsonLines.js';

export interface OutputPaneProps {
  preview: MapPreview | null;
  error: ApiError | null;
  pending: boolean;
  /** round trip of the preview shown, in ms */
  ms: number | null;
  onIssue?: (issue: MappingIssue) => void;
  /** the round-trip badge (the editor's live preview); off where nothing is typed */
  showTiming?: boolean;
  /** the request number of the answer shown (data-preview-seq: tests and the bench wait for it) */
  seq?: number;
}

const STATUS_WORDS: Record<MapPreview['status'], string> = { ok: 'Valid', warnings: 'Valid, with warnings', errors: 'Errors', unmapped: 'Not mapped' };

function issueWhere(issue: MappingIssue): string {
  const parts = [];
  if (issue.ruleId) parts.push(`rule ${issue.ruleId}`);
  if (issue.segment) parts.push(`segment ${issue.segment.tag} #${issue.segment.index}`);
  if (issue.path) parts.push(issue.path);
  return parts.join(' · ');
}

/** The canonical document the map produces on the sample, what required fields are missing, and every issue. */
export const OutputPane = memo(function OutputPane({ preview, error, pending, ms, onIssue, showTiming = true, seq }: OutputPaneProps) {
  // on the answer only: `pending` turns on and off with every keystroke
  const documentText = useMemo(() => {
    if (!preview) return null;
    if (preview.document === null) return '(the map does not compile: see the problems in the rules pane)';
    return prettyJson(preview.document);
  }, [preview]);
  const text = documentText ?? (pending ? '' : 'No preview yet.');
  const issues = preview?.issues ?? [];
  const unmapped = preview?.coverage.unmappedRequired ?? [];
  return (
    <div className="output-pane" aria-busy={pending} data-testid="preview-pane" data-preview-seq={seq} data-pending={pending}>
      <div className="output-head">
        {preview && (
          <span className={`output-status output-status-${preview.status}`} data-testid="preview-status">
            {STATUS_WORDS[preview.status]}
          </span>
        )}
        {showTiming && (
        <span className={ms !== null && ms > 200 ? 'output-rtt output-rtt-slow' : 'output-rtt'} data-testid="preview-rtt" title={`Round trip of the last preview (budget 200 ms)${preview ? `; the core took ${preview.timings.totalMs} ms (read ${preview.timings.readMs}, compile ${preview.timings.compileMs}, map ${preview.timings.mapMs})` : ''}`}>
          {pending ? 'updating…' : ms === null ? '— ms' : `${ms} ms`}
        </span>
        )}
      </div>
      {error && (
        <p className="inline-message inline-message-error" data-testid="preview-error">
          {error.message}
        </p>
      )}
      {unmapped.length > 0 && (
        <div className="output-unmapped" data-testid="unmapped-required">
          <h3 className="output-heading">Required fields no rule fills ({unmapped.length})</h3>
          <ul>
            {unmapped.map((path) => (
              <li key={path} className="maps-code">
                {path}
              </li>
            ))}
          </ul>
        </div>
      )}
      {issues.length > 0 && (
        <div className="output-issues">
          <h3 className="output-heading">Issues ({issues.length})</h3>
          <ul data-testid="preview-issues">
            {issues.map((issue, index) => (
              <li key={index}>
                <button type="button" className={`output-issue output-issue-${issue.severity}`} onClick={() => onIssue?.(issue)} data-testid="preview-issue" disabled={!onIssue || (!issue.ruleId && !issue.segment)}>
                  <span className="output-issue-severity">{issue.severity}</span>
                  <span className="output-issue-message">{issue.message}</span>
                  <span className="output-issue-where">{issueWhere(issue)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <JsonLines text={text} testId="preview-output" label="Canonical output" />
    </div>
  );
});
