/** maps.list / get / saveDraft / discardDraft / publish / rollback / samples: the editor's view of stored maps. */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import type { CoreContext } from '../context.js';
import { builtInDefaults, compileDefinition } from './engine.js';
import { mapRepositoryFor, parseDefinition, toSummary, type MapKey, type MapRow } from './repository.js';
import { remapPartner } from './remap.js';
import type { MapOrigin, MapRecord, MapSamples, MapsList, MapStandard, MapTypeVersions, PublishResult, SaveDraftResult } from './types.js';

export function mapRecord(row: MapRow): MapRecord {
  const definition = parseDefinition(row);
  const compiled = compileDefinition(definition);
  return { ...toSummary(row, definition), definition, errors: compiled.ok ? [] : compiled.errors };
}

export function listMaps(db: Database.Database, partnerId: number | null): MapsList {
  const repository = mapRepositoryFor(db);
  const defaults = builtInDefaults();
  const types = new Map<string, MapTypeVersions>();
  const entry = (standard: MapStandard, type: string): MapTypeVersions => {
    const key = `${standard}|${type}`;
    let found = types.get(key);
    if (!found) {
      const builtIn = defaults.find((map) => map.standard === standard && map.type === type);
      // a built-in default is a starting point for a map, not one that applies: ingest maps with published maps only
      found = { standard, type, kind: builtIn?.kind ?? null, published: null, draft: null, effective: null, hasDefault: builtIn !== undefined, versions: [] };
      types.set(key, found);
    }
    return found;
  };
  for (const map of defaults) entry(map.standard, map.type);
  // A workspace map applies to a partner without its own.
  if (partnerId !== null) {
    for (const row of repository.ofScope(null)) if (row.status === 'published') entry(row.standard, row.doc_type).effective = 'workspace';
  }
  for (const row of repository.ofScope(partnerId)) {
    const item = entry(row.standard, row.doc_type);
    const summary = toSummary(row, parseDefinition(row));
    item.versions.push(summary);
    item.kind ??= summary.kind;
    if (row.status === 'published') {
      item.published = summary;
      item.effective = (partnerId === null ? 'workspace' : 'partner') satisfies MapOrigin;
    }
    if (row.status === 'draft') item.draft = summary;
  }
  const list = [...types.values()].sort((a, b) => a.standard.localeCompare(b.standard) || a.type.localeCompare(b.type));
  return { partnerId, types: list };
}

export function getMap(db: Database.Database, id: number): MapRecord {
  return mapRecord(mapRepositoryFor(db).require(id));
}

export function saveDraft(context: CoreContext, key: MapKey, definition: unknown, note: string | null, draftId?: number): SaveDraftResult {
  const source = (definition as { source?: { standard?: unknown; type?: unknown } }).source;
  if (source && typeof source.standard === 'string' && source.standard !== key.standard) {
    throw new CoreError('invalid-input', `The definition reads ${source.standard} but the draft is for ${key.standard}`);
  }
  const row = mapRepositoryFor(context.workspace.db).saveDraft(key, JSON.stringify(definition), note, context.actor, draftId);
  const map = mapRecord(row);
  return { map, errors: map.errors };
}

function publishRow(context: CoreContext, row: MapRow, action: 'map.published' | 'map.rolled-back'): PublishResult {
  const compiled = compileDefinition(parseDefinition(row));
  if (!compiled.ok) throw new CoreError('conflict', `Version ${row.version} does not compile; fix the draft first: ${compiled.errors[0]?.message ?? ''}`, compiled.errors);
  const published = mapRepositoryFor(context.workspace.db).publish(row.id, context.actor, action);
  const { taskId } = remapPartner(context, published.partner_id, { standard: published.standard, type: published.doc_type });
  return { map: mapRecord(published), taskId };
}

export function publishMap(context: CoreContext, id: number): PublishResult {
  const row = mapRepositoryFor(context.workspace.db).require(id);
  if (row.status !== 'draft') throw new CoreError('conflict', `Map ${id} (version ${row.version}) is ${row.status}; publish a draft, or roll back to a retired version`);
  return publishRow(context, row, 'map.published');
}

export function rollbackMap(context: CoreContext, key: MapKey, toVersion: number): PublishResult {
  const row = mapRepositoryFor(context.workspace.db).byVersion(key, toVersion);
  if (!row) throw new CoreError('not-found', `There is no version ${toVersion} of this map`);
  if (row.status === 'draft') throw new CoreError('conflict', `Version ${toVersion} is a draft; publish it instead`);
  if (row.status === 'published') throw new CoreError('conflict', `Version ${toVersion} is already the published version`);
  return publishRow(context, row, 'map.rolled-back');
}

export function listSamples(db: Database.Database, key: { partnerId: number; standard: string; type: string }, offset: number, limit: number): MapSamples {
  const rows = db
    .prepare(
      `SELECT d.id, d.file_id, d.received_at, d.control_number, d.segment_count, d.po_number, c.status AS canonical_status,
         (SELECT r.original_name FROM receipts r WHERE r.file_id = d.file_id ORDER BY r.id LIMIT 1) AS file_name
       FROM documents d INDEXED BY documents_partner_type LEFT JOIN canonical_documents c ON c.document_id = d.id
       WHERE d.partner_id = ? AND d.type = ? AND d.standard = ?
       ORDER BY d.received_at DESC, d.id DESC LIMIT ? OFFSET ?`,
    )
    .all(key.partnerId, key.type, key.standard, limit, offset) as {
    id: number;
    file_id: number;
    received_at: string;
    control_number: string;
    segment_count: number;
    po_number: string | null;
    canonical_status: MapSamples['samples'][number]['canonicalStatus'];
    file_name: string | null;
  }[];
  return {
    samples: rows.map((row) => ({
      documentId: row.id,
      fileId: row.file_id,
      fileName: row.file_name,
      receivedAt: row.received_at,
      controlNumber: row.control_number,
      segmentCount: row.segment_count,
      poNumber: row.po_number,
      canonicalStatus: row.canonical_status,
    })),
  };
}
