/**
 * Writes the scenario into a migrated workspace with plain SQL, the rows ingest and import-records would have written:
 * EDI documents as files / interchanges / groups / documents / canonical_documents, ERP and WMS records as
 * source_records. Indexes are dropped during the fill and built once after it (several times faster). The scenario's
 * ledger and ack facts become the rows the store reads them from (factRows): an outbound_acks row per ack fact, and
 * envelopes whose control numbers make the ledger find each planted duplicate and gap, and nothing else.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CanonicalDocument } from '../../main/core/canonical/index.js';
import { mismatchId, sideOf, type AckFact, type ControlNumberFact } from '../../main/core/reconcile/index.js';
import { defectOf, orderCase, partnerStockReports, stockDocuments, type GeneratedDocument } from './scenario.js';

export interface PlantedMismatch {
  id: string;
  type: string;
  threadKey: string;
  lineKey: string | null;
}

export interface FillResult {
  orders: number;
  ediDocuments: number;
  records: number;
  facts: number;
  planted: PlantedMismatch[];
}

const FILLED_TABLES = ['documents', 'canonical_documents', 'source_records'];

interface Keys {
  po: string | null;
  order: string | null;
  asn: string | null;
  invoice: string | null;
  shipment: string | null;
}

/** The business-key columns the mapping store and records import fill. */
export function keysOf(document: CanonicalDocument): Keys {
  const keys: Keys = { po: null, order: null, asn: null, invoice: null, shipment: null };
  switch (document.kind) {
    case 'order':
    case 'order-change':
    case 'order-ack':
      keys.po = document.poNumber;
      keys.order = document.orderNumber ?? null;
      break;
    case 'shipment':
      keys.po = document.orders?.[0]?.poNumber ?? null;
      keys.order = document.orders?.[0]?.orderNumber ?? null;
      keys.asn = document.asnNumber ?? null;
      keys.shipment = document.shipmentNumber ?? null;
      break;
    case 'invoice':
      keys.po = document.poNumber ?? null;
      keys.invoice = document.invoiceNumber;
      break;
    case 'credit':
      keys.po = document.poNumber ?? null;
      keys.invoice = document.creditNumber;
      break;
    case 'return':
      keys.po = document.poNumber ?? null;
      keys.order = document.orderNumber ?? null;
      break;
    case 'inventory':
      break;
  }
  return keys;
}

export function fillWorkspace(db: Database.Database, orders: number, defectEvery: number, log: (text: string) => void): FillResult {
  db.pragma('synchronous = OFF');
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${FILLED_TABLES.map(() => '?').join(', ')})`).all(...FILLED_TABLES) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
  const now = '2026-12-19T00:00:00.000Z';
  const insertPartner = db.prepare('INSERT INTO partners (id, name, created_at) VALUES (?, ?, ?)');
  const insertFile = db.prepare(`INSERT INTO files (id, sha256, size, archive_path, first_received_at, state, standard, verdict, parsed_at, parser_version) VALUES (?, ?, ?, ?, ?, 'parsed', 'x12', 'ok', ?, 1)`);
  const insertInterchange = db.prepare(`INSERT INTO interchanges (id, file_id, ordinal, standard, partner_id, direction, sender_qualifier, sender_id, receiver_qualifier, receiver_id, control_number, version, delimiters_json, byte_start, byte_end) VALUES (?, ?, 0, 'x12', ?, 'inbound', 'ZZ', ?, 'ZZ', 'US', ?, '00401', '{}', 0, 1000000)`);
  const insertGroup = db.prepare(`INSERT INTO groups (id, interchange_id, ordinal, functional_id, control_number, version, explicit, status, transaction_count, byte_start, byte_end) VALUES (?, ?, 0, 'PO', ?, '004010', 1, 'accepted', 800, 0, 1000000)`);
  const insertDocument = db.prepare(`INSERT INTO documents (file_id, interchange_id, group_id, ordinal, partner_id, direction, standard, type, version, control_number, status, error_count, warning_count, segment_count, byte_start, byte_end, received_at, po_number, reference)
    VALUES (?, ?, ?, ?, ?, ?, 'x12', ?, '004010', ?, 'accepted', 0, 0, 20, ?, ?, ?, ?, ?)`);
  const insertCanonical = db.prepare(`INSERT INTO canonical_documents (document_id, partner_id, kind, map_origin, status, canonical_json, po_number, order_number, asn_number, invoice_number, shipment_number, mapped_at)
    VALUES (?, ?, ?, 'default', 'ok', ?, ?, ?, ?, ?, ?, ?)`);
  const insertRecord = db.prepare(`INSERT INTO source_records (side, connector, stream, record_id, kind, partner_id, content_hash, canonical_json, po_number, order_number, asn_number, invoice_number, shipment_number, received_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  // control numbers run without gaps, as a sender's do: interchanges and groups per partner, transactions per partner
  // and direction (the control-number ledger reads them; the scenario's own numbers are only in the canonical JSON)
  const files = new Set<number>();
  const interchangesOf = new Map<number, number>();
  const transactionsOf = new Map<string, number>();
  let ediDocuments = 0;
  let records = 0;
  const write = (generated: GeneratedDocument) => {
    const { document, receivedAt, edi } = generated;
    const json = JSON.stringify(document);
    const keys = keysOf(document);
    if (edi) {
      if (!files.has(edi.fileId)) {
        files.add(edi.fileId);
        const sequence = (interchangesOf.get(edi.partnerId) ?? 0) + 1;
        interchangesOf.set(edi.partnerId, sequence);
        insertFile.run(edi.fileId, edi.fileId.toString(16).padStart(64, '0'), 1_000_000, `bench/${edi.fileId}`, receivedAt, receivedAt);
        insertInterchange.run(edi.fileId, edi.fileId, edi.partnerId, `P${edi.partnerId}`, String(sequence).padStart(9, '0'));
        insertGroup.run(edi.fileId, edi.fileId, String(sequence));
      }
      const sender = `${edi.partnerId}:${edi.direction}`;
      const transaction = (transactionsOf.get(sender) ?? 0) + 1;
      transactionsOf.set(sender, transaction);
      const reference = keys.asn ?? keys.invoice;
      const id = insertDocument.run(edi.fileId, edi.fileId, edi.fileId, edi.ordinal, edi.partnerId, edi.direction, edi.type, String(transaction).padStart(9, '0'), edi.byteStart, edi.byteEnd, receivedAt, keys.po, reference).lastInsertRowid;
      insertCanonical.run(id, edi.partnerId, document.kind, json, keys.po, keys.order, keys.asn, keys.invoice, keys.shipment, now);
      ediDocuments++;
      return;
    }
    if (document.source.kind !== 'connector') throw new Error('a record needs a connector source');
    const side = sideOf(document);
    const hash = createHash('sha256').update(json).digest('hex');
    insertRecord.run(side, document.source.connector, document.source.stream, document.source.recordId, document.kind, document.partner?.id ?? null, hash, json, keys.po, keys.order, keys.asn, keys.invoice, keys.shipment, receivedAt, receivedAt);
    records++;
  };

  const writeFact = factRows(db, files);
  let facts = 0;
  const planted: PlantedMismatch[] = [];
  db.transaction(() => {
    for (const id of [1, 2, 3]) insertPartner.run(id, `Partner ${id}`, now);
    for (const document of [...stockDocuments(), ...partnerStockReports(orders)]) write(document);
  })();
  const started = performance.now();
  const chunk = 20_000;
  for (let first = 0; first < orders; first += chunk) {
    db.transaction(() => {
      for (let index = first; index < Math.min(orders, first + chunk); index++) {
        const generated = orderCase(index, defectOf(index, defectEvery));
        for (const document of generated.documents) write(document);
        for (const fact of generated.facts) writeFact(fact, now);
        facts += generated.facts.length;
        for (const expected of generated.expected) planted.push({ id: mismatchId(expected.type, expected.threadKey, expected.lineKey), ...expected });
      }
    })();
    if ((first / chunk) % 10 === 9) log(`  ${Math.min(orders, first + chunk).toLocaleString('en-US')} orders written (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  const indexStart = performance.now();
  for (const index of indexes) db.exec(index.sql);
  db.exec('ANALYZE');
  log(`  ${indexes.length} indexes built in ${((performance.now() - indexStart) / 1000).toFixed(1)} s`);
  return { orders, ediDocuments, records, facts, planted };
}

/** First id of the files, interchanges and groups written for the ledger's plants (after every order's file). */
const PLANT_IDS = 100_000_000;

/**
 * Rows for the scenario's facts, as ingest would have stored them. An ack fact: its group (control number null, so
 * the ledger does not count it; the ack's numbers are outbound_acks' own) in the order's interchange, and its
 * outbound_acks row. A planted duplicate: two inbound interchanges of one sender id of its own, in two files, with
 * the same control number. A planted gap: one outbound interchange to a receiver id of its own holding groups n and
 * n + 3. A series of its own per plant: the main series (control numbers without gaps) stay clean.
 */
function factRows(db: Database.Database, files: Set<number>): (fact: AckFact | ControlNumberFact, now: string) => void {
  const insertFile = db.prepare(`INSERT INTO files (id, sha256, size, archive_path, first_received_at, state, standard, verdict, parsed_at, parser_version) VALUES (?, ?, 1000, ?, ?, 'parsed', 'x12', 'ok', ?, 1)`);
  const insertInterchange = db.prepare(`INSERT INTO interchanges (id, file_id, ordinal, standard, partner_id, direction, sender_qualifier, sender_id, receiver_qualifier, receiver_id, control_number, version, delimiters_json, byte_start, byte_end) VALUES (?, ?, 0, 'x12', ?, ?, 'ZZ', ?, 'ZZ', ?, ?, '00401', '{}', 0, 1000)`);
  const insertGroup = db.prepare(`INSERT INTO groups (id, interchange_id, ordinal, functional_id, control_number, version, explicit, status, transaction_count, byte_start, byte_end) VALUES (?, ?, ?, ?, ?, '004010', 1, 'accepted', 1, 0, 1000)`);
  const insertAck = db.prepare(`INSERT INTO outbound_acks (file_id, interchange_ordinal, group_ordinal, group_id, partner_id, standard, functional_id, group_control, interchange_control, transaction_count, sent_at, ack_status, ack_document_id)
    VALUES (?, 0, ?, ?, ?, 'x12', ?, ?, ?, 1, ?, ?, ?)`);
  const groupsIn = new Map<number, number>();
  let nextId = PLANT_IDS;
  const envelope = (partnerId: number, direction: 'inbound' | 'outbound', sender: string, receiver: string, control: string, now: string): number => {
    const id = nextId++;
    insertFile.run(id, `f${id.toString(16).padStart(63, '0')}`, `bench/plant-${id}`, now, now);
    insertInterchange.run(id, id, partnerId, direction, sender, receiver, control);
    return id;
  };
  return (fact, now) => {
    if (fact.kind === 'ack-fact') {
      if (!files.has(fact.fileId)) throw new Error(`an ack fact's file ${fact.fileId} is not written yet`);
      const ordinal = (groupsIn.get(fact.fileId) ?? 0) + 1;
      groupsIn.set(fact.fileId, ordinal);
      insertGroup.run(fact.groupId, fact.fileId, ordinal, fact.functionalId, null);
      insertAck.run(fact.fileId, ordinal, fact.groupId, fact.partnerId, fact.functionalId, fact.groupControl, fact.interchangeControl, fact.sentAt, fact.status, fact.ackDocumentId ?? null);
      return;
    }
    if (fact.finding === 'duplicate') {
      if (fact.level !== 'interchange' || fact.controlNumber === undefined) throw new Error('the scenario plants interchange duplicates only');
      for (let copy = 0; copy < 2; copy++) envelope(fact.partnerId, fact.direction, `DUP${fact.controlNumber}`, 'US', fact.controlNumber, now);
      return;
    }
    if (fact.level !== 'group' || !fact.range) throw new Error('the scenario plants group gaps only');
    const interchange = envelope(fact.partnerId, fact.direction, 'US', `GAP${fact.range.from}`, '000000001', now);
    insertGroup.run(interchange, interchange, 0, 'SH', String(fact.range.from - 1));
    insertGroup.run(PLANT_IDS * 2 + interchange, interchange, 1, 'SH', String(fact.range.to + 1));
  };
}
