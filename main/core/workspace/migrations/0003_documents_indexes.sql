-- The Documents list answers any filter + sort from an index (main/core/documents/list-plan.ts picks which; a test
-- asserts each plan with EXPLAIN QUERY PLAN). 0002 indexed each filter alone, newest first; these add the pairs of
-- partner, type, status and direction, so that a pair is one index range however the rows are spread (an 850 is
-- never outbound: "850 + outbound" must not read every 850 to find none) and each can be listed sorted by another;
-- and the control-number order. Each index adds a page write to every ingest commit (bench --insert-cost), which is
-- why there are pairs but no triples, and control-number order within a partner walks the overall index.
-- Ascending, although the list reads them newest first (SQLite walks an index backwards as fast): new documents then
-- land at the end of their range, which costs less per insert and leaves fuller pages than descending keys.
CREATE INDEX documents_partner_type ON documents (partner_id, type, received_at, id);
CREATE INDEX documents_partner_status ON documents (partner_id, status, received_at, id);
CREATE INDEX documents_partner_direction ON documents (partner_id, direction, received_at, id);
CREATE INDEX documents_type_status ON documents (type, status, received_at, id);
CREATE INDEX documents_type_direction ON documents (type, direction, received_at, id);
CREATE INDEX documents_status_direction ON documents (status, direction, received_at, id);
-- Control-number order (ties by time); replaces 0002's plain documents_control (same leading column, so look-ups by
-- control number still use it).
DROP INDEX documents_control;
CREATE INDEX documents_control_received ON documents (control_number, received_at, id);

-- Sorting by partner name walks partners in name order and each partner's documents newest first.
CREATE INDEX partners_name ON partners (name, id);
