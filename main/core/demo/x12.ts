/**
 * The demo's X12 files: one interchange per event, in the segments the built-in maps read (850, 855, 856, 810, 846,
 * 180, 997). Summit speaks 004010 with buyer part numbers; FreshWay speaks 005010 and names items by UPC only.
 */
import { COMPANY } from './cast.js';
import type { DemoOrder, EdiEvent, OrderLine } from './model.js';

const TYPES = { order: '850', 'order-ack': '855', asn: '856', invoice: '810', inventory: '846', return: '180', 'functional-ack': '997' } as const;
const FUNCTIONAL_IDS: Record<string, string> = { '850': 'PO', '855': 'PR', '856': 'SH', '810': 'IN', '846': 'IB', '180': 'AN', '997': 'FA' };

const pad = (value: number, width: number) => String(value).padStart(width, '0');
export const ymd = (at: Date) => `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1, 2)}${pad(at.getUTCDate(), 2)}`;
export const hm = (at: Date) => `${pad(at.getUTCHours(), 2)}${pad(at.getUTCMinutes(), 2)}`;

export function x12TypeOf(event: EdiEvent): string {
  return TYPES[event.kind];
}

function productIds(order: DemoOrder, line: Pick<OrderLine, 'buyerPart' | 'sku' | 'gtin'>): string {
  // FreshWay's quirk: items by UPC-A only
  if (order.partner.key === 'freshway') return `UP*${line.gtin.slice(1)}`;
  return `BP*${line.buyerPart}*VN*${line.sku}*UK*${line.gtin.padStart(14, '0')}`;
}

function lineOf(order: DemoOrder, lineNumber: number): OrderLine {
  return order.lines.find((line) => line.lineNumber === lineNumber)!;
}

function orderSegments(order: DemoOrder): string[] {
  const party = order.partner.key === 'freshway' ? [`N1*ST*${order.shipTo.name}*92*${order.shipTo.code}`] : [`N1*BY*${order.partner.name}*1*${order.partner.key === 'summit' ? '614141502' : '614141603'}`, `N1*ST*${order.shipTo.name}*UL*${order.shipTo.gln}`];
  return [
    `BEG*00*SA*${order.po}**${ymd(order.orderedAt)}`,
    `CUR*BY*${order.partner.currency}`,
    `REF*DP*${pad(100 + (order.index % 37), 3)}`,
    `DTM*002*${ymd(order.deliveryBy)}`,
    ...party,
    ...order.lines.flatMap((line) => [`PO1*${line.lineNumber}*${line.quantity}*${line.uom}*${line.price}*PE*${productIds(order, line)}`, `PID*F****${line.description}`]),
    `CTT*${order.lines.length}`,
  ];
}

function orderAckSegments(order: DemoOrder): string[] {
  const ack = order.ack!;
  return [
    `BAK*00*${ack.rejectedLine === null ? 'AD' : 'AC'}*${order.po}*${ymd(order.orderedAt)}****${order.so}*${ymd(ack.at)}`,
    `N1*ST*${order.shipTo.name}*UL*${order.shipTo.gln}`,
    ...order.lines.flatMap((line) => [
      `PO1*${line.lineNumber}*${line.quantity}*${line.uom}*${line.price}*PE*${productIds(order, line)}`,
      line.lineNumber === ack.rejectedLine ? `ACK*IR*${line.quantity}*${line.uom}` : `ACK*IA*${line.quantity}*${line.uom}*068*${ymd(new Date(order.orderedAt.getTime() + 2 * 86_400_000))}`,
    ]),
    `CTT*${order.lines.length}`,
  ];
}

function asnSegments(order: DemoOrder): string[] {
  const asn = order.asn!;
  const shipment = order.shipment!;
  const segments = [
    `BSN*00*${asn.number}*${ymd(asn.at)}*${hm(asn.at)}*0001`,
    'HL*1**S',
    `TD1*CTN25*${asn.cartons.length}`,
    'TD5**2*ODFL*M*Old Dominion',
    `REF*BM*${shipment.bol}`,
    `DTM*011*${ymd(shipment.at)}*${hm(shipment.at)}`,
    `N1*SF*${COMPANY.name} East*UL*${COMPANY.gln}`,
    `N1*ST*${order.shipTo.name}*UL*${order.shipTo.gln}`,
    'HL*2*1*O',
    `PRF*${order.po}***${ymd(order.orderedAt)}`,
    `REF*VN*${order.so}`,
  ];
  let hl = 2;
  for (const carton of asn.cartons) {
    const pack = ++hl;
    segments.push(`HL*${pack}*2*P`, `MAN*GM*00${carton.sscc}`);
    for (const content of carton.lines) {
      const line = lineOf(order, content.lineNumber);
      segments.push(`HL*${++hl}*${pack}*I`, `LIN*${line.lineNumber}*${productIds(order, line)}`, `SN1**${content.quantity}*${line.uom}**${line.quantity}*${line.uom}**AC`);
    }
  }
  segments.push(`CTT*${hl}`);
  return segments;
}

function invoiceSegments(order: DemoOrder): string[] {
  const invoice = order.invoice!;
  let total = 0;
  const lines = [...invoice.quantities].map(([lineNumber, quantity]) => {
    const line = lineOf(order, lineNumber);
    const price = invoice.prices.get(lineNumber)!;
    total += Math.round(quantity * Number(price) * 100);
    return `IT1*${lineNumber}*${quantity}*${line.uom}*${price}*PE*${productIds(order, line)}`;
  });
  total += Math.round(Number(invoice.totalExtra) * 100);
  return [
    `BIG*${ymd(invoice.at)}*${invoice.number}*${ymd(order.orderedAt)}*${order.po}`,
    `CUR*SE*${order.partner.currency}`,
    `REF*VN*${order.so}`,
    ...(order.shipment ? [`REF*BM*${order.shipment.bol}`] : []),
    ...(order.asn ? [`REF*SI*${order.asn.number}`] : []),
    `N1*RI*${COMPANY.name}*1*${COMPANY.duns}`,
    `N1*ST*${order.shipTo.name}*UL*${order.shipTo.gln}`,
    ...lines,
    `TDS*${total}`,
    `CTT*${lines.length}`,
  ];
}

function inventorySegments(event: Extract<EdiEvent, { kind: 'inventory' }>): string[] {
  const report = event.report;
  const segments = [`BIA*00*DD*${report.number}*${ymd(report.asOf)}*${hm(report.asOf)}`, `CUR*SE*USD`, `N1*SU*${COMPANY.name}*1*${COMPANY.duns}`];
  report.lines.forEach((entry, index) => {
    const partnerItem = report.partner.items.find((candidate) => candidate.sku === entry.sku)!;
    const ids = report.partner.key === 'freshway' ? `UP*${itemGtin(event, entry.sku).slice(1)}` : `BP*${partnerItem.buyerPart}*VN*${entry.sku}*UK*${itemGtin(event, entry.sku).padStart(14, '0')}`;
    segments.push(`LIN*${index + 1}*${ids}`, `N1*WH*Crossdock ${entry.warehouse}*92*${entry.warehouse}`, `QTY*33*${entry.available}*EA`);
  });
  segments.push(`CTT*${report.lines.length}`);
  return segments;
}

function itemGtin(event: Extract<EdiEvent, { kind: 'inventory' }>, sku: string): string {
  const profileItem = event.partner.profile.profile.items?.find((candidate) => candidate.sku === sku);
  return profileItem!.gtin!;
}

function returnSegments(event: Extract<EdiEvent, { kind: 'return' }>): string[] {
  const ret = event.ret;
  const order = ret.order;
  const line = lineOf(order, ret.lineNumber);
  return [
    `BGN*00*${ret.number}*${ymd(event.at)}*${hm(event.at)}`,
    `PRF*${order.po}`,
    `DTM*050*${ymd(ret.receivedAt)}`,
    `REF*IV*${order.invoice!.number}`,
    `REF*VN*${order.so}`,
    `N1*BY*${order.partner.name}*1*614141502`,
    `BLI*BP*${line.buyerPart}*${ret.quantity}*${line.uom}*CON*${line.price}**VN*${line.sku}*UK*${line.gtin.padStart(14, '0')}`,
    `PID*F****${line.description} - damaged in transit`,
    `PRF*${order.po}****${line.lineNumber}`,
    'CTT*1',
  ];
}

function functionalAckSegments(event: Extract<EdiEvent, { kind: 'functional-ack' }>): string[] {
  const type = x12TypeOf(event.of);
  return [
    `AK1*${FUNCTIONAL_IDS[type]}*${event.of.group}`,
    `AK2*${type}*0001`,
    event.rejected ? 'AK5*R*5' : 'AK5*A',
    event.rejected ? 'AK9*R*1*1*0' : 'AK9*A*1*1*1',
  ];
}

function bodyOf(event: EdiEvent): string[] {
  switch (event.kind) {
    case 'order':
      return orderSegments(event.order);
    case 'order-ack':
      return orderAckSegments(event.order);
    case 'asn':
      return asnSegments(event.order);
    case 'invoice':
      return invoiceSegments(event.order);
    case 'inventory':
      return inventorySegments(event);
    case 'return':
      return returnSegments(event);
    case 'functional-ack':
      return functionalAckSegments(event);
  }
}

/** One X12 interchange holding the event's transaction set, with its assigned control numbers. */
export function x12File(event: EdiEvent): string {
  const type = x12TypeOf(event);
  const five = event.partner.version.startsWith('005');
  const ours = COMPANY.x12Id;
  const theirs = event.partner.envelopeId;
  const [sender, receiver] = event.direction === 'inbound' ? [theirs, ours] : [ours, theirs];
  const isa13 = pad(event.interchange!, 9);
  const body = [`ST*${type}*0001`, ...bodyOf(event)];
  body.push(`SE*${body.length + 1}*0001`);
  const date = event.at;
  return [
    `ISA*00*${' '.repeat(10)}*00*${' '.repeat(10)}*ZZ*${sender.padEnd(15)}*ZZ*${receiver.padEnd(15)}*${ymd(date).slice(2)}*${hm(date)}*${five ? '^' : 'U'}*${five ? '00501' : '00401'}*${isa13}*0*P*>`,
    `GS*${FUNCTIONAL_IDS[type]}*${sender}*${receiver}*${ymd(date)}*${hm(date)}*${event.group}*X*${event.partner.version}`,
    ...body,
    `GE*1*${event.group}`,
    `IEA*1*${isa13}`,
  ]
    .map((segment) => `${segment}~\n`)
    .join('');
}
