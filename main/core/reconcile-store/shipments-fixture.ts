/**
 * Shared by the shipment-check and alert tests (never imported by the app): a real workspace with EDI documents and
 * their canonical rows, and WMS/ERP records, written straight into the tables (no parser, no map, no engine).
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import type { CanonicalDocument } from '../canonical/index.js';
import { businessKeys } from '../mapping-store/canonical-store.js';
import { openWorkspace, type Workspace } from '../workspace/workspace.js';

export function shipcheckWorkspace(): { workspace: Workspace; db: Database.Database; cleanup: () => void } {
  const temp = makeTempDir('crossdock-shipcheck-');
  const workspace = openWorkspace(join(temp.path, 'ws'), { create: true });
  return {
    workspace,
    db: workspace.db,
    cleanup: () => {
      workspace.close();
      temp.cleanup();
    },
  };
}

export function addPartner(db: Database.Database, name: string, profile: object = {}): number {
  return Number(db.prepare("INSERT INTO partners (name, created_at, profile_json) VALUES (?, '2026-01-01T00:00:00.000Z', ?)").run(name, JSON.stringify(profile)).lastInsertRowid);
}

let fileNumber = 0;

/** An EDI transaction (file, interchange, group, document) and its canonical row, as ingest and mapping store them. */
export function addEdiDocument(
  db: Database.Database,
  document: CanonicalDocument,
  options: { partnerId: number; direction: 'inbound' | 'outbound'; type: string; receivedAt: string },
): number {
  fileNumber++;
  const fileId = Number(
    db.prepare("INSERT INTO files (sha256, size, archive_path, first_received_at, state, standard) VALUES (?, 100, 'x', ?, 'parsed', 'x12')").run(fileNumber.toString(16).padStart(64, '0'), options.receivedAt)
      .lastInsertRowid,
  );
  const interchangeId = Number(
    db
      .prepare(
        `INSERT INTO interchanges (file_id, ordinal, standard, partner_id, direction, sender_qualifier, sender_id, receiver_qualifier, receiver_id,
          control_number, version, delimiters_json, byte_start, byte_end) VALUES (?, 0, 'x12', ?, ?, 'ZZ', 'S', 'ZZ', 'R', ?, '00401', '{}', 0, 100)`,
      )
      .run(fileId, options.partnerId, options.direction, String(fileNumber).padStart(9, '0')).lastInsertRowid,
  );
  const groupId = Number(
    db
      .prepare(
        `INSERT INTO groups (interchange_id, ordinal, functional_id, control_number, version, explicit, status, transaction_count, byte_start, byte_end)
          VALUES (?, 0, 'SH', ?, '004010', 1, 'accepted', 1, 0, 100)`,
      )
      .run(interchangeId, String(fileNumber)).lastInsertRowid,
  );
  const keys = businessKeys(document);
  const documentId = Number(
    db
      .prepare(
        `INSERT INTO documents (file_id, interchange_id, group_id, ordinal, partner_id, direction, standard, type, version, control_number, status,
          error_count, warning_count, segment_count, byte_start, byte_end, received_at, po_number)
          VALUES (?, ?, ?, 0, ?, ?, 'x12', ?, '004010', '0001', 'accepted', 0, 0, 10, 0, 100, ?, ?)`,
      )
      .run(fileId, interchangeId, groupId, options.partnerId, options.direction, options.type, options.receivedAt, keys.poNumber).lastInsertRowid,
  );
  const source = { kind: 'edi', fileId, documentId, byteStart: 0, byteEnd: 100, standard: 'x12', type: options.type, controlNumber: '0001' };
  db.prepare(
    `INSERT INTO canonical_documents (document_id, partner_id, kind, map_origin, status, canonical_json, po_number, order_number, asn_number, invoice_number,
      shipment_number, document_date, mapped_at) VALUES (?, ?, ?, 'default', 'ok', ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    documentId, options.partnerId, document.kind, JSON.stringify({ ...document, source, partner: document.partner ?? { id: options.partnerId } }), keys.poNumber, keys.orderNumber, keys.asnNumber,
    keys.invoiceNumber, keys.shipmentNumber, keys.documentDate, options.receivedAt,
  );
  return documentId;
}

/** A record from the WMS or the ERP, as records.import stores it. */
export function addSourceRecord(db: Database.Database, side: 'erp' | 'wms', document: CanonicalDocument, options: { receivedAt: string; partnerId?: number }): number {
  if (document.source.kind !== 'connector') throw new Error('a source record needs a connector source');
  const keys = businessKeys(document);
  return Number(
    db
      .prepare(
        `INSERT INTO source_records (side, connector, stream, record_id, kind, partner_id, content_hash, canonical_json, po_number, order_number,
          asn_number, invoice_number, shipment_number, document_date, received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'hash', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        side, document.source.connector, document.source.stream, document.source.recordId, document.kind, options.partnerId ?? null, JSON.stringify(document),
        keys.poNumber, keys.orderNumber, keys.asnNumber, keys.invoiceNumber, keys.shipmentNumber, keys.documentDate, options.receivedAt, options.receivedAt,
      ).lastInsertRowid,
  );
}
