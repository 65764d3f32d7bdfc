-- Connectors (issue #7): systems polled into the workspace (ERP, WMS, storefronts, folders of exports), the state of
-- each stream's incremental sync, a log of runs, and records that failed mapping (dead letters, replayable).
-- Secrets never live here: config_json holds settings only; credentials are in the encrypted secrets file.

CREATE TABLE connectors (
  name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 60),
  -- 'rest' | 'drop-folder' | 'tryton'
  kind TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('erp', 'wms')),
  config_json TEXT NOT NULL DEFAULT '{}',
  enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
  -- minutes between scheduled runs; NULL = on demand only
  schedule_minutes INTEGER CHECK (schedule_minutes IS NULL OR schedule_minutes > 0),
  rate_limit_per_second REAL NOT NULL DEFAULT 0 CHECK (rate_limit_per_second >= 0),
  -- 'ok' | 'offline' (network down: the app keeps working, sync catches up) | 'error' (needs the user) | 'never'
  state TEXT NOT NULL DEFAULT 'never' CHECK (state IN ('never', 'ok', 'offline', 'error')),
  state_message TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE connector_streams (
  connector TEXT NOT NULL REFERENCES connectors (name) ON DELETE CASCADE ON UPDATE CASCADE,
  stream TEXT NOT NULL,
  -- { since: { updatedAt, recordId } | null, page: <connector's pagination state> | null }; page is non-null while a run is in flight
  cursor_json TEXT NOT NULL DEFAULT '{"since":null,"page":null}',
  -- the newest (updatedAt, recordId) of the run in flight; becomes cursor.since when the run completes
  run_high_json TEXT,
  last_success_at TEXT,
  last_error TEXT,
  last_error_at TEXT,
  records_total INTEGER NOT NULL DEFAULT 0,
  inserted_total INTEGER NOT NULL DEFAULT 0,
  updated_total INTEGER NOT NULL DEFAULT 0,
  failed_total INTEGER NOT NULL DEFAULT 0,
  next_run_at TEXT,
  PRIMARY KEY (connector, stream)
) STRICT, WITHOUT ROWID;

CREATE TABLE connector_runs (
  id INTEGER PRIMARY KEY,
  connector TEXT NOT NULL,
  -- NULL: every stream of the connector
  stream TEXT,
  trigger TEXT NOT NULL CHECK (trigger IN ('manual', 'schedule', 'cli', 'replay')),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'partial', 'offline', 'failed', 'cancelled')),
  pages INTEGER NOT NULL DEFAULT 0,
  records INTEGER NOT NULL DEFAULT 0,
  inserted INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  warnings INTEGER NOT NULL DEFAULT 0,
  message TEXT
) STRICT;
CREATE INDEX connector_runs_connector ON connector_runs (connector, id);

CREATE TABLE dead_letters (
  id INTEGER PRIMARY KEY,
  connector TEXT NOT NULL,
  stream TEXT NOT NULL,
  record_id TEXT NOT NULL,
  source_updated_at TEXT,
  raw_json TEXT NOT NULL,
  reason TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1,
  first_failed_at TEXT NOT NULL,
  last_failed_at TEXT NOT NULL,
  -- set when a replay mapped it (the row is kept for the audit trail)
  replayed_at TEXT,
  UNIQUE (connector, stream, record_id)
) STRICT;
CREATE INDEX dead_letters_open ON dead_letters (connector, replayed_at);

-- Product master data and cross-references from a 'products' stream (no canonical document of their own).
CREATE TABLE connector_products (
  connector TEXT NOT NULL,
  record_id TEXT NOT NULL,
  sku TEXT NOT NULL,
  description TEXT,
  gtin TEXT,
  uom TEXT,
  identifiers_json TEXT NOT NULL DEFAULT '[]',
  raw_json TEXT,
  content_hash TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (connector, record_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX connector_products_sku ON connector_products (sku);
CREATE INDEX connector_products_gtin ON connector_products (gtin) WHERE gtin IS NOT NULL;

-- Files a drop-folder connector has read, by content hash: each export is read once.
CREATE TABLE connector_files (
  connector TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  name TEXT NOT NULL,
  stream TEXT NOT NULL,
  read_at TEXT NOT NULL,
  records INTEGER NOT NULL,
  PRIMARY KEY (connector, sha256)
) STRICT, WITHOUT ROWID;
