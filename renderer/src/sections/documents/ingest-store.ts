/**
 * Bringing files in from the page: reading picked or dropped files, sending them in `ingest.upload` batches one
 * after another, following their tasks, and one summary when all are done. Ingests started elsewhere (the desktop
 * window's drop and Open dialog, the inbox, another browser tab) are summarised too.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient, PayloadOf, TaskProgress } from '../../api/contract-types.js';
import { reportError, type NoticesStore } from '../../store/notices-store.js';
import { formatBytes, MAX_FILE_BYTES, planBatches, toBase64 } from './upload-batches.js';

export type IngestSummary = PayloadOf<'ingest.finished'>['summary'];

export interface IngestState {
  /** reading: files are being read in the page; sending: bytes on their way; ingesting: the core works on them */
  phase: 'idle' | 'reading' | 'sending' | 'ingesting';
  files: number;
  batch: number;
  batches: number;
  /** the task of the batch being ingested */
  taskId: string | null;
  lastSummary: IngestSummary | null;
  upload(files: readonly File[]): Promise<void>;
  cancel(): void;
}

export type IngestStore = StoreApi<IngestState>;

/** how long an ingest.finished waits to be claimed by our own upload before it is announced as someone else's */
const CLAIM_MS = 1500;
/** how long after a task's end its ingest.finished may still come before the wait gives up on it */
const FALLBACK_MS = 5000;

export function emptySummary(): IngestSummary {
  return { files: 0, ingested: 0, transactions: 0, duplicates: 0, quarantined: 0, unreadable: 0, errors: 0, warnings: 0, newPartners: 0, duplicateControlNumbers: 0, bytes: 0, seconds: 0, cancelled: false, reports: [] };
}

export function addSummaries(a: IngestSummary, b: IngestSummary): IngestSummary {
  const sum = (key: keyof IngestSummary) => (a[key] as number) + (b[key] as number);
  return {
    files: sum('files'),
    ingested: sum('ingested'),
    transactions: sum('transactions'),
    duplicates: sum('duplicates'),
    quarantined: sum('quarantined'),
    unreadable: sum('unreadable'),
    errors: sum('errors'),
    warnings: sum('warnings'),
    newPartners: sum('newPartners'),
    duplicateControlNumbers: sum('duplicateControlNumbers'),
    bytes: sum('bytes'),
    seconds: sum('seconds'),
    cancelled: a.cancelled || b.cancelled,
    reports: [...a.reports, ...b.reports].slice(-1000),
  };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** "6 files: 5 transactions, 1 duplicate, 1 quarantined, 2 errors" */
export function describeSummary(summary: IngestSummary): string {
  const parts = [plural(summary.transactions, 'transaction')];
  if (summary.duplicates > 0) parts.push(plural(summary.duplicates, 'duplicate'));
  if (summary.quarantined + summary.unreadable > 0) parts.push(`${(summary.quarantined + summary.unreadable).toLocaleString()} quarantined`);
  parts.push(summary.errors > 0 ? plural(summary.errors, 'error') : 'no errors');
  if (summary.warnings > 0) parts.push(plural(summary.warnings, 'warning'));
  return `${plural(summary.files, 'file')}: ${parts.join(', ')}${summary.cancelled ? ' (cancelled)' : ''}`;
}

export function createIngestStore(client: CrossdockClient, notices: NoticesStore, onFinished: () => void): IngestStore {
  /** finished tasks seen on the event channel, which may beat the answer to the call that started them */
  const finished = new Map<string, IngestSummary>();
  const waiting = new Map<string, (summary: IngestSummary) => void>();
  const ours = new Set<string>();
  let cancelRequested = false;

  const announce = (summary: IngestSummary) => {
    const kind = summary.errors > 0 || summary.quarantined + summary.unreadable > 0 ? 'info' : 'success';
    notices.getState().push(kind, describeSummary(summary), summary.cancelled ? 'Import cancelled' : 'Import finished');
  };

  client.on('ingest.finished', ({ taskId, summary }) => {
    onFinished();
    const resolve = waiting.get(taskId);
    if (resolve) {
      waiting.delete(taskId);
      resolve(summary);
      return;
    }
    // The event can beat the answer to our own ingest.upload call: keep it for a moment before calling it foreign.
    finished.set(taskId, summary);
    setTimeout(() => {
      if (ours.has(taskId) || !finished.has(taskId)) return;
      finished.delete(taskId);
      // Started elsewhere: the desktop drop or Open dialog, the inbox, another window.
      store.setState({ lastSummary: summary });
      announce(summary);
    }, CLAIM_MS);
  });

  // Should the event channel drop ingest.finished, the task's own end (task.progress) still ends the wait.
  const ended = new Map<string, TaskProgress['state']>();
  const endWait = (taskId: string, state: TaskProgress['state']) => {
    const resolve = waiting.get(taskId);
    if (!resolve) return;
    waiting.delete(taskId);
    resolve({ ...emptySummary(), cancelled: state === 'cancelled' });
    onFinished();
  };
  client.on('task.progress', (progress) => {
    if (progress.state === 'running') return;
    ended.set(progress.taskId, progress.state);
    setTimeout(() => endWait(progress.taskId, progress.state), FALLBACK_MS);
    setTimeout(() => ended.delete(progress.taskId), 10 * FALLBACK_MS);
  });

  const untilFinished = (taskId: string) =>
    new Promise<IngestSummary>((resolve) => {
      const early = finished.get(taskId);
      if (early) {
        finished.delete(taskId);
        resolve(early);
        return;
      }
      waiting.set(taskId, resolve);
      const state = ended.get(taskId);
      if (state) setTimeout(() => endWait(taskId, state), FALLBACK_MS);
    });

  const queue: File[][] = [];
  let running: Promise<void> | null = null;

  /** Sends queued batches one at a time, each after the previous one's task has finished; one summary at the end. */
  async function runQueue(): Promise<void> {
    const { setState: set } = store;
    cancelRequested = false;
    let total = { ...emptySummary() };
    set({ phase: 'reading', batch: 0, taskId: null });
    try {
      for (let index = 0; queue.length > 0; index++) {
        const batch = queue.shift()!;
        if (cancelRequested) break;
        set({ phase: 'reading', batch: index });
        const encoded = await Promise.all(batch.map(async (file) => ({ name: file.name.slice(0, 255) || 'unnamed', contentBase64: toBase64(new Uint8Array(await file.arrayBuffer())) })));
        if (cancelRequested) break;
        set({ phase: 'sending' });
        const started = await client.call('ingest.upload', { files: encoded });
        if (!started.ok) {
          reportError(notices, 'Could not add the files', started.error);
          break;
        }
        ours.add(started.value.taskId);
        set({ phase: 'ingesting', taskId: started.value.taskId });
        total = addSummaries(total, await untilFinished(started.value.taskId));
        if (total.cancelled) break;
      }
    } catch (error) {
      notices.getState().push('error', error instanceof Error ? error.message : String(error), 'Could not read the files');
    } finally {
      queue.length = 0;
      if (cancelRequested) total.cancelled = true;
      set({ phase: 'idle', taskId: null, files: 0, batches: 0, ...(total.files > 0 || total.cancelled ? { lastSummary: total } : {}) });
      if (total.files > 0 || total.cancelled) announce(total);
    }
  }

  const store = createStore<IngestState>()((set, get) => ({
    phase: 'idle',
    files: 0,
    batch: 0,
    batches: 0,
    taskId: null,
    lastSummary: null,

    async upload(files) {
      if (files.length === 0) return;
      const { batches, tooLarge } = planBatches(files);
      if (tooLarge.length > 0) {
        const names = tooLarge.map((file) => `${file.name} (${formatBytes(file.size)})`).join(', ');
        notices.getState().push('error', `${names}: files up to ${formatBytes(MAX_FILE_BYTES)} can be added here. Put larger files in the workspace’s inbox folder, or use crossdock ingest.`, 'File too large to upload');
      }
      if (batches.length === 0) return;
      // Files added while an upload runs join it (and its summary) instead of being dropped.
      queue.push(...batches);
      set((state) => ({ files: state.files + batches.reduce((sum, batch) => sum + batch.length, 0), batches: state.batches + batches.length }));
      if (running) return running;
      running = runQueue().finally(() => (running = null));
      return running;
    },

    cancel() {
      cancelRequested = true;
      const { taskId } = get();
      if (taskId) void client.call('tasks.cancel', { taskId });
    },
  }));
  return store;
}
