/**
 * Test support: a real workspace (createCore, all migrations) where canonical documents are stored as ingest stores
 * them (files → interchanges → groups → documents → canonical_documents with business keys), without going through
 * EDI text and published maps, so a test states the canonical documents it needs directly.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import type { CanonicalDocument, Order } from '../canonical/index.js';
import { sampleOrder } from '../canonical/samples.js';
import { createCore, type Core } from '../core.js';
import { businessKeys } from '../mapping-store/canonical-store.js';

export const NORTHWIND = 3;
export const LAKESIDE = 9;

const northwindProfile = {
  items: [
    { buyerPart: 'NW-88812', sku: 'WID-10', gtin: '00614141123452', description: 'Widget, blue, 10 pack' },
    { buyerPart: 'NW-88813', sku: 'GAD-02', gtin: '00614141123469' },
  ],
  uomConversions: [{ from: 'CA', to: 'EA', factor: '12' }],
};

/** The sample PO as the ERP holds it (sales order SO-778812), line 1 at `quantity` CA. */
export function erpSampleOrder(quantity = '10'): Order {
  const order: Order = { ...structuredClone(sampleOrder), source: { kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: 'SO-778812' }, orderNumber: 'SO-778812' };
  order.lines[0]!.quantity = { value: quantity, uom: 'CA' };
  return order;
}

/** Stores (or replaces) the ERP's sales order SO-778812 for Northwind as a source record; answers its id. */
export function putErpOrder(db: Database.Database, document: Order): number {
  const json = JSON.stringify(document);
  db.prepare(
    `INSERT INTO source_records (side, connector, stream, record_id, kind, partner_id, content_hash, canonical_json, po_number, order_number, received_at, updated_at)
     VALUES ('erp', 'erp', 'sales-orders', 'SO-778812', 'order', ?, ?, ?, ?, ?, '2026-11-20T11:00:00.000Z', '2026-11-20T11:00:00.000Z')
     ON CONFLICT (connector, stream, record_id) DO UPDATE SET canonical_json = excluded.canonical_json, content_hash = excluded.content_hash`,
  ).run(NORTHWIND, json, json, document.poNumber, document.orderNumber ?? null);
  return db.prepare("SELECT id FROM source_records WHERE record_id = 'SO-778812'").pluck().get() as number;
}

export interface StoreWorkspace {
  core: Core;
  db: Database.Database;
  dir: string;
  /** stores a canonical document as ingest would; answers its documents.id */
  store(document: CanonicalDocument, options?: { receivedAt?: string; partnerId?: number | null }): number;
  cleanup(): void;
}

export function storeWorkspace(): StoreWorkspace {
  const temp = makeTempDir('crossdock-recon-');
  const dir = join(temp.path, 'ws');
  const core = createCore({ workspaceDir: dir, create: true, mode: 'test' });
  const db = core.context.workspace.db;
  const insertPartner = db.prepare('INSERT INTO partners (id, name, created_at, profile_json) VALUES (?, ?, ?, ?)');
  for (let id = 1; id <= LAKESIDE; id++) {
    const name = id === NORTHWIND ? 'Northwind Retail' : id === LAKESIDE ? 'Lakeside 3PL' : `Partner ${id}`;
    insertPartner.run(id, name, '2026-11-01T00:00:00Z', JSON.stringify(id === NORTHWIND ? northwindProfile : {}));
  }
  let closed = false;
  // control numbers count up per workspace, so the ledger finds no duplicates or gaps unless a test makes them
  const controls = new Map<number | null, number>();
  return {
    core,
    db,
    dir,
    store(document, options = {}) {
      const receivedAt = options.receivedAt ?? '2026-11-20T10:00:00.000Z';
      const partnerId = options.partnerId === undefined ? (document.partner?.id ?? null) : options.partnerId;
      const control = (controls.get(partnerId) ?? 0) + 1;
      controls.set(partnerId, control);
      return db.transaction(() => {
        const fileId = Number(
          db.prepare(`INSERT INTO files (sha256, size, archive_path, first_received_at, state, standard, verdict, parsed_at) VALUES (?, 100, 'x', ?, 'parsed', 'x12', 'ok', ?)`).run(randomUUID(), receivedAt, receivedAt).lastInsertRowid,
        );
        const interchangeId = Number(
          db
            .prepare(
              `INSERT INTO interchanges (file_id, ordinal, standard, partner_id, direction, sender_qualifier, sender_id, receiver_qualifier, receiver_id, control_number, version, delimiters_json, byte_start, byte_end)
               VALUES (?, 0, 'x12', ?, 'inbound', 'ZZ', 'S', 'ZZ', 'R', ?, '00401', '{}', 0, 100)`,
            )
            .run(fileId, partnerId, String(control).padStart(9, '0')).lastInsertRowid,
        );
        const groupId = Number(
          db.prepare(`INSERT INTO groups (interchange_id, ordinal, functional_id, control_number, explicit, status, transaction_count, byte_start, byte_end) VALUES (?, 0, 'PO', ?, 1, 'accepted', 1, 0, 100)`).run(interchangeId, String(control)).lastInsertRowid,
        );
        const documentId = Number(
          db
            .prepare(
              `INSERT INTO documents (file_id, interchange_id, group_id, ordinal, partner_id, direction, standard, type, version, control_number, status, error_count, warning_count, segment_count, byte_start, byte_end, received_at)
               VALUES (?, ?, ?, 0, ?, 'inbound', 'x12', ?, '00401', ?, 'accepted', 0, 0, 5, 10, 90, ?)`,
            )
            .run(fileId, interchangeId, groupId, partnerId, document.kind, String(control).padStart(4, '0'), receivedAt).lastInsertRowid,
        );
        const stored = structuredClone(document);
        if (stored.source.kind === 'edi') stored.source = { ...stored.source, fileId, documentId, byteStart: 10, byteEnd: 90 };
        const keys = businessKeys(stored);
        db.prepare(
          `INSERT INTO canonical_documents (document_id, partner_id, kind, map_origin, status, canonical_json, po_number, order_number, asn_number, invoice_number, shipment_number, document_date, mapped_at)
           VALUES (?, ?, ?, 'default', 'ok', ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(documentId, partnerId, stored.kind, JSON.stringify(stored), keys.poNumber, keys.orderNumber, keys.asnNumber, keys.invoiceNumber, keys.shipmentNumber, keys.documentDate, receivedAt);
        return documentId;
      })();
    },
    cleanup() {
      if (!closed) core.close();
      closed = true;
      temp.cleanup();
    },
  };
}
