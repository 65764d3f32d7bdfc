-- Ingest: every received file (by content hash), every delivery of it, what the parser found, trading partners
-- first seen in envelopes, and the control-number ledger. Segments are NOT copied here: the viewer re-reads them
-- from the archived original by byte range.

CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  -- path inside the workspace's archive/ folder
  archive_path TEXT NOT NULL,
  first_received_at TEXT NOT NULL,
  -- received: archived, not yet parsed (a crash here is resumed at start-up); parsed; quarantined: not EDI or unreadable
  state TEXT NOT NULL CHECK (state IN ('received', 'parsed', 'quarantined')),
  standard TEXT CHECK (standard IN ('x12', 'edifact')),
  verdict TEXT CHECK (verdict IN ('ok', 'warnings', 'errors', 'not-edi')),
  quarantine_reason TEXT,
  -- file-level problems (junk, BOM, truncation) as JSON; per-transaction problems live on documents
  problems_json TEXT NOT NULL DEFAULT '[]',
  parsed_at TEXT,
  -- bumped when a parser or spec change makes re-processing worthwhile
  parser_version INTEGER
) STRICT;
CREATE INDEX files_state ON files (state);

-- One row per delivery. The same bytes delivered twice: one file, two receipts (the second flagged duplicate).
-- The same delivery seen twice (the same file at the same path with the same modification time, e.g. after a crash
-- before the inbox copy was removed) is recognised by delivery_key and recorded once.
CREATE TABLE receipts (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files (id),
  received_at TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('cli', 'inbox', 'dialog', 'drop', 'upload', 'connector', 'demo')),
  original_name TEXT NOT NULL,
  original_path TEXT,
  delivery_key TEXT NOT NULL UNIQUE,
  duplicate_delivery INTEGER NOT NULL DEFAULT 0 CHECK (duplicate_delivery IN (0, 1))
) STRICT;
CREATE INDEX receipts_file ON receipts (file_id);

CREATE TABLE partners (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  -- when two profiles turn out to be one partner, the merged one points at the survivor
  merged_into INTEGER REFERENCES partners (id),
  created_at TEXT NOT NULL,
  profile_json TEXT NOT NULL DEFAULT '{}'
) STRICT;

-- Envelope identities that resolve to a partner: ('x12', 'ZZ', 'ACME'), ('x12-gs', '', 'ACMEGS'), ('edifact', '14', '5012345678900')
CREATE TABLE partner_identifiers (
  standard TEXT NOT NULL,
  qualifier TEXT NOT NULL,
  identifier TEXT NOT NULL,
  partner_id INTEGER NOT NULL REFERENCES partners (id),
  PRIMARY KEY (standard, qualifier, identifier)
) STRICT;
CREATE INDEX partner_identifiers_partner ON partner_identifiers (partner_id);

CREATE TABLE interchanges (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files (id),
  ordinal INTEGER NOT NULL,
  standard TEXT NOT NULL,
  partner_id INTEGER REFERENCES partners (id),
  direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  sender_qualifier TEXT NOT NULL,
  sender_id TEXT NOT NULL,
  receiver_qualifier TEXT NOT NULL,
  receiver_id TEXT NOT NULL,
  control_number TEXT NOT NULL,
  version TEXT NOT NULL,
  syntax_id TEXT,
  sent_date TEXT,
  sent_time TEXT,
  test INTEGER NOT NULL DEFAULT 0,
  delimiters_json TEXT NOT NULL,
  quirks_json TEXT NOT NULL DEFAULT '[]',
  problems_json TEXT NOT NULL DEFAULT '[]',
  byte_start INTEGER NOT NULL,
  byte_end INTEGER NOT NULL,
  -- the same sender used this control number on a different file before
  duplicate_control INTEGER NOT NULL DEFAULT 0,
  UNIQUE (file_id, ordinal)
) STRICT;
CREATE INDEX interchanges_partner ON interchanges (partner_id, direction, control_number);

CREATE TABLE groups (
  id INTEGER PRIMARY KEY,
  interchange_id INTEGER NOT NULL REFERENCES interchanges (id),
  ordinal INTEGER NOT NULL,
  functional_id TEXT,
  control_number TEXT,
  version TEXT,
  explicit INTEGER NOT NULL,
  status TEXT NOT NULL,
  transaction_count INTEGER NOT NULL,
  problems_json TEXT NOT NULL DEFAULT '[]',
  byte_start INTEGER NOT NULL,
  byte_end INTEGER NOT NULL,
  UNIQUE (interchange_id, ordinal)
) STRICT;

-- One row per transaction set / message: what the Documents list shows and searches.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files (id),
  interchange_id INTEGER NOT NULL REFERENCES interchanges (id),
  group_id INTEGER NOT NULL REFERENCES groups (id),
  ordinal INTEGER NOT NULL,
  partner_id INTEGER REFERENCES partners (id),
  direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  standard TEXT NOT NULL,
  type TEXT NOT NULL,
  version TEXT NOT NULL,
  control_number TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'accepted-with-errors', 'rejected')),
  error_count INTEGER NOT NULL,
  warning_count INTEGER NOT NULL,
  problems_json TEXT NOT NULL DEFAULT '[]',
  segment_count INTEGER NOT NULL,
  byte_start INTEGER NOT NULL,
  byte_end INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  -- business keys for search (nullable: not every document has each)
  po_number TEXT,
  reference TEXT,
  document_date TEXT,
  amount TEXT,
  UNIQUE (group_id, ordinal)
) STRICT;
-- The list's common orders and filters; each query shape has an index (asserted with EXPLAIN QUERY PLAN).
CREATE INDEX documents_received ON documents (received_at DESC, id DESC);
CREATE INDEX documents_partner ON documents (partner_id, received_at DESC, id DESC);
CREATE INDEX documents_type ON documents (type, received_at DESC, id DESC);
CREATE INDEX documents_status ON documents (status, received_at DESC, id DESC);
CREATE INDEX documents_direction ON documents (direction, received_at DESC, id DESC);
CREATE INDEX documents_po ON documents (po_number) WHERE po_number IS NOT NULL;
CREATE INDEX documents_reference ON documents (reference) WHERE reference IS NOT NULL;
CREATE INDEX documents_control ON documents (control_number);
CREATE INDEX documents_file ON documents (file_id);
