/**
 * After a crash (or a close) part-way through a remap, some of a partner's documents still carry the output of the
 * previous map version. This finds each published partner map with such documents and re-maps them; the start-up
 * path should call it once the workspace is open (like ingest's resume).
 */
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context.js';
import { hasMappingSchema } from './ingest-mapper.js';
import { remapPartner } from './remap.js';

export interface StaleScope {
  partnerId: number;
  standard: string;
  type: string;
}

/** Published partner maps with at least one document of theirs not mapped by them (one indexed probe per map). */
export function staleScopes(db: Database.Database): StaleScope[] {
  if (!hasMappingSchema(db)) return [];
  return db
    .prepare(
      `SELECT m.partner_id AS partnerId, m.standard, m.doc_type AS type FROM maps m
       WHERE m.status = 'published' AND m.partner_id IS NOT NULL AND EXISTS (
         SELECT 1 FROM documents d INDEXED BY documents_partner_type LEFT JOIN canonical_documents c ON c.document_id = d.id
         WHERE d.partner_id = m.partner_id AND d.type = m.doc_type AND d.standard = m.standard AND c.map_id IS NOT m.id)`,
    )
    .all() as StaleScope[];
}

/** Starts a remap task per stale scope; returns their task ids. */
export function resumeStaleRemaps(context: CoreContext): string[] {
  return staleScopes(context.workspace.db).map((scope) => remapPartner(context, scope.partnerId, scope).taskId);
}
