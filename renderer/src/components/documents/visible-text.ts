/**
 * Raw EDI text for the eye: control characters become visible symbols (a CR terminator, a stray NUL or a tab is
 * exactly what a coordinator needs to see), and marked ranges (problems, the selected segment) are cut into pieces
 * that each carry the marks covering them.
 */

export interface Mark {
  start: number;
  /** exclusive; equal to start for a mark between characters (a missing trailer at the very end) */
  end: number;
  kind: 'error' | 'warning' | 'info' | 'segment';
  /** set on the piece where the mark starts, so the view can scroll to it */
  anchor?: string;
}

export interface Piece {
  text: string;
  /** the visible symbol for a control character; the piece's text is then the original character */
  symbol?: string;
  /** a line break follows the symbol (LF, or CR not followed by LF) */
  breakAfter?: boolean;
  kinds: Mark['kind'][];
  anchors: string[];
  /** an empty piece standing for a zero-width mark */
  caret?: boolean;
}

const NAMES: Record<number, string> = { 0: 'NUL', 9: 'TAB', 10: 'LF', 13: 'CR', 27: 'ESC', 127: 'DEL' };

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code < 0xa0);

export function controlName(code: number): string {
  return NAMES[code] ?? `0x${code.toString(16).padStart(2, '0').toUpperCase()}`;
}

/**
 * A short visible name for a control character (CR, LF, TAB, NUL, x1C), null for printable ones. Names rather than
 * the Unicode control pictures: many monospace fonts lack those glyphs and draw empty boxes.
 */
export function controlSymbol(code: number): string | null {
  if (!isControl(code)) return null;
  return NAMES[code] ?? `x${code.toString(16).padStart(2, '0').toUpperCase()}`;
}


export function visiblePieces(text: string, marks: readonly Mark[], offset = 0): Piece[] {
  const end = offset + text.length;
  const boundaries = new Set<number>([offset, end]);
  for (const mark of marks) {
    if (mark.end < offset || mark.start > end) continue;
    boundaries.add(Math.max(offset, Math.min(end, mark.start)));
    boundaries.add(Math.max(offset, Math.min(end, mark.end)));
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  const covering = (from: number, to: number) => marks.filter((mark) => mark.start < to && mark.end > from);
  for (let index = 0; index < points.length; index++) {
    const from = points[index]!;
    // Zero-width marks that sit exactly here become a caret piece.
    for (const mark of marks) {
      if (mark.start === mark.end && mark.start === from) pieces.push({ text: '', caret: true, kinds: [mark.kind], anchors: mark.anchor ? [mark.anchor] : [] });
    }
    const to = points[index + 1];
    if (to === undefined || to === from) continue;
    const over = covering(from, to);
    const kinds = [...new Set(over.map((mark) => mark.kind))];
    const anchors = over.filter((mark) => mark.anchor && mark.start === from).map((mark) => mark.anchor!);
    let plainStart = from;
    const flush = (upTo: number) => {
      if (upTo > plainStart) pieces.push({ text: text.slice(plainStart - offset, upTo - offset), kinds, anchors: plainStart === from ? anchors : [] });
    };
    for (let position = from; position < to; position++) {
      const code = text.charCodeAt(position - offset);
      if (!isControl(code)) continue;
      flush(position);
      const next = text.charCodeAt(position + 1 - offset);
      pieces.push({
        text: text[position - offset]!,
        symbol: controlSymbol(code) ?? '?',
        breakAfter: code === 10 || (code === 13 && next !== 10),
        kinds,
        anchors: position === from ? anchors : [],
      });
      plainStart = position + 1;
    }
    flush(to);
  }
  return pieces;
}
