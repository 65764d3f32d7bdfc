/** Small, valid X12 documents for tests, built with our own values (never copied from public files). */

export interface PurchaseOrderOptions {
  po: string;
  /** ISA13, 9 digits */
  control: string;
  lines: number;
  sender?: string;
  receiver?: string;
}

const pad = (value: string, width: number) => value.padEnd(width, ' ').slice(0, width);

export function purchaseOrder({ po, control, lines, sender = 'BUYERCO', receiver = 'ACMESUPPLY' }: PurchaseOrderOptions): string {
  const body = [
    'ST*850*0001',
    `BEG*00*SA*${po}**20261115`,
    'N1*ST*BUYER DC 7*92*0007',
    ...Array.from({ length: lines }, (_, index) => `PO1*${index + 1}*${(index + 1) * 10}*EA*${(9.5 + index).toFixed(2)}**VN*SKU-${100 + index}*UP*01234567890${index % 10}`),
    `CTT*${lines}`,
  ];
  const segments = [
    `ISA*00*${pad('', 10)}*00*${pad('', 10)}*ZZ*${pad(sender, 15)}*ZZ*${pad(receiver, 15)}*261115*1200*U*00401*${control}*0*P*>`,
    `GS*PO*${sender}*${receiver}*20261115*1200*${Number(control)}*X*004010`,
    ...body,
    `SE*${body.length + 1}*0001`,
    `GE*1*${Number(control)}`,
    `IEA*1*${control}`,
  ];
  return `${segments.join('~\n')}~\n`;
}
