/** Test support: a real workspace (SQLite + archive) filled through the real ingest path, and task waiting. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import type { TaskProgress } from '../api/types.js';
import { createCore, type Core } from '../core.js';
import { defaultMaps, type MapDefinition } from '../mapping/index.js';
import { receive } from '../ingest/receive.js';

const schemaFile = fileURLToPath(new URL('../workspace/migrations/0005_maps.sql', import.meta.url));

/**
 * The maps tables, while 0006 waits for 0005 in workspace/migrations (numbers must be contiguous there): applied
 * here when the workspace's migrations did not create them.
 */
export function ensureMappingSchema(db: Database.Database): void {
  const present = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'maps'").pluck().get();
  if (!present && existsSync(schemaFile)) db.exec(readFileSync(schemaFile, 'utf8'));
}

export interface MappingWorkspace {
  core: Core;
  dir: string;
  db: Database.Database;
  ingest(text: string, name?: string): number;
  partnerId(name: string): number;
  documentId(poNumber: string): number;
  close(): void;
  cleanup(): void;
}

export const company = { name: 'Acme', x12Ids: [{ qualifier: 'ZZ', id: 'ACMESUPPLY' }], edifactIds: [], glns: [] };

export function openCore(dir: string): Core {
  const core = createCore({ workspaceDir: dir, create: true, mode: 'test' });
  ensureMappingSchema(core.context.workspace.db);
  core.context.settings.update({ company }, 'test');
  return core;
}

export function mappingWorkspace(): MappingWorkspace {
  const temp = makeTempDir('crossdock-mapping-');
  const dir = join(temp.path, 'ws');
  const core = openCore(dir);
  const db = core.context.workspace.db;
  let closed = false;
  return {
    core,
    dir,
    db,
    ingest(text, name = 'file.x12') {
      const outcome = receive(core.context, { name, path: null, bytes: Buffer.from(text, 'latin1'), source: 'upload' });
      if (outcome.kind !== 'ingested') throw new Error(`not ingested: ${outcome.kind}`);
      return outcome.processed.fileId;
    },
    partnerId: (name) => db.prepare('SELECT id FROM partners WHERE name = ?').pluck().get(name) as number,
    documentId: (poNumber) => db.prepare('SELECT id FROM documents WHERE po_number = ?').pluck().get(poNumber) as number,
    close() {
      if (!closed) core.close();
      closed = true;
    },
    cleanup() {
      if (!closed) core.close();
      closed = true;
      temp.cleanup();
    },
  };
}

/** Resolves with the task's last progress once it is no longer running. */
export function waitForTask(core: Core, taskId: string, timeoutMs = 20_000): Promise<TaskProgress> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`task ${taskId} did not end in ${timeoutMs} ms`)), timeoutMs);
    const stop = core.on('task.progress', (progress) => {
      if (progress.taskId !== taskId || progress.state === 'running') return;
      clearTimeout(timer);
      stop();
      resolve(progress);
    });
  });
}

/** The default 850 map with extra rules appended (a partner's variation of it). */
export function default850With(...rules: MapDefinition['rules']): MapDefinition {
  const base = defaultMaps.get('x12', '850');
  if (!base) throw new Error('no default 850 map');
  return { ...structuredClone(base), rules: [...structuredClone(base.rules), ...rules] };
}

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
