import type { CodeList } from '../../types.js';
import { documentCodeLists } from './documents.js';
import { syntaxCodeLists } from './syntax.js';
import { tradeCodeLists } from './trade.js';

function byId(lists: CodeList[]): Record<string, CodeList> {
  const index: Record<string, CodeList> = {};
  for (const list of lists) {
    if (index[list.id]) throw new Error(`Code list ${list.id} is defined twice`);
    index[list.id] = list;
  }
  return index;
}

/** The EDIFACT key-qualifier code lists, by data element id ('1001', '3035', '0085', ...). */
export const edifactCodeLists: Record<string, CodeList> = byId([...documentCodeLists, ...tradeCodeLists, ...syntaxCodeLists]);
