import { useState } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../../services.js';
import { ProgressLine } from '../maps/TaskBar.js';
import { exportQueue } from './export-file.js';
import { useQueue, useReconServices } from './recon-services.js';

export function ExportButtons() {
  const { client, notices } = useServices();
  const { queue } = useReconServices();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    const { filter, sort } = queue.getState();
    await exportQueue(client, notices, filter, sort, format);
    setBusy(null);
  };
  return (
    <div className="recon-export" role="group" aria-label="Export the queue under this filter">
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('csv')} data-testid="recon-export-csv">
        {busy === 'csv' ? 'Exporting…' : 'CSV'}
      </button>
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('xlsx')} data-testid="recon-export-xlsx">
        {busy === 'xlsx' ? 'Exporting…' : 'XLSX'}
      </button>
    </div>
  );
}

/** Rebuild every thread (reconcile.rebuild) and follow its task until it ends. */
export function RebuildButton() {
  const { client, notices } = useServices();
  const { tasks } = useReconServices();
  const [taskId, setTaskId] = useState<string | null>(null);
  const task = useStore(tasks, (state) => (taskId ? state.tasks[taskId] : undefined));
  const running = taskId !== null && (task === undefined || task.state === 'running');
  const start = async () => {
    const result = await client.call('reconcile.rebuild', {});
    if (!result.ok) {
      notices.getState().push('error', result.error.message, 'Could not rebuild the threads');
      return;
    }
    setTaskId(result.value.taskId);
  };
  return (
    <div className="recon-rebuild">
      <button type="button" className="button" disabled={running} onClick={() => void start()} data-testid="recon-rebuild" title="Rebuild every thread and re-run every rule; review state is kept">
        {running ? 'Rebuilding…' : 'Rebuild'}
      </button>
      {taskId && (
        <ProgressLine
          label="Rebuild"
          done={task?.done ?? 0}
          total={task?.total ?? 0}
          state={task?.state ?? 'running'}
          testId="recon-rebuild-progress"
          {...(task?.state === 'running' ? { onCancel: () => void client.call('tasks.cancel', { taskId }) } : {})}
        />
      )}
    </div>
  );
}

export function QueueCount() {
  const total = useQueue((state) => state.total);
  const status = useQueue((state) => state.status);
  const selected = useQueue((state) => state.selection.length);
  const { queue } = useReconServices();
  return (
    <div className="recon-count" aria-live="polite" data-testid="recon-count">
      {status === 'loading' ? '' : `${total.toLocaleString()} ${total === 1 ? 'mismatch' : 'mismatches'}`}
      {selected > 0 && (
        <span className="recon-selected" data-testid="recon-selected">
          {' '}
          · {selected.toLocaleString()} selected{' '}
          <button type="button" className="button button-quiet button-small" onClick={() => queue.getState().clearSelection()}>
            Clear
          </button>
        </span>
      )}
    </div>
  );
}
