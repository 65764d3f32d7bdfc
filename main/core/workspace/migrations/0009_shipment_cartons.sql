-- The shipment check's scanner look-ups (main/core/reconcile-store/shipments-lookup.ts): a carton's SSCC or a bill of
-- lading finds its shipment in one index seek. Both sit inside canonical_json (an SSCC at any pack depth), which no
-- column holds, so triggers keep this table in step with every stored shipment: canonical documents (EDI ASNs, 945s,
-- written or re-mapped by ingest and the mapping store) and records from other systems (source_records, inserted or
-- given a new version by records.import and connectors). Bills of lading are kept upper-cased and trimmed (scanners and
-- people type them in any case); SSCCs as stored (18 digits).
CREATE TABLE shipment_codes (
  code TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('sscc', 'bill-of-lading')),
  -- exactly one of the two: the canonical document or the record holding the shipment
  document_id INTEGER,
  record_id INTEGER,
  CHECK ((document_id IS NULL) <> (record_id IS NULL))
) STRICT;
CREATE INDEX shipment_codes_code ON shipment_codes (code);
CREATE INDEX shipment_codes_document ON shipment_codes (document_id) WHERE document_id IS NOT NULL;
CREATE INDEX shipment_codes_record ON shipment_codes (record_id) WHERE record_id IS NOT NULL;

-- Canonical documents. Only shipments cost anything (the WHEN clauses). The insert trigger first removes what the row
-- held: INSERT OR REPLACE (a re-map) deletes the old row without firing delete triggers.
CREATE TRIGGER shipment_codes_canonical_insert AFTER INSERT ON canonical_documents
WHEN NEW.kind = 'shipment' AND json_valid(NEW.canonical_json) BEGIN
  DELETE FROM shipment_codes WHERE document_id = NEW.document_id;
  INSERT INTO shipment_codes (code, kind, document_id)
    SELECT DISTINCT t.value, 'sscc', NEW.document_id FROM json_tree(NEW.canonical_json, '$.packs') t WHERE t.key = 'sscc' AND t.type = 'text';
  INSERT INTO shipment_codes (code, kind, document_id)
    SELECT upper(trim(b.value)), 'bill-of-lading', NEW.document_id FROM json_each(NEW.canonical_json, '$.billOfLading') b WHERE b.type = 'text' AND trim(b.value) <> '';
END;
CREATE TRIGGER shipment_codes_canonical_update AFTER UPDATE OF canonical_json, kind ON canonical_documents
WHEN OLD.kind = 'shipment' OR NEW.kind = 'shipment' BEGIN
  DELETE FROM shipment_codes WHERE document_id = NEW.document_id;
  INSERT INTO shipment_codes (code, kind, document_id)
    SELECT DISTINCT t.value, 'sscc', NEW.document_id FROM json_tree(NEW.canonical_json, '$.packs') t
      WHERE NEW.kind = 'shipment' AND json_valid(NEW.canonical_json) AND t.key = 'sscc' AND t.type = 'text';
  INSERT INTO shipment_codes (code, kind, document_id)
    SELECT upper(trim(b.value)), 'bill-of-lading', NEW.document_id FROM json_each(NEW.canonical_json, '$.billOfLading') b
      WHERE NEW.kind = 'shipment' AND json_valid(NEW.canonical_json) AND b.type = 'text' AND trim(b.value) <> '';
END;
CREATE TRIGGER shipment_codes_canonical_delete AFTER DELETE ON canonical_documents WHEN OLD.kind = 'shipment' BEGIN
  DELETE FROM shipment_codes WHERE document_id = OLD.document_id;
END;

-- Records from other systems.
CREATE TRIGGER shipment_codes_record_insert AFTER INSERT ON source_records
WHEN NEW.kind = 'shipment' AND json_valid(NEW.canonical_json) BEGIN
  DELETE FROM shipment_codes WHERE record_id = NEW.id;
  INSERT INTO shipment_codes (code, kind, record_id)
    SELECT DISTINCT t.value, 'sscc', NEW.id FROM json_tree(NEW.canonical_json, '$.packs') t WHERE t.key = 'sscc' AND t.type = 'text';
  INSERT INTO shipment_codes (code, kind, record_id)
    SELECT upper(trim(b.value)), 'bill-of-lading', NEW.id FROM json_each(NEW.canonical_json, '$.billOfLading') b WHERE b.type = 'text' AND trim(b.value) <> '';
END;
CREATE TRIGGER shipment_codes_record_update AFTER UPDATE OF canonical_json, kind ON source_records
WHEN OLD.kind = 'shipment' OR NEW.kind = 'shipment' BEGIN
  DELETE FROM shipment_codes WHERE record_id = NEW.id;
  INSERT INTO shipment_codes (code, kind, record_id)
    SELECT DISTINCT t.value, 'sscc', NEW.id FROM json_tree(NEW.canonical_json, '$.packs') t
      WHERE NEW.kind = 'shipment' AND json_valid(NEW.canonical_json) AND t.key = 'sscc' AND t.type = 'text';
  INSERT INTO shipment_codes (code, kind, record_id)
    SELECT upper(trim(b.value)), 'bill-of-lading', NEW.id FROM json_each(NEW.canonical_json, '$.billOfLading') b
      WHERE NEW.kind = 'shipment' AND json_valid(NEW.canonical_json) AND b.type = 'text' AND trim(b.value) <> '';
END;
CREATE TRIGGER shipment_codes_record_delete AFTER DELETE ON source_records WHEN OLD.kind = 'shipment' BEGIN
  DELETE FROM shipment_codes WHERE record_id = OLD.id;
END;

-- Shipments stored before this migration.
INSERT INTO shipment_codes (code, kind, document_id)
  SELECT DISTINCT t.value, 'sscc', c.document_id FROM canonical_documents c, json_tree(c.canonical_json, '$.packs') t
    WHERE c.kind = 'shipment' AND json_valid(c.canonical_json) AND t.key = 'sscc' AND t.type = 'text';
INSERT INTO shipment_codes (code, kind, document_id)
  SELECT upper(trim(b.value)), 'bill-of-lading', c.document_id FROM canonical_documents c, json_each(c.canonical_json, '$.billOfLading') b
    WHERE c.kind = 'shipment' AND json_valid(c.canonical_json) AND b.type = 'text' AND trim(b.value) <> '';
INSERT INTO shipment_codes (code, kind, record_id)
  SELECT DISTINCT t.value, 'sscc', r.id FROM source_records r, json_tree(r.canonical_json, '$.packs') t
    WHERE r.kind = 'shipment' AND json_valid(r.canonical_json) AND t.key = 'sscc' AND t.type = 'text';
INSERT INTO shipment_codes (code, kind, record_id)
  SELECT upper(trim(b.value)), 'bill-of-lading', r.id FROM source_records r, json_each(r.canonical_json, '$.billOfLading') b
    WHERE r.kind = 'shipment' AND json_valid(r.canonical_json) AND b.type = 'text' AND trim(b.value) <> '';
