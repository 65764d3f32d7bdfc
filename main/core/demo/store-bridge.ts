/**
 * The reconciliation store's records import and full rebuild, found at run time: the demo is written while the
 * store is, and without them it still builds every file, ingests the EDI and keeps the records as JSON files to load
 * later (`crossdock import-records`).
 */
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context.js';

export interface RecordsImporter {
  (context: CoreContext, input: { side: 'erp' | 'wms'; records: unknown[]; origin?: string }): unknown | Promise<unknown>;
}

export interface Rebuilder {
  (db: Database.Database, options: { now?: string; actor?: string }): Promise<{ found: number; threads: number }>;
}

export interface StoreApi {
  importRecords: RecordsImporter | null;
  rebuildAll: Rebuilder | null;
}

async function load(specifier: string): Promise<Record<string, unknown> | null> {
  try {
    return (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

const first = <T>(module: Record<string, unknown> | null, names: string[]): T | null => {
  for (const name of names) if (typeof module?.[name] === 'function') return module[name] as T;
  return null;
};

export async function storeApi(): Promise<StoreApi> {
  const [index, records, rebuild] = await Promise.all([load('../reconcile-store/index.js'), load('../reconcile-store/records.js'), load('../reconcile-store/rebuild.js')]);
  return {
    importRecords: first<RecordsImporter>(index, ['importRecords']) ?? first<RecordsImporter>(records, ['importRecords']),
    rebuildAll: first<Rebuilder>(index, ['rebuildAll']) ?? first<Rebuilder>(rebuild, ['rebuildAll']),
  };
}
