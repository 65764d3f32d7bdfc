/** documents.facets: what the filter bar offers (partners, types, statuses, directions) with document counts. */
import type Database from 'better-sqlite3';
import type { DocumentDirection, DocumentFacets, DocumentStatus } from '../api/types-documents.js';
import { transactionTypeName } from './rows.js';
import { distinctTypes } from './sort-values.js';
import { cachedByDataVersion } from './version-cache.js';

export function documentFacets(db: Database.Database): DocumentFacets {
  return cachedByDataVersion(db, 'documents.facets', () => computeFacets(db));
}

/**
 * Every count walks index entries only (never a table row), and the biggest ones are not walked at all: the table
 * total is SQLite's page-count shortcut, accepted = total − rejected − with errors, outbound = total − inbound.
 * About 0.1 s at a million documents; cached until the database changes.
 */
function computeFacets(db: Database.Database): DocumentFacets {
  const total = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  const partners = db
    .prepare(
      `SELECT p.id, p.name, c.documents FROM (SELECT partner_id, count(*) AS documents FROM documents INDEXED BY documents_partner GROUP BY partner_id) c
       JOIN partners p ON p.id = c.partner_id ORDER BY p.name, p.id`,
    )
    .all() as { id: number; name: string; documents: number }[];
  const countType = db.prepare('SELECT count(*) FROM documents INDEXED BY documents_type WHERE type = ?').pluck();
  const sampleType = db.prepare('SELECT standard, version FROM documents INDEXED BY documents_type WHERE type = ? LIMIT 1');
  const types = distinctTypes(db).map((type) => {
    const sample = sampleType.get(type) as { standard: 'x12' | 'edifact'; version: string };
    return { type, name: transactionTypeName(sample.standard, type, sample.version), documents: countType.get(type) as number };
  });
  const countStatus = db.prepare('SELECT count(*) FROM documents INDEXED BY documents_status WHERE status = ?').pluck();
  const rejected = countStatus.get('rejected') as number;
  const withErrors = countStatus.get('accepted-with-errors') as number;
  const statuses: Record<DocumentStatus, number> = { accepted: total - rejected - withErrors, 'accepted-with-errors': withErrors, rejected };
  const inbound = db.prepare("SELECT count(*) FROM documents INDEXED BY documents_direction WHERE direction = 'inbound'").pluck().get() as number;
  const directions: Record<DocumentDirection, number> = { inbound, outbound: total - inbound };
  return { partners, types, statuses, directions, total };
}
