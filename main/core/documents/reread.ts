/**
 * The viewer's segments come from the archived original, not from SQLite: the interchange's bytes are read back and
 * parsed again, and the transaction is found by where it starts. An interchange too big to parse on every click
 * (one 50 MiB interchange of 40,000 orders) is parsed as its envelope headers followed by just this transaction's
 * bytes, which gives the same segments, loop tree and HL hierarchy (they depend on the transaction and the
 * delimiters only).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parseEdi, type Transaction } from '../../../parsers/index.js';

/** Interchanges up to this size are parsed whole. */
export const WHOLE_INTERCHANGE_LIMIT = 4 * 1024 * 1024;

export interface ByteSpan {
  start: number;
  /** exclusive */
  end: number;
}

export interface RereadRequest {
  path: string;
  interchange: ByteSpan;
  /** where the interchange's first group starts: the bytes before it are the interchange header (UNA, UNB / ISA) */
  firstGroupStart: number;
  /** the document's group: its start, and where its first transaction starts (the bytes between are GS / UNG) */
  group: ByteSpan;
  groupFirstTransactionStart: number;
  transaction: ByteSpan;
  type: string;
  controlNumber: string;
}

export interface Reread {
  /** the transaction with segments, tree and hierarchy; every offset in it is absolute in the archived file */
  transaction: Transaction;
  /** 'whole': the interchange was parsed; 'envelope-and-transaction': only its headers and this transaction */
  method: 'whole' | 'envelope-and-transaction';
}

export function readRange(path: string, span: ByteSpan): Buffer {
  const length = Math.max(0, span.end - span.start);
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    let read = 0;
    while (read < length) {
      const count = readSync(fd, buffer, read, length - read, span.start + read);
      if (count === 0) break;
      read += count;
    }
    return read === length ? buffer : buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Parses `pieces` of the file laid end to end; offsets inside the last piece are moved back to the file's. */
function parsePieces(path: string, pieces: ByteSpan[], request: RereadRequest): Transaction | null {
  const buffers = pieces.map((piece) => readRange(path, piece));
  const bytes = buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers);
  const lastStart = bytes.length - buffers[buffers.length - 1]!.length;
  const shift = pieces[pieces.length - 1]!.start - lastStart;
  const wantedStart = request.transaction.start - shift;
  let found: Transaction | null = null;
  parseEdi(bytes, {
    keepSegments: true,
    onTransaction: (transaction) => {
      if (found === null && transaction.range.start === wantedStart) found = transaction;
    },
  });
  const transaction = found as Transaction | null;
  if (!transaction || transaction.type !== request.type || transaction.controlNumber !== request.controlNumber) return null;
  shiftTransaction(transaction, shift);
  return transaction;
}

function shiftTransaction(transaction: Transaction, shift: number): void {
  if (shift === 0) return;
  transaction.range = { start: transaction.range.start + shift, end: transaction.range.end + shift };
  // The tree and the hierarchy hold the same Segment objects as `segments`, so shifting these moves them all.
  for (const segment of transaction.segments ?? []) {
    segment.offset += shift;
    segment.end += shift;
  }
  for (const problem of transaction.problems) problem.position.offset += shift;
}

export function rereadTransaction(request: RereadRequest, wholeLimit = WHOLE_INTERCHANGE_LIMIT): Reread | null {
  const interchangeSize = request.interchange.end - request.interchange.start;
  if (interchangeSize > wholeLimit) {
    const pieces: ByteSpan[] = [
      { start: request.interchange.start, end: request.firstGroupStart },
      { start: request.group.start, end: request.groupFirstTransactionStart },
      request.transaction,
    ].filter((piece) => piece.end > piece.start);
    const transaction = parsePieces(request.path, pieces, request);
    if (transaction) return { transaction, method: 'envelope-and-transaction' };
  }
  const transaction = parsePieces(request.path, [request.interchange], request);
  return transaction ? { transaction, method: 'whole' } : null;
}
