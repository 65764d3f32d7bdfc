/**
 * Three weeks of trading, decided before anything is written: ~200 orders over the last 21 days, each taken as far
 * as the clock allows (ERP entry, our ack, the warehouse shipment, the ASN, the invoice), the partners' functional
 * acks, inventory advice, returns and credits, with the defects of DEFECT_SPECS planted in chosen orders. The same
 * seed and `now` give the same scenario.
 */
import { gs1CheckDigit } from '../canonical/gs1.js';
import { catalogItem, PARTNERS, WAREHOUSES, type DemoPartner } from './cast.js';
import { DEFECT_SPECS, type DefectSpec } from './defects.js';
import { DAY, HOUR, money, randomSource, type Carton, type DemoOrder, type DemoReturn, type DemoScenario, type InventoryReport, type OrderLine, type StockPosition } from './model.js';
import { planTodayShipments, todayAsnAt, todayWindow } from './today.js';
import { eventsOf } from './traffic.js';

type Random = ReturnType<typeof randomSource>;

const MINUTE = 60_000;
const atMinute = (ms: number) => new Date(Math.floor(ms / MINUTE) * MINUTE);
const later = (from: Date, minMinutes: number, maxMinutes: number, random: Random) => atMinute(from.getTime() + random.int(minMinutes, maxMinutes) * MINUTE);

function unitPrice(partner: DemoPartner, sku: string): { price: string; eachesPerUnit: number } {
  const item = catalogItem(sku);
  if (partner.orderUom === 'CA') return { price: money(item.eachPrice * item.caseSize), eachesPerUnit: item.caseSize };
  return { price: money(item.eachPrice * partner.priceFactor), eachesPerUnit: 1 };
}

function linesFor(partner: DemoPartner, random: Random, minimum: number): OrderLine[] {
  const count = Math.max(minimum, random.int(1, 4));
  const chosen = [...partner.items].sort(() => random.next() - 0.5).slice(0, Math.min(count, partner.items.length));
  return chosen.map(({ sku, buyerPart }, index) => {
    const item = catalogItem(sku);
    const { price, eachesPerUnit } = unitPrice(partner, sku);
    const quantity = partner.orderUom === 'CA' ? random.int(4, 30) : partner.orderUom === 'EA' ? random.int(2, 12) * 12 : random.int(2, 12) * 10;
    return { lineNumber: index + 1, sku, buyerPart, gtin: item.gtin, description: item.description, quantity, uom: partner.orderUom, price, eachesPerUnit };
  });
}

function numberer() {
  const counters = new Map<string, number>();
  return (series: string, start: number) => {
    const next = (counters.get(series) ?? start) + 1;
    counters.set(series, next);
    return next;
  };
}

/** Cartons of at most 20 units per line, each with a valid SSCC-18 (extension 0, GS1 prefix 0614141). */
function cartonsFor(lines: { lineNumber: number; quantity: number }[], nextSerial: () => number): Carton[] {
  const cartons: Carton[] = [];
  for (const line of lines) {
    let left = line.quantity;
    const parts = Math.max(1, Math.ceil(left / 20));
    for (let part = 0; part < parts && left > 0; part++) {
      const quantity = part === parts - 1 ? left : Math.ceil(line.quantity / parts);
      left -= quantity;
      const body = `00614141${String(nextSerial()).padStart(9, '0')}`;
      cartons.push({ sscc: `${body}${gs1CheckDigit(body)}`, lines: [{ lineNumber: line.lineNumber, quantity }] });
    }
  }
  return cartons;
}

const cloneCartons = (cartons: Carton[]): Carton[] => cartons.map((carton) => ({ sscc: carton.sscc, lines: carton.lines.map((line) => ({ ...line })) }));

function shippedQuantities(cartons: Carton[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const carton of cartons) for (const line of carton.lines) totals.set(line.lineNumber, (totals.get(line.lineNumber) ?? 0) + line.quantity);
  return totals;
}

interface Numbers {
  next: ReturnType<typeof numberer>;
  serial: () => number;
}

/** Takes the order as far as `now` allows, with its defect planted. */
function planOrder(order: DemoOrder, now: Date, random: Random, numbers: Numbers): void {
  const defect = order.defect?.name;
  const due = (at: Date) => at.getTime() <= now.getTime() - HOUR;
  const eachQuantities = new Map(order.lines.map((line) => [line.lineNumber, line.quantity * line.eachesPerUnit]));
  const eachPrices = new Map(order.lines.map((line) => [line.lineNumber, money(Number(line.price) / line.eachesPerUnit)]));
  const line1 = order.lines[0]!;

  const erpAt = later(order.orderedAt, 20, 110, random);
  if (defect !== 'not-in-erp' && due(erpAt)) {
    const quantities = new Map(eachQuantities);
    const prices = new Map(eachPrices);
    if (defect === 'erp-quantity') quantities.set(1, eachQuantities.get(1)! + (order.partner.key === 'bricoland' ? -5 : 12));
    if (defect === 'erp-price') prices.set(1, money(Number(eachPrices.get(1)) * (order.partner.key === 'summit' ? 1.1 : 0.95)));
    order.erp.push({ at: erpAt, so: order.so, quantities, eachPrices: prices });
    if (defect === 'erp-entered-twice') order.erp.push({ at: later(erpAt, 150, 300, random), so: `SO-${numbers.next('so', 300000)}`, quantities: new Map(eachQuantities), eachPrices: new Map(eachPrices) });
  }
  if (defect === 'erp-only') {
    order.ediOrder = false;
    return;
  }

  const ackAt = later(order.orderedAt, 60, 180, random);
  if (defect !== 'no-order-ack' && due(ackAt)) {
    const rejectedLine = defect === 'ack-rejects-line' ? order.lines.at(-1)!.lineNumber : null;
    order.ack = { at: ackAt, number: `ORS-${order.so.slice(3)}`, rejectedLine };
  }
  const toShip = order.lines.filter((line) => line.lineNumber !== order.ack?.rejectedLine).map((line) => ({ lineNumber: line.lineNumber, quantity: line.quantity }));

  if (defect === 'invoice-before-shipping') {
    const at = later(order.orderedAt, 30 * 60, 40 * 60, random);
    order.invoice = { at, number: invoiceNumber(order, numbers), quantities: new Map(toShip.map((line) => [line.lineNumber, line.quantity])), prices: new Map(order.lines.map((line) => [line.lineNumber, line.price])), totalExtra: '0' };
    return;
  }

  const shippedAt = order.shipsAt ?? later(order.orderedAt, 18 * 60, 40 * 60, random);
  if (!order.shipsAt && !due(shippedAt)) return;
  if (defect === 'shipped-too-much') toShip[0]!.quantity += order.partner.orderUom === 'EA' ? 12 : 2;
  if (defect === 'shipped-too-little') toShip[0]!.quantity -= 2;
  const cartons = cartonsFor(toShip, numbers.serial);
  order.shipment = { at: shippedAt, number: `SHP-${numbers.next('shipment', 880000)}`, bol: `BOL${numbers.next('bol', 71_000_000)}`, cartons };

  const lateHours = defect === 'asn-sent-late' ? (order.partner.key === 'summit' ? 72 : 50) : 0;
  const asnAt = order.shipsAt ? todayAsnAt(shippedAt, now, random) : later(shippedAt, 40 + lateHours * 60, 150 + lateHours * 60, random);
  if (defect !== 'no-asn' && (order.shipsAt || due(asnAt))) {
    const asnCartons = cloneCartons(cartons);
    if (defect === 'asn-carton-differs') asnCartons[0]!.lines[0]!.quantity += 1;
    order.asn = { at: asnAt, number: order.partner.standard === 'x12' ? `ASN${order.so.slice(3)}` : `DES-${order.so.slice(3)}`, cartons: asnCartons };
  }

  const invoiceAt = later(shippedAt, 5 * 60, 9 * 60, random);
  if (!due(invoiceAt)) return;
  const quantities = shippedQuantities(cartons);
  if (defect === 'invoiced-more-than-shipped') quantities.set(line1.lineNumber, quantities.get(line1.lineNumber)! + 12);
  const prices = new Map(order.lines.map((line) => [line.lineNumber, line.price]));
  if (defect === 'invoice-price') prices.set(line1.lineNumber, money(Number(line1.price) * 1.1));
  const totalExtra = defect === 'invoice-total' ? (order.partner.standard === 'x12' ? '10.00' : '25.00') : '0';
  order.invoice = { at: invoiceAt, number: invoiceNumber(order, numbers), quantities, prices, totalExtra };
}

function invoiceNumber(order: DemoOrder, numbers: Numbers): string {
  return order.partner.standard === 'x12' ? `INV-${numbers.next('invoice', 90000)}` : `FAC-${numbers.next('facture', 26000)}`;
}

/** Which order carries which defect: an old enough order of the right partner, drawn with the seed. */
function assignDefects(orders: DemoOrder[], now: Date, random: Random): void {
  for (const spec of DEFECT_SPECS) {
    if (spec.today) continue;
    if (spec.name === 'told-too-much-stock' || spec.name === 'control-number-reused' || spec.name === 'control-numbers-skipped') continue;
    const minimumAge = spec.name === 'return-not-credited' || spec.name === 'credit-wrong-amount' ? 11 : 7;
    const candidates = orders.filter((order) => order.partner.key === spec.partner && order.defect === null && now.getTime() - order.orderedAt.getTime() >= minimumAge * DAY);
    const order = random.pick(candidates);
    order.defect = spec;
    if (spec.name === 'ack-rejects-line' && order.lines.length < 2) order.lines = linesFor(order.partner, random, 2);
  }
}

function plannedReturns(orders: DemoOrder[], now: Date, random: Random, numbers: Numbers): DemoReturn[] {
  const returnOf = (order: DemoOrder, announced: boolean, credit: 'right' | 'short' | 'none'): DemoReturn => {
    const line = order.lines[0]!;
    const quantity = Math.min(order.partner.orderUom === 'CA' ? 2 : 12, line.quantity);
    const receivedAt = later(order.invoice!.at, 48 * 60, 72 * 60, random);
    const value = Number(line.price) * quantity;
    const number = `RMA-${numbers.next('rma', 3300)}`;
    const amount = credit === 'short' ? money(value - Number(line.price) / 2) : money(value);
    return { order, number, receivedAt, lineNumber: line.lineNumber, quantity, announced, credit: credit === 'none' ? null : { number: `CM-${numbers.next('credit', 1200)}`, at: later(receivedAt, 20 * 60, 30 * 60, random), amount } };
  };
  const host = (name: string) => orders.find((order) => order.defect?.name === name)!;
  const plain = (partner: string, skip: number) => orders.filter((order) => order.partner.key === partner && order.defect === null && order.invoice !== null && order.asn !== null && order.orderedAt.getTime() <= now.getTime() - 11 * DAY)[skip]!;
  return [
    returnOf(plain('summit', 3), true, 'right'),
    returnOf(host('credit-wrong-amount'), true, 'short'),
    returnOf(host('return-not-credited'), false, 'none'),
    returnOf(plain('freshway', 2), false, 'right'),
  ];
}

function stockAndAdvice(now: Date, random: Random, numbers: Numbers): { stock: StockPosition[]; inventory: InventoryReport[] } {
  const stock: StockPosition[] = [];
  for (const partnerItem of [...new Set(PARTNERS.flatMap((partner) => partner.items.map((entry) => entry.sku)))].sort()) {
    for (const warehouse of WAREHOUSES) stock.push({ sku: partnerItem, warehouse, onHand: random.int(30, 180) * 12, allocated: random.int(0, 20) * 6 });
  }
  const inventory: InventoryReport[] = [];
  for (const partner of PARTNERS.filter((entry) => entry.standard === 'x12')) {
    for (const daysAgo of [14, 7, 0]) {
      const asOf = atMinute(now.getTime() - daysAgo * DAY - 3 * HOUR);
      const lines = partner.items.flatMap(({ sku }) =>
        WAREHOUSES.map((warehouse) => {
          const position = stock.find((entry) => entry.sku === sku && entry.warehouse === warehouse)!;
          return { sku, warehouse, available: Math.floor((position.onHand - position.allocated) * 0.8) };
        }),
      );
      inventory.push({ partner, number: `IA-${partner.key.toUpperCase()}-${numbers.next('advice', 500)}`, asOf, lines });
    }
  }
  const oversold = inventory.filter((report) => report.partner.key === 'summit').at(-1)!.lines[0]!;
  const real = stock.find((entry) => entry.sku === oversold.sku && entry.warehouse === oversold.warehouse)!;
  oversold.available = real.onHand - real.allocated + 240;
  return { stock, inventory };
}

export function buildScenario(nowInput: Date, seed: number, orderCount = 200): DemoScenario {
  const now = atMinute(nowInput.getTime());
  const random = randomSource(seed);
  const next = numberer();
  const numbers: Numbers = { next, serial: () => next('sscc', 100000) };
  const totalWeight = PARTNERS.reduce((sum, partner) => sum + partner.weight, 0);
  const start = now.getTime() - 21 * DAY;
  const skeletons = Array.from({ length: orderCount }, () => {
    let roll = random.next() * totalWeight;
    const partner = PARTNERS.find((candidate) => (roll -= candidate.weight) < 0) ?? PARTNERS[0]!;
    return { partner, orderedAt: atMinute(start + random.next() * (21 * DAY - 2 * HOUR)) };
  }).sort((a, b) => a.orderedAt.getTime() - b.orderedAt.getTime());
  const orders: DemoOrder[] = skeletons.map(({ partner, orderedAt }, index) => ({
    index,
    partner,
    po: partner.key === 'summit' ? `45${String(next('po-summit', 10_071_000)).padStart(8, '0')}` : partner.key === 'freshway' ? `FW${next('po-freshway', 604_100)}` : `BRL-26-${next('po-bricoland', 4100)}`,
    so: `SO-${next('so', 200000)}`,
    orderedAt,
    deliveryBy: new Date(orderedAt.getTime() + 7 * DAY),
    shipTo: random.pick(partner.shipTos),
    lines: linesFor(partner, random, 1),
    defect: null as DefectSpec | null,
    ediOrder: true,
    erp: [],
    ack: null,
    shipment: null,
    asn: null,
    invoice: null,
  }));
  assignDefects(orders, now, random);
  const today = { day: todayWindow(now).day, orders: planTodayShipments(orders, now, random, DEFECT_SPECS.find((spec) => spec.today)) };
  for (const order of orders) planOrder(order, now, random, numbers);
  const returns = plannedReturns(orders, now, random, numbers);
  const { stock, inventory } = stockAndAdvice(now, random, numbers);
  const scenario: DemoScenario = { now, seed, orders, returns, inventory, stock, events: [], today };
  scenario.events = eventsOf(scenario, random);
  return scenario;
}
