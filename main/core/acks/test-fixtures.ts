/**
 * Small X12 and EDIFACT interchanges built from our own values, for the ledger and acknowledgment tests: any
 * sender, receiver and control numbers, purchase orders, invoices, 997/999 and CONTRL responses.
 */

const pad = (value: string, width: number) => value.padEnd(width, ' ').slice(0, width);

export interface X12Transaction {
  type: string;
  control: string;
  /** segments between ST and SE */
  body: string[];
}

export interface X12Group {
  functionalId: string;
  control: string;
  /** GS08, default 004010 */
  version?: string;
  transactions: X12Transaction[];
}

export interface X12InterchangeOptions {
  sender: string;
  receiver: string;
  /** ISA13, padded to 9 digits when numeric */
  control: string;
  groups: X12Group[];
  /** YYMMDD and HHMM of ISA09/ISA10 (default 261115 1200) */
  date?: string;
  time?: string;
  /** ISA12, default 00401 */
  version?: string;
}

export function x12Interchange(options: X12InterchangeOptions): string {
  const { sender, receiver, groups, date = '261115', time = '1200', version = '00401' } = options;
  const isa13 = /^\d+$/.test(options.control) ? options.control.padStart(9, '0') : options.control;
  const segments = [`ISA*00*${pad('', 10)}*00*${pad('', 10)}*ZZ*${pad(sender, 15)}*ZZ*${pad(receiver, 15)}*${date}*${time}*${version === '00401' ? 'U' : '^'}*${version}*${isa13}*0*P*>`];
  for (const group of groups) {
    segments.push(`GS*${group.functionalId}*${sender}*${receiver}*20${date}*${time}*${group.control}*X*${group.version ?? '004010'}`);
    for (const transaction of group.transactions) {
      segments.push(`ST*${transaction.type}*${transaction.control}`, ...transaction.body, `SE*${transaction.body.length + 2}*${transaction.control}`);
    }
    segments.push(`GE*${group.transactions.length}*${group.control}`);
  }
  segments.push(`IEA*${groups.length}*${isa13}`);
  return `${segments.join('~\n')}~\n`;
}

export function orderBody(po: string): string[] {
  return [`BEG*00*SA*${po}**20261115`, 'N1*ST*BUYER DC 7*92*0007', 'PO1*1*10*EA*9.50**VN*SKU-100', 'CTT*1'];
}

export function invoiceBody(invoice: string, po: string): string[] {
  return [`BIG*20261116*${invoice}**${po}`, 'N1*ST*BUYER DC 7*92*0007', 'IT1*1*10*EA*9.50**VN*SKU-100', 'TDS*9500', 'CTT*1'];
}

/** One inbound 850 per interchange, group and transaction numbers chosen by the caller. */
export function orderInterchange(sender: string, receiver: string, isa13: string, gs06: string, st02 = '0001', po = `PO-${isa13}`): string {
  return x12Interchange({ sender, receiver, control: isa13, groups: [{ functionalId: 'PO', control: gs06, transactions: [{ type: '850', control: st02, body: orderBody(po) }] }] });
}

export interface AckedSet {
  type: string;
  control: string;
  /** AK501 / IK501 */
  status: 'A' | 'E' | 'R';
}

/** A 997 (or 999) from `sender` acknowledging group `ackedGroup` of functional id `ackedFunctionalId`. */
export function functionalAck(options: { sender: string; receiver: string; control: string; kind?: '997' | '999'; ackedFunctionalId: string; ackedGroup: string; sets: AckedSet[]; groupStatus: 'A' | 'E' | 'P' | 'R' }): string {
  const kind = options.kind ?? '997';
  const body = [`AK1*${options.ackedFunctionalId}*${options.ackedGroup}${kind === '999' ? '*005010X231A1' : ''}`];
  for (const set of options.sets) body.push(`AK2*${set.type}*${set.control}`, `${kind === '999' ? 'IK5' : 'AK5'}*${set.status}${set.status === 'R' ? '*5' : ''}`);
  const accepted = options.sets.filter((set) => set.status !== 'R').length;
  body.push(`AK9*${options.groupStatus}*${options.sets.length}*${options.sets.length}*${accepted}`);
  return x12Interchange({
    sender: options.sender,
    receiver: options.receiver,
    control: options.control,
    ...(kind === '999' ? { version: '00501' } : {}),
    groups: [{ functionalId: 'FA', control: options.control.replace(/^0+/, '') || '0', version: kind === '999' ? '005010X231A1' : '004010', transactions: [{ type: kind, control: '0001', body }] }],
  });
}

export interface EdifactMessage {
  type: string;
  reference: string;
  body: string[];
}

/** An EDIFACT interchange with UNA, syntax 3, ids with qualifier 14, messages without UNG. */
export function edifactInterchange(options: { sender: string; receiver: string; reference: string; messages: EdifactMessage[]; date?: string }): string {
  const segments = [`UNB+UNOC:3+${options.sender}:14+${options.receiver}:14+${options.date ?? '261115'}:1200+${options.reference}`];
  for (const message of options.messages) {
    const version = message.type === 'CONTRL' ? 'D:3:UN' : 'D:96A:UN';
    segments.push(`UNH+${message.reference}+${message.type}:${version}`, ...message.body, `UNT+${message.body.length + 2}+${message.reference}`);
  }
  segments.push(`UNZ+${options.messages.length}+${options.reference}`);
  return `UNA:+.? '${segments.join("'")}'`;
}

export function ordersBody(po: string): string[] {
  return [`BGM+220+${po}+9`, 'DTM+137:20261115:102', 'NAD+BY+5412345000013::9', 'LIN+1++4000862141404:SRS', 'QTY+21:10', 'UNS+S'];
}

/** A CONTRL from `sender` answering interchange `ackedReference`: UCI action and one UCM per message. */
export function contrl(options: { sender: string; receiver: string; reference: string; ackedReference: string; action: '4' | '7' | '8'; messages: { reference: string; type: string; action: '4' | '7' }[] }): string {
  const body = [`UCI+${options.ackedReference}+${options.receiver}:14+${options.sender}:14+${options.action}`];
  for (const message of options.messages) body.push(`UCM+${message.reference}+${message.type}:D:96A:UN+${message.action}`);
  return edifactInterchange({ sender: options.sender, receiver: options.receiver, reference: options.reference, messages: [{ type: 'CONTRL', reference: '1', body }] });
}
