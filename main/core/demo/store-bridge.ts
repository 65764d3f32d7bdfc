/**
 * The reconciliation store's records import, found at run time while it is being written (without it the demo
 * still ingests the EDI and keeps the records as JSON files to load later), and the clean-up after the replay.
 */
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context.js';

export interface RecordsImporter {
  (context: CoreContext, input: { side: 'erp' | 'wms'; records: readonly unknown[]; origin?: string }, now?: string): unknown;
}

async function load(specifier: string): Promise<Record<string, unknown> | null> {
  try {
    return (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export async function recordsImporter(): Promise<RecordsImporter | null> {
  for (const specifier of ['../reconcile-store/index.js', '../reconcile-store/records.js']) {
    const module = await load(specifier);
    if (typeof module?.importRecords === 'function') return module.importRecords as RecordsImporter;
  }
  return null;
}

/**
 * Replaying three weeks in seconds evaluates threads before their files are back-dated or their other records are
 * in; what that found and the full rebuild cleared never happened in the story, so it leaves no trace in the queue's
 * history. Only mismatches nobody touched (found, then cleared by the system) are removed.
 */
export function forgetReplayArtifacts(db: Database.Database): number {
  return db.transaction(() => {
    const ids = db
      .prepare(`SELECT id FROM mismatches m WHERE present = 0 AND NOT EXISTS (SELECT 1 FROM mismatch_events e WHERE e.mismatch_id = m.id AND e.action NOT IN ('found', 'cleared', 'changed', 'reopened'))`)
      .pluck()
      .all() as string[];
    const events = db.prepare('DELETE FROM mismatch_events WHERE mismatch_id = ?');
    const mismatch = db.prepare('DELETE FROM mismatches WHERE id = ?');
    for (const id of ids) {
      events.run(id);
      mismatch.run(id);
    }
    return ids.length;
  })();
}
