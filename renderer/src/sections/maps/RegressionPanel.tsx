import { useShallow } from 'zustand/react/shallow';
import type { CanonicalDiffEntry, RegressionDocument } from '../../../../main/core/mapping-store/types.js';
import { useEditor, useMapsServices, useRegression } from './maps-services.js';
import { isChanged } from './regression-store.js';
import { ProgressLine } from './TaskBar.js';

const show = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

function DiffTable({ diff }: { diff: CanonicalDiffEntry[] }) {
  return (
    <table className="diff-table" data-testid="regression-diff">
      <thead>
        <tr>
          <th scope="col">Path</th>
          <th scope="col">Before (applies now)</th>
          <th scope="col">After (draft)</th>
        </tr>
      </thead>
      <tbody>
        {diff.slice(0, 200).map((entry) => (
          <tr key={entry.path} data-testid="regression-diff-row">
            <td className="maps-code">{entry.path}</td>
            <td className="diff-before">{show(entry.before)}</td>
            <td className="diff-after">{show(entry.after)}</td>
          </tr>
        ))}
        {diff.length > 200 && (
          <tr>
            <td colSpan={3} className="maps-muted">
              and {diff.length - 200} more differences
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function DocumentResult({ document }: { document: RegressionDocument }) {
  const changed = isChanged(document);
  return (
    <li className={changed ? 'regression-doc regression-doc-changed' : 'regression-doc'} data-testid="regression-document" data-changed={changed}>
      <div className="regression-doc-head">
        <span className="regression-doc-name">{document.fileName ?? `file ${document.fileId}`}</span>
        <span className="maps-muted">control {document.controlNumber}</span>
        <span className="regression-status">
          <span className={`output-status output-status-${document.before}`}>{document.before}</span> → <span className={`output-status output-status-${document.after}`}>{document.after}</span>
        </span>
        <span className="maps-muted">{changed ? `${document.diff.length} difference${document.diff.length === 1 ? '' : 's'}` : 'unchanged'}</span>
        <a className="button button-small button-quiet" href={`#/documents/${document.documentId}`}>
          Open document
        </a>
      </div>
      {document.newErrors.length > 0 && (
        <ul className="regression-new-errors">
          {document.newErrors.map((issue, index) => (
            <li key={index}>
              New error{issue.ruleId ? ` in rule ${issue.ruleId}` : ''}
              {issue.segment ? ` at ${issue.segment.tag} #${issue.segment.index}` : ''}: {issue.message}
            </li>
          ))}
        </ul>
      )}
      {document.diff.length > 0 && <DiffTable diff={document.diff} />}
    </li>
  );
}

/** "Check against all files": the draft against what applies now, over every archived document; Publish from here. */
export function RegressionPanel({ onBack, onPublish }: { onBack: () => void; onPublish: () => void }) {
  const { regression } = useMapsServices();
  const { phase, done, total, result, documents, message, checkedJson } = useRegression(
    useShallow((state) => ({ phase: state.phase, done: state.done, total: state.total, result: state.result, documents: state.documents, message: state.message, checkedJson: state.checkedJson })),
  );
  const definition = useEditor((state) => state.definition);
  const busy = useEditor((state) => state.busy);
  const stale = checkedJson !== null && checkedJson !== JSON.stringify(definition);
  const counts = result?.counts;
  const changed = documents.filter(isChanged);
  const unchanged = documents.length - changed.length;
  return (
    <section className="regression" aria-label="Check against all files" data-testid="regression-panel">
      <div className="regression-toolbar">
        <button type="button" className="button" onClick={onBack} data-testid="regression-back">
          Back to the editor
        </button>
        <span className="regression-title">
          Draft vs {result?.baseline ? (result.baseline.origin === 'partner' ? `published v${result.baseline.version}` : result.baseline.origin === 'workspace' ? 'the workspace map' : 'the built-in default') : 'nothing (unmapped)'}
        </span>
        <span className="maps-spacer" />
        <button type="button" className="button button-primary" onClick={onPublish} disabled={phase !== 'finished' || stale || busy !== null} data-testid="regression-publish">
          {busy === 'publishing' || busy === 'saving' ? 'Publishing…' : 'Publish this draft'}
        </button>
      </div>
      {(phase === 'starting' || phase === 'running') && (
        <ProgressLine label="Comparing documents" done={done} total={total} state="running" onCancel={() => void regression.getState().cancel()} testId="regression-progress" />
      )}
      {phase === 'failed' && <p className="inline-message inline-message-error">{message ?? 'The check failed'}</p>}
      {phase === 'cancelled' && <p className="inline-message inline-message-info">The check was cancelled after {done.toLocaleString()} of {total.toLocaleString()} documents.</p>}
      {stale && <p className="inline-message inline-message-info">The map changed after this check: go back and check again before publishing.</p>}
      {counts && phase === 'finished' && (
        <p className="regression-counts" data-testid="regression-counts">
          <span>
            <strong>{counts.changed.toLocaleString()}</strong> changed
          </span>
          <span>
            <strong>{counts.unchanged.toLocaleString()}</strong> unchanged
          </span>
          <span className={counts.newErrors > 0 ? 'regression-count-bad' : undefined}>
            <strong>{counts.newErrors.toLocaleString()}</strong> with new errors
          </span>
          {counts.fixedErrors > 0 && (
            <span>
              <strong>{counts.fixedErrors.toLocaleString()}</strong> fixed
            </span>
          )}
          {counts.unreadable > 0 && (
            <span>
              <strong>{counts.unreadable.toLocaleString()}</strong> unreadable
            </span>
          )}
          <span className="maps-muted">of {counts.documents.toLocaleString()} documents</span>
        </p>
      )}
      {phase === 'finished' && counts && counts.documents === 0 && <p className="maps-muted">This partner has no archived documents of this type yet.</p>}
      <ul className="regression-list" aria-label="Documents">
        {changed.map((document) => (
          <DocumentResult key={document.documentId} document={document} />
        ))}
      </ul>
      {unchanged > 0 && (
        <details className="regression-unchanged">
          <summary>{unchanged.toLocaleString()} unchanged documents</summary>
          <ul className="regression-list">
            {documents.filter((document) => !isChanged(document)).slice(0, 500).map((document) => (
              <DocumentResult key={document.documentId} document={document} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
