/** documents.facets: what the filter bar offers (partners, types, statuses, directions) with document counts. */
import type Database from 'better-sqlite3';
import type { DocumentDirection, DocumentFacets, DocumentStatus } from '../api/types-documents.js';
import { transactionTypeName } from './rows.js';
import { cachedByDataVersion } from './version-cache.js';

export function documentFacets(db: Database.Database): DocumentFacets {
  return cachedByDataVersion(db, 'documents.facets', () => computeFacets(db));
}

function computeFacets(db: Database.Database): DocumentFacets {
  // Each count walks one narrow index once; the whole answer is cached until the database changes.
  const partners = db
    .prepare(
      `SELECT p.id, p.name, c.documents FROM (SELECT partner_id, count(*) AS documents FROM documents INDEXED BY documents_partner GROUP BY partner_id) c
       JOIN partners p ON p.id = c.partner_id ORDER BY p.name, p.id`,
    )
    .all() as { id: number; name: string; documents: number }[];
  const types = db
    .prepare('SELECT type, min(standard) AS standard, min(version) AS version, count(*) AS documents FROM documents INDEXED BY documents_type GROUP BY type ORDER BY type')
    .all() as { type: string; standard: 'x12' | 'edifact'; version: string; documents: number }[];
  const statuses: Record<DocumentStatus, number> = { accepted: 0, 'accepted-with-errors': 0, rejected: 0 };
  for (const row of db.prepare('SELECT status, count(*) AS n FROM documents INDEXED BY documents_status GROUP BY status').all() as { status: DocumentStatus; n: number }[]) statuses[row.status] = row.n;
  const directions: Record<DocumentDirection, number> = { inbound: 0, outbound: 0 };
  for (const row of db.prepare('SELECT direction, count(*) AS n FROM documents INDEXED BY documents_direction GROUP BY direction').all() as { direction: DocumentDirection; n: number }[]) directions[row.direction] = row.n;
  return {
    partners,
    types: types.map((row) => ({ type: row.type, name: transactionTypeName(row.standard, row.type, row.version), documents: row.documents })),
    statuses,
    directions,
    total: statuses.accepted + statuses['accepted-with-errors'] + statuses.rejected,
  };
}
