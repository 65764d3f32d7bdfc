import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppInfo, CrossdockClient, TaskProgress, WorkspaceInfo } from '../api/contract-types.js';
import { reportError, type NoticesStore } from './notices-store.js';

/** What the shell shows about the running core: who it is, which workspace, the connection and the running tasks. */
export interface SessionState {
  transport: CrossdockClient['transport'];
  appInfo: AppInfo | null;
  workspace: WorkspaceInfo | null;
  /** true until the first refresh has answered (successfully or not) */
  loading: boolean;
  /** the transport's own state (the WebSocket in browser mode; IPC is always connected) */
  connected: boolean;
  /** navigator.onLine: the machine's network, which connectors need and the local workspace does not */
  networkOnline: boolean;
  /** running tasks, and finished ones for a moment so their end is visible */
  tasks: TaskProgress[];
  refresh(): Promise<void>;
  applyProgress(progress: TaskProgress): void;
  setConnected(connected: boolean): void;
  setNetworkOnline(online: boolean): void;
  cancelTask(taskId: string): Promise<void>;
}

export type SessionStore = StoreApi<SessionState>;

export interface SessionOptions {
  /** how long a finished, failed or cancelled task stays in the status bar */
  finishedTaskLingerMs?: number;
  networkOnline?: boolean;
}

export function createSessionStore(client: CrossdockClient, notices: NoticesStore, options: SessionOptions = {}): SessionStore {
  const lingerMs = options.finishedTaskLingerMs ?? 4000;

  return createStore<SessionState>()((set, get) => {
    const removeLater = (taskId: string) =>
      setTimeout(() => {
        set((state) => ({ tasks: state.tasks.filter((task) => task.taskId !== taskId || task.state === 'running') }));
      }, lingerMs);

    return {
      transport: client.transport,
      appInfo: null,
      workspace: null,
      loading: true,
      connected: false,
      networkOnline: options.networkOnline ?? true,
      tasks: [],

      async refresh() {
        const [app, workspace, status] = await Promise.all([
          client.call('app.info', {}),
          client.call('workspace.info', {}),
          client.call('status.get', {}),
        ]);
        if (app.ok) set({ appInfo: app.value });
        else reportError(notices, 'Could not read the app version', app.error);
        if (workspace.ok) set({ workspace: workspace.value });
        else reportError(notices, 'Could not open the workspace details', workspace.error);
        if (status.ok) {
          const running = status.value.tasks;
          // Tasks that ended while we were not listening disappear; ones still lingering after their end stay.
          set((state) => ({
            tasks: [...running, ...state.tasks.filter((task) => task.state !== 'running' && !running.some((r) => r.taskId === task.taskId))],
          }));
        }
        set({ loading: false });
      },

      applyProgress(progress) {
        set((state) => {
          const index = state.tasks.findIndex((task) => task.taskId === progress.taskId);
          const tasks = [...state.tasks];
          if (index === -1) tasks.push(progress);
          else tasks[index] = progress;
          return { tasks };
        });
        if (progress.state === 'running') return;
        if (progress.state === 'failed') notices.getState().push('error', progress.message ?? 'The task stopped with an error.', `${progress.label} failed`);
        removeLater(progress.taskId);
      },

      setConnected(connected) {
        if (get().connected !== connected) set({ connected });
      },

      setNetworkOnline(networkOnline) {
        if (get().networkOnline !== networkOnline) set({ networkOnline });
      },

      async cancelTask(taskId) {
        const result = await client.call('tasks.cancel', { taskId });
        if (!result.ok) reportError(notices, 'Could not cancel the task', result.error);
        else if (!result.value.cancelled) notices.getState().push('info', 'The task had already finished.');
      },
    };
  });
}
