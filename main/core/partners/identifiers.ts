/**
 * Profile identifiers ↔ partner_identifiers rows. The resolver (resolve.ts) looks up ('x12', ISA qualifier, id),
 * ('x12-group', '', GS02), ('edifact', UNB qualifier, id) and ('edifact-group', '', UNG sender); GLN and DUNS rows
 * ('gln' / 'duns') are ours: they make an imported profile find its partner and are unique per workspace too.
 */
import type Database from 'better-sqlite3';
import type { PartnerIdentifier, PartnerIdentifierKind } from './profile-schema.js';

export interface IdentifierRow {
  standard: string;
  qualifier: string;
  identifier: string;
}

const STANDARD_OF: Record<PartnerIdentifierKind, string> = { isa: 'x12', gs: 'x12-group', unb: 'edifact', ung: 'edifact-group', gln: 'gln', duns: 'duns' };
const KIND_OF = new Map(Object.entries(STANDARD_OF).map(([kind, standard]) => [standard, kind as PartnerIdentifierKind]));
export const IDENTIFIER_STANDARDS = Object.values(STANDARD_OF);

const normalize = (value: string) => value.trim().toUpperCase();

export function identifierToRow(identifier: PartnerIdentifier): IdentifierRow {
  const qualifier = identifier.kind === 'isa' || identifier.kind === 'unb' ? normalize(identifier.qualifier) : '';
  return { standard: STANDARD_OF[identifier.kind], qualifier, identifier: normalize(identifier.id) };
}

/** undefined for a standard this module does not know (such rows are kept as they are). */
export function rowToIdentifier(row: IdentifierRow): PartnerIdentifier | undefined {
  const kind = KIND_OF.get(row.standard);
  if (kind === undefined) return undefined;
  if (kind === 'isa' || kind === 'unb') return { kind, qualifier: row.qualifier, id: row.identifier };
  return { kind, id: row.identifier };
}

const ORDER: PartnerIdentifierKind[] = ['isa', 'gs', 'unb', 'ung', 'gln', 'duns'];
export const compareIdentifiers = (a: PartnerIdentifier, b: PartnerIdentifier): number =>
  ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.id.localeCompare(b.id);

export function describeIdentifier(identifier: PartnerIdentifier): string {
  const label = { isa: 'ISA', gs: 'GS', unb: 'UNB', ung: 'UNG', gln: 'GLN', duns: 'DUNS' }[identifier.kind];
  return 'qualifier' in identifier && identifier.qualifier ? `${label} ${identifier.qualifier}/${identifier.id}` : `${label} ${identifier.id}`;
}

export function identifiersByPartner(db: Database.Database, partnerIds?: number[]): Map<number, PartnerIdentifier[]> {
  const rows = (
    partnerIds === undefined
      ? db.prepare('SELECT partner_id, standard, qualifier, identifier FROM partner_identifiers').all()
      : partnerIds.flatMap((id) => db.prepare('SELECT partner_id, standard, qualifier, identifier FROM partner_identifiers WHERE partner_id = ?').all(id))
  ) as (IdentifierRow & { partner_id: number })[];
  const result = new Map<number, PartnerIdentifier[]>();
  for (const row of rows) {
    const identifier = rowToIdentifier(row);
    if (identifier === undefined) continue;
    const list = result.get(row.partner_id) ?? [];
    list.push(identifier);
    result.set(row.partner_id, list);
  }
  for (const list of result.values()) list.sort(compareIdentifiers);
  return result;
}

export const identifiersOf = (db: Database.Database, partnerId: number): PartnerIdentifier[] => identifiersByPartner(db, [partnerId]).get(partnerId) ?? [];

/** The partner an identifier already belongs to, if any. */
export function ownerOf(db: Database.Database, identifier: PartnerIdentifier): number | undefined {
  const row = identifierToRow(identifier);
  return db.prepare('SELECT partner_id FROM partner_identifiers WHERE standard = ? AND qualifier = ? AND identifier = ?').pluck().get(row.standard, row.qualifier, row.identifier) as number | undefined;
}
