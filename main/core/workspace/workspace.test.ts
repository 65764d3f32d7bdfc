import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { WorkspaceError } from './errors.js';
import { defaultMigrationsDir, loadMigrations, migrate } from './migrate.js';
import { openWorkspace } from './workspace.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('workspace', () => {
  it('creates the folder layout and a WAL database with foreign keys on', () => {
    const workspace = openWorkspace(join(temp.path, 'ws'), { create: true });
    for (const folder of ['archive', 'inbox', 'outbox']) expect(existsSync(join(temp.path, 'ws', folder))).toBe(true);
    expect(workspace.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(workspace.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(workspace.schemaVersion).toBe(loadMigrations().length);
    expect(workspace.meta('id')).toMatch(/^[0-9a-f-]{36}$/);
    workspace.close();
  });

  it('migrates a fresh database to the expected STRICT schema', () => {
    const db = new Database(':memory:');
    migrate(db);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['audit_log', 'schema_migrations', 'settings', 'workspace_meta']));
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT(,\s*WITHOUT ROWID)?$/);
    const applied = db.prepare('SELECT version, sha256 FROM schema_migrations ORDER BY version').all() as { version: number; sha256: string }[];
    expect(applied.map((row) => row.version)).toEqual(loadMigrations().map((m) => m.version));
  });

  it('is idempotent: reopening applies nothing twice and keeps the identity', () => {
    const dir = join(temp.path, 'ws');
    const first = openWorkspace(dir, { create: true });
    const id = first.meta('id');
    first.close();
    const second = openWorkspace(dir);
    expect(second.meta('id')).toBe(id);
    expect(second.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(loadMigrations().length);
    second.close();
  });

  it('refuses a migration edited after it was applied', () => {
    const db = new Database(':memory:');
    migrate(db);
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, sha256: 'f'.repeat(64) } : m));
    expect(() => migrate(db, edited)).toThrow(/was changed after it was applied/);
  });

  it('gives a clear error for a workspace written by a newer version', () => {
    const dir = join(temp.path, 'ws');
    openWorkspace(dir, { create: true }).close();
    const db = new Database(join(dir, 'workspace.db'));
    db.prepare('INSERT INTO schema_migrations VALUES (999, ?, ?, ?)').run('future', 'x', new Date().toISOString());
    db.close();
    expect(() => openWorkspace(dir)).toThrowError(WorkspaceError);
    expect(() => openWorkspace(dir)).toThrow(/schema version 999, written by a newer Crossdock/);
  });

  it('refuses to open a folder that is not a workspace unless asked to create it', () => {
    expect(() => openWorkspace(join(temp.path, 'missing'))).toThrow(/is not a Crossdock workspace/);
  });

  it('reports a damaged database file instead of crashing', () => {
    const dir = join(temp.path, 'ws');
    mkdirSync(dir);
    writeFileSync(join(dir, 'workspace.db'), 'this is not sqlite, just text that is long enough to be read as a header');
    expect(() => openWorkspace(dir)).toThrow(/damaged or not a Crossdock database/);
  });

  it('finds migrations by sorted name and rejects gaps', () => {
    const dir = join(temp.path, 'migrations');
    cpSync(defaultMigrationsDir, dir, { recursive: true });
    const skipped = String(loadMigrations().length + 2).padStart(4, '0');
    writeFileSync(join(dir, `${skipped}_skipped.sql`), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/out of sequence/);
  });
});
