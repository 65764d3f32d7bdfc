/**
 * What the engine needs from the partners' profiles: an ItemResolver over their cross-references and per-partner
 * tolerances and SLAs. Profiles are read lazily, once per partner per environment: build one environment per
 * evaluation (or per rebuild), so a profile edited between two evaluations applies at the next one.
 */
import type Database from 'better-sqlite3';
import { crossReferencesFor, type PartnerCrossReferences } from '../partners/cross-references.js';
import { catalogItemsOf } from './catalog-items.js';
import { DEFAULT_SETTINGS, itemResolverFrom, settingsFromProfile } from '../reconcile/index.js';
import type { ItemResolver, PartnerSettings, ReconcileContext } from '../reconcile/index.js';

export interface ReconcileEnv {
  items: ItemResolver;
  settingsFor(partnerId: number | undefined): PartnerSettings;
  partnerName(partnerId: number | null | undefined): string | null;
  /** the workspace's ack overdue hours and the partners' own (main/core/acks) */
  ackHoursFor(partnerId: number): number;
}

export function reconcileEnvFor(db: Database.Database): ReconcileEnv {
  const lookups = new Map<number, PartnerCrossReferences | undefined>();
  const settings = new Map<number, PartnerSettings>();
  const names = new Map<number, string | null>();
  const nameOf = db.prepare('SELECT name FROM partners WHERE id = ?').pluck();
  let ackHours: { workspace: number; partners: Map<number, number> } | undefined;

  const crossReferences = (partnerId: number): PartnerCrossReferences | undefined => {
    if (!lookups.has(partnerId)) {
      let found: PartnerCrossReferences | undefined;
      try {
        found = crossReferencesFor(db, partnerId);
      } catch {
        // a partner id no longer stored (a document of a deleted partner): no cross-references, default settings
        found = undefined;
      }
      lookups.set(partnerId, found);
    }
    return lookups.get(partnerId);
  };

  return {
    items: itemResolverFrom(crossReferences, catalogItemsOf(db)),
    settingsFor(partnerId) {
      if (partnerId === undefined) return DEFAULT_SETTINGS;
      let found = settings.get(partnerId);
      if (!found) {
        const references = crossReferences(partnerId);
        found = references ? settingsFromProfile(references) : DEFAULT_SETTINGS;
        settings.set(partnerId, found);
      }
      return found;
    },
    partnerName(partnerId) {
      if (partnerId === null || partnerId === undefined) return null;
      if (!names.has(partnerId)) names.set(partnerId, (nameOf.get(partnerId) as string | undefined) ?? null);
      return names.get(partnerId) ?? null;
    },
    ackHoursFor(partnerId) {
      ackHours ??= readAckHours(db);
      return ackHours.partners.get(partnerId) ?? ackHours.workspace;
    },
  };
}

function readAckHours(db: Database.Database): { workspace: number; partners: Map<number, number> } {
  const stored = db.prepare("SELECT value_json FROM settings WHERE key = 'ackOverdueHours'").pluck().get() as string | undefined;
  const parsed = stored === undefined ? undefined : (JSON.parse(stored) as unknown);
  const workspace = typeof parsed === 'number' && parsed > 0 ? parsed : 24;
  const rows = db
    .prepare(`SELECT id, json_extract(profile_json, '$.ackOverdueHours') AS hours FROM partners WHERE json_valid(profile_json) AND json_type(profile_json, '$.ackOverdueHours') = 'integer'`)
    .all() as { id: number; hours: number }[];
  return { workspace, partners: new Map(rows.filter((row) => row.hours > 0).map((row) => [row.id, row.hours])) };
}

/** The engine's context at `now` over an environment (built here when not given). */
export function reconcileContextFor(db: Database.Database, now: string, env: ReconcileEnv = reconcileEnvFor(db)): ReconcileContext {
  return { now, items: env.items, settingsFor: (partnerId) => env.settingsFor(partnerId) };
}
