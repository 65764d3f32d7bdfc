import { useState } from 'react';
import { useStore } from 'zustand';
import type { ConnectorSummary, StreamStatus } from '../../../../main/core/connectors/api-types.js';
import { EditConnectorForm, RemoveConnectorConfirm } from './ConnectorManage.js';
import { absoluteTime, connectorStatus, nextRun, progressBar, progressWords, relativeTime, scheduleWords } from './sync-format.js';
import type { SyncStore, TestAnswer } from './sync-store.js';
import { useNow } from './use-now.js';

export function ConnectorsTab({ store }: { store: SyncStore }) {
  const connectors = useStore(store, (state) => state.connectors);
  const now = useNow();
  return (
    <ul className="sync-connectors" aria-label="Connectors">
      {connectors.map((connector) => (
        <li key={connector.name}>
          <ConnectorCard store={store} connector={connector} now={now} />
        </li>
      ))}
    </ul>
  );
}

function ConnectorCard({ store, connector, now }: { store: SyncStore; connector: ConnectorSummary; now: number }) {
  const { name } = connector;
  const status = connectorStatus(connector);
  const taskId = useStore(store, (state) => state.syncTasks[name]);
  const progress = useStore(store, (state) => (taskId ? state.progress[taskId] : undefined));
  const test = useStore(store, (state) => state.tests[name]);
  const actionError = useStore(store, (state) => state.actionErrors[name]);
  const syncing = taskId !== undefined && (progress === undefined || progress.state === 'running');
  const [managing, setManaging] = useState<'edit' | 'remove' | null>(null);
  const headingId = `sync-connector-${name}`;
  return (
    <section className="sync-card" aria-labelledby={headingId} data-testid={`sync-connector-${name}`}>
      <header className="sync-card-header">
        <h3 id={headingId} className="sync-card-name">
          {name}
        </h3>
        <span className={`sync-badge sync-tone-${status.tone}`} data-testid={`sync-state-${name}`}>
          {status.label}
        </span>
        <span className="sync-card-meta">
          {connector.kind} · {connector.side === 'wms' ? 'warehouse' : 'ERP'} ·{' '}
          {connector.scheduleMinutes === null ? (
            'synced by hand only'
          ) : (
            <>
              every {scheduleWords(connector.scheduleMinutes)} · next run <span data-testid={`sync-next-${name}`}>{nextRun(connector, now)}</span>
            </>
          )}
          {connector.openDeadLetters > 0 && ` · ${connector.openDeadLetters.toLocaleString('en-US')} ${connector.openDeadLetters === 1 ? 'dead letter' : 'dead letters'}`}
        </span>
        <div className="sync-card-actions">
          <button type="button" className="button button-primary button-small" disabled={syncing || !connector.enabled} onClick={() => void store.getState().syncNow(name)} data-testid={`sync-now-${name}`}>
            {syncing ? 'Syncing…' : 'Sync now'}
          </button>
          <button type="button" className="button button-small" onClick={() => void store.getState().setPaused(name, !connector.paused)} aria-pressed={connector.paused} data-testid={`sync-pause-${name}`}>
            {connector.paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" className="button button-small" disabled={test?.state === 'testing'} onClick={() => void store.getState().testConnection(name)} data-testid={`sync-test-${name}`}>
            {test?.state === 'testing' ? 'Testing…' : 'Test connection'}
          </button>
          <button type="button" className="button button-small button-quiet" aria-expanded={managing === 'edit'} onClick={() => setManaging(managing === 'edit' ? null : 'edit')} data-testid={`sync-edit-${name}`}>
            Edit…
          </button>
          <button type="button" className="button button-small button-quiet" aria-expanded={managing === 'remove'} disabled={syncing} title={syncing ? 'Wait for the sync to end' : undefined} onClick={() => setManaging(managing === 'remove' ? null : 'remove')} data-testid={`sync-remove-${name}`}>
            Remove…
          </button>
        </div>
      </header>
      {managing === 'edit' && <EditConnectorForm store={store} connector={connector} onClose={() => setManaging(null)} />}
      {managing === 'remove' && <RemoveConnectorConfirm store={store} connector={connector} onClose={() => setManaging(null)} />}
      {connector.stateMessage && connector.state !== 'ok' && <p className="sync-card-message">{connector.stateMessage}</p>}
      {actionError && (
        <p className="sync-error" role="alert">
          {actionError}
        </p>
      )}
      {progress && (
        <div className="sync-progress" data-testid={`sync-progress-${name}`} data-state={progress.state} role="status">
          <span>
            {progress.label}: {progressWords(progress.done, progress.total, progress.state)}
            {progress.state !== 'running' && ` · ${progress.state}`}
            {progress.message && ` · ${progress.message}`}
          </span>
          <progress {...progressBar(progress)} aria-label={`Sync of ${name}`} />
        </div>
      )}
      {test && <TestResult answer={test} name={name} />}
      <StreamsTable streams={connector.streams} name={name} now={now} />
    </section>
  );
}

function TestResult({ answer, name }: { answer: TestAnswer; name: string }) {
  if (answer.state === 'testing') return null;
  const ok = answer.state === 'done' && answer.result.ok;
  return (
    <div className={`sync-test sync-test-${ok ? 'ok' : 'failed'}`} role="status" data-testid={`sync-test-result-${name}`}>
      {answer.state === 'failed' ? (
        <p>Test failed: {answer.message}</p>
      ) : (
        <>
          <p>
            {answer.result.ok ? 'Connection OK' : 'Connection failed'}: {answer.result.message}
          </p>
          {answer.result.streams && answer.result.streams.length > 0 && (
            <ul>
              {answer.result.streams.map((stream) => (
                <li key={stream.stream}>
                  {stream.stream}: {stream.ok ? 'ok' : 'failed'} — {stream.message}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function StreamsTable({ streams, name, now }: { streams: StreamStatus[]; name: string; now: number }) {
  if (streams.length === 0) return <p className="sync-muted">No stream has run yet.</p>;
  return (
    <table className="sync-table" data-testid={`sync-streams-${name}`}>
      <caption className="visually-hidden">Streams of {name}</caption>
      <thead>
        <tr>
          <th scope="col">Stream</th>
          <th scope="col">Last sync</th>
          <th scope="col" className="sync-number">Records</th>
          <th scope="col" className="sync-number">New</th>
          <th scope="col" className="sync-number">Changed</th>
          <th scope="col" className="sync-number">Failed</th>
          <th scope="col">Next run</th>
          <th scope="col">Last error</th>
        </tr>
      </thead>
      <tbody>
        {streams.map((stream) => (
          <tr key={stream.stream} data-testid={`sync-stream-${name}-${stream.stream}`}>
            <th scope="row">
              {stream.stream}
              {stream.resumable && <span className="sync-muted"> (resumes)</span>}
            </th>
            <td title={absoluteTime(stream.lastSuccessAt)}>{relativeTime(stream.lastSuccessAt, now)}</td>
            <td className="sync-number" data-testid="stream-records">{stream.records.toLocaleString('en-US')}</td>
            <td className="sync-number" data-testid="stream-inserted">{stream.inserted.toLocaleString('en-US')}</td>
            <td className="sync-number">{stream.updated.toLocaleString('en-US')}</td>
            <td className={`sync-number${stream.failed > 0 ? ' sync-tone-danger' : ''}`}>{stream.failed.toLocaleString('en-US')}</td>
            <td title={absoluteTime(stream.nextRunAt)}>{stream.nextRunAt ? relativeTime(stream.nextRunAt, now) : '—'}</td>
            <td className="sync-stream-error">{stream.lastError ? <span title={absoluteTime(stream.lastErrorAt)}>{stream.lastError}</span> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
