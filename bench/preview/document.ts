/**
 * The bench's sample: one X12 850 with exactly `segments` segments from ST to SE (ST, BEG, CUR, REF, DTM, N1, PO1 × n,
 * CTT, SE), our own values. The partner it comes from (ZZ:BENCHBUYER) is created by ingest.
 */

const pad = (value: string, width: number) => value.padEnd(width, ' ').slice(0, width);

export const BENCH_SENDER = 'BENCHBUYER';
export const BENCH_PO = 'PO-BENCH-1000';

export function purchaseOrder850(segments = 1000): string {
  const header = ['ST*850*0001', `BEG*00*SA*${BENCH_PO}**20261128`, 'CUR*BY*USD', 'REF*IA*VEND-0042', 'DTM*002*20261205', 'N1*ST*BENCH DC 3*92*0003'];
  const trailerCount = 2; // CTT and SE
  const lines = segments - header.length - trailerCount;
  if (lines < 1) throw new Error(`an 850 of ${segments} segments has no room for a PO1 line`);
  const body = [
    ...header,
    ...Array.from({ length: lines }, (_, index) => `PO1*${index + 1}*${(index % 40) + 1}*EA*${(3.25 + (index % 97) * 0.5).toFixed(2)}**VN*BK-${2000 + index}*UP*0098765${String(10000 + index).slice(-5)}`),
    `CTT*${lines}`,
  ];
  const envelope = [
    `ISA*00*${pad('', 10)}*00*${pad('', 10)}*ZZ*${pad(BENCH_SENDER, 15)}*ZZ*${pad('CROSSDOCKDIST', 15)}*261128*0900*U*00401*000000901*0*P*>`,
    `GS*PO*${BENCH_SENDER}*CROSSDOCKDIST*20261128*0900*901*X*004010`,
    ...body,
    `SE*${body.length + 1}*0001`,
    'GE*1*901',
    'IEA*1*000000901',
  ];
  return `${envelope.join('~\n')}~\n`;
}
