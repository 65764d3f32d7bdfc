import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TaskProgress } from '../../api/contract-types.js';
import { useSession } from '../../services.js';
import { useDocumentsServices, useIngest } from './documents-services.js';
import { describeSummary } from './ingest-store.js';
import { formatBytes } from './upload-batches.js';

/** "Add files…": a hidden multiple-file input, so the same path works in the browser and the desktop window. */
export function AddFilesButton({ primary = true }: { primary?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const { ingest } = useDocumentsServices();
  return (
    <>
      <button type="button" className={primary ? 'button button-primary' : 'button'} onClick={() => input.current?.click()} data-testid="add-files">
        Add files…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="add-files-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          void ingest.getState().upload(files);
        }}
      />
    </>
  );
}

function percent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
}

function progressText(task: TaskProgress | undefined, phase: string, files: number): string {
  if (phase === 'reading') return `Reading ${files.toLocaleString()} files…`;
  if (phase === 'sending') return `Sending ${files.toLocaleString()} files…`;
  if (!task) return 'Starting…';
  const bytes = task.bytesTotal ? ` · ${formatBytes(task.bytesDone ?? 0)} of ${formatBytes(task.bytesTotal)}` : '';
  return `${task.done.toLocaleString()} of ${task.total.toLocaleString()} files${bytes}`;
}

/**
 * What an import is doing, in a slot of fixed size next to the filters (so nothing moves): a progress bar with the
 * current file and Cancel while running; the last import's summary afterwards.
 */
export function ImportStatus() {
  const { ingest } = useDocumentsServices();
  const { phase, files, taskId, lastSummary } = useIngest(useShallow((state) => ({ phase: state.phase, files: state.files, taskId: state.taskId, lastSummary: state.lastSummary })));
  const tasks = useSession((state) => state.tasks);
  const cancelTask = useSession((state) => state.cancelTask);
  // Our own upload's task, else any ingest running in the core (a desktop drop, the inbox, another window).
  const task = (taskId ? tasks.find((candidate) => candidate.taskId === taskId) : undefined) ?? tasks.find((candidate) => candidate.kind === 'ingest' && candidate.state === 'running');
  const running = phase !== 'idle' || task?.state === 'running';
  if (running) {
    const value = task ? percent(task.done, task.total) : 0;
    return (
      <div className="import-status" data-testid="import-status" data-state="running" aria-live="polite">
        <div className="import-status-line">
          <span className="import-status-text" data-testid="import-progress-text">
            {progressText(task, phase, files)}
          </span>
          <button type="button" className="button button-quiet button-small" data-testid="import-cancel" onClick={() => {
              if (phase !== 'idle') ingest.getState().cancel();
              else if (task) void cancelTask(task.taskId);
            }}>
            Cancel
          </button>
        </div>
        <div className="import-status-bar" role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} data-testid="import-progress">
          <div className={task ? 'import-status-fill' : 'import-status-fill import-status-fill-unknown'} style={task ? { width: `${value}%` } : undefined} />
        </div>
        <span className="import-status-current" title={task?.current}>
          {task?.current ?? '\u00a0'}
        </span>
      </div>
    );
  }
  return (
    <div className="import-status" data-testid="import-status" data-state={lastSummary ? 'finished' : 'idle'}>
      {lastSummary ? (
        <>
          <span className="import-status-caption">Last import</span>
          <span className="import-status-text" data-testid="import-summary" title={describeSummary(lastSummary)}>
            {describeSummary(lastSummary)}
          </span>
        </>
      ) : (
        <span className="import-status-hint">Drop EDI files anywhere on this window, or use Add files.</span>
      )}
    </div>
  );
}
