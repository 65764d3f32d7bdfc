/**
 * A real child process re-mapping a partner's documents is killed with SIGKILL part-way; every canonical row must
 * then be whole (old map version with the old output, or new version with the new output; both transactions of a
 * file alike, since a file's rows are replaced in one SQLite transaction) and a second remap must finish the job.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { receive } from '../ingest/receive.js';
import { mapRepositoryFor } from './repository.js';
import { remapDocuments } from './remap.js';
import { staleScopes } from './resume.js';
import { default850With, openCore, unwrap, waitForTask } from './test-workspace.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const childScript = join(repoRoot, 'main/core/mapping-store/remap-child.ts');
const FILES = 240;

let temp: ReturnType<typeof makeTempDir>;
let dir: string;
let buyer: number;

beforeAll(async () => {
  temp = makeTempDir('crossdock-remap-crash-');
  dir = join(temp.path, 'ws');
  const core = openCore(dir);
  for (let index = 0; index < FILES; index++) {
    // two interchanges (two POs) per file
    const text = purchaseOrder({ po: `A-${index}`, control: String(2 * index + 1).padStart(9, '0'), lines: 8 }) + purchaseOrder({ po: `B-${index}`, control: String(2 * index + 2).padStart(9, '0'), lines: 8 });
    receive(core.context, { name: `f${index}.x12`, path: null, bytes: Buffer.from(text), source: 'upload' });
  }
  buyer = core.context.workspace.db.prepare("SELECT id FROM partners WHERE name = 'BUYERCO'").pluck().get() as number;
  const v1 = unwrap(await core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With({ id: 'tag', target: 'notes[]', value: 'v1' }) as unknown as Record<string, unknown> }));
  await waitForTask(core, unwrap(await core.invoke('maps.publish', { id: v1.map.id })).taskId, 120_000);
  // v2 published without its remap: the child does that
  const v2 = unwrap(await core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With({ id: 'tag', target: 'notes[]', value: 'v2' }) as unknown as Record<string, unknown> }));
  mapRepositoryFor(core.context.workspace.db).publish(v2.map.id, 'test', 'map.published');
  core.close();
}, 300_000);
afterAll(() => temp.cleanup());

/** Runs the child and kills it once it reports `killAt` documents done; resolves with whether it was killed. */
function runChild(killAt: number): Promise<{ killed: boolean; lastDone: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dir, String(buyer)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastDone = 0;
    let killed = false;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^progress (\d+)$/.exec(line);
        if (match) lastDone = Number(match[1]);
        if (!killed && lastDone >= killAt) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ killed: signal === 'SIGKILL', lastDone });
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

interface Row {
  file_id: number;
  map_version: number;
  canonical_json: string;
}

function rows(): Row[] {
  const db = new Database(join(dir, 'workspace.db'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT d.file_id, c.map_version, c.canonical_json FROM documents d JOIN canonical_documents c ON c.document_id = d.id WHERE d.partner_id = ? ORDER BY d.id').all(buyer) as Row[];
  } finally {
    db.close();
  }
}

describe('remap killed part-way', () => {
  it('leaves every row whole and consistent, and a second remap finishes', async () => {
    const outcome = await runChild(Math.floor(FILES * 2 * (0.2 + Math.random() * 0.3)));
    const afterKill = rows();
    expect(afterKill).toHaveLength(FILES * 2);
    const byFile = new Map<number, Set<number>>();
    for (const row of afterKill) {
      const notes = (JSON.parse(row.canonical_json) as { notes: string[] }).notes;
      expect(notes).toEqual([`v${row.map_version}`]);
      const versions = byFile.get(row.file_id) ?? new Set<number>();
      versions.add(row.map_version);
      byFile.set(row.file_id, versions);
    }
    for (const versions of byFile.values()) expect(versions.size).toBe(1);
    const remapped = afterKill.filter((row) => row.map_version === 2).length;
    // progress is reported at most every 100 ms and the whole run takes seconds: the kill lands part-way
    expect(outcome.killed).toBe(true);
    expect(remapped).toBeGreaterThan(0);
    expect(remapped).toBeLessThan(FILES * 2);

    const core = openCore(dir);
    expect(staleScopes(core.context.workspace.db)).toEqual([{ partnerId: buyer, standard: 'x12', type: '850' }]);
    const summary = await remapDocuments(core.context, { partnerId: buyer, standard: 'x12', type: '850' });
    expect(staleScopes(core.context.workspace.db)).toEqual([]);
    core.close();
    expect(summary).toMatchObject({ documents: FILES * 2, remapped: FILES * 2, unreadable: 0, cancelled: false });
    expect(new Set(rows().map((row) => row.map_version))).toEqual(new Set([2]));
  }, 300_000);
});
