-- Reconciliation storage: records from other systems (ERP, WMS) in the canonical model, the threads the engine
-- built, the mismatches it found with their review lifecycle, the audit trail of every change, and saved queue views.

-- A record another system holds (an ERP sales order, a WMS shipment, a stock position), as a canonical document with
-- the raw payload it came from. One row per record (the same record twice is one row); a changed record gets a new
-- version and its previous versions stay in source_record_versions for the audit trail.
CREATE TABLE source_records (
  id INTEGER PRIMARY KEY,
  -- whose word it is; the canonical document's source.connector starts with 'wms' for the warehouse
  side TEXT NOT NULL CHECK (side IN ('erp', 'wms')),
  -- 'erp' / 'wms' for import-records, a connector's name otherwise ('tryton', 'wms-rest')
  connector TEXT NOT NULL,
  -- 'sales-orders', 'shipments', 'invoices', 'inventory', 'returns', 'credits'
  stream TEXT NOT NULL,
  -- the other system's id for the record
  record_id TEXT NOT NULL,
  -- canonical kind: order | order-change | order-ack | shipment | invoice | inventory | return | credit
  kind TEXT NOT NULL,
  partner_id INTEGER REFERENCES partners (id),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
  -- sha256 of the canonical JSON: an unchanged record delivered again adds no version
  content_hash TEXT NOT NULL,
  canonical_json TEXT NOT NULL,
  raw_json TEXT,
  -- schema drift and mapping warnings for this record: [{ code, message, path? }]
  warnings_json TEXT NOT NULL DEFAULT '[]',
  po_number TEXT,
  order_number TEXT,
  asn_number TEXT,
  invoice_number TEXT,
  shipment_number TEXT,
  document_date TEXT,
  -- the other system's last-modified instant, when it gives one
  source_updated_at TEXT,
  received_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (connector, stream, record_id)
) STRICT;
CREATE INDEX source_records_po ON source_records (po_number, kind) WHERE po_number IS NOT NULL;
CREATE INDEX source_records_order ON source_records (order_number, kind) WHERE order_number IS NOT NULL;
CREATE INDEX source_records_asn ON source_records (asn_number) WHERE asn_number IS NOT NULL;
CREATE INDEX source_records_invoice ON source_records (invoice_number) WHERE invoice_number IS NOT NULL;
CREATE INDEX source_records_shipment ON source_records (shipment_number) WHERE shipment_number IS NOT NULL;
CREATE INDEX source_records_kind ON source_records (kind, document_date);
CREATE INDEX source_records_partner ON source_records (partner_id) WHERE partner_id IS NOT NULL;

CREATE TABLE source_record_versions (
  record_id INTEGER NOT NULL REFERENCES source_records (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  canonical_json TEXT NOT NULL,
  raw_json TEXT,
  received_at TEXT NOT NULL,
  PRIMARY KEY (record_id, version)
) STRICT;

-- One row per thread the engine built (main/core/reconcile: 'order:<partner>:<PO>', 'stock:<SKU>', 'ack:…',
-- 'control:…'), with what the queue and the shipment check show about it without rebuilding it.
CREATE TABLE recon_threads (
  key TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('order', 'stock', 'ack', 'control-number')),
  partner_id INTEGER REFERENCES partners (id),
  -- JSON array of the PO numbers the thread covers
  po_numbers TEXT NOT NULL DEFAULT '[]',
  member_count INTEGER NOT NULL,
  -- mismatches the latest evaluation found that are open or assigned
  open_count INTEGER NOT NULL DEFAULT 0,
  -- the step statuses the timeline and the shipment check show: { steps: [{ step, status, at }] }
  summary_json TEXT NOT NULL DEFAULT '{}',
  -- the latest instant any member carries (ordering threads by activity)
  last_activity_at TEXT,
  evaluated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX recon_threads_partner ON recon_threads (partner_id, last_activity_at);
CREATE INDEX recon_threads_activity ON recon_threads (kind, last_activity_at);

-- A mismatch and its review state. The id is the engine's deterministic id (type + thread + line), so re-evaluating
-- the same data finds the same row. `present` says whether the latest evaluation still finds it; `fingerprint` is a
-- hash of what it found (expected and actual): a resolution holds while the fingerprint stays the one resolved, and
-- new data that changes it re-opens the mismatch.
CREATE TABLE mismatches (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  thread_key TEXT NOT NULL,
  line_key TEXT,
  partner_id INTEGER REFERENCES partners (id),
  channel TEXT,
  warehouse TEXT,
  severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  -- 1 low … 4 critical, for sorting
  severity_rank INTEGER NOT NULL,
  owner TEXT NOT NULL CHECK (owner IN ('edi', 'warehouse', 'finance', 'sales')),
  chargeback_risk INTEGER NOT NULL CHECK (chargeback_risk IN (0, 1)),
  summary TEXT NOT NULL,
  expected_json TEXT NOT NULL,
  actual_json TEXT NOT NULL,
  evidence_json TEXT NOT NULL,
  -- decimal text and currency as the engine gave them; the minor-unit copy is for sorting and sums
  money_at_risk TEXT,
  currency TEXT,
  money_at_risk_minor INTEGER NOT NULL DEFAULT 0,
  fingerprint TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'assigned', 'resolved', 'accepted')),
  assignee TEXT,
  resolution_reason TEXT,
  resolution_note TEXT,
  -- the fingerprint the resolution or accepted variance was given for
  resolved_fingerprint TEXT,
  present INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  status_changed_at TEXT NOT NULL,
  -- when the latest evaluation stopped finding it (the data was corrected)
  cleared_at TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX mismatches_queue ON mismatches (present, status, first_seen_at);
CREATE INDEX mismatches_type ON mismatches (type, present, status);
CREATE INDEX mismatches_partner ON mismatches (partner_id, present, status);
CREATE INDEX mismatches_owner ON mismatches (owner, present, status);
CREATE INDEX mismatches_money ON mismatches (present, status, money_at_risk_minor);
CREATE INDEX mismatches_severity ON mismatches (present, status, severity_rank);
CREATE INDEX mismatches_thread ON mismatches (thread_key);

-- Every change to a mismatch: found, assigned, resolved, accepted, re-opened, cleared, noted. Who, when, what.
CREATE TABLE mismatch_events (
  id INTEGER PRIMARY KEY,
  mismatch_id TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('found', 'assigned', 'resolved', 'accepted', 'reopened', 'cleared', 'noted', 'changed')),
  from_status TEXT,
  to_status TEXT,
  -- { assignee?, reason?, note?, fingerprint?, why? }
  detail_json TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX mismatch_events_mismatch ON mismatch_events (mismatch_id, id);
CREATE INDEX mismatch_events_day ON mismatch_events (action, at);

-- Saved review-queue views: a name and the filter and sort they apply.
CREATE TABLE saved_views (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  filter_json TEXT NOT NULL,
  sort_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
