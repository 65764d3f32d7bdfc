/**
 * partners.merge: two profiles turn out to be one partner (a second ISA id, a test id, a GS id seen alone...).
 * In one transaction: `from`'s identifiers move to `into`; every row naming `from` (documents, interchanges, ack
 * rows, and any later table with a foreign key to partners) is re-pointed; ack counters keep the higher numbers so
 * no ack control number is reused; `from`'s learned facts, cross-references and contacts are added to `into`'s
 * profile where missing; `from.merged_into` is set (and partners merged into `from` earlier follow).
 * Across standards is allowed: one company may send X12 and EDIFACT, and identifiers are kept per standard, so
 * files still resolve by their own envelope ids. The merge refuses only what would lose or loop: into itself, from or
 * into a partner that is already merged.
 */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import { identifiersOf } from './identifiers.js';
import type { PartnerProfileFields } from './profile-schema.js';
import { audit, learnedOf, parseRawProfile, partnerRow, profileFieldsOf, withFields, writeRawProfile, type RawProfile } from './stored-profile.js';
import type { PartnerMergeSummary } from './types.js';

/** Handled on their own below; every other table with a foreign key to partners is re-pointed generically. */
const SPECIAL_TABLES = new Set(['partners', 'partner_identifiers', 'ack_counters']);

function partnerReferences(db: Database.Database): { table: string; column: string }[] {
  return db
    .prepare(`SELECT m.name AS "table", f."from" AS "column" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f."table" = 'partners' ORDER BY m.name`)
    .all() as { table: string; column: string }[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

type RowList = 'items' | 'uomConversions' | 'locations' | 'contacts';
const ROW_LISTS: RowList[] = ['items', 'uomConversions', 'locations', 'contacts'];

function mergedProfile(into: RawProfile, from: RawProfile): { raw: RawProfile; added: PartnerMergeSummary['profileRowsAdded'] } {
  const intoFields = profileFieldsOf(into);
  const fromFields = profileFieldsOf(from);
  const added = { items: 0, uomConversions: 0, locations: 0, contacts: 0 };
  const lists: Partial<PartnerProfileFields> = {};
  for (const list of ROW_LISTS) {
    const have = new Set(intoFields[list].map((row) => JSON.stringify(row)));
    const extra = (fromFields[list] as object[]).filter((row) => !have.has(JSON.stringify(row)));
    added[list] = extra.length;
    (lists as Record<string, unknown>)[list] = [...intoFields[list], ...extra];
  }
  const intoLearned = learnedOf(into);
  const fromLearned = learnedOf(from);
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
  const raw: RawProfile = {
    ...into,
    delimiters: into.delimiters ?? from.delimiters,
    versions: union(intoLearned.versions, fromLearned.versions),
    quirks: union(intoLearned.quirks, fromLearned.quirks),
    standards: union(intoLearned.standards, fromLearned.standards),
  };
  return { raw: withFields(raw, { ...intoFields, ...lists }), added };
}

export function mergePartners(db: Database.Database, fromId: number, intoId: number, options: { dryRun: boolean; actor: string }): PartnerMergeSummary {
  if (fromId === intoId) throw new CoreError('invalid-input', 'A partner cannot be merged into itself');
  let summary: PartnerMergeSummary | undefined;
  const run = db.transaction(() => {
    const from = partnerRow(db, fromId);
    const into = partnerRow(db, intoId);
    if (from.merged_into !== null) throw new CoreError('conflict', `${from.name} (partner ${fromId}) was already merged into partner ${from.merged_into}`);
    if (into.merged_into !== null) throw new CoreError('conflict', `${into.name} (partner ${intoId}) was merged into partner ${into.merged_into}; merge into that one`);
    const fromRaw = parseRawProfile(from.profile_json);
    const intoRaw = parseRawProfile(into.profile_json);
    const { raw, added } = mergedProfile(intoRaw, fromRaw);
    const fromStandards = learnedOf(fromRaw).standards;
    const intoStandards = learnedOf(intoRaw).standards;
    const notes: string[] = [];
    if (fromStandards.length > 0 && intoStandards.length > 0 && !fromStandards.some((standard) => intoStandards.includes(standard))) {
      notes.push(`${from.name} sends ${fromStandards.join('/')} and ${into.name} ${intoStandards.join('/')}: both sets of envelope ids stay, so each standard's files keep resolving to the merged partner`);
    }
    const count = (table: string, column: string) => db.prepare(`SELECT count(*) FROM ${quote(table)} WHERE ${quote(column)} = ?`).pluck().get(fromId) as number;
    const otherRows: Record<string, number> = {};
    let documents = 0;
    let interchanges = 0;
    const references = partnerReferences(db).filter((reference) => !SPECIAL_TABLES.has(reference.table));
    for (const { table, column } of references) {
      const rows = count(table, column);
      if (table === 'documents') documents = rows;
      else if (table === 'interchanges') interchanges = rows;
      else if (rows > 0) otherRows[column === 'partner_id' ? table : `${table}.${column}`] = rows;
    }
    summary = {
      from: { id: fromId, name: from.name },
      into: { id: intoId, name: into.name },
      applied: !options.dryRun,
      identifiers: identifiersOf(db, fromId),
      documents,
      interchanges,
      otherRows,
      profileRowsAdded: added,
      notes,
    };
    if (options.dryRun) return;

    for (const { table, column } of references) {
      try {
        db.prepare(`UPDATE ${quote(table)} SET ${quote(column)} = ? WHERE ${quote(column)} = ?`).run(intoId, fromId);
      } catch (error) {
        // e.g. a later feature's table unique per partner (one published map per type): the user must resolve it first
        if (error instanceof Error && /UNIQUE/.test(error.message)) throw new CoreError('conflict', `Cannot merge: both partners have a row in ${table} that must be unique per partner (${error.message})`);
        throw error;
      }
    }
    db.prepare('UPDATE partner_identifiers SET partner_id = ? WHERE partner_id = ?').run(intoId, fromId);
    // the next ack to the merged partner continues after the higher numbers either one used
    db.prepare(`INSERT INTO ack_counters (partner_id, last_interchange, last_group, last_transaction)
        SELECT ?, max(last_interchange), max(last_group), max(last_transaction) FROM ack_counters WHERE partner_id IN (?, ?) HAVING count(*) > 0
      ON CONFLICT (partner_id) DO UPDATE SET last_interchange = excluded.last_interchange, last_group = excluded.last_group, last_transaction = excluded.last_transaction`).run(intoId, intoId, fromId);
    db.prepare('DELETE FROM ack_counters WHERE partner_id = ?').run(fromId);
    writeRawProfile(db, intoId, raw);
    db.prepare('UPDATE partners SET merged_into = ? WHERE id = ? OR merged_into = ?').run(intoId, fromId, fromId);
    audit(db, options.actor, 'partners.merge', intoId, { from: fromId, into: intoId, documents, interchanges, otherRows, identifiers: summary.identifiers });
  });
  run();
  return summary!;
}
