/**
 * Deterministic EDIFACT D96A ORDERS for the parse benchmark, with the escapes real free text needs: `?+`, `?:`,
 * `??` and `?'` in FTX, IMD and NAD values, a few Latin-1 letters (UNOC), `'\n` terminators, a UNA at the start, and
 * 500 messages per interchange.
 */
import type { GeneratedTotals } from './x12-orders.js';
import { createRandom, price, yyyymmdd, type Random } from './random.js';
import { CITIES, PRODUCTS, STORE_NAMES, STREETS, UNITS } from './vocabulary.js';

export interface EdifactOrderParameters {
  targetBytes: number;
  seed: number;
  linesPerOrder: number;
  ordersPerInterchange: number;
}

const TERMINATOR = "'\n";
const UNA = "UNA:+.? '\n";

/** Free text with characters that must be released; already escaped. */
const NOTES = [
  'Deliver to dock 4?: ring bell?+wait',
  'Fragile?? handle with care',
  "Customer?'s own label on each carton",
  'Pallets max 1.8m?: no double stacking',
  'Rückfrage an Frau Müller?+Lager Süd',
  'Terms 2?:10 net 30?? see contract',
] as const;
const EDIFACT_UNITS: Record<(typeof UNITS)[number], string> = { EA: 'PCE', CA: 'CT', BX: 'BX', PK: 'PK', DZ: 'DZN' };

export function generateEdifactOrders(parameters: EdifactOrderParameters, write: (text: string) => void): GeneratedTotals {
  const random = createRandom(parameters.seed);
  const totals: GeneratedTotals = { bytes: 0, segments: 0, transactions: 0, interchanges: 0 };
  const emit = (text: string, segments: number): void => {
    write(text);
    totals.bytes += text.length;
    totals.segments += segments;
  };
  while (totals.bytes < parameters.targetBytes) {
    totals.interchanges++;
    const reference = `REF${String(totals.interchanges).padStart(8, '0')}`;
    const date = yyyymmdd(random).slice(2);
    // UNA is service string advice, not a segment, so it is not counted. Only the first interchange carries one:
    // the npm edifact Parser reads a UNA only at the very start of its input and throws on a second.
    const advice = totals.interchanges === 1 ? UNA : '';
    emit(`${advice}UNB+UNOC:3+5412345000013:14+4012345000009:14+${date}:1030+${reference}++ORDERS${TERMINATOR}`, 1);
    let inInterchange = 0;
    while (inInterchange < parameters.ordersPerInterchange && totals.bytes < parameters.targetBytes) {
      inInterchange++;
      totals.transactions++;
      const order = ordersMessage(random, String(inInterchange), parameters.linesPerOrder);
      emit(order.text, order.segments);
    }
    emit(`UNZ+${inInterchange}+${reference}${TERMINATOR}`, 1);
  }
  return totals;
}

function ordersMessage(random: Random, reference: string, lineCount: number): { text: string; segments: number } {
  const segments: string[] = [
    `UNH+${reference}+ORDERS:D:96A:UN:EAN008`,
    `BGM+220+PO${random.digits(8)}+9`,
    `DTM+137:${yyyymmdd(random)}:102`,
    `DTM+2:${yyyymmdd(random)}:102`,
    `FTX+AAI+++${random.pick(NOTES)}`,
    `RFF+CT:K${random.digits(6)}`,
  ];
  for (const qualifier of ['BY', 'DP', 'SU']) segments.push(party(random, qualifier));
  segments.push('CUX+2:EUR:9');
  for (let line = 1; line <= lineCount; line++) {
    segments.push(
      `LIN+${line}++${random.digits(13)}:EN`,
      `PIA+1+${random.pick(['ABC', 'XK', 'QRS'])}?+${random.digits(5)}:SA`,
      `IMD+F++:::${random.pick(PRODUCTS).toLowerCase()}`,
      `QTY+21:${random.int(1, 240)}:${EDIFACT_UNITS[random.pick(UNITS)]}`,
      `PRI+AAA:${price(random)}`,
    );
  }
  segments.push('UNS+S', `CNT+2:${lineCount}`);
  segments.push(`UNT+${segments.length + 1}+${reference}`);
  return { text: segments.join(TERMINATOR) + TERMINATOR, segments: segments.length };
}

function party(random: Random, qualifier: string): string {
  const [city, , postal] = random.pick(CITIES);
  const name = random.pick(STORE_NAMES).replace(' ', random.chance(0.2) ? ' ?+ ' : ' ');
  return `NAD+${qualifier}+${random.digits(13)}::9++${name}+${random.pick(STREETS)}+${city}++${postal}+DE`;
}
