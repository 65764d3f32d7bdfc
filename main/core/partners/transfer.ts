/**
 * A profile as a JSON document (`crossdock-partner/1`) to move between workspaces or keep in version control.
 * Import finds the partner by the document's identifiers: none known → a new partner; one → that partner is
 * updated (its other identifiers kept, the document's new ones added); several → refused until they are merged.
 */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import { compareIdentifiers, describeIdentifier, identifierToRow, ownerOf } from './identifiers.js';
import { getPartner } from './profiles.js';
import { DEFAULT_PROFILE_FIELDS, PARTNER_EXPORT_FORMAT, PROFILE_FIELD_KEYS, type PartnerExport, type PartnerProfileFields } from './profile-schema.js';
import { audit, learnedOf, parseRawProfile, partnerRow, survivorOf, withFields, writeRawProfile } from './stored-profile.js';
import type { PartnerImportResult } from './types.js';

export function exportPartner(db: Database.Database, partnerId: number, now = new Date()): PartnerExport {
  const detail = getPartner(db, partnerId);
  return { format: PARTNER_EXPORT_FORMAT, exportedAt: now.toISOString(), profile: detail.profile, identifiers: detail.identifiers, learned: detail.learned };
}

export function importPartner(db: Database.Database, document: PartnerExport, actor: string): PartnerImportResult {
  const { name, ...given } = document.profile;
  const fields: PartnerProfileFields = { ...DEFAULT_PROFILE_FIELDS };
  for (const key of PROFILE_FIELD_KEYS) if (given[key] !== undefined) (fields as Record<string, unknown>)[key] = given[key];
  let partnerId = 0;
  let created = false;
  const identifiersAdded: PartnerImportResult['identifiersAdded'] = [];
  db.transaction(() => {
    const owners = new Map<number, string[]>();
    for (const identifier of document.identifiers) {
      const owner = ownerOf(db, identifier);
      if (owner === undefined) continue;
      const survivor = survivorOf(db, owner);
      owners.set(survivor, [...(owners.get(survivor) ?? []), describeIdentifier(identifier)]);
    }
    if (owners.size > 1) {
      const which = [...owners].map(([id, ids]) => `${partnerRow(db, id).name} (partner ${id}: ${ids.join(', ')})`).join(' and ');
      throw new CoreError('conflict', `The document's identifiers belong to more than one partner: ${which}. Merge them first, then import.`);
    }
    const existing = [...owners.keys()][0];
    if (existing === undefined) {
      const learned = document.learned ?? {};
      const seed = { delimiters: learned.delimiters ?? null, versions: learned.versions ?? [], quirks: learned.quirks ?? [], standards: learned.standards ?? [] };
      partnerId = Number(db.prepare('INSERT INTO partners (name, created_at, profile_json) VALUES (?, ?, ?)').run(name, new Date().toISOString(), JSON.stringify(withFields(seed, fields))).lastInsertRowid);
      created = true;
    } else {
      partnerId = existing;
      const row = partnerRow(db, partnerId);
      const raw = parseRawProfile(row.profile_json);
      // what ingest learned stays; everything the coordinator edits comes from the document
      writeRawProfile(db, partnerId, withFields({ ...raw, ...learnedOf(raw) }, fields));
      db.prepare('UPDATE partners SET name = ? WHERE id = ?').run(name, partnerId);
    }
    const insert = db.prepare('INSERT OR IGNORE INTO partner_identifiers (standard, qualifier, identifier, partner_id) VALUES (?, ?, ?, ?)');
    for (const identifier of document.identifiers) {
      const row = identifierToRow(identifier);
      if (insert.run(row.standard, row.qualifier, row.identifier, partnerId).changes > 0) identifiersAdded.push(identifier);
    }
    audit(db, actor, 'partners.import', partnerId, { created, identifiersAdded });
  })();
  identifiersAdded.sort(compareIdentifiers);
  return { partner: getPartner(db, partnerId), created, identifiersAdded };
}
