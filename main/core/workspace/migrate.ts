/**
 * Numbered, append-only SQL migrations found by sorted file name (NNNN_name.sql), each applied in its own
 * transaction and recorded with its SHA-256 so an edited migration is refused rather than silently diverging.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { WorkspaceError } from './errors.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  sha256: string;
}

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** Source tree: next to this file. Bundled Electron build: copied beside the bundle by the build config. */
export const defaultMigrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export function loadMigrations(dir = defaultMigrationsDir): Migration[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.sql')).sort();
  return files.map((file, index) => {
    const match = MIGRATION_FILE.exec(file);
    if (!match) throw new Error(`Migration file ${file} must be named NNNN_name.sql`);
    const version = Number(match[1]);
    if (version !== index + 1) throw new Error(`Migration ${file} is out of sequence: expected number ${index + 1}`);
    const sql = readFileSync(`${dir}/${file}`, 'utf8');
    return { version, name: match[2]!, sql, sha256: createHash('sha256').update(sql).digest('hex') };
  });
}

interface AppliedRow {
  version: number;
  name: string;
  sha256: string;
}

/** Applies pending migrations; returns the schema version after migrating. */
export function migrate(db: Database.Database, migrations: Migration[] = loadMigrations()): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const applied = db.prepare('SELECT version, name, sha256 FROM schema_migrations ORDER BY version').all() as AppliedRow[];
  const latestKnown = migrations.length;
  const newest = applied.at(-1)?.version ?? 0;
  if (newest > latestKnown) {
    throw new WorkspaceError(
      'workspace-newer',
      `This workspace uses schema version ${newest}, written by a newer Crossdock; this version knows up to ${latestKnown}. Update Crossdock to open it.`,
    );
  }
  for (const row of applied) {
    const known = migrations[row.version - 1];
    if (!known || known.sha256 !== row.sha256) {
      throw new WorkspaceError(
        'migration-edited',
        `Migration ${String(row.version).padStart(4, '0')}_${row.name} was changed after it was applied to this workspace; migrations are append-only.`,
      );
    }
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of migrations.slice(newest)) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, migration.sha256, new Date().toISOString());
    })();
  }
  return latestKnown;
}
