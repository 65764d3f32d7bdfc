/**
 * Structure and element validation of one transaction against its spec. Shared by both standards.
 * (Stub signatures: the validation work fills this in.)
 */
import type { HierarchyNode, LoopNode, Problem, Segment, Standard } from '../model.js';
import type { StandardDictionary, TransactionSpec } from '../specs/types.js';

export interface ValidationContext {
  standard: Standard;
  dictionary: StandardDictionary;
  /** EDIFACT decimal mark from UNA ('.' or ','); X12 always '.' */
  decimalMark: string;
  /** byte offset -> 1-based line and column in the original file */
  locate: (offset: number) => { line: number; column: number };
}

export interface ValidationResult {
  problems: Problem[];
  tree?: LoopNode;
  hierarchy?: HierarchyNode[];
}

/** segments: the whole transaction, header (ST/UNH) to trailer (SE/UNT) inclusive when present. */
export function validateTransaction(
  segments: Segment[],
  spec: TransactionSpec | undefined,
  context: ValidationContext,
): ValidationResult {
  void segments; void spec; void context;
  return { problems: [] };
}
