import { useServices, useSession } from '../services.js';
import type { TaskProgress } from '../api/contract-types.js';

const stateWords: Record<TaskProgress['state'], string> = {
  running: '',
  finished: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

function percent(task: TaskProgress): number | null {
  if (task.total <= 0) return null;
  return Math.min(100, Math.round((task.done / task.total) * 100));
}

/** The newest task in the status bar: label, a bar, done/total and Cancel; a count of any others. */
export function TaskStatus() {
  const tasks = useSession((state) => state.tasks);
  const { session } = useServices();
  const task = tasks.findLast((candidate) => candidate.state === 'running') ?? tasks[tasks.length - 1];
  if (!task) return <div className="task-status" data-testid="status-task" />;
  const value = percent(task);
  const others = tasks.filter((candidate) => candidate.state === 'running' && candidate.taskId !== task.taskId).length;
  return (
    <div className="task-status" data-testid="status-task" data-state={task.state}>
      <span className="task-status-label" title={task.current ?? task.label}>
        {task.state === 'running' ? task.label : `${task.label}: ${stateWords[task.state]}`}
      </span>
      <span
        className="task-status-bar"
        role="progressbar"
        aria-label={task.label}
        aria-valuemin={0}
        aria-valuemax={task.total > 0 ? task.total : undefined}
        aria-valuenow={task.total > 0 ? task.done : undefined}
      >
        <span className={value === null ? 'task-status-fill task-status-fill-unknown' : 'task-status-fill'} style={value === null ? undefined : { width: `${value}%` }} />
      </span>
      <span className="task-status-count">
        {task.done.toLocaleString()}/{task.total > 0 ? task.total.toLocaleString() : '?'}
      </span>
      {others > 0 && <span className="task-status-more">+{others} more</span>}
      {task.state === 'running' && (
        <button type="button" className="button button-quiet button-small" data-testid="task-cancel" onClick={() => void session.getState().cancelTask(task.taskId)}>
          Cancel
        </button>
      )}
    </div>
  );
}
