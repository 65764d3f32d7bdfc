import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { createCore, type Core } from '../core.js';
import { archiveGroup, archivePathFor, removeAbandonedPartials, sha256Of, type ArchivedFile } from './archive.js';
import { emptySummary, runBatchAsync, sourcesFromPaths, type BatchSource, type IngestSummary } from './batch.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const item = (text: string) => {
  const bytes = Buffer.from(text);
  return { bytes, sha256: sha256Of(bytes) };
};

/** Bytes whose SHA-256 starts with `prefix`, found by counting. */
function bytesHashingTo(prefix: string): string {
  for (let index = 0; ; index++) if (sha256Of(Buffer.from(`payload ${index}`)).startsWith(prefix)) return `payload ${index}`;
}

describe('archiveGroup', () => {
  it('archives a group under the hashes, once per distinct content, leaving no temporary files', async () => {
    const archive = join(temp.path, 'archive');
    const items = [item('one'), item('two'), item('one'), item('three')];
    const results = await archiveGroup(archive, items);
    expect(results.map((result) => (result as ArchivedFile).existed)).toEqual([false, false, true, false]);
    for (const [index, result] of results.entries()) {
      const archived = result as ArchivedFile;
      expect(archived.relativePath).toBe(archivePathFor(items[index]!.sha256));
      expect(readFileSync(join(archive, archived.relativePath)).equals(items[index]!.bytes)).toBe(true);
    }
    const names = readdirSync(archive, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
    expect(names.sort()).toEqual([...new Set(items.map((entry) => entry.sha256))].sort());
    const again = await archiveGroup(archive, [item('two')]);
    expect((again[0] as ArchivedFile).existed).toBe(true);
  });

  it('fails only the item whose folder cannot be written', async () => {
    const archive = join(temp.path, 'archive');
    const blocked = bytesHashingTo('ab');
    mkdirSync(archive);
    writeFileSync(join(archive, 'ab'), 'a file where the folder should be');
    const results = await archiveGroup(archive, [item('fine'), item(blocked), item('also fine')]);
    expect(results[0]).not.toBeInstanceOf(Error);
    expect(results[1]).toBeInstanceOf(Error);
    expect(results[2]).not.toBeInstanceOf(Error);
  });
});

describe('removeAbandonedPartials', () => {
  it('removes temporary files older than the limit and nothing else', () => {
    const archive = join(temp.path, 'archive');
    const folder = join(archive, 'cd');
    mkdirSync(folder, { recursive: true });
    const sha = `cd${'0'.repeat(62)}`;
    const old = join(folder, `.${sha}.0011aabb.partial`);
    const recent = join(folder, `.${sha}.2233ccdd.partial`);
    const archived = join(folder, sha);
    const foreign = join(folder, 'notes.partial');
    for (const path of [old, recent, archived, foreign]) writeFileSync(path, 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, hourAgo, hourAgo);
    expect(removeAbandonedPartials(archive, 60_000)).toBe(1);
    expect([old, recent, archived, foreign].map((path) => existsSync(path))).toEqual([false, true, true, true]);
    expect(removeAbandonedPartials(archive, 0)).toBe(1);
    expect(existsSync(recent)).toBe(false);
    expect(removeAbandonedPartials(join(temp.path, 'missing'))).toBe(0);
  });
});

describe('runBatchAsync', () => {
  let core: Core;
  beforeEach(() => (core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' })));
  afterEach(() => core.close());

  function writeMixedFolder(folder: string, count: number): void {
    mkdirSync(folder, { recursive: true });
    for (let index = 0; index < count; index++) {
      const text = index % 7 === 3 ? 'not EDI at all, just a note' : purchaseOrder({ po: `PO-${index % 50}`, control: String(index % 50).padStart(9, '0'), lines: 1 + (index % 4) });
      writeFileSync(join(folder, `f${String(index).padStart(3, '0')}.x12`), text);
    }
  }

  /** Each file in a batch of its own, one after the other: what the batch gives with groups of one file. */
  async function oneAtATime(context: typeof core.context, sources: BatchSource[]): Promise<IngestSummary> {
    const total = emptySummary();
    for (const source of sources) {
      const one = await runBatchAsync(context, [source], 'cli');
      for (const key of ['files', 'ingested', 'transactions', 'duplicates', 'quarantined', 'unreadable', 'errors', 'warnings', 'newPartners', 'duplicateControlNumbers', 'bytes'] as const) total[key] += one[key];
      total.reports.push(...one.reports);
    }
    return total;
  }

  it('gives the same reports and stored rows as files ingested one at a time', async () => {
    const folder = join(temp.path, 'in');
    writeMixedFolder(folder, 150);
    const grouped = await runBatchAsync(core.context, sourcesFromPaths([folder]).sources, 'cli');
    const other = createCore({ workspaceDir: join(temp.path, 'ws2'), create: true, mode: 'test' });
    try {
      const single = await oneAtATime(other.context, sourcesFromPaths([folder]).sources);
      const strip = (summary: typeof single) => summary.reports.map(({ name, outcome, sha256, documents, errors, warnings }) => ({ name, outcome, sha256, documents, errors, warnings }));
      expect(strip(grouped)).toEqual(strip(single));
      expect({ ...grouped, reports: [], seconds: 0 }).toEqual({ ...single, reports: [], seconds: 0 });
      const rows = (db: typeof core.context.workspace.db) => db.prepare('SELECT f.sha256, f.state, d.type, d.control_number, d.status FROM documents d JOIN files f ON f.id = d.file_id ORDER BY f.sha256, d.ordinal').all();
      expect(rows(core.context.workspace.db)).toEqual(rows(other.context.workspace.db));
    } finally {
      other.close();
    }
    expect(grouped.quarantined).toBeGreaterThan(0);
    expect(grouped.duplicates).toBeGreaterThan(0);
  });

  it('stores bytes delivered twice in one group once, the second as a duplicate delivery', async () => {
    const folder = join(temp.path, 'in');
    mkdirSync(folder);
    const text = purchaseOrder({ po: 'TWICE', control: '000000077', lines: 2 });
    writeFileSync(join(folder, 'a.x12'), text);
    writeFileSync(join(folder, 'b.x12'), text);
    const summary = await runBatchAsync(core.context, sourcesFromPaths([folder]).sources, 'cli');
    expect(summary.reports.map((report) => report.outcome)).toEqual(['ingested', 'duplicate']);
    const count = (sql: string) => core.context.workspace.db.prepare(sql).pluck().get();
    expect([count('SELECT count(*) FROM files'), count('SELECT count(*) FROM documents'), count('SELECT count(*) FROM receipts WHERE duplicate_delivery = 1')]).toEqual([1, 1, 1]);
  });

  it('stops between groups when its task is cancelled and reports a file it could not read', async () => {
    const folder = join(temp.path, 'in');
    writeMixedFolder(folder, 400); // more than two groups: the one being stored and the one archived meanwhile both finish
    const { sources } = sourcesFromPaths([folder]);
    rmSync(sources[1]!.path!);
    const task = core.context.tasks.start('ingest', 'test', sources.length);
    // cancelled while the second group is read (the first one is being stored): at a known point, not on a progress
    // event, which a fast machine delivered after all 400 files were in
    const second = sources[130]!;
    const read = second.loadAsync!;
    second.loadAsync = () => {
      expect(core.context.tasks.cancel(task.taskId)).toBe(true);
      return read();
    };
    const summary = await runBatchAsync(core.context, sources, 'cli', task);
    expect(summary.cancelled).toBe(true);
    expect(summary.files).toBeGreaterThan(0);
    expect(summary.files).toBeLessThan(sources.length);
    expect(summary.reports[1]).toMatchObject({ outcome: 'unreadable', message: expect.stringMatching(/ENOENT/) });
  });
});

describe('resume at start-up', () => {
  it('quarantines a received file whose archive copy is gone instead of failing to open the workspace', async () => {
    const dir = join(temp.path, 'ws');
    const core = createCore({ workspaceDir: dir, create: true, mode: 'test' });
    const path = join(temp.path, 'po.x12');
    writeFileSync(path, purchaseOrder({ po: 'GONE', control: '000000042', lines: 1 }));
    await runBatchAsync(core.context, sourcesFromPaths([path]).sources, 'cli');
    const file = core.context.workspace.db.prepare('SELECT id, archive_path FROM files').get() as { id: number; archive_path: string };
    core.context.workspace.db.prepare("UPDATE files SET state = 'received' WHERE id = ?").run(file.id);
    core.close();
    rmSync(join(dir, 'archive', file.archive_path));
    const reopened = createCore({ workspaceDir: dir, mode: 'test' });
    try {
      const row = reopened.context.workspace.db.prepare('SELECT state, quarantine_reason FROM files').get() as { state: string; quarantine_reason: string };
      expect(row.state).toBe('quarantined');
      expect(row.quarantine_reason).toMatch(/^Could not be processed: .*ENOENT/);
    } finally {
      reopened.close();
    }
  });
});
