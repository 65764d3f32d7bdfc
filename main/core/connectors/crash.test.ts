/**
 * kill -9 of a real child process in the middle of a sync, several times, then a run to the end: every record lands
 * exactly once (no duplicates, no second versions of unchanged records, none missing), every thread is evaluated,
 * and the stream's watermark is the newest record. Resumption is from the last committed page.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultServer } from '../../../test/helpers/fault-server.js';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { openWorkspace } from '../workspace/workspace.js';
import { orderFeed } from './test-support.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const childScript = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const ORDERS = 1500;

function runChild(workspace: string, url: string, killAfterRecords: number | null): Promise<{ killed: boolean; done: string | null; lastPage: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, workspace, url], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let done: string | null = null;
    let lastPage = 0;
    let killed = false;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('page ')) {
          lastPage = Number(line.slice(5));
          if (killAfterRecords !== null && lastPage >= killAfterRecords && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        } else if (line.startsWith('done ')) done = line.slice(5);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!killed && code !== 0) reject(new Error(`child exited ${code ?? signal}: ${stderr}`));
      else resolve({ killed: signal === 'SIGKILL', done, lastPage });
    });
  });
}

describe('sync survives kill -9 mid-run', () => {
  const dir = makeTempDir('crossdock-sync-crash-');
  const server = new FaultServer();
  beforeAll(async () => {
    await server.start();
    server.set('/orders', orderFeed(ORDERS));
  });
  afterAll(async () => {
    await server.stop();
    dir.cleanup();
  });

  it('resumes from the last committed page: nothing duplicated, nothing lost', async () => {
    let kills = 0;
    // Each life is killed a few pages after it starts (its records so far counted from the resumed position).
    for (const after of [100, 250, 400, 600]) {
      const life = await runChild(dir.path, server.url, after);
      if (life.killed) kills++;
    }
    expect(kills).toBeGreaterThanOrEqual(3);
    const final = await runChild(dir.path, server.url, null);
    expect(final.done).not.toBeNull();
    expect(JSON.parse(final.done!)).toMatchObject({ status: 'ok', failed: 0 });

    const workspace = openWorkspace(dir.path);
    try {
      const db = workspace.db;
      const one = (sql: string) => db.prepare(sql).pluck().get();
      expect(one("SELECT count(*) FROM source_records WHERE connector = 'erp-crash'")).toBe(ORDERS);
      expect(one('SELECT count(DISTINCT record_id) FROM source_records')).toBe(ORDERS);
      expect(one('SELECT max(version) FROM source_records')).toBe(1);
      expect(one('SELECT count(*) FROM source_record_versions')).toBe(0);
      expect(one("SELECT count(*) FROM recon_threads WHERE kind = 'order'")).toBe(ORDERS);
      const stream = db.prepare("SELECT cursor_json, records_total FROM connector_streams WHERE connector = 'erp-crash'").get() as { cursor_json: string; records_total: number };
      expect(JSON.parse(stream.cursor_json)).toEqual({ since: { updatedAt: '2026-01-01T00:12:29.000Z', recordId: `SO-00${ORDERS}` }, page: null });
      // each committed page counted once: the killed lives' uncommitted pages are not in the totals
      expect(stream.records_total).toBe(ORDERS);
      expect(one("SELECT count(*) FROM connector_runs WHERE status = 'running'")).toBe(0);
    } finally {
      workspace.close();
    }
  }, 240_000);
});
