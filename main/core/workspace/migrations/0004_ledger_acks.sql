-- Control-number ledger indexes and acknowledgments: the acks we generate (with their own never-reused control
-- numbers), the acks partners send for our outbound groups, and each outbound group's acknowledgment status.
-- Envelopes are re-inserted (new row ids) when a file is re-processed, so ack rows name what they answer by
-- stable identity (file bytes + ordinals) and keep the current row ids only for convenience; no foreign keys to
-- interchanges, groups or documents.

-- The ledger reads each sender's control numbers in receipt order (file, then position in the file).
-- (groups are reached from their interchange by the (interchange_id, ordinal) key they already have)
CREATE INDEX interchanges_ledger ON interchanges (partner_id, direction, file_id, ordinal, control_number);
CREATE INDEX documents_ledger ON documents (partner_id, direction, file_id, group_id, ordinal, control_number);

-- The last control numbers used in acks to each partner; incremented in the transaction that records the ack.
CREATE TABLE ack_counters (
  partner_id INTEGER PRIMARY KEY REFERENCES partners (id),
  last_interchange INTEGER NOT NULL DEFAULT 0,
  last_group INTEGER NOT NULL DEFAULT 0,
  last_transaction INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE acknowledgments_sent (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER NOT NULL REFERENCES partners (id),
  -- what it answers: the inbound file's bytes, the interchange and group ordinals (-1: the whole interchange,
  -- for TA1 and CONTRL); one ack per answered envelope, however often the file is re-processed
  file_sha256 TEXT NOT NULL,
  file_id INTEGER NOT NULL REFERENCES files (id),
  interchange_ordinal INTEGER NOT NULL,
  group_ordinal INTEGER NOT NULL,
  -- groups.id when it was last stored (refreshed on re-processing); null for interchange-level acks
  group_id INTEGER,
  standard TEXT NOT NULL CHECK (standard IN ('x12', 'edifact')),
  kind TEXT NOT NULL CHECK (kind IN ('997', '999', 'TA1', 'CONTRL')),
  -- the acknowledged envelope's numbers (ISA13 / UNB 0020, GS06 / UNG 0048) and functional id
  acknowledged_interchange TEXT NOT NULL,
  acknowledged_group TEXT,
  functional_id TEXT,
  -- the ack's own numbers (ISA13 / UNB 0020, GS06 / UNG 0048, ST02 / UNH 0062)
  interchange_control TEXT NOT NULL,
  group_control TEXT,
  transaction_control TEXT,
  -- what the ack tells the partner
  outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'accepted-with-errors', 'rejected')),
  file_name TEXT NOT NULL UNIQUE,
  encoding TEXT NOT NULL CHECK (encoding IN ('latin1', 'utf8')),
  content TEXT NOT NULL,
  -- pending: recorded, not yet in outbox/; written; failed: the write failed (retried)
  status TEXT NOT NULL CHECK (status IN ('pending', 'written', 'failed')),
  error TEXT,
  created_at TEXT NOT NULL,
  written_at TEXT,
  UNIQUE (file_sha256, interchange_ordinal, group_ordinal)
) STRICT;
CREATE INDEX acknowledgments_sent_partner ON acknowledgments_sent (partner_id, id);
CREATE INDEX acknowledgments_sent_file ON acknowledgments_sent (file_id);
CREATE INDEX acknowledgments_sent_unwritten ON acknowledgments_sent (status) WHERE status <> 'written';

-- What partners' 997/999/CONTRL say about our groups: one row per acknowledged group (X12 AK1; EDIFACT UCF, or
-- the whole interchange when the CONTRL has no UCF), replaced when the ack's file is re-processed.
CREATE TABLE acknowledgments_received (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files (id),
  -- documents.id of the ack as last stored
  document_id INTEGER NOT NULL,
  partner_id INTEGER NOT NULL REFERENCES partners (id),
  standard TEXT NOT NULL CHECK (standard IN ('x12', 'edifact')),
  kind TEXT NOT NULL CHECK (kind IN ('997', '999', 'CONTRL')),
  -- X12: AK101 and AK102; EDIFACT: UCF group reference ('' when none) and UCI interchange reference
  functional_id TEXT NOT NULL,
  group_control TEXT NOT NULL,
  interchange_control TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'accepted-with-errors', 'rejected')),
  -- per transaction set / message: [{ controlNumber, type, status, codes }]
  transactions_json TEXT NOT NULL,
  received_at TEXT NOT NULL
) STRICT;
CREATE INDEX acknowledgments_received_x12 ON acknowledgments_received (partner_id, standard, functional_id, group_control);
CREATE INDEX acknowledgments_received_edifact ON acknowledgments_received (partner_id, standard, interchange_control);
CREATE INDEX acknowledgments_received_file ON acknowledgments_received (file_id);

-- Our outbound groups and the ack status each has (overdue is 'pending' past the partner's deadline, decided when read).
CREATE TABLE outbound_acks (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files (id),
  interchange_ordinal INTEGER NOT NULL,
  group_ordinal INTEGER NOT NULL,
  -- groups.id as last stored
  group_id INTEGER NOT NULL,
  partner_id INTEGER NOT NULL REFERENCES partners (id),
  standard TEXT NOT NULL CHECK (standard IN ('x12', 'edifact')),
  functional_id TEXT NOT NULL,
  group_control TEXT NOT NULL,
  interchange_control TEXT NOT NULL,
  transaction_count INTEGER NOT NULL,
  -- the earlier of the envelope's date/time (read as UTC) and our first receipt of the copy
  sent_at TEXT NOT NULL,
  ack_status TEXT NOT NULL CHECK (ack_status IN ('pending', 'accepted', 'accepted-with-errors', 'rejected')),
  ack_received_id INTEGER,
  ack_document_id INTEGER,
  acknowledged_at TEXT,
  UNIQUE (file_id, interchange_ordinal, group_ordinal)
) STRICT;
-- acks.status lists newest first, by partner and/or status
CREATE INDEX outbound_acks_sent ON outbound_acks (sent_at);
CREATE INDEX outbound_acks_partner ON outbound_acks (partner_id, sent_at);
CREATE INDEX outbound_acks_status ON outbound_acks (ack_status, sent_at);
CREATE INDEX outbound_acks_partner_status ON outbound_acks (partner_id, ack_status, sent_at);
-- the Documents view shows the ack status of an outbound document's group
CREATE INDEX outbound_acks_group ON outbound_acks (group_id);
CREATE INDEX outbound_acks_x12 ON outbound_acks (partner_id, standard, functional_id, group_control);
CREATE INDEX outbound_acks_edifact ON outbound_acks (partner_id, standard, interchange_control);
