import { useStore } from 'zustand';
import { absoluteTime, RUN_STATUS_TONE, runDuration } from './sync-format.js';
import type { SyncStore } from './sync-store.js';

/** The run log, newest first as sync.runs gives it. */
export function RunsTab({ store }: { store: SyncStore }) {
  const runs = useStore(store, (state) => state.runs);
  if (runs.length === 0) return <p className="sync-muted">No sync has run yet. Press Sync now on a connector, or wait for its schedule.</p>;
  return (
    <div className="sync-scroll" tabIndex={0} aria-label="Sync runs, newest first">
      <table className="sync-table" data-testid="sync-runs">
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Connector</th>
            <th scope="col">Stream</th>
            <th scope="col">Trigger</th>
            <th scope="col">Status</th>
            <th scope="col" className="sync-number">Duration</th>
            <th scope="col" className="sync-number">Pages</th>
            <th scope="col" className="sync-number">Records</th>
            <th scope="col" className="sync-number">New</th>
            <th scope="col" className="sync-number">Changed</th>
            <th scope="col" className="sync-number">Unchanged</th>
            <th scope="col" className="sync-number">Failed</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-testid="sync-run-row" data-status={run.status}>
              <td className="sync-time">{absoluteTime(run.startedAt)}</td>
              <td>{run.connector}</td>
              <td>{run.stream ?? 'all'}</td>
              <td>{run.trigger}</td>
              <td>
                <span className={`sync-badge sync-tone-${RUN_STATUS_TONE[run.status]}`}>{run.status}</span>
              </td>
              <td className="sync-number">{runDuration(run)}</td>
              <td className="sync-number">{run.pages.toLocaleString('en-US')}</td>
              <td className="sync-number" data-testid="run-records">{run.records.toLocaleString('en-US')}</td>
              <td className="sync-number" data-testid="run-inserted">{run.inserted.toLocaleString('en-US')}</td>
              <td className="sync-number">{run.updated.toLocaleString('en-US')}</td>
              <td className="sync-number">{run.unchanged.toLocaleString('en-US')}</td>
              <td className="sync-number">{run.failed.toLocaleString('en-US')}</td>
              <td className="sync-stream-error">
                {run.message ?? ''}
                {run.warnings > 0 && ` (${run.warnings.toLocaleString('en-US')} warnings)`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
