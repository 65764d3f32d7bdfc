/**
 * The maps that may claim a channel file: every partner's published CSV and JSON maps (signature matching), or, for
 * a file assigned to its partner, that partner's published maps, else the workspace's. Published maps only, as for
 * EDI ingest (4c9c0d0): a built-in map is where a partner's map starts, not one that applies. Compiled handles come
 * from mapping-store's per-connection cache.
 */
import type Database from 'better-sqlite3';
import type { CompiledMap } from '../mapping/index.js';
import { hasMappingSchema } from '../mapping-store/ingest-mapper.js';
import { storedMapHandle } from '../mapping-store/resolver.js';
import type { MapOrigin } from '../mapping-store/types.js';

export type TabularStandard = 'csv' | 'json';

export interface CandidateMap {
  standard: TabularStandard;
  /** the map's document type: the documents rows' type ('shopify-orders') */
  type: string;
  partnerId: number | null;
  partnerName: string | null;
  origin: MapOrigin;
  mapId: number | null;
  version: number | null;
  compiled: CompiledMap;
  kind: string;
}

interface PublishedRow {
  id: number;
  partner_id: number | null;
  partner_name: string | null;
  standard: TabularStandard;
  doc_type: string;
  version: number;
}

// Merged-away partners' maps stay with their old id (0006) and are inert: only surviving partners claim files.
const PUBLISHED_SQL = `SELECT m.id, m.partner_id, p.name AS partner_name, m.standard, m.doc_type, m.version FROM maps m
  LEFT JOIN partners p ON p.id = m.partner_id
  WHERE m.status = 'published' AND m.standard IN ('csv', 'json') AND (m.partner_id IS NULL OR p.merged_into IS NULL)
  ORDER BY m.partner_id, m.standard, m.doc_type`;

function fromRow(db: Database.Database, row: PublishedRow): CandidateMap | null {
  const handle = storedMapHandle(db, row.id);
  if (!handle) return null;
  return {
    standard: row.standard,
    type: row.doc_type,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    origin: row.partner_id === null ? 'workspace' : 'partner',
    mapId: row.id,
    version: row.version,
    compiled: handle.compiled,
    kind: handle.kind,
  };
}

const publishedStatements = new WeakMap<Database.Database, Database.Statement>();

/** Asked for every file the EDI parser does not recognise: the statement is prepared once per connection. */
function published(db: Database.Database): CandidateMap[] {
  if (!hasMappingSchema(db)) return [];
  let statement = publishedStatements.get(db);
  if (!statement) {
    statement = db.prepare(PUBLISHED_SQL);
    publishedStatements.set(db, statement);
  }
  return (statement.all() as PublishedRow[]).flatMap((row) => fromRow(db, row) ?? []);
}

/** Every published CSV/JSON map, the workspace's included (they cannot claim a file: they name no partner). */
export function publishedCandidates(db: Database.Database): CandidateMap[] {
  return published(db);
}

/** Published partner maps only: a workspace map names no partner, so it cannot tell whose file this is. */
export function partnerCandidates(db: Database.Database): CandidateMap[] {
  return published(db).filter((candidate) => candidate.partnerId !== null);
}

/** For a file assigned to its partner: the partner's published maps, else the workspace's. */
export function candidatesForPartner(db: Database.Database, partnerId: number, partnerName: string): CandidateMap[] {
  const all = published(db);
  const own = all.filter((candidate) => candidate.partnerId === partnerId);
  if (own.length > 0) return own;
  return all.filter((candidate) => candidate.partnerId === null).map((candidate) => ({ ...candidate, partnerId, partnerName }));
}

export function describeCandidate(candidate: CandidateMap): string {
  const whose = candidate.partnerName ?? (candidate.origin === 'default' ? 'built-in' : 'workspace');
  return `${whose} ${candidate.standard.toUpperCase()} map '${candidate.type}'${candidate.version === null ? '' : ` v${candidate.version}`}`;
}
