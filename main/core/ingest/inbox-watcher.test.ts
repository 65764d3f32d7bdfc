import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, linkSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import type { TaskProgress } from '../api/types.js';
import type { IngestFinished } from '../api/types-ingest.js';
import { createCore, type Core } from '../core.js';
import { isIgnoredInboxName, startInboxWatcher, type InboxWatcher } from './inbox-watcher.js';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let watcher: InboxWatcher | undefined;
let finished: IngestFinished[];
let inbox: string;

beforeEach(() => {
  temp = makeTempDir();
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
  inbox = core.context.workspace.folders.inbox;
  finished = [];
  core.on('ingest.finished', (payload) => finished.push(payload));
});
afterEach(async () => {
  await watcher?.stop();
  watcher = undefined;
  core.close();
  temp.cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = (sql: string, ...params: unknown[]) => core.context.workspace.db.prepare(sql).pluck().get(...params) as number;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const order = (index: number) => purchaseOrder({ po: `PO-${index}`, control: String(index).padStart(9, '0'), lines: 1 + (index % 3) });

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

const filesProcessed = () => finished.reduce((sum, event) => sum + event.summary.files, 0);

describe('inbox watcher', () => {
  it('picks a new file up within 2 s, stores it and removes it from the inbox', async () => {
    const started: number[] = [];
    core.on('task.progress', (progress) => {
      if (progress.kind === 'ingest' && progress.label.startsWith('Inbox') && progress.done === 0) started.push(Date.now());
    });
    watcher = startInboxWatcher(core.context);
    await sleep(300);
    const dropped = Date.now();
    writeFileSync(join(inbox, 'po-1.x12'), order(1));
    await until(() => finished.length === 1, 10_000, 'the inbox batch');
    expect(started[0]! - dropped).toBeLessThan(2000);
    expect(finished[0]!.summary).toMatchObject({ files: 1, ingested: 1, transactions: 1 });
    expect(count("SELECT count(*) FROM receipts WHERE source = 'inbox'")).toBe(1);
    expect(existsSync(join(inbox, 'po-1.x12'))).toBe(false);
    expect(count('SELECT count(*) FROM files WHERE sha256 = ?', sha256(order(1)))).toBe(1);
  });

  it('does not read a file while its size keeps changing between polls, then reads it whole once', async () => {
    const text = Array.from({ length: 8 }, (_, index) => order(100 + index)).join('');
    const chunks = text.match(/[\s\S]{1,120}/g)!;
    const path = join(inbox, 'slow.x12');
    watcher = startInboxWatcher(core.context, { intervalMs: 200 });
    writeFileSync(path, '');
    // 40 ms between chunks against 200 ms between polls: every pair of polls sees a different size.
    for (const chunk of chunks) {
      appendFileSync(path, chunk);
      await sleep(40);
    }
    const written = Date.now();
    expect(finished).toEqual([]);
    expect(count('SELECT count(*) FROM files')).toBe(0);
    await until(() => finished.length === 1, 10_000, 'the slow file to be read');
    expect(Date.now() - written).toBeLessThan(2000 + 5000);
    expect(finished[0]!.summary).toMatchObject({ files: 1, ingested: 1, transactions: 8, errors: 0 });
    expect(core.context.workspace.db.prepare('SELECT sha256, size FROM files').all()).toEqual([{ sha256: sha256(text), size: text.length }]);
    expect(existsSync(path)).toBe(false);
  });

  it('takes many files at once in batches that never overlap, and leaves temporary and hidden names alone', async () => {
    const names = Array.from({ length: 300 }, (_, index) => `drop-${String(index).padStart(3, '0')}.x12`);
    names.forEach((name, index) => writeFileSync(join(inbox, name), order(index % 250)));
    const ignored = ['.hidden.x12', 'upload.x12.part', 'copy.tmp', '~lock.x12', 'half.partial', 'big.x12.filepart'];
    for (const name of ignored) writeFileSync(join(inbox, name), order(999));
    const running = new Set<string>();
    let overlapped = false;
    core.on('task.progress', (progress: TaskProgress) => {
      if (progress.kind !== 'ingest') return;
      if (progress.state === 'running') running.add(progress.taskId);
      else running.delete(progress.taskId);
      overlapped ||= running.size > 1;
    });
    watcher = startInboxWatcher(core.context, { intervalMs: 100, maxBatchFiles: 120 });
    await until(() => filesProcessed() === names.length, 60_000, 'all 300 files');
    expect(finished.length).toBeGreaterThanOrEqual(3);
    expect(overlapped).toBe(false);
    const totals = finished.reduce((sum, event) => ({ ingested: sum.ingested + event.summary.ingested, duplicates: sum.duplicates + event.summary.duplicates }), { ingested: 0, duplicates: 0 });
    expect(totals).toEqual({ ingested: 250, duplicates: 50 });
    expect(count('SELECT count(*) FROM receipts')).toBe(300);
    expect(count('SELECT count(*) FROM documents')).toBe(250);
    expect(readdirSync(inbox).sort()).toEqual([...ignored].sort());
  });

  it('quarantines a file that is not EDI and still clears it from the inbox', async () => {
    writeFileSync(join(inbox, 'letter.txt'), 'Dear team, the invoices are attached.');
    watcher = startInboxWatcher(core.context, { intervalMs: 100 });
    await until(() => finished.length === 1, 10_000, 'the batch');
    expect(finished[0]!.summary.quarantined).toBe(1);
    expect(count("SELECT count(*) FROM files WHERE state = 'quarantined'")).toBe(1);
    expect(readdirSync(inbox)).toEqual([]);
  });

  it('reads a delivery it already stored (a removal that failed before a restart) as a no-op and removes it', async () => {
    const path = join(inbox, 'again.x12');
    const kept = join(temp.path, 'kept.x12');
    writeFileSync(path, order(7));
    // A second name for the same inode: putting it back restores the very file, modification time included.
    linkSync(path, kept);
    watcher = startInboxWatcher(core.context, { intervalMs: 100 });
    await until(() => finished.length === 1, 10_000, 'the first batch');
    await watcher.stop();
    linkSync(kept, path);
    watcher = startInboxWatcher(core.context, { intervalMs: 100 });
    await until(() => finished.length === 2, 10_000, 'the second batch');
    expect(finished[1]!.summary.reports[0]!.outcome).toBe('already-received');
    expect(count('SELECT count(*) FROM receipts')).toBe(1);
    expect(existsSync(path)).toBe(false);
  });

  it('stops polling once stopped', async () => {
    watcher = startInboxWatcher(core.context, { intervalMs: 50 });
    await sleep(120);
    await watcher.stop();
    writeFileSync(join(inbox, 'late.x12'), order(3));
    await sleep(400);
    expect(finished).toEqual([]);
    expect(existsSync(join(inbox, 'late.x12'))).toBe(true);
  });

  it('retries less and less often while every batch fails, and keeps the file', async () => {
    const errors: number[] = [];
    writeFileSync(join(inbox, 'waiting.x12'), order(5));
    core.context.workspace.db.close();
    watcher = startInboxWatcher(core.context, { intervalMs: 20, onError: () => errors.push(Date.now()) });
    await sleep(1500);
    await watcher.stop();
    // Without backing off: a failing batch every ~20 ms plus its run time, dozens in 1.5 s.
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.length).toBeLessThanOrEqual(8);
    expect(existsSync(join(inbox, 'waiting.x12'))).toBe(true);
  });

  it('knows the names writers use for incomplete files', () => {
    for (const name of ['.DS_Store', '.x12', 'a.tmp', 'a.TMP', 'a.part', 'a.partial', '~$lock', 'a.crdownload']) expect(isIgnoredInboxName(name), name).toBe(true);
    for (const name of ['po.x12', 'orders.edi', 'partial-orders.x12', 'tmp.x12', 'a.temporary']) expect(isIgnoredInboxName(name), name).toBe(false);
  });
});
