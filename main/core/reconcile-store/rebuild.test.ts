import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalDocument, Invoice } from '../canonical/index.js';
import { sampleAsn, sampleInvoice, sampleOrder, sampleOrderAck, sampleWarehouseAdvice } from '../canonical/samples.js';
import { evaluateThreads } from './evaluate.js';
import { NORTHWIND, storeWorkspace, type StoreWorkspace } from './inputs.test-support.js';
import { rebuildAll, startRebuild } from './rebuild.js';
import { actOnMismatches } from './review.js';
import { reconcileStatus } from './status.js';

let ws: StoreWorkspace;
beforeEach(() => {
  ws = storeWorkspace();
});
afterEach(() => ws.cleanup());

const NOW = '2026-12-10T12:00:00.000Z';

/** Several threads with defects: short-shipped lines, an over-priced invoice, an invoice nothing shipped for. */
function documents(): CanonicalDocument[] {
  const list: CanonicalDocument[] = [];
  for (let index = 0; index < 6; index++) {
    const po = `PO-${index}`;
    list.push({ ...structuredClone(sampleOrder), poNumber: po });
    if (index % 2 === 0) list.push({ ...structuredClone(sampleOrderAck), poNumber: po });
    if (index % 3 !== 2) {
      const asn = structuredClone(sampleAsn);
      asn.asnNumber = `ASN-${index}`;
      asn.orders = [{ poNumber: po }];
      const retag = (lines: { poNumber?: string | undefined }[] | undefined) => lines?.forEach((line) => (line.poNumber = po));
      retag(asn.lines);
      asn.packs?.forEach((pack) => {
        retag(pack.lines);
        pack.packs?.forEach((inner) => retag(inner.lines));
      });
      list.push(asn);
      const invoice = { ...structuredClone(sampleInvoice), invoiceNumber: `INV-${index}`, asnNumber: `ASN-${index}` } as Invoice;
      delete (invoice as { poNumber?: string }).poNumber;
      if (index === 1) invoice.lines![0]!.unitPrice = { amount: '99.00', currency: 'USD' };
      list.push(invoice);
    }
  }
  list.push({ ...structuredClone(sampleWarehouseAdvice), orders: [{ poNumber: 'PO-0' }] } as CanonicalDocument);
  list.push({ ...structuredClone(sampleInvoice), invoiceNumber: 'INV-LOST', poNumber: 'PO-NONE', asnNumber: 'ASN-NONE' } as Invoice);
  return list;
}

const snapshot = () => ({
  threads: ws.db.prepare('SELECT key, kind, partner_id, po_numbers, member_count, open_count, summary_json FROM recon_threads ORDER BY key').all(),
  mismatches: ws.db.prepare('SELECT id, type, thread_key, status, present, fingerprint, resolution_reason FROM mismatches ORDER BY id').all(),
});

describe('rebuildAll', () => {
  it('equals evaluating every document as it arrived', async () => {
    for (const document of documents()) evaluateThreads(ws.db, { documentIds: [ws.store(document)] }, { now: NOW });
    const incremental = snapshot();
    expect(incremental.mismatches.length).toBeGreaterThan(3);
    expect(incremental.threads.length).toBeGreaterThan(5);

    const result = await rebuildAll(ws.db, { now: NOW, batchMembers: 4 });
    expect(result).toMatchObject({ cancelled: false, found: 0, reopened: 0, cleared: 0, removed: 0 });
    expect(snapshot()).toEqual(incremental);

    // and from nothing
    ws.db.exec('DELETE FROM mismatches; DELETE FROM mismatch_events; DELETE FROM recon_threads');
    const fresh = await rebuildAll(ws.db, { now: NOW });
    // what arriving data cleared along the way (an ASN missing until it came) is not found again from nothing
    const present = incremental.mismatches.filter((row) => (row as { present: number }).present === 1);
    expect(present.length).toBeLessThan(incremental.mismatches.length);
    expect(fresh.found).toBe(present.length);
    expect(snapshot()).toEqual({ threads: incremental.threads, mismatches: present });
  });

  it('keeps review state, removes threads that no longer exist and clears their mismatches', async () => {
    for (const document of documents()) ws.store(document);
    await rebuildAll(ws.db, { now: NOW });
    const [first] = ws.db.prepare("SELECT id FROM mismatches WHERE status = 'open' ORDER BY id").pluck().all() as string[];
    actOnMismatches(ws.db, [first!], { action: 'assign', assignee: 'ann' }, 'ann', NOW);
    const [second] = ws.db.prepare("SELECT id FROM mismatches WHERE status = 'open' ORDER BY id").pluck().all() as string[];
    actOnMismatches(ws.db, [second!], { action: 'resolve', reason: 'partner-informed' }, 'ann', NOW);
    ws.db.prepare(`INSERT INTO recon_threads (key, kind, member_count, open_count, evaluated_at) VALUES ('order:${NORTHWIND}:GONE', 'order', 1, 1, ?)`).run(NOW);
    ws.db
      .prepare(
        `INSERT INTO mismatches (id, type, thread_key, severity, severity_rank, owner, chargeback_risk, summary, expected_json, actual_json, evidence_json, fingerprint, status, first_seen_at, last_seen_at, status_changed_at)
         VALUES ('mm-00000000000000aa', 'asn-missing', 'order:${NORTHWIND}:GONE', 'high', 3, 'warehouse', 0, 's', '{}', '{}', '[]', 'f', 'open', ?, ?, ?)`,
      )
      .run(NOW, NOW, NOW);

    const result = await rebuildAll(ws.db, { now: NOW });
    expect(result).toMatchObject({ removed: 1, cleared: 1, found: 0, reopened: 0 });
    expect(ws.db.prepare('SELECT status, assignee FROM mismatches WHERE id = ?').get(first)).toEqual({ status: 'assigned', assignee: 'ann' });
    expect(ws.db.prepare('SELECT status, resolution_reason FROM mismatches WHERE id = ?').get(second)).toEqual({ status: 'resolved', resolution_reason: 'partner-informed' });
    expect(ws.db.prepare("SELECT status, present, resolution_reason FROM mismatches WHERE id = 'mm-00000000000000aa'").get()).toEqual({ status: 'resolved', present: 0, resolution_reason: 'data-corrected' });
    expect(ws.db.prepare(`SELECT count(*) FROM recon_threads WHERE key = 'order:${NORTHWIND}:GONE'`).pluck().get()).toBe(0);
    expect(reconcileStatus(ws.db)).toMatchObject({ lastFullRunAt: NOW, lastEvaluatedAt: NOW, runningTaskId: null });
  });

  it('runs as a cancellable task with progress', async () => {
    for (const document of documents()) ws.store(document);
    const progress: number[] = [];
    ws.core.on('task.progress', (event) => progress.push(event.done));
    const cancelled = startRebuild(ws.core.context, { now: NOW, batchMembers: 1 });
    expect(reconcileStatus(ws.db).runningTaskId).toBe(cancelled.taskId);
    ws.core.context.tasks.cancel(cancelled.taskId);
    expect((await cancelled.done).cancelled).toBe(true);
    expect(reconcileStatus(ws.db).lastFullRunAt).toBeNull();

    const run = startRebuild(ws.core.context, { now: NOW });
    const result = await run.done;
    expect(result.cancelled).toBe(false);
    expect(result.members).toBe(documents().length);
    expect(Math.max(...progress)).toBe(documents().length);
    expect(reconcileStatus(ws.db)).toMatchObject({ runningTaskId: null, lastFullRunAt: NOW });
  });
});
