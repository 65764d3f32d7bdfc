/**
 * The watched inbox: files dropped into the workspace's inbox/ folder (by a partner's SFTP job, a mapped drive, a
 * user) are ingested through the same task as any other batch, then removed from inbox/ (the archive keeps the
 * original). The folder is polled with readdir + stat rather than fs.watch, which misses events on network drives
 * and differs across platforms. A file is read only once its size and modification time have been the same on
 * `stableChecks` polls in a row, so a file still being written is left alone; names writers use while writing
 * (.part, .tmp, hidden files, ~ lock files) are never read.
 */
import { readdirSync, readFileSync, statSync, unlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreContext } from '../context.js';
import type { BatchSource, IngestSummary } from './batch.js';
import { startIngestTask } from './run-task.js';

export interface InboxWatcherOptions {
  /** time between polls (default 500 ms) */
  intervalMs?: number;
  /** polls in a row on which a file must show the same size and modification time before it is read (default 2) */
  stableChecks?: number;
  /** an empty file is usually one a writer has created and not yet filled: it waits this long (default 10 s) */
  emptyFileGraceMs?: number;
  /** files per batch at most; the rest wait for the next poll (default 1,000) */
  maxBatchFiles?: number;
  /** a poll or batch that failed as a whole (the folder unreadable, the database closed) */
  onError?: (error: Error) => void;
}

export interface InboxWatcher {
  /** No more polls; a running batch is cancelled after its current group. Resolves once it has stopped. */
  stop(): Promise<void>;
}

/** Names writers use while a file is incomplete, and hidden files. */
export function isIgnoredInboxName(name: string): boolean {
  return /^[.~]/.test(name) || /\.(tmp|temp|part|partial|crdownload|filepart)$/i.test(name);
}

interface Seen {
  size: number;
  mtimeMs: number;
  /** polls in a row with this size and time */
  polls: number;
  firstSeen: number;
}

/** Set aside until the file changes or the time passes: a failed read backs off, a file that could not be removed waits. */
interface Held {
  size: number;
  mtimeMs: number;
  until: number;
  failures: number;
}

class ChangedWhileReading extends Error {}

const MAX_BACKOFF_MS = 5 * 60_000;

export function startInboxWatcher(context: CoreContext, options: InboxWatcherOptions = {}): InboxWatcher {
  const intervalMs = options.intervalMs ?? 500;
  const stableChecks = Math.max(1, options.stableChecks ?? 2);
  const emptyFileGraceMs = options.emptyFileGraceMs ?? 10_000;
  const maxBatchFiles = options.maxBatchFiles ?? 1000;
  const onError = options.onError ?? ((error: Error) => console.error(`Inbox: ${error.message}`));
  const inbox = context.workspace.folders.inbox;
  const seen = new Map<string, Seen>();
  const held = new Map<string, Held>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let runningTask: string | undefined;
  let loop: Promise<void> = Promise.resolve();

  const sameFile = (a: { size: number; mtimeMs: number }, b: { size: number; mtimeMs: number }) => a.size === b.size && a.mtimeMs === b.mtimeMs;

  /** Names ready to read, oldest first (the ledger sees a partner's files in the order they arrived). */
  function scan(now: number): { name: string; size: number; mtimeMs: number }[] {
    let entries;
    try {
      entries = readdirSync(inbox, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(inbox, { recursive: true });
      return [];
    }
    const present = new Set<string>();
    const ready: { name: string; size: number; mtimeMs: number }[] = [];
    for (const entry of entries) {
      if (entry.isDirectory() || isIgnoredInboxName(entry.name)) continue;
      let stat;
      try {
        stat = statSync(join(inbox, entry.name));
      } catch {
        continue;
      }
      if (!stat.isFile()) continue;
      present.add(entry.name);
      const current = { size: stat.size, mtimeMs: stat.mtimeMs };
      const previous = seen.get(entry.name);
      const record = previous && sameFile(previous, current) ? { ...previous, polls: previous.polls + 1 } : { ...current, polls: 1, firstSeen: now };
      seen.set(entry.name, record);
      const aside = held.get(entry.name);
      if (aside && sameFile(aside, current) && now < aside.until) continue;
      if (aside && !sameFile(aside, current)) held.delete(entry.name);
      if (record.polls < stableChecks) continue;
      if (current.size === 0 && now - record.firstSeen < emptyFileGraceMs) continue;
      ready.push({ name: entry.name, ...current });
    }
    for (const name of seen.keys()) if (!present.has(name)) seen.delete(name);
    for (const name of held.keys()) if (!present.has(name)) held.delete(name);
    return ready.sort((a, b) => a.mtimeMs - b.mtimeMs || (a.name < b.name ? -1 : 1)).slice(0, maxBatchFiles);
  }

  function sourceFor(file: { name: string; size: number; mtimeMs: number }): BatchSource {
    const path = join(inbox, file.name);
    return {
      name: file.name,
      path,
      size: file.size,
      load: () => {
        const bytes = readFileSync(path);
        const after = statSync(path);
        // Appended to between the polls and the read: not the stable file that was seen, so not this delivery.
        if (bytes.length !== file.size || !sameFile(after, file)) throw new ChangedWhileReading(`${file.name} changed while being read`);
        return { bytes, modifiedMs: file.mtimeMs };
      },
    };
  }

  /** After the batch: remove what was stored, set aside what failed. */
  function settle(files: { name: string; size: number; mtimeMs: number }[], summary: IngestSummary, now: number): void {
    const byPath = new Map(summary.reports.map((report) => [report.path, report]));
    for (const file of files) {
      const path = join(inbox, file.name);
      const report = byPath.get(path);
      if (!report) continue; // cancelled before this file: still waiting, read on a later poll
      if (report.outcome === 'unreadable') {
        if (report.message?.endsWith('changed while being read')) {
          seen.delete(file.name);
          continue;
        }
        const failures = (held.get(file.name)?.failures ?? 0) + 1;
        held.set(file.name, { size: file.size, mtimeMs: file.mtimeMs, failures, until: now + Math.min(MAX_BACKOFF_MS, 1000 * 2 ** failures) });
        continue;
      }
      // Stored (ingested, quarantined, or recorded as a duplicate): its receipt and results are committed.
      try {
        const current = statSync(path);
        // Rewritten since it was read: a new delivery under the same name, for a later poll.
        if (!sameFile(current, file)) continue;
        unlinkSync(path);
        seen.delete(file.name);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        // Left in place (locked, read-only share): set aside until it changes. Should it be read again (after a
        // restart), its receipt's delivery key (path, time and hash) makes that a no-op that removes it.
        held.set(file.name, { size: file.size, mtimeMs: file.mtimeMs, failures: 0, until: Number.POSITIVE_INFINITY });
      }
    }
  }

  async function poll(): Promise<void> {
    const ready = scan(Date.now());
    if (ready.length === 0 || stopped) return;
    const { taskId, done } = startIngestTask(context, ready.map(sourceFor), 'inbox', `Inbox: ${ready.length} ${ready.length === 1 ? 'file' : 'files'}`);
    runningTask = taskId;
    try {
      settle(ready, await done, Date.now());
    } finally {
      runningTask = undefined;
    }
  }

  // A poll or batch that fails as a whole (folder gone unreadable, database closed or locked) is retried less and
  // less often, so a broken state does not start a failing batch every half second.
  let failedPolls = 0;
  const tick = () => {
    loop = poll()
      .then(() => {
        failedPolls = 0;
      })
      .catch((error: unknown) => {
        failedPolls++;
        onError(error instanceof Error ? error : new Error(String(error)));
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** failedPolls)).unref();
      });
  };
  timer = setTimeout(tick, 0).unref();

  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (runningTask) context.tasks.cancel(runningTask);
      await loop;
    },
  };
}
