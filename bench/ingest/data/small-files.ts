/**
 * Deterministic small EDI files for the ingest benchmark: one interchange per file, 1–3 KB each, from 40 partners,
 * as X12 850 / 855 / 856 / 810 / 846 and EDIFACT ORDERS / DESADV / INVOIC. Control numbers run per partner, as a
 * real sender's would, so the ledger sees sequences and not noise. Shares the parse benchmark's seeded random
 * source and vocabulary.
 */
import { createRandom, price, yyyymmdd, type Random } from '../../parse/data/random.js';
import { CITIES, PRODUCTS, STORE_NAMES, UNITS } from '../../parse/data/vocabulary.js';

export interface SmallFile {
  name: string;
  text: string;
  transactions: number;
}

const X12_TYPES = ['850', '855', '856', '810', '846'] as const;
const EDIFACT_TYPES = ['ORDERS', 'DESADV', 'INVOIC'] as const;
const PARTNERS = 40;
const US = '~\n';
const EU = "'\n";

/** Builds segments line by line until the file reaches its drawn size (1–3 KB). */
function fill(head: string[], line: (index: number) => string[], tail: (lines: number) => string[], targetBytes: number, overhead: number): { segments: string[]; lines: number } {
  const segments = [...head];
  let bytes = overhead + segments.reduce((sum, segment) => sum + segment.length + 2, 0);
  let lines = 0;
  while (bytes < targetBytes || lines === 0) {
    lines++;
    for (const segment of line(lines)) {
      segments.push(segment);
      bytes += segment.length + 2;
    }
  }
  return { segments: [...segments, ...tail(lines)], lines };
}

function x12Body(random: Random, type: (typeof X12_TYPES)[number], targetBytes: number): string[] {
  const po = `PO${random.digits(8)}`;
  const date = yyyymmdd(random, 2026);
  const item = (index: number) => `${index}*${random.int(1, 240)}*${random.pick(UNITS)}*${price(random)}**VN*SKU-${random.digits(5)}*UP*${random.digits(12)}`;
  const heads: Record<typeof type, string[]> = {
    '850': [`BEG*00*SA*${po}**${date}`, `REF*DP*${random.int(100, 999)}`, `N1*ST*${random.pick(STORE_NAMES)}*92*${random.digits(5)}`],
    '855': [`BAK*00*AC*${po}*${date}****SO${random.digits(7)}`, `N1*ST*${random.pick(STORE_NAMES)}*92*${random.digits(5)}`],
    '856': [`BSN*00*ASN${random.digits(7)}*${date}*1030`, 'HL*1**S', `TD5*O*2*${random.pick(['UPSN', 'FDEG', 'SCNN'])}*M`, 'HL*2*1*O', `PRF*${po}`],
    '810': [`BIG*${date}*INV${random.digits(7)}**${po}`, `N1*RE*${random.pick(STORE_NAMES)}*92*${random.digits(5)}`],
    '846': [`BIA*00*MM*INV${random.digits(6)}*${date}`],
  };
  const lines: Record<typeof type, (index: number) => string[]> = {
    '850': (index) => [`PO1*${item(index)}`, `PID*F****${random.pick(PRODUCTS)}`],
    '855': (index) => [`PO1*${item(index)}`, `ACK*IA*${random.int(1, 240)}*EA`],
    '856': (index) => [`HL*${index + 2}*2*I`, `LIN**UP*${random.digits(12)}*VN*SKU-${random.digits(5)}`, `SN1**${random.int(1, 240)}*EA`],
    '810': (index) => [`IT1*${item(index)}`, `PID*F****${random.pick(PRODUCTS)}`],
    '846': (index) => [`LIN*${index}*UP*${random.digits(12)}`, `QTY*33*${random.int(0, 900)}*EA`],
  };
  const tails: Record<typeof type, (count: number) => string[]> = {
    '850': (count) => [`CTT*${count}`],
    '855': (count) => [`CTT*${count}`],
    '856': (count) => [`CTT*${count + 2}`],
    '810': (count) => [`TDS*${random.int(1000, 9999999)}`, `CTT*${count}`],
    '846': () => [],
  };
  return fill(heads[type], lines[type], tails[type], targetBytes, 260).segments;
}

function x12File(random: Random, partner: number, control: number, targetBytes: number): string {
  const type = random.pick(X12_TYPES);
  const functional = { '850': 'PO', '855': 'PR', '856': 'SH', '810': 'IN', '846': 'IB' }[type];
  const sender = `PARTNER${String(partner).padStart(3, '0')}`;
  const isa13 = String(control).padStart(9, '0');
  const date = yyyymmdd(random, 2026);
  const body = [`ST*${type}*0001`, ...x12Body(random, type, targetBytes)];
  const segments = [
    `ISA*00*${' '.repeat(10)}*00*${' '.repeat(10)}*ZZ*${sender.padEnd(15)}*ZZ*${'CROSSDOCKDC'.padEnd(15)}*${date.slice(2)}*1030*U*00401*${isa13}*0*P*>`,
    `GS*${functional}*${sender}*CROSSDOCKDC*${date}*1030*${control}*X*004010`,
    ...body,
    `SE*${body.length + 1}*0001`,
    `GE*1*${control}`,
    `IEA*1*${isa13}`,
  ];
  return segments.join(US) + US;
}

function edifactFile(random: Random, partner: number, control: number, targetBytes: number): string {
  const type = random.pick(EDIFACT_TYPES);
  const gln = `40123450${String(partner).padStart(5, '0')}`;
  const reference = `R${String(control).padStart(9, '0')}`;
  const date = yyyymmdd(random, 2026);
  const [city, , postal] = random.pick(CITIES);
  const document = { ORDERS: '220', DESADV: '351', INVOIC: '380' }[type];
  const head = [
    `UNH+1+${type}:D:96A:UN:EAN008`,
    `BGM+${document}+DOC${random.digits(8)}+9`,
    `DTM+137:${date}:102`,
    `RFF+ON:PO${random.digits(8)}`,
    `NAD+BY+${gln}::9++${random.pick(STORE_NAMES)}+${city}++${postal}+DE`,
    ...(type === 'DESADV' ? ['CPS+1'] : []),
  ];
  const line = (index: number) =>
    type === 'DESADV' ? [`LIN+${index}++${random.digits(13)}:EN`, `QTY+12:${random.int(1, 240)}:PCE`] : [`LIN+${index}++${random.digits(13)}:EN`, `QTY+21:${random.int(1, 240)}:PCE`, `PRI+AAA:${price(random)}`];
  const tails = { ORDERS: (lines: number) => ['UNS+S', `CNT+2:${lines}`], DESADV: (lines: number) => [`CNT+2:${lines}`], INVOIC: (lines: number) => ['UNS+S', `CNT+2:${lines}`, `MOA+77:${price(random)}`] };
  const message = fill(head, line, tails[type], targetBytes, 120).segments;
  const segments = [`UNB+UNOC:3+${gln}:14+5412345000013:14+${date.slice(2)}:1030+${reference}`, ...message, `UNT+${message.length + 1}+1`, `UNZ+1+${reference}`];
  return `UNA:+.? ${EU}${segments.join(EU)}${EU}`;
}

/** `count` files, about 70 % X12 and 30 % EDIFACT, each 1–3 KB; the same seed always gives the same bytes. */
export function* generateSmallFiles(count: number, seed = 1000): Generator<SmallFile> {
  const random = createRandom(seed);
  const nextControl = new Array<number>(PARTNERS).fill(0);
  for (let index = 0; index < count; index++) {
    const partner = random.int(0, PARTNERS - 1);
    const control = ++nextControl[partner]!;
    // the last line group overshoots by up to ~120 bytes, so aim inside the 1–3 KB range
    const targetBytes = random.int(1100, 2900);
    const edifact = partner % 10 >= 7;
    const text = edifact ? edifactFile(random, partner, control, targetBytes) : x12File(random, partner, control, targetBytes);
    yield { name: `${String(index).padStart(6, '0')}-p${partner}.${edifact ? 'edi' : 'x12'}`, text, transactions: 1 };
  }
}
