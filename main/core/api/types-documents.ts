/** Result types of the documents and files methods (plain JSON: they cross IPC and HTTP). */

export type DocumentStatus = 'accepted' | 'accepted-with-errors' | 'rejected';
export type DocumentDirection = 'inbound' | 'outbound';
export type DocumentSortColumn = 'receivedAt' | 'type' | 'status' | 'partner' | 'controlNumber';
export type SortDirection = 'asc' | 'desc';

/** One transaction set / message as the Documents list shows it. */
export interface DocumentRow {
  id: number;
  fileId: number;
  partnerId: number | null;
  partnerName: string | null;
  direction: DocumentDirection;
  standard: 'x12' | 'edifact';
  /** '850', 'ORDERS' */
  type: string;
  /** spec name ('Purchase Order'), null for types without a spec */
  typeName: string | null;
  version: string;
  /** ST02 / UNH 0062 */
  controlNumber: string;
  /** ISA13 / UNB 0020 of the interchange it came in */
  interchangeControlNumber: string;
  /** GS06 / UNG 0048; null for EDIFACT messages sent without UNG */
  groupControlNumber: string | null;
  status: DocumentStatus;
  errorCount: number;
  warningCount: number;
  /** the first error (else warning) message, so the list says what is wrong without opening the document */
  firstProblem: string | null;
  segmentCount: number;
  /** ISO time of the first delivery of its file */
  receivedAt: string;
  /** original name of the file's first delivery */
  fileName: string | null;
  poNumber: string | null;
  reference: string | null;
  documentDate: string | null;
  amount: string | null;
}

export interface DocumentsPage {
  rows: DocumentRow[];
  /**
   * How many documents match. Counting a million rows takes longer than the list may, so when `totalIsLowerBound`
   * is true the count stopped at `total` and there are at least that many (show "10,000+"); page on past it.
   */
  total: number;
  totalIsLowerBound: boolean;
  /**
   * Set when the text search was too short to be selective (more matches than this): only this many matches are
   * listed (the first by value in each searched column, newest of those first). Typing more of the number lifts it.
   */
  searchLimitedTo: number | null;
}

export interface DocumentFacets {
  partners: { id: number; name: string; documents: number }[];
  types: { type: string; name: string | null; documents: number }[];
  statuses: Record<DocumentStatus, number>;
  directions: Record<DocumentDirection, number>;
  total: number;
}

/** A problem found by the parser, with where it is relative to the document's raw text. */
export interface DocumentProblem {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  level: string;
  /** absolute byte offset in the archived file */
  offset: number;
  line: number;
  column: number;
  /** offset inside `raw.text`; null when the problem lies outside the transaction's bytes */
  rawOffset: number | null;
  /** index into `segments` of the segment the problem is in, when it is in one */
  segmentIndex: number | null;
  segmentTag: string | null;
  /** 1-based element / component positions, as in 'BEG03' */
  element: number | null;
  component: number | null;
  badValue: string | null;
}

export interface ElementView {
  /** 1-based position: BEG03 is 3 */
  position: number;
  /** the raw value as sent, components joined with the component separator; repetitions with the repetition separator */
  value: string;
  /** data element reference ('324', 'C082'); null when the dictionary does not know the position */
  ref: string | null;
  name: string | null;
  /** meaning of a coded value from the standard's code list ('SA' → 'Stand-alone Order') */
  codeName: string | null;
  components: { position: number; value: string; name: string | null; codeName: string | null }[] | null;
}

export interface SegmentView {
  /** 1-based position in the transaction (ST = 1) */
  position: number;
  tag: string;
  /** offset of the segment's first byte inside `raw.text` */
  rawOffset: number;
  rawLength: number;
  elements: ElementView[];
  /** indexes into `problems` of the problems located in this segment */
  problems: number[];
}

export interface SegmentDescription {
  name: string;
  purpose: string | null;
}

export interface LoopView {
  /** 'ST' / 'UNH' for the whole transaction, else the loop id ('N1', 'PO1', 'SG2') */
  id: string;
  name: string;
  /** first and last segment (indexes into `segments`) it spans */
  first: number;
  last: number;
  /** its segments and loops in file order */
  items: ({ kind: 'segment'; index: number } | { kind: 'loop'; loop: LoopView })[];
}

export interface HierarchyView {
  /** HL01 */
  id: string;
  parentId: string;
  /** HL03 and its meaning ('S' Shipment, 'O' Order, 'P' Pack, 'I' Item) */
  level: string;
  levelName: string | null;
  /** index into `segments` of its HL segment; the indexes of all its segments */
  segment: number;
  segments: number[];
  children: HierarchyView[];
}

export interface ReceiptView {
  id: number;
  receivedAt: string;
  source: string;
  name: string;
  path: string | null;
  /** the same bytes had been received before */
  duplicate: boolean;
}

export interface EnvelopeSummary {
  interchange: {
    id: number;
    standard: 'x12' | 'edifact';
    controlNumber: string;
    sender: { qualifier: string; id: string };
    receiver: { qualifier: string; id: string };
    date: string | null;
    time: string | null;
    version: string;
    syntaxId: string | null;
    test: boolean;
    delimiters: Record<string, string | null>;
    quirks: string[];
    /** the same partner used this control number in another file */
    duplicateControlNumber: boolean;
    problems: DocumentProblem[];
  };
  group: {
    id: number;
    functionalId: string | null;
    controlNumber: string | null;
    version: string | null;
    explicit: boolean;
    status: string;
    transactionCount: number;
    problems: DocumentProblem[];
  };
}

export interface DocumentDetail {
  document: DocumentRow;
  file: {
    id: number;
    sha256: string;
    size: number;
    /** every name it was delivered under, first delivery first */
    names: string[];
    state: 'received' | 'parsed' | 'quarantined';
    verdict: string | null;
    receipts: ReceiptView[];
    problems: DocumentProblem[];
  };
  envelope: EnvelopeSummary;
  /** the transaction's own problems (segment and element problems included) */
  problems: DocumentProblem[];
  spec: { name: string; version: string; exact: boolean } | null;
  /** names and purposes of the tags that occur, once per tag */
  segmentNames: Record<string, SegmentDescription>;
  segments: SegmentView[];
  /** true when a very long transaction was cut to its first segments */
  segmentsTruncated: boolean;
  tree: LoopView | null;
  hierarchy: HierarchyView[] | null;
  /** the transaction's bytes decoded as Latin-1 (one character per byte, so offsets are byte offsets) */
  raw: { text: string; byteStart: number; byteEnd: number; truncated: boolean };
  /** set when the archived bytes could not be read or parsed again; the stored summary is still shown */
  rereadError: string | null;
}

export interface FileRowView {
  id: number;
  sha256: string;
  size: number;
  state: 'received' | 'parsed' | 'quarantined';
  standard: string | null;
  verdict: string | null;
  reason: string | null;
  /** original name of the first delivery */
  name: string | null;
  firstReceivedAt: string;
  receipts: number;
  documents: number;
}

export interface FilesPage {
  rows: FileRowView[];
  total: number;
}

export interface OriginalFile {
  name: string;
  contentBase64: string;
}
