/**
 * The bytes an evidence link names (absolute offsets in the document's file) as a mark in the document's raw text,
 * which starts at `raw.byteStart` of the file. Clipped to the text; null when the range lies outside it.
 */
import type { Mark } from '../../components/documents/visible-text.js';

export const EVIDENCE_ANCHOR = 'raw-evidence';

export function evidenceMark(bytes: { start: number; end: number }, raw: { text: string; byteStart: number }): (Mark & { anchor: string }) | null {
  const start = bytes.start - raw.byteStart;
  const end = Math.max(bytes.end, bytes.start + 1) - raw.byteStart;
  if (end <= 0 || start >= raw.text.length) return null;
  // the reader's selection draws as a segment mark: the same look says "this part", the anchor tells them apart
  return { start: Math.max(0, start), end: Math.min(raw.text.length, end), kind: 'segment', anchor: EVIDENCE_ANCHOR };
}
