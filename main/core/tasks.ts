import { randomUUID } from 'node:crypto';
import type { TaskProgress } from './api/types.js';
import type { EventBus } from './events.js';

/** Long-running work (ingest, sync, reconcile): progress events, and cancellation checked at safe points. */
export class TaskRegistry {
  private readonly running = new Map<string, { progress: TaskProgress; controller: AbortController }>();

  constructor(private readonly events: EventBus) {}

  start(kind: TaskProgress['kind'], label: string, total: number): RunningTask {
    const taskId = randomUUID();
    const controller = new AbortController();
    const progress: TaskProgress = { taskId, kind, label, done: 0, total, state: 'running' };
    this.running.set(taskId, { progress, controller });
    this.events.emit('task.progress', { ...progress });
    let lastEmit = 0;
    const emit = (force: boolean) => {
      const now = Date.now();
      // Throttled: a 10,000-file ingest must not flood the UI with 10,000 messages.
      if (force || now - lastEmit >= 100) {
        lastEmit = now;
        this.events.emit('task.progress', { ...progress });
      }
    };
    const finish = (state: TaskProgress['state'], message?: string) => {
      progress.state = state;
      if (message !== undefined) progress.message = message;
      emit(true);
      this.running.delete(taskId);
    };
    return {
      taskId,
      signal: controller.signal,
      update: (patch) => {
        Object.assign(progress, patch);
        emit(false);
      },
      finish: (message) => finish('finished', message),
      fail: (message) => finish('failed', message),
      cancelled: () => finish('cancelled'),
    };
  }

  cancel(taskId: string): boolean {
    const task = this.running.get(taskId);
    if (!task) return false;
    task.controller.abort();
    return true;
  }

  list(): TaskProgress[] {
    return [...this.running.values()].map((task) => ({ ...task.progress }));
  }
}

export interface RunningTask {
  taskId: string;
  signal: AbortSignal;
  update(patch: Partial<Omit<TaskProgress, 'taskId' | 'kind' | 'state'>>): void;
  finish(message?: string): void;
  fail(message: string): void;
  cancelled(): void;
}
