/**
 * The maps table: versions per partner (or the workspace: partner NULL), standard and type; at most one draft and
 * one published version of each at a time (unique partial indexes in 0006). Definitions are stored as JSON text and
 * handed out opaque: compiling them is the engine's business (engine.ts).
 */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import type { MapStandard, MapStatus, MapVersionSummary } from './types.js';

export interface MapRow {
  id: number;
  partner_id: number | null;
  standard: MapStandard;
  doc_type: string;
  version: number;
  status: MapStatus;
  definition_json: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface MapKey {
  partnerId: number | null;
  standard: MapStandard;
  type: string;
}

const COLUMNS = 'id, partner_id, standard, doc_type, version, status, definition_json, note, created_at, updated_at, published_at';
const SCOPE = 'coalesce(partner_id, 0) = coalesce(?, 0) AND standard = ? AND doc_type = ?';

function statements(db: Database.Database) {
  return {
    byId: db.prepare(`SELECT ${COLUMNS} FROM maps WHERE id = ?`),
    ofScope: db.prepare(`SELECT ${COLUMNS} FROM maps WHERE coalesce(partner_id, 0) = coalesce(?, 0) ORDER BY standard, doc_type, version DESC`),
    versions: db.prepare(`SELECT ${COLUMNS} FROM maps WHERE ${SCOPE} ORDER BY version DESC`),
    byVersion: db.prepare(`SELECT ${COLUMNS} FROM maps WHERE ${SCOPE} AND version = ?`),
    published: db.prepare(`SELECT ${COLUMNS} FROM maps WHERE ${SCOPE} AND status = 'published'`),
    /** id and version only: asked once per ingested transaction of a mapped type */
    publishedId: db.prepare(`SELECT id, version FROM maps WHERE ${SCOPE} AND status = 'published'`),
    draft: db.prepare(`SELECT ${COLUMNS} FROM maps WHERE ${SCOPE} AND status = 'draft'`),
    nextVersion: db.prepare(`SELECT coalesce(max(version), 0) + 1 FROM maps WHERE ${SCOPE}`).pluck(),
    insert: db.prepare(
      `INSERT INTO maps (partner_id, standard, doc_type, version, status, definition_json, note, created_at, updated_at) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
    ),
    updateDraft: db.prepare(`UPDATE maps SET definition_json = ?, note = coalesce(?, note), updated_at = ? WHERE id = ? AND status = 'draft'`),
    deleteDraft: db.prepare(`DELETE FROM maps WHERE id = ? AND status = 'draft'`),
    retirePublished: db.prepare(`UPDATE maps SET status = 'retired', updated_at = ? WHERE ${SCOPE} AND status = 'published'`),
    markPublished: db.prepare(`UPDATE maps SET status = 'published', published_at = ?, updated_at = ? WHERE id = ?`),
    partnerExists: db.prepare('SELECT 1 FROM partners WHERE id = ?').pluck(),
    audit: db.prepare('INSERT INTO audit_log (at, actor, action, subject, detail_json) VALUES (?, ?, ?, ?, ?)'),
  };
}

export type MapRepository = ReturnType<typeof createMapRepository>;

const repositories = new WeakMap<Database.Database, MapRepository>();

/** Statements prepared once per connection (ingest asks for the published map of every mapped transaction). */
export function mapRepositoryFor(db: Database.Database): MapRepository {
  let repository = repositories.get(db);
  if (!repository) {
    repository = createMapRepository(db);
    repositories.set(db, repository);
  }
  return repository;
}

export function createMapRepository(db: Database.Database) {
  const sql = statements(db);
  const scope = (key: MapKey) => [key.partnerId, key.standard, key.type] as const;
  const audit = (actor: string, action: string, row: MapRow, detail: Record<string, unknown> = {}) =>
    sql.audit.run(new Date().toISOString(), actor, action, `map:${row.id}`, JSON.stringify({ partnerId: row.partner_id, standard: row.standard, type: row.doc_type, version: row.version, ...detail }));

  const repository = {
    byId: (id: number) => sql.byId.get(id) as MapRow | undefined,
    require(id: number): MapRow {
      const row = repository.byId(id);
      if (!row) throw new CoreError('not-found', `There is no map ${id}`);
      return row;
    },
    ofScope: (partnerId: number | null) => sql.ofScope.all(partnerId) as MapRow[],
    versions: (key: MapKey) => sql.versions.all(...scope(key)) as MapRow[],
    byVersion: (key: MapKey, version: number) => sql.byVersion.get(...scope(key), version) as MapRow | undefined,
    published: (key: MapKey) => sql.published.get(...scope(key)) as MapRow | undefined,
    publishedId: (key: MapKey) => sql.publishedId.get(...scope(key)) as { id: number; version: number } | undefined,
    draft: (key: MapKey) => sql.draft.get(...scope(key)) as MapRow | undefined,
    partnerExists: (partnerId: number) => sql.partnerExists.get(partnerId) === 1,

    /** Overwrites `draftId` (or the open draft of the key), or creates the next version as a draft. */
    saveDraft(key: MapKey, definitionJson: string, note: string | null, actor: string, draftId?: number): MapRow {
      if (key.partnerId !== null && !repository.partnerExists(key.partnerId)) throw new CoreError('not-found', `There is no partner ${key.partnerId}`);
      const now = new Date().toISOString();
      return db.transaction(() => {
        const existing = draftId !== undefined ? repository.require(draftId) : repository.draft(key);
        if (existing) {
          if (existing.status !== 'draft') throw new CoreError('conflict', `Map ${existing.id} (version ${existing.version}) is ${existing.status}; only drafts can be edited`);
          if (existing.partner_id !== key.partnerId || existing.standard !== key.standard || existing.doc_type !== key.type) {
            throw new CoreError('conflict', `Draft ${existing.id} belongs to another partner, standard or type`);
          }
          sql.updateDraft.run(definitionJson, note, now, existing.id);
          return repository.require(existing.id);
        }
        const version = sql.nextVersion.get(...scope(key)) as number;
        const id = Number(sql.insert.run(key.partnerId, key.standard, key.type, version, definitionJson, note, now, now).lastInsertRowid);
        const row = repository.require(id);
        audit(actor, 'map.draft-created', row);
        return row;
      })();
    },

    discardDraft(id: number, actor: string): boolean {
      const row = repository.byId(id);
      if (!row) return false;
      if (row.status !== 'draft') throw new CoreError('conflict', `Map ${id} is ${row.status}; only drafts can be discarded`);
      sql.deleteDraft.run(id);
      audit(actor, 'map.draft-discarded', row);
      return true;
    },

    /** Makes `id` the published version of its key (the previous one is retired), in one transaction. */
    publish(id: number, actor: string, action: 'map.published' | 'map.rolled-back'): MapRow {
      const now = new Date().toISOString();
      return db.transaction(() => {
        const row = repository.require(id);
        if (row.status === 'published') return row;
        const key: MapKey = { partnerId: row.partner_id, standard: row.standard, type: row.doc_type };
        const previous = repository.published(key);
        sql.retirePublished.run(now, ...scope(key));
        sql.markPublished.run(now, now, id);
        const published = repository.require(id);
        audit(actor, action, published, { previousVersion: previous?.version ?? null });
        return published;
      })();
    },
  };
  return repository;
}

export function toSummary(row: MapRow, definition: unknown): MapVersionSummary {
  const shape = (definition ?? {}) as { kind?: unknown; name?: unknown; rules?: unknown };
  return {
    id: row.id,
    partnerId: row.partner_id,
    standard: row.standard,
    type: row.doc_type,
    version: row.version,
    status: row.status,
    kind: typeof shape.kind === 'string' ? shape.kind : null,
    name: typeof shape.name === 'string' ? shape.name : null,
    note: row.note,
    ruleCount: Array.isArray(shape.rules) ? shape.rules.length : 0,
    createdAt: row.created_at,
    publishedAt: row.published_at,
  };
}

export function parseDefinition(row: MapRow): unknown {
  try {
    return JSON.parse(row.definition_json) as unknown;
  } catch {
    return null;
  }
}
