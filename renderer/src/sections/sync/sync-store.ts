/**
 * The Sync section's data: connectors with their streams, the run log and the dead-letter list, the task each
 * connector's "Sync now" started (its progress from task.progress, kept after it ends), connection-test answers and
 * the dead letters selected for replay. A sync task ending reloads everything, so counts and the log follow.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient, InputOf, TaskProgress } from '../../api/contract-types.js';
import type { ConnectorSummary, DeadLetter, ReplayResult, SyncRun } from '../../../../main/core/connectors/api-types.js';
import type { ConnectionTest } from '../../../../main/core/connectors/types.js';

export type TestAnswer = { state: 'testing' } | { state: 'done'; result: ConnectionTest } | { state: 'failed'; message: string };

export interface SyncState {
  status: 'loading' | 'ready' | 'failed';
  error: string | null;
  connectors: ConnectorSummary[];
  runs: SyncRun[];
  deadLetters: DeadLetter[];
  /** connector name → the task its last Sync now started */
  syncTasks: Record<string, string>;
  /** task id → its last progress */
  progress: Record<string, TaskProgress>;
  tests: Record<string, TestAnswer>;
  /** a per-connector failure of an action (sync, pause), shown beside its buttons */
  actionErrors: Record<string, string>;
  selectedDeadLetters: number[];
  lastReplay: ReplayResult | null;
  replaying: boolean;
  load(): Promise<void>;
  /** connectors.add, then a reload; the refusal's message, or null when added */
  addConnector(input: InputOf<'connectors.add'>): Promise<string | null>;
  /** connectors.update (settings, schedule, a new secret); the refusal's message, or null when saved */
  updateConnector(input: InputOf<'connectors.update'>): Promise<string | null>;
  /** connectors.remove, then a reload; the refusal's message, or null when removed */
  removeConnector(name: string): Promise<string | null>;
  syncNow(connector: string): Promise<void>;
  setPaused(connector: string, paused: boolean): Promise<void>;
  testConnection(connector: string): Promise<void>;
  toggleDeadLetter(id: number): void;
  selectAllDeadLetters(selected: boolean): void;
  /** no ids: every open dead letter */
  replay(ids?: number[]): Promise<void>;
  /** task.progress (remembers sync tasks, reloads when one ends) and connectors.changed (reloads); returns the unsubscribe */
  subscribe(): () => void;
}

export type SyncStore = StoreApi<SyncState>;

export const RUNS_LIMIT = 200;
export const DEAD_LETTERS_LIMIT = 500;

type SyncData = Pick<SyncState, 'status' | 'error' | 'connectors' | 'runs' | 'deadLetters' | 'syncTasks' | 'progress' | 'tests'>;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export function createSyncStore(client: CrossdockClient, initial: Partial<SyncData> = {}): SyncStore {
  let generation = 0;

  return createStore<SyncState>()((set, get) => ({
    status: 'loading',
    error: null,
    connectors: [],
    runs: [],
    deadLetters: [],
    syncTasks: {},
    progress: {},
    tests: {},
    actionErrors: {},
    selectedDeadLetters: [],
    lastReplay: null,
    replaying: false,
    ...initial,

    async load() {
      const mine = ++generation;
      const [connectors, runs, deadLetters] = await Promise.all([
        client.call('connectors.list', {}),
        client.call('sync.runs', { limit: RUNS_LIMIT }),
        client.call('deadLetters.list', { includeReplayed: false, limit: DEAD_LETTERS_LIMIT }),
      ]);
      if (mine !== generation) return;
      const failed = [connectors, runs, deadLetters].find((result) => !result.ok);
      if (failed && !failed.ok) {
        set({ status: 'failed', error: failed.error.message });
        return;
      }
      const letters = deadLetters.ok ? deadLetters.value : [];
      const open = new Set(letters.map((letter) => letter.id));
      set({
        status: 'ready',
        error: null,
        connectors: connectors.ok ? connectors.value : [],
        runs: runs.ok ? runs.value : [],
        deadLetters: letters,
        // a replayed (gone) letter cannot stay selected
        selectedDeadLetters: get().selectedDeadLetters.filter((id) => open.has(id)),
      });
    },

    async addConnector(input) {
      const added = await client.call('connectors.add', input);
      if (!added.ok) return added.error.message;
      await get().load();
      return null;
    },

    async updateConnector(input) {
      const updated = await client.call('connectors.update', input);
      if (!updated.ok) return updated.error.message;
      set({ connectors: get().connectors.map((existing) => (existing.name === input.name ? updated.value : existing)) });
      return null;
    },

    async removeConnector(name) {
      const removed = await client.call('connectors.remove', { name });
      if (!removed.ok) return removed.error.message;
      set({ connectors: get().connectors.filter((existing) => existing.name !== name), tests: without(get().tests, name), actionErrors: without(get().actionErrors, name) });
      await get().load();
      return null;
    },

    async syncNow(connector) {
      set({ actionErrors: without(get().actionErrors, connector) });
      const started = await client.call('sync.run', { connector });
      if (!started.ok) {
        set({ actionErrors: { ...get().actionErrors, [connector]: started.error.message } });
        return;
      }
      set({ syncTasks: { ...get().syncTasks, [connector]: started.value.taskId } });
    },

    async setPaused(connector, paused) {
      set({ actionErrors: without(get().actionErrors, connector) });
      const answer = await client.call('sync.pause', { name: connector, paused });
      if (!answer.ok) {
        set({ actionErrors: { ...get().actionErrors, [connector]: answer.error.message } });
        return;
      }
      set({ connectors: get().connectors.map((existing) => (existing.name === connector ? answer.value : existing)) });
    },

    async testConnection(connector) {
      set({ tests: { ...get().tests, [connector]: { state: 'testing' } } });
      const answer = await client.call('connectors.test', { name: connector });
      set({ tests: { ...get().tests, [connector]: answer.ok ? { state: 'done', result: answer.value } : { state: 'failed', message: answer.error.message } } });
    },

    toggleDeadLetter(id) {
      const selected = get().selectedDeadLetters;
      set({ selectedDeadLetters: selected.includes(id) ? selected.filter((existing) => existing !== id) : [...selected, id] });
    },

    selectAllDeadLetters(selected) {
      set({ selectedDeadLetters: selected ? get().deadLetters.map((letter) => letter.id) : [] });
    },

    async replay(ids) {
      set({ replaying: true, error: null });
      const answer = await client.call('deadLetters.replay', ids ? { ids } : {});
      if (!answer.ok) {
        set({ replaying: false, error: answer.error.message });
        return;
      }
      set({ replaying: false, lastReplay: answer.value });
      await get().load();
    },

    subscribe() {
      const stopProgress = client.on('task.progress', (progress) => {
        if (progress.kind !== 'sync') return;
        set({ progress: { ...get().progress, [progress.taskId]: progress } });
        // scheduled runs are not started here, but their end changes the counts and the log too
        if (progress.state !== 'running') void get().load();
      });
      // another window, or the CLI, added, edited or removed a connector
      const stopChanges = client.on('connectors.changed', () => void get().load());
      return () => {
        stopProgress();
        stopChanges();
      };
    },
  }));
}
