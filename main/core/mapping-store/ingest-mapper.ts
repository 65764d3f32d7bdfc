/**
 * The ingest hook: each transaction is mapped in the parser's callback, while its segments, loop tree and HL
 * hierarchy are lent to it (a 50 MiB file never holds all its segments), and its canonical row is written beside
 * its document row, in the same SQLite transaction. Only types with a map are mapped; documents of other types get
 * no row (canonical.get reads them as 'unmapped').
 */
import type Database from 'better-sqlite3';
import type { Group, Interchange, Transaction } from '../../../parsers/index.js';
import type { Settings } from '../api/types.js';
import type { CoreContext } from '../context.js';
import type { CrossReferences } from '../mapping/format.js';
import { isOurs } from '../partners/resolve.js';
import { canonicalStoreFor, prepareCanonicalRow, type PreparedCanonicalRow } from './canonical-store.js';
import { partnerCrossReferences } from './cross-references.js';
import { mapResolved } from './map-one.js';
import { createResolutionMemo } from './resolver.js';

export interface IngestMapper {
  /** in the parse callback: maps the transaction (if a map applies) and keeps the outcome until `store` */
  map(transaction: Transaction, group: Group, interchange: Interchange): void;
  /** in the storing transaction, right after the document row is inserted */
  store(documentId: number, partnerId: number | null, transaction: Transaction, mappedAt: string): void;
}

const schemaPresent = new WeakMap<Database.Database, boolean>();

/** false until migration 0006 is applied (a workspace opened by an older core keeps ingesting, unmapped). */
export function hasMappingSchema(db: Database.Database): boolean {
  let present = schemaPresent.get(db);
  if (present === undefined) {
    present = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'canonical_documents'").pluck().get() === 1;
    if (present) schemaPresent.set(db, present);
  }
  return present;
}

const normalize = (value: string) => value.trim().toUpperCase();

const lookups = new WeakMap<Database.Database, (standard: string, qualifier: string, id: string) => number | undefined>();

/** Read-only: the partner the interchange's other party already is (a partner first seen in this file has no maps yet). */
export function existingPartner(db: Database.Database, interchange: Interchange, company: Settings['company']): number | null {
  let lookup = lookups.get(db);
  if (!lookup) {
    const find = db.prepare('SELECT coalesce(p.merged_into, p.id) FROM partner_identifiers i JOIN partners p ON p.id = i.partner_id WHERE i.standard = ? AND i.qualifier = ? AND i.identifier = ?').pluck();
    lookup = (standard, qualifier, id) => find.get(standard, qualifier, id) as number | undefined;
    lookups.set(db, lookup);
  }
  const party = isOurs(interchange.standard, interchange.sender, company) ? interchange.receiver : interchange.sender;
  return lookup(interchange.standard, normalize(party.qualifier), normalize(party.id)) ?? null;
}

const publishedChecks = new WeakMap<Database.Database, () => boolean>();

/** One indexed row probe: ingest maps nothing until someone publishes a map (built-in defaults are not used at ingest). */
function anyPublishedMap(db: Database.Database): boolean {
  let check = publishedChecks.get(db);
  if (!check) {
    const exists = db.prepare("SELECT EXISTS (SELECT 1 FROM maps WHERE status = 'published')").pluck();
    check = () => exists.get() === 1;
    publishedChecks.set(db, check);
  }
  return check();
}

/**
 * null when the workspace has no mapping tables yet or no published map (then a file's documents all read as
 * 'unmapped' anyway, and a file pays for no memo, settings read or partner lookups). One mapper per processed file.
 */
export function createIngestMapper(context: CoreContext, file: { id: number; sha256: string }): IngestMapper | null {
  const { db } = context.workspace;
  if (!hasMappingSchema(db) || !anyPublishedMap(db)) return null;
  const company = context.settings.read().company;
  const resolve = createResolutionMemo(db, { builtInDefaults: false });
  const store = canonicalStoreFor(db);
  const partnerOf = new WeakMap<Interchange, number | null>();
  const xrefs = new Map<number, CrossReferences | undefined>();
  const prepared = new Map<number, PreparedCanonicalRow>();

  return {
    map(transaction, group, interchange) {
      let partnerId = partnerOf.get(interchange);
      if (partnerId === undefined) {
        partnerId = existingPartner(db, interchange, company);
        partnerOf.set(interchange, partnerId);
      }
      const resolved = resolve(partnerId, interchange.standard, transaction.type);
      if (!resolved) return;
      let xref = partnerId === null ? undefined : xrefs.get(partnerId);
      if (partnerId !== null && !xrefs.has(partnerId)) {
        xref = partnerCrossReferences(db, partnerId);
        xrefs.set(partnerId, xref);
      }
      const sourceRef = { fileId: file.id, sha256: file.sha256 };
      prepared.set(transaction.range.start, prepareCanonicalRow(mapResolved(resolved, transaction, { partnerId, xref, sourceRef, envelope: { interchange, group } })));
    },
    store(documentId, partnerId, transaction, mappedAt) {
      const row = prepared.get(transaction.range.start);
      if (!row) return;
      prepared.delete(transaction.range.start);
      store.writePrepared(documentId, partnerId, row, mappedAt);
    },
  };
}
