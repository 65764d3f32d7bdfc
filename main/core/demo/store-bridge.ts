/**
 * After the replay: three weeks were loaded in seconds, so the review queue's history is set to the story's time.
 * What was found only while the replay was half-loaded is forgotten, and each finding is dated when its thread last
 * moved (ages, the age filter and the dashboard's trend then read as in a workspace that had been running).
 */
import type Database from 'better-sqlite3';

/** Removes mismatches nobody touched that the full rebuild cleared, and the restatements of the ones it kept. */
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
    // a finding the rebuild restated (its evidence completed by a later file or record) was only ever this one
    db.prepare(`DELETE FROM mismatch_events WHERE action = 'changed' AND NOT EXISTS (SELECT 1 FROM mismatch_events e WHERE e.mismatch_id = mismatch_events.mismatch_id AND e.action NOT IN ('found', 'changed'))`).run();
    return ids.length;
  })();
}

/** Dates each open finding (and its 'found' event) at its thread's latest activity, never after `now`. */
export function dateFindingsInStory(db: Database.Database, now: string): void {
  db.transaction(() => {
    // found while the files were ingested (control numbers), on the real clock: the story's clock may be earlier
    db.prepare(`UPDATE mismatches SET first_seen_at = min(first_seen_at, ?), status_changed_at = min(status_changed_at, ?) WHERE status = 'open'`).run(now, now);
    db.prepare(
      `UPDATE mismatches SET first_seen_at = min(t.last_activity_at, ?), status_changed_at = min(t.last_activity_at, ?)
       FROM recon_threads t WHERE t.key = mismatches.thread_key AND t.last_activity_at IS NOT NULL AND mismatches.status = 'open'`,
    ).run(now, now);
    db.prepare(`UPDATE mismatch_events SET at = (SELECT m.first_seen_at FROM mismatches m WHERE m.id = mismatch_events.mismatch_id) WHERE action = 'found'`).run();
  })();
}
