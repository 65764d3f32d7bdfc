/** Saved review-queue views (views.list/save/delete): a unique name with the filter and sort it applies. */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import type { QueueFilter, QueueSort, SavedView } from './types.js';

interface ViewRow {
  id: number;
  name: string;
  filter_json: string;
  sort_json: string;
  updated_at: string;
}

function viewOf(row: ViewRow): SavedView {
  const sort = JSON.parse(row.sort_json) as Partial<QueueSort>;
  return { id: row.id, name: row.name, filter: JSON.parse(row.filter_json) as QueueFilter, sort: sort.field && sort.direction ? (sort as QueueSort) : null, updatedAt: row.updated_at };
}

const COLUMNS = 'id, name, filter_json, sort_json, updated_at';

export function listViews(db: Database.Database): SavedView[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM saved_views ORDER BY name COLLATE NOCASE, id`).all() as ViewRow[]).map(viewOf);
}

export interface ViewInput {
  id?: number | undefined;
  name: string;
  filter: QueueFilter;
  sort: QueueSort | null;
}

/** Creates a view, or updates view `id`; a name another view has is refused as a conflict. */
export function saveView(db: Database.Database, input: ViewInput, now: string = new Date().toISOString()): SavedView {
  const name = input.name.trim();
  return db.transaction(() => {
    const holder = db.prepare('SELECT id FROM saved_views WHERE name = ?').pluck().get(name) as number | undefined;
    if (holder !== undefined && holder !== input.id) throw new CoreError('conflict', `A saved view named "${name}" already exists; choose another name or update that view`, { id: holder });
    const filter = JSON.stringify(input.filter);
    const sort = JSON.stringify(input.sort ?? {});
    let id: number;
    if (input.id !== undefined) {
      const updated = db.prepare('UPDATE saved_views SET name = ?, filter_json = ?, sort_json = ?, updated_at = ? WHERE id = ?').run(name, filter, sort, now, input.id);
      if (updated.changes === 0) throw new CoreError('not-found', `There is no saved view ${input.id}; it may have been deleted`);
      id = input.id;
    } else {
      id = Number(db.prepare('INSERT INTO saved_views (name, filter_json, sort_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(name, filter, sort, now, now).lastInsertRowid);
    }
    return viewOf(db.prepare(`SELECT ${COLUMNS} FROM saved_views WHERE id = ?`).get(id) as ViewRow);
  })();
}

export function deleteView(db: Database.Database, id: number): { deleted: boolean } {
  return { deleted: db.prepare('DELETE FROM saved_views WHERE id = ?').run(id).changes > 0 };
}
