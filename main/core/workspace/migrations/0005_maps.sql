-- Maps (versioned JSON definitions per partner and document type) and the canonical document each stored
-- transaction became. A canonical row belongs to its documents row: re-processing a file deletes and re-inserts
-- documents, and their canonical rows go with them (ON DELETE CASCADE) and are written again in the same transaction.

CREATE TABLE maps (
  id INTEGER PRIMARY KEY,
  -- NULL: a workspace-wide map, used for every partner without a published map of its own. No foreign key on
  -- purpose: merging partners re-points every column referencing partners, and two partners' version numbers would
  -- collide; a merged partner's maps stay with its old id (inert) and can be copied to the survivor as a draft.
  partner_id INTEGER,
  standard TEXT NOT NULL CHECK (standard IN ('x12', 'edifact', 'csv', 'json')),
  doc_type TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
  -- crossdock-map/1 JSON (main/core/mapping/FORMAT.md); drafts may hold definitions that do not compile yet
  definition_json TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  published_at TEXT
) STRICT;
-- Versions are numbered per partner (or the workspace), standard and type. NULL partner ids are distinct in a
-- UNIQUE index, so the workspace's maps use coalesce(partner_id, 0) (partner ids start at 1).
CREATE UNIQUE INDEX maps_version ON maps (coalesce(partner_id, 0), standard, doc_type, version);
-- One published version and one open draft per partner, standard and type at a time.
CREATE UNIQUE INDEX maps_published ON maps (coalesce(partner_id, 0), standard, doc_type) WHERE status = 'published';
CREATE UNIQUE INDEX maps_draft ON maps (coalesce(partner_id, 0), standard, doc_type) WHERE status = 'draft';

CREATE TABLE canonical_documents (
  document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  -- documents.partner_id, copied for the key look-ups (re-pointed with it when partners are merged)
  partner_id INTEGER REFERENCES partners (id),
  -- order | order-change | order-ack | shipment | invoice | inventory | return | credit (NULL when unmapped)
  kind TEXT,
  -- the stored map version that produced it; NULL with map_origin 'default' (the built-in map) or when unmapped
  map_id INTEGER,
  map_version INTEGER,
  map_origin TEXT CHECK (map_origin IN ('partner', 'workspace', 'default')),
  status TEXT NOT NULL CHECK (status IN ('ok', 'warnings', 'errors', 'unmapped')),
  error_count INTEGER NOT NULL DEFAULT 0,
  warning_count INTEGER NOT NULL DEFAULT 0,
  issues_json TEXT NOT NULL DEFAULT '[]',
  -- { unmappedRequired: string[], unusedSegmentCount: number }
  coverage_json TEXT NOT NULL DEFAULT '{}',
  -- the mapped document (validated against the canonical schema when status is ok or warnings); NULL when unmapped
  canonical_json TEXT,
  -- business keys for reconciliation look-ups
  po_number TEXT,
  order_number TEXT,
  asn_number TEXT,
  invoice_number TEXT,
  shipment_number TEXT,
  document_date TEXT,
  mapped_at TEXT NOT NULL
) STRICT;
-- The reconciliation engine finds a partner's documents by business key (and then by kind).
CREATE INDEX canonical_po ON canonical_documents (partner_id, po_number, kind) WHERE po_number IS NOT NULL;
CREATE INDEX canonical_order ON canonical_documents (partner_id, order_number, kind) WHERE order_number IS NOT NULL;
CREATE INDEX canonical_asn ON canonical_documents (partner_id, asn_number) WHERE asn_number IS NOT NULL;
CREATE INDEX canonical_invoice ON canonical_documents (partner_id, invoice_number) WHERE invoice_number IS NOT NULL;
CREATE INDEX canonical_shipment ON canonical_documents (partner_id, shipment_number) WHERE shipment_number IS NOT NULL;
-- Documents of a partner and kind by date (open orders, invoices of a period); and which documents a map produced.
CREATE INDEX canonical_partner_kind ON canonical_documents (partner_id, kind, document_date);
CREATE INDEX canonical_map ON canonical_documents (map_id) WHERE map_id IS NOT NULL;
