/**
 * The two interactive figures: re-evaluation after one new document (stored as ingest stores it, then the store's
 * evaluateThreads: its closure, threads rebuilt and reconciled, the lifecycle merge written) and review-queue pages
 * (listMismatches of the review helper) over the rebuilt mismatches.
 */
import type Database from 'better-sqlite3';
import type { Invoice } from '../../main/core/canonical/index.js';
import { evaluateThreads, loadThreadInputs, reconcileEnvFor } from '../../main/core/reconcile-store/index.js';
import { listMismatches, type QueueQuery } from '../../main/core/reconcile-store/queue.js';
import { keysOf } from './fill.js';

export interface Percentiles {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function percentiles(times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { samples: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? 0 };
}

const PROBE_FILE = 900_000_000;

/** A second invoice for order `index` arrives (it bills the order again: an invoice-qty-vs-shipped finding appears). */
export function measureReevaluation(db: Database.Database, orders: number, now: string, samples: number): Percentiles & { threadsPerSample: number; membersPerSample: number } {
  const env = reconcileEnvFor(db);
  db.prepare(`INSERT OR REPLACE INTO files (id, sha256, size, archive_path, first_received_at, state, standard, verdict, parsed_at, parser_version) VALUES (?, ?, 1000, 'bench/probe', ?, 'parsed', 'x12', 'ok', ?, 1)`).run(PROBE_FILE, 'f'.repeat(64), now, now);
  db.prepare(`INSERT OR REPLACE INTO interchanges (id, file_id, ordinal, standard, partner_id, direction, sender_qualifier, sender_id, receiver_qualifier, receiver_id, control_number, version, delimiters_json, byte_start, byte_end) VALUES (?, ?, 0, 'x12', 1, 'outbound', 'ZZ', 'US', 'ZZ', 'P1', '999999999', '00401', '{}', 0, 1000)`).run(PROBE_FILE, PROBE_FILE);
  db.prepare(`INSERT OR REPLACE INTO groups (id, interchange_id, ordinal, functional_id, control_number, version, explicit, status, transaction_count, byte_start, byte_end) VALUES (?, ?, 0, 'IN', '1', '004010', 1, 'accepted', 100, 0, 1000)`).run(PROBE_FILE, PROBE_FILE);
  const insertDocument = db.prepare(`INSERT INTO documents (file_id, interchange_id, group_id, ordinal, partner_id, direction, standard, type, version, control_number, status, error_count, warning_count, segment_count, byte_start, byte_end, received_at, po_number, reference)
    VALUES (?, ?, ?, ?, ?, 'outbound', 'x12', '810', '004010', ?, 'accepted', 0, 0, 20, ?, ?, ?, ?, ?)`);
  const insertCanonical = db.prepare(`INSERT INTO canonical_documents (document_id, partner_id, kind, map_origin, status, canonical_json, po_number, invoice_number, mapped_at) VALUES (?, ?, 'invoice', 'default', 'ok', ?, ?, ?, ?)`);
  const store = db.transaction((invoice: Invoice, ordinal: number) => {
    const keys = keysOf(invoice);
    const id = insertDocument.run(PROBE_FILE, PROBE_FILE, PROBE_FILE, ordinal, invoice.partner?.id ?? null, String(ordinal).padStart(9, '0'), ordinal * 10, ordinal * 10 + 9, now, keys.po, keys.invoice).lastInsertRowid as number;
    insertCanonical.run(id, invoice.partner?.id ?? null, JSON.stringify(invoice), keys.po, keys.invoice, now);
    return id;
  });
  const times: number[] = [];
  const inserted: number[] = [];
  let threads = 0;
  let members = 0;
  for (let sample = 0; sample < samples + 5; sample++) {
    const index = (sample * 9973 + 17) % orders;
    const partnerId = 1 + (index % 3);
    const po = `PO${String(index).padStart(8, '0')}`;
    const invoice: Invoice = {
      kind: 'invoice',
      source: { kind: 'edi', fileId: PROBE_FILE, byteStart: sample * 10, byteEnd: sample * 10 + 9, standard: 'x12', type: '810', controlNumber: String(sample).padStart(9, '0') },
      partner: { id: partnerId, name: `Partner ${partnerId}` },
      channel: 'edi',
      invoiceNumber: `I${index}-again-${sample}`,
      poNumber: po,
      currency: 'USD',
      lines: [{ lineNumber: '1', product: { sku: `SKU-${(index * 7) % 997}` }, quantity: { value: '1', uom: 'CA' }, unitPrice: { amount: '2.00' } }],
      totals: { total: { amount: '2.00', currency: 'USD' } },
    };
    const started = performance.now();
    const id = store(invoice, sample);
    const result = evaluateThreads(db, { documentIds: [id] }, { now, env });
    const elapsed = performance.now() - started;
    inserted.push(id);
    // the first few warm the statement caches
    if (sample >= 5) {
      times.push(elapsed);
      threads += result.threadKeys;
      // counted apart from the timed evaluation
      members += loadThreadInputs(db, { documentIds: [id] }, env).inputs.length;
    }
  }
  const remove = db.transaction(() => {
    for (const id of inserted) {
      db.prepare('DELETE FROM canonical_documents WHERE document_id = ?').run(id);
      db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    }
    db.prepare('DELETE FROM groups WHERE id = ?').run(PROBE_FILE);
    db.prepare('DELETE FROM interchanges WHERE id = ?').run(PROBE_FILE);
    db.prepare('DELETE FROM files WHERE id = ?').run(PROBE_FILE);
  });
  remove();
  return { ...percentiles(times), threadsPerSample: threads / samples, membersPerSample: members / samples };
}

export const QUEUE_SHAPES: { name: string; query: QueueQuery }[] = [
  { name: 'default (open, severity desc)', query: { limit: 100 } },
  { name: 'type price-mismatch, money desc', query: { filter: { types: ['price-mismatch'] }, sort: { field: 'money', direction: 'desc' }, limit: 100 } },
  { name: 'partner 2, age asc', query: { filter: { partnerIds: [2] }, sort: { field: 'age', direction: 'asc' }, limit: 100 } },
  { name: 'owner finance, money >= 10, money desc', query: { filter: { owners: ['finance'], minMoney: '10' }, sort: { field: 'money', direction: 'desc' }, limit: 100 } },
  { name: 'severity high + partner 1, type asc', query: { filter: { severities: ['high'], partnerIds: [1] }, sort: { field: 'type', direction: 'asc' }, limit: 100 } },
  { name: 'text PO0001, age desc', query: { filter: { text: 'PO0001' }, sort: { field: 'age', direction: 'desc' }, limit: 100 } },
  { name: 'page 50 of default', query: { offset: 5000, limit: 100 } },
  { name: 'all statuses, partner sort', query: { filter: { statuses: ['open', 'assigned', 'resolved', 'accepted'] }, sort: { field: 'partner', direction: 'asc' }, limit: 100 } },
];

export function measureQueue(db: Database.Database, repeats = 15): { shapes: ({ name: string; total: number } & Percentiles)[]; worstP50Ms: number } {
  const shapes = QUEUE_SHAPES.map(({ name, query }) => {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < repeats + 2; run++) {
      const started = performance.now();
      total = listMismatches(db, query).total;
      if (run >= 2) times.push(performance.now() - started);
    }
    return { name, total, ...percentiles(times) };
  });
  return { shapes, worstP50Ms: Math.max(...shapes.map((shape) => shape.p50Ms)) };
}
