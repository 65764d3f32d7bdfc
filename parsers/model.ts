/**
 * The EDI engine's shared vocabulary. Both standards (X12, EDIFACT), the validator, the acknowledgment
 * writers and every caller (ingest, CLI, mapping) speak these types. Pure data: no classes, no I/O.
 */
import type { ProblemCode } from './problems.js';

export type Standard = 'x12' | 'edifact';
export type Severity = 'error' | 'warning' | 'info';

/** Where something is in the original bytes. Offsets are byte offsets into the file (bytes read as Latin-1). */
export interface Position {
  /** byte offset from the start of the file */
  offset: number;
  /** 1-based line and column (column in bytes) of `offset` */
  line: number;
  column: number;
  /** 0-based index of the segment in its interchange, when the problem is inside a segment */
  segmentIndex?: number;
  segmentTag?: string;
  /** 1-based element position (ISA01 = 1, BEG03 = 3; EDIFACT: first data element after the tag = 1) */
  element?: number;
  /** 1-based component position inside a composite element */
  component?: number;
  /** 1-based repetition of the element, when repetitions are present */
  repetition?: number;
  /** 1-based position of the segment inside its transaction set / message (ST = 1, UNH = 1); acks report this */
  segmentPositionInTransaction?: number;
  /** the loop the segment is in ('N1', 'SG2'); 997 AK303 reports it */
  loopId?: string;
}

/** The envelope level a problem belongs to; acknowledgments report it at that level. */
export type ProblemLevel = 'file' | 'interchange' | 'group' | 'transaction' | 'segment' | 'element';

export interface Problem {
  severity: Severity;
  /** stable kebab-case id from PROBLEM_CODES in problems.ts */
  code: ProblemCode;
  /** one plain sentence a coordinator understands, naming the values involved */
  message: string;
  level: ProblemLevel;
  position: Position;
  /** data element reference number ('324', '1004') for element problems; 997 AK403 / CONTRL report it */
  dataElementRef?: string;
  /** a copy of the bad value (997 AK404), at most 99 characters */
  badValue?: string;
}

export type { ProblemCode } from './problems.js';

export interface X12Delimiters {
  element: string;
  /** ISA16 */
  component: string;
  segment: string;
  /** ISA11 when it is not a letter or digit; otherwise null (no repetition separator) */
  repetition: string | null;
  /** what follows the segment terminator (e.g. "\r\n"), if anything consistently does */
  segmentSuffix: string;
}

export interface EdifactDelimiters {
  component: string;
  element: string;
  decimal: string;
  /** null when UNA declares a space (no release character) */
  release: string | null;
  /** syntax 4 repetition separator; null in syntax 3 */
  repetition: string | null;
  segment: string;
  segmentSuffix: string;
}

export type Delimiters = X12Delimiters | EdifactDelimiters;

/**
 * One segment with its values decoded. elements[i] is element i+1 (ISA01 is elements[0]); each element is the list
 * of its components (a simple element is a one-item list). When an element repeats, elements[i] holds the first
 * repetition and repeats[i] holds all of them. EDIFACT values have release characters removed.
 */
export interface Segment {
  tag: string;
  elements: string[][];
  repeats?: Record<number, string[][]>;
  /** byte offset of the first byte of the tag, and of the byte after the segment terminator */
  offset: number;
  end: number;
  /** 0-based index of the segment in its interchange */
  index: number;
}

export interface ByteRange {
  start: number;
  /** exclusive */
  end: number;
}

export interface PartyId {
  qualifier: string;
  id: string;
}

export type TransactionStatus = 'accepted' | 'accepted-with-errors' | 'rejected';

export interface Transaction {
  /** '850', 'ORDERS' */
  type: string;
  /** X12: GS08 (or ST03 when present); EDIFACT: 'D:96A:UN' (UNH 2.2:2.3:2.4), association code kept in `association` */
  version: string;
  association?: string;
  controlNumber: string;
  /** segments counted from ST/UNH to SE/UNT inclusive */
  segmentCount: number;
  /** the count the trailer declared, if there was a trailer */
  declaredSegmentCount?: number;
  status: TransactionStatus;
  problems: Problem[];
  range: ByteRange;
  /** present when parse options ask to keep segments (the default for whole-file parses) */
  segments?: Segment[];
  /** built from the spec when one is known */
  tree?: LoopNode;
  /** the 856 hierarchy (HL tree), when the transaction has HL segments */
  hierarchy?: HierarchyNode[];
}

export interface Group {
  /** X12 GS01 ('PO'); EDIFACT UNG0038; null for EDIFACT messages sent without UNG */
  functionalId: string | null;
  controlNumber: string | null;
  sender: PartyId | null;
  receiver: PartyId | null;
  /** X12 GS08; EDIFACT UNG message version */
  version: string | null;
  date: string | null;
  time: string | null;
  declaredTransactionCount?: number;
  /** false for the implicit group that holds EDIFACT messages sent without UNG/UNE */
  explicit: boolean;
  status: 'accepted' | 'accepted-with-errors' | 'partially-accepted' | 'rejected';
  problems: Problem[];
  transactions: Transaction[];
  range: ByteRange;
}

export interface Interchange {
  standard: Standard;
  delimiters: Delimiters;
  controlNumber: string;
  sender: PartyId;
  receiver: PartyId;
  date: string;
  time: string;
  /** X12: ISA12 ('00401'); EDIFACT: syntax version ('3', '4') */
  version: string;
  /** EDIFACT syntax identifier ('UNOC'); X12: null */
  syntaxId: string | null;
  /** the character set values were decoded with ('latin1', 'iso-8859-5', 'utf-8', ...) */
  charset: string;
  /** X12 ISA15 / EDIFACT UNB0035: true when the interchange is a test */
  test: boolean;
  /** X12 ISA14 / EDIFACT UNB0031: the sender asked for an acknowledgment */
  ackRequested: boolean;
  declaredGroupCount?: number;
  /** the envelope header segment (ISA, UNB) as parsed, for acks and the viewer */
  header: Segment;
  /** notes about the file's shape for partner profiles: 'bom', 'junk-before-header', 'newline-terminator',
   *  'segment-suffix-crlf', 'wrapped-80', 'una', 'no-una', 'decimal-comma', 'ebcdic', ... */
  quirks: string[];
  problems: Problem[];
  groups: Group[];
  range: ByteRange;
}

export type Verdict = 'ok' | 'warnings' | 'errors' | 'not-edi';

export interface EdiFileResult {
  /** null when the bytes are not EDI at all */
  standard: Standard | null;
  verdict: Verdict;
  size: number;
  interchanges: Interchange[];
  /** problems outside any interchange: junk, BOM, not-EDI, truncated file */
  problems: Problem[];
}

/** A node of a transaction's loop tree: the transaction itself, an X12 loop (N1, PO1) or an EDIFACT group (SG2). */
export interface LoopNode {
  /** 'ST' / 'UNH' for the root, else the loop id from the spec ('N1', 'PO1', 'SG2') */
  id: string;
  /** spec name, e.g. 'Name' or 'Party identification' */
  name: string;
  children: (Segment | LoopNode)[];
}

/** One HL of an 856/DESADV hierarchy, with the segments that belong to it (the HL segment first). */
export interface HierarchyNode {
  /** HL01 */
  id: string;
  /** HL02, '' for a root */
  parentId: string;
  /** HL03: S shipment, O order, T tare, P pack, I item */
  level: string;
  segments: Segment[];
  children: HierarchyNode[];
}

export function isLoopNode(node: Segment | LoopNode): node is LoopNode {
  return (node as LoopNode).children !== undefined;
}

/** First component of element `position` (1-based), or '' when absent. */
export function elementValue(segment: Segment, position: number, component = 1): string {
  return segment.elements[position - 1]?.[component - 1] ?? '';
}

/** How a parse runs. Both standards and the auto-detecting entry point take the same options. */
export interface ParseOptions {
  /** 'envelope': tokenize and check envelopes only (fastest); 'full' (default): also validate against specs */
  validate?: 'envelope' | 'full';
  /** keep Segment objects on each Transaction (default true for whole-buffer parses, false for streams) */
  keepSegments?: boolean;
  /** called when a transaction's trailer (or the end of its data) is reached, with its segments when kept or
   *  when `segmentsForCallback` is true; lets a caller stream a 1 GiB file without holding it */
  onTransaction?: (transaction: Transaction, group: Group, interchange: Interchange) => void;
  /** hand segments to onTransaction even when they are not kept on the result */
  segmentsForCallback?: boolean;
  /** keep each Transaction summary on its group. Default: true, except for streams given an onTransaction callback,
   *  which see every transaction there; statuses, counts and the verdict still include the ones not kept, so a
   *  1 GiB file streams in constant memory. */
  keepTransactions?: boolean;
}

/** A push parser: feed chunks of any size, then end() for the result. */
export interface EdiStream {
  write(chunk: Uint8Array): void;
  end(): EdiFileResult;
}
