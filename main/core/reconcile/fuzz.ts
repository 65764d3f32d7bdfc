/**
 * Test support (never imported by the engine): seeded, deliberately messy inputs for the golden test. Synthetic
 * orders (synthetic.ts) with returns, credits, changes, stock reports and facts, then mutated at random: quantities
 * with fractions and huge values, other units, missing line numbers and prices, dates without times or in other zones,
 * dropped and repeated records, invoices and credits that name their order only through another document, multi-level
 * packs, WMS records with other roles. Each seed also picks an item resolver, tolerances and `now`.
 */
import { DEFAULT_SETTINGS } from './settings.js';
import { plainItems } from './resolver.js';
import { SYNTHETIC_DEFECTS, syntheticItems, syntheticOrder } from './synthetic.js';
import { ackFact, controlFact, items as crossReferenceItems } from './test-fixtures.js';
import type { ItemResolver, ReconcileContext, ReconcileInput } from './types.js';

// Mutation works on plain JSON of any shape: typing every path would only restate the canonical model.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUANTITIES = ['0', '1', '2', '2.5', '3', '12', '1.125', '-1', '100000000000000000', '7', '24', '0.5'];
const PRICES = ['1.00', '2.5', '0', '1.005', '12.34', '999.00', '3', '0.333', '123456789012.345'];
const UNITS = ['CA', 'EA', 'LB', 'ea'];
const DATES = [
  { value: '2026-12-01', precision: 'day' },
  { value: '2026-12', precision: 'month' },
  { value: '2026-12-01T10:00', precision: 'minute', timeZone: 'America/New_York' },
  { value: '2026-12-01T10:00', precision: 'minute', timeZone: '+02:00' },
];

function base(r: () => number, index: number, pick: <T>(list: readonly T[]) => T): Json[] {
  const defect = r() < 0.5 ? pick(SYNTHETIC_DEFECTS).name : undefined;
  const inputs: Json[] = JSON.parse(JSON.stringify(syntheticOrder(index, defect)));
  const order = inputs[0].document;
  const partner = order.partner;
  if (r() < 0.4) {
    const line = order.lines[0];
    inputs.push({ kind: 'document', receivedAt: '2026-12-08T09:00:00.000Z', document: { kind: 'return', source: { kind: 'edi', fileId: 9, byteStart: index, byteEnd: index + 1, standard: 'x12', type: '180', controlNumber: String(index) }, partner, channel: 'edi', status: 'received', returnNumber: `R${index}`, poNumber: order.poNumber, invoiceNumber: `I${index}`, lines: [{ lineNumber: '1', poLineNumber: '1', product: line.product, quantity: { value: '1', uom: line.quantity.uom }, unitPrice: { amount: line.unitPrice.amount, currency: 'USD' } }] } });
    if (r() < 0.7) inputs.push({ kind: 'document', receivedAt: '2026-12-09T09:00:00.000Z', document: { kind: 'credit', source: { kind: 'connector', connector: 'erp', stream: 'credits', recordId: `C${index}` }, partner, channel: 'edi', adjustment: 'credit', creditNumber: `C${index}`, poNumber: order.poNumber, returnNumber: `R${index}`, invoiceNumber: `I${index}`, currency: 'USD', totals: { total: { amount: pick([line.unitPrice.amount, '5.00']), currency: 'USD' } } } });
  }
  if (r() < 0.1) {
    // the same PO again: resent in another file, or entered twice in the ERP
    const again = JSON.parse(JSON.stringify(inputs[r() < 0.5 ? 0 : 1]));
    if (again.document.source.kind === 'edi') again.document.source.byteStart += 5;
    else {
      again.document.source.recordId += '-2';
      again.document.orderNumber += '-2';
    }
    inputs.push(again);
  }
  if (r() < 0.3) {
    inputs.push({
      kind: 'document',
      receivedAt: '2026-12-01T20:00:00.000Z',
      document: { kind: 'order-change', source: { kind: 'manual', by: `change-${index}` }, partner, channel: 'edi', poNumber: order.poNumber, changeNumber: pick(['1', '2', undefined]), purpose: pick(['change', 'cancel', 'change']), lines: r() < 0.2 ? undefined : [{ change: pick(['add', 'delete', 'quantity', 'price', 'quantity-and-price']), lineNumber: pick(['1', '2', '4', undefined]), product: { sku: pick(['SKU-1', order.lines[0].product.sku, 'NEW']) }, quantity: { value: pick(QUANTITIES), uom: pick(UNITS) }, unitPrice: r() < 0.5 ? { amount: pick(PRICES) } : undefined }] },
    });
  }
  if (r() < 0.2) {
    const sku = pick(['SKU-1', order.lines[0].product.sku, 'OVS-1']);
    inputs.push({ kind: 'document', receivedAt: '2026-12-03T00:00:00.000Z', document: { kind: 'inventory', source: { kind: 'connector', connector: 'erp', stream: 'inventory', recordId: `S${index % 3}` }, channel: 'edi', reportNumber: 'S', lines: [{ product: { sku }, location: pick(['WH1', 'WH2', '0614141000012']), quantities: [{ type: 'on-hand', quantity: { value: pick(QUANTITIES), uom: pick(UNITS) } }] }] } });
    inputs.push({ kind: 'document', receivedAt: '2026-12-03T01:00:00.000Z', document: { kind: 'inventory', source: { kind: 'connector', connector: 'wms', stream: 'positions', recordId: `P${index % 3}` }, channel: 'edi', reportNumber: 'P', lines: [{ product: { sku }, location: 'WH1', quantities: [{ type: pick(['allocated', 'in-transit', 'reserved']), quantity: { value: pick(QUANTITIES), uom: 'EA' } }] }] } });
    inputs.push({ kind: 'document', receivedAt: '2026-12-03T02:00:00.000Z', document: { kind: 'inventory', source: { kind: 'manual', by: `stock-${index % 3}` }, partner, channel: 'edi', reportNumber: 'X', lines: [{ product: { sku }, ...(r() < 0.5 ? { location: 'WH1' } : {}), quantities: [{ type: 'available', quantity: { value: pick(QUANTITIES), uom: pick(UNITS) } }], unitPrice: { amount: pick(PRICES), currency: 'USD' } }] } });
  }
  if (r() < 0.2) inputs.push(ackFact({ groupId: index, partnerId: partner.id, status: pick(['pending', 'overdue', 'accepted-with-errors', 'rejected', 'accepted'] as const), rejectedTransactions: [{ controlNumber: '0001', type: '856', codes: r() < 0.5 ? ['5'] : [] }], dueAt: pick(['2027-01-01T00:00:00Z', 'not a date', '2026-12-05T00:00:00Z']) }));
  if (r() < 0.1) inputs.push(controlFact({ partnerId: partner.id, controlNumber: String(index) }));
  if (r() < 0.1) inputs.push(controlFact({ partnerId: partner.id, finding: 'gap', controlNumber: undefined, range: { from: index, to: index + 2 } }));
  return inputs;
}

function mutateLine(line: Json, r: () => number, pick: <T>(list: readonly T[]) => T): void {
  const quantity = line.quantity ?? line.orderedQuantity;
  if (quantity && r() < 0.2) quantity.value = pick(QUANTITIES);
  if (quantity && r() < 0.1) quantity.uom = pick(UNITS);
  if (line.unitPrice && r() < 0.15) line.unitPrice.amount = pick(PRICES);
  if (line.unitPrice && r() < 0.05) delete line.unitPrice;
  if (r() < 0.1) delete line.poLineNumber;
  if (r() < 0.08) delete line.lineNumber;
  if (r() < 0.08) line.lineNumber = String(1 + Math.floor(r() * 4));
  if (line.product && r() < 0.08) line.product = pick([{ gtin: '00614141123452' }, { buyerPart: 'NW-88813' }, { sku: 'SKU-1' }, { vendorPart: 'v1' }, {}]);
}

function mutateDocument(input: Json, r: () => number, pick: <T>(list: readonly T[]) => T): void {
  const d = input.document;
  if (r() < 0.1) delete input.receivedAt;
  if (r() < 0.1) d.documentDate = pick(DATES);
  for (const line of d.lines ?? []) mutateLine(line, r, pick);
  const packs = [...(d.packs ?? [])];
  while (packs.length > 0) {
    const pack = packs.pop();
    if (r() < 0.05) delete pack.sscc;
    for (const line of pack.lines ?? []) mutateLine(line, r, pick);
    if (r() < 0.05) pack.packs = [{ sscc: `00000000000000${Math.floor(r() * 9999)}`.slice(-18), lines: [{ poNumber: d.orders?.[0]?.poNumber, product: { sku: 'SKU-5' }, quantity: { value: pick(QUANTITIES), uom: pick(UNITS) } }] }];
    packs.push(...(pack.packs ?? []));
  }
  switch (d.kind) {
    case 'order':
      if (r() < 0.1) d.purpose = pick(['replace', 'duplicate', 'original', 'cancel']);
      if (r() < 0.05) d.channel = 'web';
      if (r() < 0.1) d.dates = [{ qualifier: pick(['cancel-after', 'requested-delivery']), date: pick([{ value: '2026-12-01', precision: 'day' }, { value: '2027-01-01', precision: 'day' }]) }];
      if (r() < 0.05) d.role = 'warehouse-order';
      if (r() < 0.05) delete d.currency;
      break;
    case 'order-ack':
      if (r() < 0.1) d.status = pick(['rejected', 'accepted-with-changes', 'pending']);
      for (const line of d.lines ?? []) {
        if (r() < 0.2) line.statuses = [{ status: pick(['backordered', 'rejected', 'accepted', 'changed']), quantity: { value: pick(QUANTITIES), uom: pick(UNITS) }, ...(r() < 0.5 ? { date: pick([{ value: '2026-12-01', precision: 'day' }, { value: '2027-06-01', precision: 'day' }]) } : {}) }, ...(r() < 0.3 ? [{ status: 'accepted' }] : [])];
        if (r() < 0.1) line.orderedQuantity = { value: pick(QUANTITIES), uom: pick(UNITS) };
      }
      break;
    case 'shipment':
      if (r() < 0.08) delete d.orders;
      if (r() < 0.05) delete d.billOfLading;
      if (r() < 0.05) d.dates = [{ qualifier: 'ship', date: pick([{ value: '2026-12-02', precision: 'day' }, { value: '2026-12-02T10:00', precision: 'minute' }]) }];
      if (r() < 0.05) d.references = [{ qualifier: 'SN', value: d.shipmentNumber ?? 'W1' }];
      if (r() < 0.05 && d.role === 'asn') d.shipmentNumber = `W${Math.floor(r() * 5)}`;
      if (r() < 0.04 && d.source.kind === 'connector') d.source.connector = pick(['WMS-east', 'erp', 'wms']);
      if (r() < 0.04) d.role = pick(['asn', 'receipt', 'warehouse-advice']);
      if (r() < 0.05) d.lines = [{ poNumber: d.orders?.[0]?.poNumber, lineNumber: '1', product: { sku: 'SKU-3' }, quantity: { value: pick(QUANTITIES), uom: pick(UNITS) } }];
      break;
    case 'invoice':
      if (r() < 0.1) {
        if (r() < 0.7) delete d.poNumber;
        d.asnNumber = pick(['A1', 'A2', `A${Math.floor(r() * 10)}`]);
      }
      if (r() < 0.1) d.allowancesCharges = [{ type: pick(['charge', 'allowance']), amount: { amount: pick(PRICES) } }];
      if (r() < 0.1) d.taxes = [{ amount: { amount: pick(PRICES) } }];
      if (r() < 0.1) delete d.totals;
      if (r() < 0.05) d.totals = { total: { amount: pick(PRICES) }, chargeTotal: { amount: '1.00' } };
      if (r() < 0.05) for (const line of d.lines ?? []) line.amount = { amount: pick(PRICES) };
      break;
    case 'return':
      if (r() < 0.3) delete d.poNumber;
      if (r() < 0.1) d.status = pick(['received', 'closed', 'authorized']);
      if (r() < 0.1) for (const line of d.lines) delete line.unitPrice;
      break;
    case 'credit':
      if (r() < 0.3) delete d.poNumber;
      if (r() < 0.2) delete d.returnNumber;
      if (r() < 0.1) {
        delete d.totals;
        d.lines = [{ quantity: { value: pick(QUANTITIES), uom: 'EA' }, unitPrice: { amount: pick(PRICES) } }];
      }
      break;
  }
}

/** The inputs of one seed: a few orders (consecutive numbers, so some share SKUs and stock threads), shuffled. */
export function fuzzedInputs(seed: number): ReconcileInput[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const start = Math.floor(r() * 5000);
  const inputs: Json[] = [];
  for (let index = start; index < start + 1 + Math.floor(r() * 8); index++) {
    for (const input of base(r, index, pick)) {
      if (seed % 5 !== 0) {
        if (r() < 0.06) continue; // lost on the way
        if (input.kind === 'document') mutateDocument(input, r, pick);
        if (input.kind === 'document' && r() < 0.05) inputs.push({ ...JSON.parse(JSON.stringify(input)), receivedAt: '2026-12-05T00:00:00.000Z' }); // the same record twice
      }
      inputs.push(input);
    }
  }
  for (let index = inputs.length - 1; index > 0; index--) {
    const other = Math.floor(r() * (index + 1));
    [inputs[index], inputs[other]] = [inputs[other], inputs[index]];
  }
  return inputs as ReconcileInput[];
}

const LOOSE = { ...DEFAULT_SETTINGS, pricePercent: '1.5', quantityUnits: '1', quantityPercent: '5', moneyAmount: '0.05' };
const RESOLVERS: ItemResolver[] = [plainItems, syntheticItems, crossReferenceItems];
const NOWS = ['2026-12-20T00:00:00Z', '2026-12-02T12:00:00Z', '2027-06-01T00:00:00.000Z'];

/** The context of one seed: resolver, tolerances (loose for partner 1 or 3 on some seeds), `now`, sometimes a rule filter. */
export function fuzzedContext(seed: number): ReconcileContext {
  const settings = seed % 3 === 0 ? LOOSE : DEFAULT_SETTINGS;
  return {
    now: NOWS[seed % NOWS.length]!,
    items: RESOLVERS[seed % RESOLVERS.length]!,
    settingsFor: (partnerId) => (partnerId === 2 ? DEFAULT_SETTINGS : settings),
    ...(seed % 11 === 0 ? { rules: ['qty-mismatch', 'asn-qty-vs-wms', 'oversell-risk', 'ack-rejected', 'under-shipment'] as const } : {}),
  };
}
