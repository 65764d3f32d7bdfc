/**
 * Deterministic X12 004010 850 purchase orders for the parse benchmark: N1 loops (ship-to, bill-to, vendor), ten PO1
 * lines with buyer/vendor/UPC ids, some PID descriptions, `~\n` terminators, 500 orders per interchange.
 */
import { createRandom, price, yyyymmdd, type Random } from './random.js';
import { CITIES, CONTACTS, PRODUCTS, STORE_NAMES, STREETS, UNITS } from './vocabulary.js';

export interface GeneratedTotals {
  bytes: number;
  segments: number;
  transactions: number;
  interchanges: number;
}

export interface X12OrderParameters {
  targetBytes: number;
  seed: number;
  linesPerOrder: number;
  ordersPerInterchange: number;
}

const TERMINATOR = '~\n';

export function generateX12Orders(parameters: X12OrderParameters, write: (text: string) => void): GeneratedTotals {
  const random = createRandom(parameters.seed);
  const totals: GeneratedTotals = { bytes: 0, segments: 0, transactions: 0, interchanges: 0 };
  const emit = (text: string, segments: number): void => {
    write(text);
    totals.bytes += text.length;
    totals.segments += segments;
  };
  while (totals.bytes < parameters.targetBytes) {
    totals.interchanges++;
    const control = String(totals.interchanges).padStart(9, '0');
    const date = yyyymmdd(random);
    emit(isa(control, date.slice(2)) + `GS*PO*BUYERCO*SUPPLIERCO*${date}*1030*${totals.interchanges}*X*004010${TERMINATOR}`, 2);
    let inGroup = 0;
    while (inGroup < parameters.ordersPerInterchange && totals.bytes < parameters.targetBytes) {
      inGroup++;
      totals.transactions++;
      const order = purchaseOrder(random, String(inGroup).padStart(4, '0'), parameters.linesPerOrder);
      emit(order.text, order.segments);
    }
    emit(`GE*${inGroup}*${totals.interchanges}${TERMINATOR}IEA*1*${control}${TERMINATOR}`, 2);
  }
  return totals;
}

function isa(control: string, yymmdd: string): string {
  const sender = 'BUYERCO'.padEnd(15);
  const receiver = 'SUPPLIERCO'.padEnd(15);
  return `ISA*00*${' '.repeat(10)}*00*${' '.repeat(10)}*ZZ*${sender}*ZZ*${receiver}*${yymmdd}*1030*U*00401*${control}*0*P*>${TERMINATOR}`;
}

function purchaseOrder(random: Random, control: string, lineCount: number): { text: string; segments: number } {
  const segments: string[] = [
    `ST*850*${control}`,
    `BEG*00*SA*PO${random.digits(8)}**${yyyymmdd(random)}`,
    'CUR*BY*USD',
    `REF*DP*${random.int(100, 999)}`,
    `REF*IA*VND${random.digits(6)}`,
    `PER*BD*${random.pick(CONTACTS)}*TE*${random.digits(10)}`,
    'FOB*PP',
    'ITD*01*3*2**30**31',
    `DTM*002*${yyyymmdd(random)}`,
    `TD5*O*2*${random.pick(['UPSN', 'FDEG', 'SCNN'])}*M`,
  ];
  for (const qualifier of ['ST', 'BT', 'VN']) segments.push(...party(random, qualifier));
  for (let line = 1; line <= lineCount; line++) {
    segments.push(
      `PO1*${line}*${random.int(1, 240)}*${random.pick(UNITS)}*${price(random)}**BP*${random.digits(8)}*VN*${random.pick(['ABC', 'XK', 'QRS'])}-${random.digits(5)}*UP*${random.digits(12)}`,
    );
    if (random.chance(0.5)) segments.push(`PID*F****${random.pick(PRODUCTS)}`);
  }
  segments.push(`CTT*${lineCount}`);
  segments.push(`SE*${segments.length + 1}*${control}`);
  return { text: segments.join(TERMINATOR) + TERMINATOR, segments: segments.length };
}

function party(random: Random, qualifier: string): string[] {
  const [city, state, postal] = random.pick(CITIES);
  return [
    `N1*${qualifier}*${random.pick(STORE_NAMES)}*92*${random.digits(5)}`,
    `N3*${random.pick(STREETS)}`,
    `N4*${city}*${state}*${postal}*US`,
  ];
}
