import { describe, expect, it } from 'vitest';
import { controlSymbol, visiblePieces } from './visible-text.js';

const render = (pieces: ReturnType<typeof visiblePieces>) =>
  pieces.map((piece) => (piece.caret ? '|' : piece.symbol ? `[${piece.symbol}]${piece.breakAfter ? '\n' : ''}` : piece.kinds.length ? `<${piece.kinds.join('+')}>${piece.text}</>` : piece.text)).join('');

describe('visiblePieces', () => {
  it('shows control characters by name and breaks lines after LF or a lone CR', () => {
    expect(render(visiblePieces('ST*850~\r\nBEG~\rX\tY\u0000', []))).toBe('ST*850~[CR][LF]\nBEG~[CR]\nX[TAB]Y[NUL]');
    expect(controlSymbol(0x41)).toBeNull();
    expect(controlSymbol(0x1c)).toBe('x1C');
  });

  it('cuts the text at marks, nests a problem inside the selected segment, and anchors where a mark starts', () => {
    const text = 'SE*9*0001~';
    const pieces = visiblePieces(text, [
      { start: 0, end: 10, kind: 'segment', anchor: 'seg' },
      { start: 3, end: 4, kind: 'error', anchor: 'p0' },
    ]);
    expect(render(pieces)).toBe('<segment>SE*</><segment+error>9</><segment>*0001~</>');
    expect(pieces.find((piece) => piece.text === '9')?.anchors).toEqual(['p0']);
    expect(pieces[0]?.anchors).toEqual(['seg']);
  });

  it('uses absolute offsets when the text is a window into a longer one, and draws a zero-width mark as a caret', () => {
    const pieces = visiblePieces('ABCD', [{ start: 102, end: 103, kind: 'warning' }, { start: 104, end: 104, kind: 'error', anchor: 'end' }], 100);
    expect(render(pieces)).toBe('AB<warning>C</>D|');
    expect(pieces.at(-1)?.anchors).toEqual(['end']);
  });
});
