import type { StandardDictionary } from '../types.js';

/** X12 segment dictionary, code lists and transaction sets (004010 and 005010). */
export const x12Dictionary: StandardDictionary = { standard: 'x12', segments: {}, codeLists: {}, transactions: [] };
