import { useStore } from 'zustand';
import type { TaskProgress } from '../../api/contract-types.js';
import { useMapsServices } from './maps-services.js';

/** Progress of one task by id (its last task.progress event, kept after it ends), with an optional Cancel. */
export function TaskBar({ taskId, label, onCancel, testId }: { taskId: string; label: string; onCancel?: () => void; testId: string }) {
  const task: TaskProgress | undefined = useStore(useMapsServices().tasks, (state) => state.tasks[taskId]);
  return <ProgressLine label={label} done={task?.done ?? 0} total={task?.total ?? 0} state={task?.state ?? 'running'} {...(onCancel ? { onCancel } : {})} testId={testId} />;
}

const STATE_WORDS: Record<TaskProgress['state'], string> = { running: '', finished: 'done', failed: 'failed', cancelled: 'cancelled' };

export function ProgressLine({ label, done, total, state, onCancel, testId }: { label: string; done: number; total: number; state: TaskProgress['state']; onCancel?: () => void; testId: string }) {
  const value = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className="maps-progress" data-testid={testId} data-state={state}>
      <span className="maps-progress-label">
        {label}: {done.toLocaleString()} of {total > 0 ? total.toLocaleString() : '?'}
        {state !== 'running' && ` · ${STATE_WORDS[state]}`}
      </span>
      <span className="maps-progress-bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value ?? undefined}>
        <span className="maps-progress-fill" style={{ width: `${value ?? (state === 'running' ? 0 : 100)}%` }} />
      </span>
      {onCancel && state === 'running' && (
        <button type="button" className="button button-small" onClick={onCancel} data-testid={`${testId}-cancel`}>
          Cancel
        </button>
      )}
    </div>
  );
}
