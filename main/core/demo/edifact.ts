/**
 * The demo's EDIFACT files (Bricoland, D.96A, EAN subsets): ORDERS in, our ORDRSP, DESADV with SSCC-labelled
 * cartons and INVOIC out, and the partner's CONTRL for each of our interchanges. One interchange per event, no UNG.
 */
import { COMPANY } from './cast.js';
import { cents, money, type DemoOrder, type EdiEvent, type OrderLine } from './model.js';
import { hm, ymd } from './x12.js';

const TYPES: Partial<Record<EdiEvent['kind'], string>> = { order: 'ORDERS', 'order-ack': 'ORDRSP', asn: 'DESADV', invoice: 'INVOIC', 'functional-ack': 'CONTRL' };

export function edifactTypeOf(event: EdiEvent): string {
  const type = TYPES[event.kind];
  if (!type) throw new Error(`the demo writes no EDIFACT ${event.kind}`);
  return type;
}

const lineOf = (order: DemoOrder, lineNumber: number): OrderLine => order.lines.find((line) => line.lineNumber === lineNumber)!;
const parties = (order: DemoOrder) => [`NAD+BY+${order.partner.envelopeId}::9`, `NAD+SU+${COMPANY.gln}::9`, `NAD+DP+${order.shipTo.gln}::9`];

function ordersSegments(order: DemoOrder): string[] {
  return [
    'UNH+1+ORDERS:D:96A:UN:EAN008',
    `BGM+220+${order.po}+9`,
    `DTM+137:${ymd(order.orderedAt)}:102`,
    `DTM+2:${ymd(order.deliveryBy)}:102`,
    ...parties(order),
    'CUX+2:EUR:9',
    ...order.lines.flatMap((line) => [`LIN+${line.lineNumber}++${line.gtin}:EN`, `PIA+1+${line.buyerPart}:IN`, `IMD+F++:::${line.description}`, `QTY+21:${line.quantity}:PCE`, `PRI+AAA:${line.price}`]),
    'UNS+S',
    `CNT+2:${order.lines.length}`,
  ];
}

function orderResponseSegments(order: DemoOrder): string[] {
  const ack = order.ack!;
  return [
    'UNH+1+ORDRSP:D:96A:UN:EAN005',
    `BGM+231+${ack.number}+29`,
    `DTM+137:${ymd(ack.at)}:102`,
    `RFF+ON:${order.po}`,
    `RFF+VN:${order.so}`,
    ...parties(order),
    'CUX+2:EUR:9',
    ...order.lines.flatMap((line) => [`LIN+${line.lineNumber}+5+${line.gtin}:SRV`, `PIA+1+${line.buyerPart}:IN`, `QTY+21:${line.quantity}:PCE`, `QTY+113:${line.quantity}:PCE`, `PRI+AAA:${line.price}`]),
    'UNS+S',
    `CNT+2:${order.lines.length}`,
  ];
}

function despatchSegments(order: DemoOrder): string[] {
  const asn = order.asn!;
  const shipment = order.shipment!;
  const segments = [
    'UNH+1+DESADV:D:96A:UN:EAN005',
    `BGM+351+${asn.number}+9`,
    `DTM+137:${ymd(asn.at)}${hm(asn.at)}:203`,
    `DTM+11:${ymd(shipment.at)}${hm(shipment.at)}:203`,
    `RFF+ON:${order.po}`,
    `RFF+BM:${shipment.bol}`,
    ...parties(order),
    'CPS+1',
    `PAC+${asn.cartons.length}++CT`,
  ];
  let lin = 0;
  asn.cartons.forEach((carton, index) => {
    segments.push(`CPS+${index + 2}+1`, 'PAC+1+:52+CT', 'PCI+33E', `GIN+BJ+${carton.sscc}`);
    for (const content of carton.lines) {
      const line = lineOf(order, content.lineNumber);
      segments.push(`LIN+${++lin}++${line.gtin}:SRV`, `PIA+1+${line.buyerPart}:IN`, `QTY+12:${content.quantity}:PCE`, `RFF+ON:${order.po}:${line.lineNumber}`);
    }
  });
  segments.push(`CNT+2:${lin}`);
  return segments;
}

function invoiceSegments(order: DemoOrder): string[] {
  const invoice = order.invoice!;
  let lineTotal = 0;
  const lines = [...invoice.quantities].flatMap(([lineNumber, quantity]) => {
    const line = lineOf(order, lineNumber);
    const price = invoice.prices.get(lineNumber)!;
    const amount = Math.round(quantity * Number(price) * 100);
    lineTotal += amount;
    return [`LIN+${lineNumber}++${line.gtin}:SRV`, `PIA+1+${line.buyerPart}:IN`, `QTY+47:${quantity}:PCE`, `MOA+203:${money(amount / 100)}`, `PRI+AAA:${price}`, `RFF+ON:${order.po}:${lineNumber}`];
  });
  return [
    'UNH+1+INVOIC:D:96A:UN:EAN008',
    `BGM+380+${invoice.number}+9`,
    `DTM+137:${ymd(invoice.at)}:102`,
    `RFF+ON:${order.po}`,
    ...(order.asn ? [`RFF+AAK:${order.asn.number}`] : []),
    ...parties(order),
    'CUX+2:EUR:4',
    ...lines,
    'UNS+S',
    `CNT+2:${invoice.quantities.size}`,
    `MOA+79:${money(lineTotal / 100)}`,
    `MOA+77:${money((lineTotal + cents(invoice.totalExtra)) / 100)}`,
  ];
}

function controlSegments(event: Extract<EdiEvent, { kind: 'functional-ack' }>): string[] {
  return ['UNH+1+CONTRL:D:3:UN', `UCI+${event.of.interchange}+${COMPANY.gln}:14+${event.partner.envelopeId}:14+${event.rejected ? '4' : '7'}`];
}

function bodyOf(event: EdiEvent): string[] {
  switch (event.kind) {
    case 'order':
      return ordersSegments(event.order);
    case 'order-ack':
      return orderResponseSegments(event.order);
    case 'asn':
      return despatchSegments(event.order);
    case 'invoice':
      return invoiceSegments(event.order);
    case 'functional-ack':
      return controlSegments(event);
    default:
      throw new Error(`the demo writes no EDIFACT ${event.kind}`);
  }
}

export function edifactFile(event: EdiEvent): string {
  const [sender, receiver] = event.direction === 'inbound' ? [event.partner.envelopeId, COMPANY.gln] : [COMPANY.gln, event.partner.envelopeId];
  const reference = String(event.interchange);
  const message = bodyOf(event);
  message.push(`UNT+${message.length + 1}+1`);
  const segments = [`UNB+UNOC:3+${sender}:14+${receiver}:14+${ymd(event.at).slice(2)}:${hm(event.at)}+${reference}`, ...message, `UNZ+1+${reference}`];
  return `UNA:+.? '\n${segments.map((segment) => `${segment}'\n`).join('')}`;
}
