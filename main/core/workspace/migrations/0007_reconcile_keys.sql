-- Business-number look-ups across partners for the reconciliation closure (main/core/reconcile-store/closure.ts).
-- A thread joins documents by number whatever partner row they are stored under: a warehouse's 945 names the
-- customer's PO under the 3PL's partner id, and an ERP order number is ours. The 0005 indexes lead with partner_id,
-- so answering "every document with PO X" through them probes once per partner; these answer it in one seek.
CREATE INDEX canonical_po_number ON canonical_documents (po_number) WHERE po_number IS NOT NULL;
CREATE INDEX canonical_order_number ON canonical_documents (order_number) WHERE order_number IS NOT NULL;
CREATE INDEX canonical_asn_number ON canonical_documents (asn_number) WHERE asn_number IS NOT NULL;
CREATE INDEX canonical_invoice_number ON canonical_documents (invoice_number) WHERE invoice_number IS NOT NULL;
CREATE INDEX canonical_shipment_number ON canonical_documents (shipment_number) WHERE shipment_number IS NOT NULL;
