import type { StandardDictionary } from '../types.js';
import { edifactCodeLists } from './code-lists/index.js';
import { edifactMessages } from './messages/index.js';
import { edifactSegments } from './segments/index.js';

/**
 * EDIFACT segment dictionary, key-qualifier code lists and messages (D.96A and D.01B), written from the public
 * UN/EDIFACT directories. Segments that changed between the two directories hold one definition accepting both.
 */
export const edifactDictionary: StandardDictionary = {
  standard: 'edifact',
  segments: edifactSegments,
  codeLists: edifactCodeLists,
  transactions: edifactMessages,
};
