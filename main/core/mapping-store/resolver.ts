/**
 * Which map applies to a partner's document of a standard and type: the partner's published version, else the
 * workspace's published version (partner NULL), else the engine's built-in default. Compiled maps are cached per
 * connection by map id (a stored version's definition never changes once published; drafts are never cached) and
 * per (standard, type) for defaults.
 */
import type Database from 'better-sqlite3';
import { compileDefinition, defaultDefinitionFor, type CompiledHandle } from './engine.js';
import { mapRepositoryFor, parseDefinition, type MapKey } from './repository.js';
import type { MapOrigin, MapStandard } from './types.js';

export interface ResolvedMap {
  handle: CompiledHandle;
  origin: MapOrigin;
  mapId: number | null;
  version: number | null;
}

const compiledCaches = new WeakMap<Database.Database, Map<string, CompiledHandle | null>>();

function cacheOf(db: Database.Database): Map<string, CompiledHandle | null> {
  let cache = compiledCaches.get(db);
  if (!cache) {
    cache = new Map();
    compiledCaches.set(db, cache);
  }
  return cache;
}

function compiledFor(db: Database.Database, cacheKey: string, load: () => unknown): CompiledHandle | null {
  const cache = cacheOf(db);
  let handle = cache.get(cacheKey);
  if (handle === undefined) {
    const definition = load();
    const outcome = definition === undefined ? null : compileDefinition(definition);
    handle = outcome?.ok ? outcome.handle : null;
    cache.set(cacheKey, handle);
  }
  return handle;
}

export function storedMapHandle(db: Database.Database, id: number): CompiledHandle | null {
  return compiledFor(db, `map:${id}`, () => {
    const row = mapRepositoryFor(db).byId(id);
    return row && row.status !== 'draft' ? parseDefinition(row) : undefined;
  });
}

export function defaultMapHandle(db: Database.Database, standard: string, type: string): CompiledHandle | null {
  return compiledFor(db, `default:${standard}:${type}`, () => defaultDefinitionFor(standard, type) ?? undefined);
}

export interface ResolveOptions {
  /**
   * Fall back to the built-in default when nothing is published (previews, the CLI, regression baselines). Ingest
   * and re-mapping do not: a document is mapped by a map someone published for its partner (or for the whole
   * workspace), so onboarding decides what a partner's documents become, and ingest does not pay about a
   * millisecond per transaction for maps nobody chose (measured: 6 s → 50 s CPU for the 50 MiB benchmark file).
   */
  builtInDefaults?: boolean;
}

/** The map that applies now, or null ('unmapped'). A published map that no longer compiles (engine change) counts as absent. */
export function resolveMap(db: Database.Database, partnerId: number | null, standard: string, type: string, options: ResolveOptions = {}): ResolvedMap | null {
  const repository = mapRepositoryFor(db);
  const scopes: [number | null, MapOrigin][] = partnerId === null ? [[null, 'workspace']] : [[partnerId, 'partner'], [null, 'workspace']];
  for (const [scopePartner, origin] of scopes) {
    const key: MapKey = { partnerId: scopePartner, standard: standard as MapStandard, type };
    const published = repository.publishedId(key);
    if (!published) continue;
    const handle = storedMapHandle(db, published.id);
    if (handle) return { handle, origin, mapId: published.id, version: published.version };
  }
  if (options.builtInDefaults === false) return null;
  const handle = defaultMapHandle(db, standard, type);
  return handle ? { handle, origin: 'default', mapId: null, version: null } : null;
}

/**
 * Resolution memoised for one unit of work (a file being ingested, a remap run): a file of 40,000 orders asks once
 * per partner and type, not once per transaction.
 */
export function createResolutionMemo(db: Database.Database, options: ResolveOptions = {}): (partnerId: number | null, standard: string, type: string) => ResolvedMap | null {
  const memo = new Map<string, ResolvedMap | null>();
  return (partnerId, standard, type) => {
    const key = `${partnerId ?? ''}|${standard}|${type}`;
    let resolved = memo.get(key);
    if (resolved === undefined) {
      resolved = resolveMap(db, partnerId, standard, type, options);
      memo.set(key, resolved);
    }
    return resolved;
  };
}
