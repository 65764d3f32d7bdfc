/**
 * The last progress of every task this window saw (task.progress events), kept after the task ends: the session
 * store forgets finished tasks after a moment, but a publish's re-map should keep saying "done" where it ran.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient, TaskProgress } from '../../api/contract-types.js';

export interface TaskMemoryState {
  tasks: Record<string, TaskProgress>;
}

export type TaskMemory = StoreApi<TaskMemoryState>;

const KEPT = 50;

export function createTaskMemory(client: CrossdockClient): TaskMemory {
  const store = createStore<TaskMemoryState>()(() => ({ tasks: {} }));
  client.on('task.progress', (progress) => {
    const tasks = { ...store.getState().tasks, [progress.taskId]: progress };
    const ids = Object.keys(tasks);
    for (const id of ids.slice(0, Math.max(0, ids.length - KEPT))) delete tasks[id];
    store.setState({ tasks });
  });
  return store;
}
