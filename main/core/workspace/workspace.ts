/**
 * A workspace is a folder: workspace.db (SQLite: WAL, foreign keys, STRICT tables, numbered migrations),
 * archive/ (every received file by content hash, never modified), inbox/ (watched), outbox/ (acks and exports).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { APP_VERSION } from '../version.js';
import { WorkspaceError } from './errors.js';
import { loadMigrations, migrate } from './migrate.js';

export const DATABASE_FILE = 'workspace.db';

export interface Workspace {
  readonly path: string;
  readonly db: Database.Database;
  readonly folders: { archive: string; inbox: string; outbox: string };
  readonly schemaVersion: number;
  meta(key: string): string | undefined;
  close(): void;
}

export interface OpenOptions {
  /** create the folder and database when missing (default false: opening a missing workspace is an error) */
  create?: boolean;
  readonly?: boolean;
}

export function openWorkspace(dir: string, options: OpenOptions = {}): Workspace {
  const path = resolve(dir);
  const databasePath = join(path, DATABASE_FILE);
  if (!existsSync(databasePath)) {
    if (!options.create) {
      throw new WorkspaceError('not-a-workspace', `${path} is not a Crossdock workspace (no ${DATABASE_FILE}). Create one with: crossdock workspace init ${dir}`);
    }
    if (existsSync(path) && !statSync(path).isDirectory()) {
      throw new WorkspaceError('not-a-workspace', `${path} exists and is not a folder`);
    }
  }
  const folders = { archive: join(path, 'archive'), inbox: join(path, 'inbox'), outbox: join(path, 'outbox') };
  if (!options.readonly) for (const folder of [path, ...Object.values(folders)]) mkdirSync(folder, { recursive: true });

  let db: Database.Database;
  try {
    db = new Database(databasePath, { readonly: options.readonly ?? false, fileMustExist: !options.create });
  } catch (error) {
    throw new WorkspaceError('unreadable', `Cannot open ${databasePath}: ${(error as Error).message}`);
  }
  try {
    configure(db, options.readonly ?? false);
    const schemaVersion = options.readonly ? loadMigrations().length : migrate(db);
    if (!options.readonly) ensureIdentity(db);
    const metaStatement = db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck();
    return {
      path,
      db,
      folders,
      schemaVersion,
      meta: (key) => metaStatement.get(key) as string | undefined,
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    if (error instanceof WorkspaceError) throw error;
    const message = (error as Error).message;
    if (/file is not a database|malformed/i.test(message)) {
      throw new WorkspaceError('unreadable', `${databasePath} is damaged or not a Crossdock database: ${message}`);
    }
    if (/database is locked|SQLITE_BUSY/i.test(message)) {
      throw new WorkspaceError('locked', `${databasePath} is locked by another process`);
    }
    throw error;
  }
}

function configure(db: Database.Database, readonly: boolean): void {
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL in WAL mode: a commit survives a process crash; only an OS crash can lose the last commits, and the
  // archive copy of every file is fsynced before its receipt is written, so re-processing can always recover it.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // Statement journals in memory: every insert into documents (a UNIQUE key, 17 indexes) needs one, and SQLite
  // spills one larger than 64 KiB to a temporary file; with FILE that was two pwrite calls per touched index page
  // (2.4 million for the 50 MiB benchmark file, more than half of its ingest time).
  db.pragma('temp_store = MEMORY');
  // A 64 MiB page cache (the default is 2 MiB): the Documents list reads thousands of scattered rows per page of a
  // bounded plan; at 1,000,000 rows its worst median was 33 ms with 64 MiB against 71-118 ms with 16-32 MiB (load
  // 4-5). Ingest does not need it and lowers it for the length of a batch (runBatchAsync) to stay in its memory
  // budget. Pages are only allocated as they are read, so a small workspace does not pay for it.
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  // Checkpoint every 8,000 WAL pages (32 MiB) instead of 1,000: an ingest commit of 64 small files touches hundreds
  // of index pages (17 indexes on documents, scattered keys), so the default checkpointed (copy back, two fsyncs)
  // every commit or two; a page rewritten by later commits is now copied back once. Measured: ~10% less CPU for
  // 10,000 small files (two paired runs on a busy machine).
  if (!readonly) db.pragma('wal_autocheckpoint = 8000');
}

const PAGE_CACHE_KIB = 64 * 1024;

function ensureIdentity(db: Database.Database): void {
  const insert = db.prepare('INSERT OR IGNORE INTO workspace_meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    insert.run('id', randomUUID());
    insert.run('created_at', new Date().toISOString());
    insert.run('created_by_version', APP_VERSION);
  })();
}
