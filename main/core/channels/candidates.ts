/**
 * The maps that may claim a channel file: every partner's published CSV and JSON maps (signature matching), or, for
 * a delivery that names its partner, that partner's published maps, else the workspace's, else the built-in ones.
 * Compiled handles come from mapping-store's per-connection cache.
 */
import type Database from 'better-sqlite3';
import type { CompiledMap } from '../mapping/index.js';
import { builtInDefaults } from '../mapping-store/engine.js';
import { hasMappingSchema } from '../mapping-store/ingest-mapper.js';
import { defaultMapHandle, storedMapHandle } from '../mapping-store/resolver.js';
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

function published(db: Database.Database): CandidateMap[] {
  if (!hasMappingSchema(db)) return [];
  return (db.prepare(PUBLISHED_SQL).all() as PublishedRow[]).flatMap((row) => fromRow(db, row) ?? []);
}

/** Every published CSV/JSON map, the workspace's included (they cannot claim a file: they name no partner). */
export function publishedCandidates(db: Database.Database): CandidateMap[] {
  return published(db);
}

/** Published partner maps only: a workspace map names no partner, so it cannot tell whose file this is. */
export function partnerCandidates(db: Database.Database): CandidateMap[] {
  return published(db).filter((candidate) => candidate.partnerId !== null);
}

/** For a delivery that names its partner: the partner's maps, else the workspace's, else the built-in CSV/JSON maps. */
export function candidatesForPartner(db: Database.Database, partnerId: number, partnerName: string): CandidateMap[] {
  const all = published(db);
  const own = all.filter((candidate) => candidate.partnerId === partnerId);
  if (own.length > 0) return own;
  const workspace = all.filter((candidate) => candidate.partnerId === null);
  const chosen: CandidateMap[] = workspace.length > 0 ? workspace : builtIns(db);
  return chosen.map((candidate) => ({ ...candidate, partnerId, partnerName }));
}

function builtIns(db: Database.Database): CandidateMap[] {
  if (!hasMappingSchema(db)) return [];
  return builtInDefaults()
    .filter((entry): entry is typeof entry & { standard: TabularStandard } => entry.standard === 'csv' || entry.standard === 'json')
    .flatMap((entry) => {
      const handle = defaultMapHandle(db, entry.standard, entry.type);
      if (!handle) return [];
      return [{ standard: entry.standard, type: entry.type, partnerId: null, partnerName: null, origin: 'default' as const, mapId: null, version: null, compiled: handle.compiled, kind: handle.kind }];
    });
}

export function describeCandidate(candidate: CandidateMap): string {
  const whose = candidate.partnerName ?? (candidate.origin === 'default' ? 'built-in' : 'workspace');
  return `${whose} ${candidate.standard.toUpperCase()} map '${candidate.type}'${candidate.version === null ? '' : ` v${candidate.version}`}`;
}
