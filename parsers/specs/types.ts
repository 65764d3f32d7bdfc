/**
 * Transaction-set specs as data. Written by us from public facts (X12 and UN/EDIFACT directories), holding only
 * what validation, loop building, the viewer (names and descriptions) and the mapping editor need.
 */
import type { Standard } from '../model.js';

/**
 * X12 types: AN string, ID code, DT date (CCYYMMDD or YYMMDD by length), TM time (HHMM[SS[dd]]), R decimal,
 * N0..N9 implied-decimal integers, B binary. EDIFACT types: a alphabetic, n numeric, an alphanumeric.
 */
export type ElementType =
  | 'AN' | 'ID' | 'DT' | 'TM' | 'R' | 'B'
  | 'N0' | 'N1' | 'N2' | 'N3' | 'N4' | 'N5' | 'N6' | 'N7' | 'N8' | 'N9'
  | 'a' | 'n' | 'an';

/** M mandatory, O optional, C conditional (syntax note decides), X not used */
export type Usage = 'M' | 'O' | 'C' | 'X';

export interface ElementSpec {
  /** data element reference number: '324' (X12), '1004' (EDIFACT), composite ids such as 'C082' / 'C506' */
  id: string;
  name: string;
  usage: Usage;
  /** simple elements; composites have `components` instead */
  type?: ElementType;
  min?: number;
  max?: number;
  /** key into the standard's code lists; only for the qualifiers that matter */
  codes?: string;
  /** composite element: its component elements */
  components?: ElementSpec[];
  /** how many repetitions are allowed (default 1) */
  repeat?: number;
}

/** Syntax notes between elements of one segment (X12 P, R, E, C, L; EDIFACT D1..D5 map onto the same). */
export interface SyntaxRule {
  /** P paired (all or none), R at least one required, E only one may be present, C if first then all others,
   *  L if first then at least one other */
  kind: 'P' | 'R' | 'E' | 'C' | 'L';
  /** 1-based element positions */
  elements: number[];
}

export interface SegmentSpec {
  tag: string;
  name: string;
  /** one sentence on what the segment is for (shown in the viewer) */
  purpose?: string;
  elements: ElementSpec[];
  rules?: SyntaxRule[];
}

export interface SegmentRef {
  kind: 'segment';
  tag: string;
  usage: Usage;
  /** maximum occurrences; Infinity is written as 0 in JSON-like data, so use `max: 0` for ">1 / unbounded" */
  max: number;
  /** where a segment can occur more than once with different meanings (N1*ST vs N1*BT), the qualifier */
  qualifier?: { element: number; values: string[] };
}

export interface LoopSpec {
  kind: 'loop';
  /** 'N1', 'PO1', 'HL', 'SG2'; the first child segment is the loop's trigger */
  id: string;
  name: string;
  usage: Usage;
  /** 0 = unbounded */
  max: number;
  children: (SegmentRef | LoopSpec)[];
}

export interface TransactionSpec {
  standard: Standard;
  /** '850', 'ORDERS' */
  type: string;
  name: string;
  /** X12: functional identifier code of the GS it belongs in ('PO'); EDIFACT: null */
  functionalId: string | null;
  /** versions this spec applies to: X12 '004010', '005010'; EDIFACT 'D96A', 'D01B' */
  versions: string[];
  /** the whole body, header segment (ST/UNH) first and trailer (SE/UNT) last */
  body: (SegmentRef | LoopSpec)[];
}

export interface CodeList {
  /** the data element id it belongs to ('98', '3035') or a local name */
  id: string;
  name: string;
  codes: Record<string, string>;
  /** true when `codes` holds every code the standard allows for the element. Lists without it hold only the common
   *  codes, so the validator reports a value outside them as 'info' rather than an error. */
  complete?: boolean;
}

/** All specs of one standard: segment dictionary, code lists, transaction sets. */
export interface StandardDictionary {
  standard: Standard;
  segments: Record<string, SegmentSpec>;
  codeLists: Record<string, CodeList>;
  transactions: TransactionSpec[];
}
