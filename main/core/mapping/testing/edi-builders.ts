/**
 * Test helpers: wrap body segments in a valid X12 or EDIFACT envelope and parse them, so tests state only the
 * segments they are about. Used by *.test.ts only.
 */
import { parseEdi, type Group, type Interchange, type Transaction } from '../../../../parsers/index.js';

export interface Parsed {
  transaction: Transaction;
  group: Group;
  interchange: Interchange;
}

/** `segments` without terminators, e.g. ['BEG*00*SA*PO1**20261120', 'PO1*1*2*EA']; ST/SE are added. */
export function x12Transaction(type: string, segments: string[], version = '004010'): Parsed {
  const isa = `ISA*00*${' '.repeat(10)}*00*${' '.repeat(10)}*ZZ*${'SENDER'.padEnd(15)}*ZZ*${'RECEIVER'.padEnd(15)}*261120*0930*U*00401*000000101*0*P*>`;
  const functional = type === '856' ? 'SH' : type === '810' ? 'IN' : 'PO';
  const body = [`ST*${type}*0001`, ...segments, `SE*${segments.length + 2}*0001`];
  const text = [isa, `GS*${functional}*SENDER*RECEIVER*20261120*0930*101*X*${version}`, ...body, 'GE*1*101', 'IEA*1*000000101'].map((segment) => `${segment}~\n`).join('');
  return first(new TextEncoder().encode(text));
}

/** EDIFACT message body segments without terminators; UNH/UNT are added (D.96A unless `version` says otherwise). */
export function edifactMessage(type: string, segments: string[], version = 'D:96A:UN'): Parsed {
  const body = [`UNH+1+${type}:${version}`, ...segments, `UNT+${segments.length + 2}+1`];
  const text = ["UNA:+.? '", 'UNB+UNOC:3+SENDER:14+RECEIVER:14+261120:0930+77', ...body, 'UNZ+1+77'].map((segment, index) => (index === 0 ? segment : `${segment}'\n`)).join('');
  return first(new TextEncoder().encode(text));
}

export function first(bytes: Uint8Array): Parsed {
  const result = parseEdi(bytes);
  const interchange = result.interchanges[0];
  const group = interchange?.groups[0];
  const transaction = group?.transactions[0];
  if (!interchange || !group || !transaction) throw new Error(`no transaction parsed: ${JSON.stringify(result.problems)}`);
  return { transaction, group, interchange };
}
