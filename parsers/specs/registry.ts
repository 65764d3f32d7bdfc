import type { Standard } from '../model.js';
import { edifactDictionary } from './edifact/index.js';
import type { StandardDictionary, TransactionSpec } from './types.js';
import { x12Dictionary } from './x12/index.js';

export function dictionaryFor(standard: Standard): StandardDictionary {
  return standard === 'x12' ? x12Dictionary : edifactDictionary;
}

/**
 * The spec for a transaction type and version, or undefined. X12 versions come from GS08 ('004010VICS' ->
 * '004010'); EDIFACT versions as 'D96A'. (Stub: the validation work refines version fallback.)
 */
export function findTransactionSpec(standard: Standard, type: string, version: string): TransactionSpec | undefined {
  const dictionary = dictionaryFor(standard);
  return dictionary.transactions.find((spec) => spec.type === type && spec.versions.includes(version));
}
