/**
 * "Check against all files": runs maps.regression (a task) over every archived document of the partner and type,
 * follows its task.progress events, and reads the per-document differences when it ends; changed documents first.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient } from '../../api/contract-types.js';
import type { RegressionDocument, RegressionResult } from '../../../../main/core/mapping-store/types.js';
import type { EditorKey } from './editor-store.js';

export interface RegressionState {
  phase: 'idle' | 'starting' | 'running' | 'finished' | 'failed' | 'cancelled';
  taskId: string | null;
  done: number;
  total: number;
  /** JSON of the definition that was checked (publishing something else would publish something unchecked) */
  checkedJson: string | null;
  result: Omit<RegressionResult, 'documents'> | null;
  /** changed documents first (new errors before other changes), then unchanged ones */
  documents: RegressionDocument[];
  message: string | null;
  run(key: EditorKey, definition: unknown): Promise<void>;
  cancel(): Promise<void>;
  reset(): void;
}

export type RegressionStore = StoreApi<RegressionState>;

const PAGE = 1000;

export const isChanged = (document: RegressionDocument) => document.diff.length > 0 || document.before !== document.after;

export function orderDocuments(documents: readonly RegressionDocument[]): RegressionDocument[] {
  const rank = (document: RegressionDocument) => (document.newErrors.length > 0 ? 0 : isChanged(document) ? 1 : 2);
  return documents.map((document, index) => ({ document, index })).sort((a, b) => rank(a.document) - rank(b.document) || a.index - b.index).map(({ document }) => document);
}

export function createRegressionStore(client: CrossdockClient): RegressionStore {
  let generation = 0;
  let unsubscribe: (() => void) | null = null;

  const stopListening = () => {
    unsubscribe?.();
    unsubscribe = null;
  };

  const store = createStore<RegressionState>()((set, get) => {
    const readResult = async (mine: number, taskId: string) => {
      const read = await client.call('maps.regressionResult', { taskId, only: 'all', limit: PAGE });
      if (mine !== generation) return;
      if (!read.ok) return set({ phase: 'failed', message: read.error.message });
      const { documents, ...result } = read.value;
      const phase = result.state === 'running' ? 'running' : result.state;
      set({ result, documents: orderDocuments(documents), phase, done: result.done, total: result.total, message: result.message });
    };

    return {
      phase: 'idle',
      taskId: null,
      done: 0,
      total: 0,
      checkedJson: null,
      result: null,
      documents: [],
      message: null,

      async run(key, definition) {
        const mine = ++generation;
        stopListening();
        set({ phase: 'starting', taskId: null, done: 0, total: 0, result: null, documents: [], message: null, checkedJson: JSON.stringify(definition) });
        // Listen before starting: a small run can end before the call that started it answers.
        const early = new Map<string, { done: number; total: number; state: string }>();
        unsubscribe = client.on('task.progress', (progress) => {
          if (mine !== generation) return;
          const taskId = get().taskId;
          if (taskId === null) {
            early.set(progress.taskId, progress);
            return;
          }
          if (progress.taskId !== taskId) return;
          set({ done: progress.done, total: progress.total });
          if (progress.state !== 'running') {
            stopListening();
            void readResult(mine, taskId);
          }
        });
        const started = await client.call('maps.regression', { partnerId: key.partnerId, standard: key.standard, type: key.type, definition: definition as Record<string, unknown> });
        if (mine !== generation) return;
        if (!started.ok) {
          stopListening();
          set({ phase: 'failed', message: started.error.message });
          return;
        }
        const { taskId } = started.value;
        set({ taskId, phase: 'running' });
        const seen = early.get(taskId);
        if (seen) {
          set({ done: seen.done, total: seen.total });
          if (seen.state !== 'running') {
            stopListening();
            await readResult(mine, taskId);
            return;
          }
        }
        // The run may have ended between the two; reading once settles it either way.
        await readResult(mine, taskId);
        if (get().phase !== 'running') stopListening();
      },

      async cancel() {
        const { taskId, phase } = get();
        if (taskId === null || phase !== 'running') return;
        await client.call('tasks.cancel', { taskId });
      },

      reset() {
        generation++;
        stopListening();
        set({ phase: 'idle', taskId: null, done: 0, total: 0, result: null, documents: [], message: null, checkedJson: null });
      },
    };
  });
  return store;
}
