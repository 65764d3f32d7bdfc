/**
 * threads.get: a thread rebuilt from what is stored now (the store's closure, then the engine's buildThreads), with
 * its timeline, members and where each is stored, the line comparison and the thread's mismatches as the queue shows
 * them. The timeline and comparison judge by the open findings; the list shows every finding still present.
 */
import type Database from 'better-sqlite3';
import { CoreError } from '../api/result.js';
import type { CanonicalDocument } from '../canonical/index.js';
import { buildThreads } from '../reconcile/threads.js';
import type { ThreadDocument } from '../reconcile/types.js';
import { loadThreadInputs } from './closure.js';
import { lineComparison } from './comparison.js';
import { reconcileContextFor, reconcileEnvFor } from './inputs-context.js';
import { allMismatches } from './queue.js';
import { instantOfEntry, refFromSource, threadTimeline } from './timeline.js';
import type { ThreadDetail, ThreadMember, ThreadMemberRef } from './types.js';

const KIND_LABEL: Record<CanonicalDocument['kind'], string> = {
  order: 'Order',
  'order-change': 'Order change',
  'order-ack': 'Order ack',
  shipment: 'Shipment',
  invoice: 'Invoice',
  credit: 'Credit',
  return: 'Return',
  inventory: 'Inventory',
};

/** 'Order 4500012345 (850)', 'Shipment W7 (wms shipments W7)' */
export function memberLabel(document: CanonicalDocument): string {
  const role = 'role' in document && document.role === 'asn' ? 'ASN' : 'role' in document && document.role === 'warehouse-advice' ? 'Warehouse shipment' : KIND_LABEL[document.kind];
  const number =
    document.kind === 'shipment'
      ? (document.asnNumber ?? document.shipmentNumber ?? document.receiptNumber)
      : document.kind === 'invoice'
        ? document.invoiceNumber
        : document.kind === 'credit'
          ? document.creditNumber
          : document.kind === 'return'
            ? document.returnNumber
            : document.kind === 'inventory'
              ? document.reportNumber
              : document.poNumber;
  const source = document.source;
  const from =
    source.kind === 'edi' ? source.type : source.kind === 'connector' ? `${source.connector} ${source.stream} ${source.recordId}` : source.kind === 'file' ? source.name : `manual, ${source.by}`;
  return `${role}${number ? ` ${number}` : ''} (${from})`;
}

const ALL_STATUSES = ['open', 'assigned', 'resolved', 'accepted'] as const;

export function threadDetail(db: Database.Database, key: string, now: string = new Date().toISOString()): ThreadDetail {
  const env = reconcileEnvFor(db);
  const loaded = loadThreadInputs(db, { threadKey: key }, env);
  const thread = buildThreads(loaded.inputs, env.items).find((candidate) => candidate.key === key);
  if (!thread) {
    const known = db.prepare('SELECT 1 FROM recon_threads WHERE key = ?').pluck().get(key) !== undefined;
    throw new CoreError('not-found', known ? `Thread ${key} has no stored documents any more; rebuild the reconciliation` : `There is no thread ${key}`);
  }
  // the loaded documents are the thread's own objects: their stored places are looked up by identity
  const refs = new Map<CanonicalDocument, ThreadMemberRef>();
  for (const member of loaded.members) if (member.input.kind === 'document') refs.set(member.input.document, member.ref);
  const refOf = (entry: ThreadDocument): ThreadMemberRef => refs.get(entry.document) ?? refFromSource(entry);

  const mismatches = allMismatches(db, { threadKey: key, statuses: [...ALL_STATUSES] }, { field: 'severity', direction: 'desc' }, 1000);
  const open = mismatches.filter((row) => row.status === 'open' || row.status === 'assigned');
  const comparison = lineComparison(thread, open, reconcileContextFor(db, now, env));
  const members: ThreadMember[] = thread.documents.map((entry) => ({
    ref: refOf(entry),
    side: entry.side,
    kind: entry.document.kind,
    label: memberLabel(entry.document),
    at: instantOfEntry(entry),
    document: entry.document,
  }));
  const partnerId = thread.partner?.id ?? null;
  return {
    key,
    kind: thread.kind,
    partnerId,
    partnerName: env.partnerName(partnerId) ?? thread.partner?.name ?? null,
    poNumbers: thread.poNumbers,
    timeline: threadTimeline(thread, open, refOf),
    members,
    columns: comparison.columns,
    comparison: comparison.rows,
    mismatches,
    evaluatedAt: (db.prepare('SELECT evaluated_at FROM recon_threads WHERE key = ?').pluck().get(key) as string | undefined) ?? null,
  };
}
