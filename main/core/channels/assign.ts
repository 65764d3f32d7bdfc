/**
 * Assigning a channel file to a partner and re-processing it with that partner's maps (see assignment.ts). The
 * entry point for a delivery that names its partner too: record the assignment after the receipt, before the file
 * is processed.
 */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import type { CoreContext } from '../context.js';
import { readArchived } from '../ingest/archive.js';
import { processArchivedFile, type ProcessedFile } from '../ingest/process-file.js';
import { ingestStoreFor, type FileRow } from '../ingest/store.js';
import { recordAssignment } from './assignment.js';

/** Throws not-found unless the partner exists (checked before a file is assigned to it or delivered for it). */
export function requirePartner(db: Database.Database, partnerId: number): void {
  if (db.prepare('SELECT 1 FROM partners WHERE id = ?').pluck().get(partnerId) !== 1) throw new CoreError('not-found', `There is no partner ${partnerId}`);
}

/** partnerId null clears the assignment (the maps' signatures decide again). Returns the re-processed outcome. */
export function assignFilePartner(context: CoreContext, fileId: number, partnerId: number | null, actor: string): ProcessedFile {
  const { db } = context.workspace;
  const file = ingestStoreFor(db).fileById.get(fileId) as FileRow | undefined;
  if (!file) throw new CoreError('not-found', `There is no file ${fileId}`);
  if (partnerId !== null) requirePartner(db, partnerId);
  const bytes = readArchived(context.workspace.folders.archive, file.archive_path);
  return db.transaction(() => {
    recordAssignment(db, fileId, partnerId, actor);
    return processArchivedFile(context, file, bytes);
  })();
}
