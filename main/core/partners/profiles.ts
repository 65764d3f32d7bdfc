/** partners.list, partners.get and partners.update: the profile as a coordinator sees and edits it. */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import { describeIdentifier, identifiersByPartner, identifiersOf, identifierToRow, IDENTIFIER_STANDARDS } from './identifiers.js';
import type { PartnerIdentifier, PartnerProfilePatch } from './profile-schema.js';
import { audit, learnedOf, parseRawProfile, partnerRow, profileFieldsOf, withFields, writeRawProfile } from './stored-profile.js';
import type { PartnerDetail, PartnerDocumentCounts, PartnerList } from './types.js';

interface CountRow {
  partner_id: number;
  inbound: number;
  outbound: number;
  last: string | null;
}

// (partner_id, direction, received_at) covers it: no document row is read
const COUNTS_SQL = `SELECT partner_id, sum(direction = 'inbound') AS inbound, sum(direction = 'outbound') AS outbound, max(received_at) AS last
  FROM documents INDEXED BY documents_partner_direction WHERE partner_id IS NOT NULL`;

function counts(row: CountRow | undefined): PartnerDocumentCounts {
  const inbound = row?.inbound ?? 0;
  const outbound = row?.outbound ?? 0;
  return { inbound, outbound, total: inbound + outbound };
}

export function listPartners(db: Database.Database, { includeMerged }: { includeMerged: boolean }): PartnerList {
  const partners = db
    .prepare(`SELECT id, name, merged_into, profile_json FROM partners ${includeMerged ? '' : 'WHERE merged_into IS NULL'} ORDER BY name COLLATE NOCASE, id`)
    .all() as { id: number; name: string; merged_into: number | null; profile_json: string }[];
  const byPartner = new Map((db.prepare(`${COUNTS_SQL} GROUP BY partner_id`).all() as CountRow[]).map((row) => [row.partner_id, row]));
  const identifiers = identifiersByPartner(db);
  return {
    items: partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      channel: profileFieldsOf(parseRawProfile(partner.profile_json)).channel,
      identifiers: identifiers.get(partner.id) ?? [],
      documents: counts(byPartner.get(partner.id)),
      lastSeenAt: byPartner.get(partner.id)?.last ?? null,
      mergedInto: partner.merged_into,
    })),
  };
}

export function getPartner(db: Database.Database, partnerId: number): PartnerDetail {
  const row = partnerRow(db, partnerId);
  const raw = parseRawProfile(row.profile_json);
  const count = db.prepare(`${COUNTS_SQL} AND partner_id = ?`).get(partnerId) as CountRow | undefined;
  const name = db.prepare('SELECT name FROM partners WHERE id = ?').pluck();
  return {
    id: row.id,
    createdAt: row.created_at,
    mergedInto: row.merged_into === null ? null : { id: row.merged_into, name: name.get(row.merged_into) as string },
    mergedFrom: db.prepare('SELECT id, name FROM partners WHERE merged_into = ? ORDER BY id').all(partnerId) as { id: number; name: string }[],
    profile: { name: row.name, ...profileFieldsOf(raw) },
    identifiers: identifiersOf(db, partnerId),
    learned: learnedOf(raw),
    documents: counts(count ?? undefined),
    lastSeenAt: count?.last ?? null,
  };
}

export interface PartnerChange {
  name?: string | undefined;
  profile?: PartnerProfilePatch | undefined;
  identifiers?: PartnerIdentifier[] | undefined;
}

/**
 * Replaces the partner's identifiers of the kinds a profile knows. One that names another partner is refused with
 * its path (identifiers.N), like a validation error, so the form can show it beside the row.
 */
export function replaceIdentifiers(db: Database.Database, partnerId: number, identifiers: PartnerIdentifier[]): void {
  const owner = db.prepare('SELECT i.partner_id, p.name FROM partner_identifiers i JOIN partners p ON p.id = i.partner_id WHERE standard = ? AND qualifier = ? AND identifier = ?');
  const seen = new Set<string>();
  const issues: { path: string; message: string }[] = [];
  identifiers.forEach((identifier, index) => {
    const row = identifierToRow(identifier);
    const key = `${row.standard}\u001f${row.qualifier}\u001f${row.identifier}`;
    if (seen.has(key)) issues.push({ path: `identifiers.${index}`, message: `${describeIdentifier(identifier)} is listed twice` });
    seen.add(key);
    const other = owner.get(row.standard, row.qualifier, row.identifier) as { partner_id: number; name: string } | undefined;
    if (other && other.partner_id !== partnerId) issues.push({ path: `identifiers.${index}`, message: `${describeIdentifier(identifier)} already identifies ${other.name} (partner ${other.partner_id}); merge the two partners instead` });
  });
  if (issues.length > 0) throw new CoreError('invalid-input', `Invalid input for partners.update: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
  db.prepare(`DELETE FROM partner_identifiers WHERE partner_id = ? AND standard IN (${IDENTIFIER_STANDARDS.map(() => '?').join(', ')})`).run(partnerId, ...IDENTIFIER_STANDARDS);
  const insert = db.prepare('INSERT INTO partner_identifiers (standard, qualifier, identifier, partner_id) VALUES (?, ?, ?, ?)');
  for (const identifier of identifiers) {
    const row = identifierToRow(identifier);
    insert.run(row.standard, row.qualifier, row.identifier, partnerId);
  }
}

export function updatePartner(db: Database.Database, partnerId: number, change: PartnerChange, actor: string): PartnerDetail {
  db.transaction(() => {
    const row = partnerRow(db, partnerId);
    if (row.merged_into !== null) throw new CoreError('conflict', `Partner ${partnerId} was merged into partner ${row.merged_into}; edit that one`);
    if (change.name !== undefined && change.name !== row.name) db.prepare('UPDATE partners SET name = ? WHERE id = ?').run(change.name, partnerId);
    if (change.profile !== undefined) {
      const raw = parseRawProfile(row.profile_json);
      writeRawProfile(db, partnerId, withFields(raw, { ...profileFieldsOf(raw), ...change.profile }));
    }
    if (change.identifiers !== undefined) replaceIdentifiers(db, partnerId, change.identifiers);
    audit(db, actor, 'partners.update', partnerId, { name: change.name, profileKeys: Object.keys(change.profile ?? {}), identifiers: change.identifiers?.length });
  })();
  return getPartner(db, partnerId);
}
