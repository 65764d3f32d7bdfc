/**
 * The demo replays three weeks of traffic in seconds, so what the ingest and the records import stamp with the wall
 * clock is set back to when each file or record would have arrived: SLA rules (ack due, ASN late, order not in the
 * ERP) measure from these instants, as they would in a workspace that had been running for three weeks.
 */
import type Database from 'better-sqlite3';
import type { DemoRecord } from './records.js';

function files(db: Database.Database, arrivals: ReadonlyMap<string, Date>): void {
  const fileOf = db.prepare('SELECT file_id FROM receipts WHERE original_name = ?').pluck();
  const receipts = db.prepare('UPDATE receipts SET received_at = ? WHERE file_id = ?');
  const firstReceived = db.prepare('UPDATE files SET first_received_at = ? WHERE id = ?');
  const documents = db.prepare('UPDATE documents SET received_at = ? WHERE file_id = ?');
  const acks = db.prepare('UPDATE acknowledgments_received SET received_at = ? WHERE file_id = ?');
  db.transaction(() => {
    for (const [name, at] of arrivals) {
      const fileId = fileOf.get(name) as number | undefined;
      if (fileId === undefined) continue;
      const instant = at.toISOString();
      receipts.run(instant, fileId);
      firstReceived.run(instant, fileId);
      documents.run(instant, fileId);
      acks.run(instant, fileId);
    }
    db.prepare('UPDATE outbound_acks SET acknowledged_at = (SELECT a.received_at FROM acknowledgments_received a WHERE a.id = outbound_acks.ack_received_id) WHERE ack_received_id IS NOT NULL').run();
  })();
}

function records(db: Database.Database, list: readonly DemoRecord[]): void {
  const update = db.prepare('UPDATE source_records SET received_at = ?, source_updated_at = ? WHERE stream = ? AND record_id = ?');
  const versions = db.prepare('UPDATE source_record_versions SET received_at = ? WHERE record_id IN (SELECT id FROM source_records WHERE stream = ? AND record_id = ?)');
  db.transaction(() => {
    for (const record of list) {
      const instant = record.at.toISOString();
      update.run(instant, instant, record.stream, record.recordId);
      versions.run(instant, record.stream, record.recordId);
    }
  })();
}

export const backdate = { files, records };
