/**
 * What a partner was told is available (its latest 846 / INVRPT, 'available') vs what really is, per SKU and
 * warehouse: ERP on-hand − WMS allocated + in-transit − channel reservations, each from the latest snapshot of its
 * source. An 846 line without a location is compared with the sum over all warehouses. Warehouses without an ERP
 * on-hand figure are not judged (no data is not a risk).
 */
import type { InventoryLine, InventoryPosition } from '../../canonical/index.js';
import { addDecimals, subtractDecimals } from '../decimal.js';
import { evidenceList } from '../evidence.js';
import { productKey, stockThreadKey } from '../keys.js';
import { extend, greater, inUnit, quantityValue, quantityWithin } from '../measure.js';
import { instantOf } from '../time.js';
import type { ItemResolver, Mismatch, ReconcileContext, Thread, ThreadDocument } from '../types.js';
import { timeOf } from '../view.js';
import { mismatch, type Rule } from './rule.js';

interface Availability {
  onHand: string | undefined;
  net: string;
  sources: ThreadDocument[];
}

const snapshotTime = (entry: ThreadDocument): number => {
  const asOf = (entry.document as InventoryPosition).asOf;
  return asOf ? instantOf(asOf, 'start') : timeOf(entry, 'start');
};

function streamOf(entry: ThreadDocument): string {
  const source = entry.document.source;
  if (entry.side === 'partner') return `partner:${entry.document.partner?.id ?? '?'}`;
  return `${entry.side}:${source.kind === 'connector' ? `${source.connector}/${source.stream}` : source.kind}`;
}

/** The latest snapshot from each source: partner feeds, ERP stock, WMS positions. */
function latestSnapshots(thread: Thread): ThreadDocument[] {
  const latest = new Map<string, ThreadDocument>();
  for (const entry of thread.documents) {
    const stream = streamOf(entry);
    const known = latest.get(stream);
    const time = snapshotTime(entry) || 0;
    const knownTime = known ? snapshotTime(known) || 0 : 0;
    if (!known || time > knownTime || (time === knownTime && entry.key > known.key)) latest.set(stream, entry);
  }
  return [...latest.values()];
}

/**
 * A stock report's lines by stock thread, computed once per report and resolver: a partner's 846 lists every SKU and
 * sits in every SKU's thread, so filtering its lines per thread would cost SKUs × lines product look-ups.
 */
const linesCache = new WeakMap<ItemResolver, WeakMap<InventoryPosition, Map<string, InventoryLine[]>>>();

function linesByThread(items: ItemResolver, document: InventoryPosition): Map<string, InventoryLine[]> {
  let byDocument = linesCache.get(items);
  if (!byDocument) {
    byDocument = new WeakMap();
    linesCache.set(items, byDocument);
  }
  let byThread = byDocument.get(document);
  if (!byThread) {
    byThread = new Map();
    for (const line of document.lines) {
      const key = productKey(items, document.partner?.id, line.product);
      if (key === undefined) continue;
      const threadKey = stockThreadKey(key);
      const list = byThread.get(threadKey);
      if (list) list.push(line);
      else byThread.set(threadKey, [line]);
    }
    byDocument.set(document, byThread);
  }
  return byThread;
}

export const oversellRisk: Rule = {
  type: 'oversell-risk',
  scope: 'stock',
  evaluate(thread, context) {
    const snapshots = latestSnapshots(thread);
    const linesOf = (entry: ThreadDocument): InventoryLine[] => linesByThread(context.items, entry.document as InventoryPosition).get(thread.key) ?? [];
    const warehouseOf = (partnerId: number | undefined, location: string | undefined) => (location ? (context.items.warehouseOf?.(partnerId, location) ?? location) : '*');
    const availability = new Map<string, Availability>();
    let unit: string | undefined;
    // ERP on-hand first: it sets the unit everything else is converted into
    const ordered = [...snapshots].sort((a, b) => Number(b.side === 'erp') - Number(a.side === 'erp') || (a.key < b.key ? -1 : 1));
    for (const entry of ordered) {
      if (entry.side === 'partner') continue;
      for (const line of linesOf(entry)) {
        const warehouse = warehouseOf(undefined, line.location);
        const current = availability.get(warehouse) ?? { onHand: undefined, net: '0', sources: [] };
        for (const { type, quantity } of line.quantities) {
          const counts = (type === 'on-hand' && entry.side === 'erp') || (type === 'allocated' && entry.side === 'wms') || type === 'in-transit' || type === 'reserved';
          if (!counts) continue;
          unit ??= quantity.uom;
          const value = inUnit(context.items, undefined, thread.sku, quantity.value, quantity.uom, unit);
          if (value === undefined) continue;
          if (type === 'on-hand') current.onHand = addDecimals(current.onHand ?? '0', value);
          current.net = type === 'on-hand' || type === 'in-transit' ? addDecimals(current.net, value) : subtractDecimals(current.net, value);
          if (!current.sources.includes(entry)) current.sources.push(entry);
        }
        availability.set(warehouse, current);
      }
    }
    const known = [...availability].filter(([, value]) => value.onHand !== undefined);
    if (!unit || known.length === 0) return [];
    const found: Mismatch[] = [];
    for (const entry of snapshots.filter((snapshot) => snapshot.side === 'partner').sort((a, b) => (a.key < b.key ? -1 : 1))) {
      found.push(...partnerFindings(thread, context, entry, linesOf(entry), known, unit, warehouseOf));
    }
    return found;
  },
};

function partnerFindings(
  thread: Thread,
  context: ReconcileContext,
  entry: ThreadDocument,
  lines: InventoryLine[],
  known: [string, Availability][],
  unit: string,
  warehouseOf: (partnerId: number | undefined, location: string | undefined) => string,
): Mismatch[] {
  const partner = entry.document.partner ?? null;
  const settings = context.settingsFor(partner?.id);
  const found: Mismatch[] = [];
  for (const line of lines) {
    const warehouse = warehouseOf(partner?.id, line.location);
    const scope = warehouse === '*' ? known : known.filter(([name]) => name === warehouse);
    if (scope.length === 0) continue;
    const real = scope.reduce((total, [, value]) => addDecimals(total, value.net), '0');
    for (const { type, quantity } of line.quantities) {
      if (type !== 'available') continue;
      const told = inUnit(context.items, partner?.id, thread.sku, quantity.value, quantity.uom, unit);
      if (told === undefined || !greater(told, real) || quantityWithin(real, told, settings)) continue;
      found.push(
        mismatch(thread, {
          type: 'oversell-risk',
          lineKey: `partner:${partner?.id ?? '?'}@${warehouse}`,
          severity: greater('0', real) || real === '0' ? 'high' : 'medium',
          owner: 'sales',
          summary: `${partner?.name ?? `Partner ${partner?.id ?? '?'}`} was told ${told} ${unit} of ${thread.sku} available at ${warehouse === '*' ? 'all warehouses' : warehouse}; ${real} are`,
          expected: quantityValue(real, unit),
          actual: quantityValue(told, unit),
          evidence: evidenceList([entry, ...scope.flatMap(([, value]) => value.sources)]),
          moneyAtRisk: line.unitPrice ? extend(subtractDecimals(told, real), line.unitPrice.amount) : null,
          currency: line.unitPrice?.currency ?? entry.document.currency ?? null,
          partner,
        }),
      );
      break;
    }
  }
  return found;
}
