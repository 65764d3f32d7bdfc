/** Every X12 code list, keyed by data element id. */
import type { CodeList } from '../../types.js';
import { ackCodeLists } from './acks.js';
import { envelopeCodeLists } from './envelope.js';
import { partyCodeLists } from './parties.js';
import { tradeCodeLists } from './trade.js';
import { transportCodeLists } from './transport.js';

const allCodeLists = [
  ...envelopeCodeLists,
  ...ackCodeLists,
  ...partyCodeLists,
  ...tradeCodeLists,
  ...transportCodeLists,
];

export const x12CodeLists: Record<string, CodeList> = {};
for (const list of allCodeLists) {
  if (x12CodeLists[list.id] !== undefined) throw new Error(`Code list ${list.id} is defined twice`);
  x12CodeLists[list.id] = list;
}

/**
 * The lists that hold every code the standard allows for their element (small closed sets). All other lists hold
 * only the commonly used codes, so a value missing from them is not proof of an invalid code: report it as a
 * warning, never as an error.
 */
export const COMPLETE_X12_CODE_LISTS: ReadonlySet<string> = new Set(['I13', 'I14', 'I17', '455', '715', '717', '736']);
// Not complete, although small: I03 and I10 (ISA01 has more qualifiers; ISA11 is the repetition separator in
// 005010), 720 and 723 (005010 adds the I-codes of the 999), 248 (more indicators exist than we list).

for (const id of COMPLETE_X12_CODE_LISTS) x12CodeLists[id] = { ...x12CodeLists[id]!, complete: true };
