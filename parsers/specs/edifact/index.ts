import type { StandardDictionary } from '../types.js';

/** EDIFACT segment dictionary, code lists and messages (D96A and D01B). */
export const edifactDictionary: StandardDictionary = { standard: 'edifact', segments: {}, codeLists: {}, transactions: [] };
