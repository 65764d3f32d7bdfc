import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { createCore, type Core } from '../core.js';
import { runBatchAsync, sourcesFromPaths } from './batch.js';
import { receive } from './receive.js';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
beforeEach(() => {
  temp = makeTempDir();
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

const count = (sql: string) => core.context.workspace.db.prepare(sql).pluck().get() as number;

describe('ingest', () => {
  it('archives the original bytes, stores one document per transaction with its business keys and creates the partner', () => {
    const bytes = Buffer.from(purchaseOrder({ po: 'PO-1001', control: '000000101', lines: 3 }));
    const outcome = receive(core.context, { name: 'po.x12', path: null, bytes, source: 'upload' });
    expect(outcome.kind).toBe('ingested');
    const archived = join(core.context.workspace.folders.archive, outcome.sha256.slice(0, 2), outcome.sha256);
    expect(readFileSync(archived).equals(bytes)).toBe(true);
    const row = core.context.workspace.db.prepare('SELECT type, po_number, control_number, status, direction, byte_start, byte_end FROM documents').get() as Record<string, unknown>;
    expect(row).toMatchObject({ type: '850', po_number: 'PO-1001', control_number: '0001', status: 'accepted', direction: 'inbound' });
    expect(bytes.subarray(row.byte_start as number, (row.byte_start as number) + 3).toString()).toBe('ST*');
    expect(count('SELECT count(*) FROM partners')).toBe(1);
  });

  it('records the same bytes delivered twice as one file with a duplicate receipt', () => {
    const bytes = Buffer.from(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }));
    expect(receive(core.context, { name: 'a.x12', path: null, bytes, source: 'upload' }).kind).toBe('ingested');
    expect(receive(core.context, { name: 'b.x12', path: null, bytes, source: 'upload' }).kind).toBe('duplicate');
    expect(count('SELECT count(*) FROM files')).toBe(1);
    expect(count('SELECT count(*) FROM documents')).toBe(1);
    expect(count('SELECT count(*) FROM receipts WHERE duplicate_delivery = 1')).toBe(1);
  });

  it('reads the same delivery twice (same path and time) as one receipt', async () => {
    const path = join(temp.path, 'po.x12');
    writeFileSync(path, purchaseOrder({ po: 'PO-2', control: '000000002', lines: 1 }));
    const first = await runBatchAsync(core.context, sourcesFromPaths([path]).sources, 'inbox');
    const again = await runBatchAsync(core.context, sourcesFromPaths([path]).sources, 'inbox');
    expect(first.ingested).toBe(1);
    expect(again.reports[0]?.outcome).toBe('already-received');
    expect(count('SELECT count(*) FROM receipts')).toBe(1);
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect((await runBatchAsync(core.context, sourcesFromPaths([path]).sources, 'inbox')).duplicates).toBe(1);
  });

  it('flags an interchange control number the same partner already used in another file', () => {
    receive(core.context, { name: 'a', path: null, bytes: Buffer.from(purchaseOrder({ po: 'A', control: '000000007', lines: 1 })), source: 'upload' });
    const second = receive(core.context, { name: 'b', path: null, bytes: Buffer.from(purchaseOrder({ po: 'B', control: '000000007', lines: 2 })), source: 'upload' });
    expect(second.kind === 'ingested' && second.processed.duplicateControlNumbers).toBe(1);
    expect(count('SELECT count(*) FROM interchanges WHERE duplicate_control = 1')).toBe(1);
  });

  it('quarantines a file that is not EDI, keeping it in the archive with the reason', () => {
    const outcome = receive(core.context, { name: 'notes.txt', path: null, bytes: Buffer.from('Dear supplier, please find attached...'), source: 'upload' });
    expect(outcome.kind).toBe('quarantined');
    const file = core.context.workspace.db.prepare('SELECT state, quarantine_reason, archive_path FROM files').get() as { state: string; quarantine_reason: string; archive_path: string };
    expect(file.state).toBe('quarantined');
    expect(file.quarantine_reason).toMatch(/Not an EDI file/);
    expect(existsSync(join(core.context.workspace.folders.archive, file.archive_path))).toBe(true);
  });

  it('goes on past a broken file and counts its errors', async () => {
    const good = join(temp.path, 'good.x12');
    const broken = join(temp.path, 'broken.x12');
    writeFileSync(good, purchaseOrder({ po: 'G', control: '000000010', lines: 2 }));
    writeFileSync(broken, purchaseOrder({ po: 'X', control: '000000011', lines: 2 }).replace(/SE\*\d+\*/, 'SE*99*'));
    const summary = await runBatchAsync(core.context, sourcesFromPaths([temp.path]).sources, 'cli');
    expect(summary.ingested).toBe(2);
    expect(summary.transactions).toBe(2);
    expect(summary.errors).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM documents WHERE status = 'rejected'")).toBe(1);
  });

  it('finishes a file whose receipt was committed before a crash when the workspace opens again', () => {
    const bytes = Buffer.from(purchaseOrder({ po: 'R', control: '000000020', lines: 1 }));
    const outcome = receive(core.context, { name: 'r', path: null, bytes, source: 'upload' });
    const db = core.context.workspace.db;
    db.exec("DELETE FROM documents; DELETE FROM groups; DELETE FROM interchanges; UPDATE files SET state = 'received'");
    core.close();
    core = createCore({ workspaceDir: join(temp.path, 'ws'), mode: 'test' });
    expect(outcome.kind).toBe('ingested');
    expect(count("SELECT count(*) FROM files WHERE state = 'parsed'")).toBe(1);
    expect(count('SELECT count(*) FROM documents')).toBe(1);
  });
});
