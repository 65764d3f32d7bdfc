-- Free-text queue search (thread key or summary LIKE '%…%') cannot seek: it reads every open row. This index holds
-- every column such a query reads (the filter, the sort keys and the id every index carries), so the search walks
-- the index alone and never the full rows with their expected/actual/evidence JSON.
CREATE INDEX mismatches_text ON mismatches (present, status, thread_key, summary, first_seen_at, severity_rank, money_at_risk_minor, type, partner_id);
