/**
 * Sorting by type or status walks the values in order (either direction) around an index of each value's documents
 * newest first. SQLite keeps that order only when the outer loop is an indexed table, not a list of constants, so
 * the values live in a per-connection TEMP table. It is rebuilt only when the set of types changes: a trigger on
 * documents would have done it on insert, but a trigger makes SQLite keep a statement journal for every inserted
 * document, which measured four times the cost of the insert itself.
 */
import type Database from 'better-sqlite3';

const STATUSES = ['accepted', 'accepted-with-errors', 'rejected'];
const written = new WeakMap<Database.Database, string>();

/** The distinct types, one index seek each (a loose index scan over documents_type). */
export function distinctTypes(db: Database.Database): string[] {
  return db
    .prepare(
      `WITH RECURSIVE types(value) AS (
         SELECT (SELECT min(type) FROM documents INDEXED BY documents_type)
         UNION ALL
         SELECT (SELECT min(type) FROM documents INDEXED BY documents_type WHERE type > types.value) FROM types WHERE types.value IS NOT NULL
       ) SELECT value FROM types WHERE value IS NOT NULL`,
    )
    .pluck()
    .all() as string[];
}

export function ensureSortValues(db: Database.Database): void {
  const types = distinctTypes(db);
  const key = types.join('\u0000');
  if (written.get(db) === key) return;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS document_sort_values (facet TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (facet, value))');
  const insert = db.prepare('INSERT INTO temp.document_sort_values (facet, value) VALUES (?, ?)');
  db.transaction(() => {
    db.exec('DELETE FROM temp.document_sort_values');
    for (const status of STATUSES) insert.run('status', status);
    for (const type of types) insert.run('type', type);
  })();
  written.set(db, key);
}
