import { controlName, visiblePieces, type Mark } from './visible-text.js';

/**
 * The bytes of a document as text, one character per byte (Latin-1), control characters drawn as symbols, and each
 * mark (a problem, the selected segment) highlighted. `offset` is the absolute position of text[0] in `marks`' terms.
 */
export function RawText({ text, marks, offset = 0, label }: { text: string; marks: readonly Mark[]; offset?: number; label: string }) {
  const pieces = visiblePieces(text, marks, offset);
  return (
    <pre className="raw-text" aria-label={label} data-testid="raw-text" tabIndex={0}>
      {pieces.map((piece, index) => {
        const className = piece.kinds.map((kind) => `raw-mark-${kind}`).join(' ');
        const anchor = piece.anchors[0];
        if (piece.caret) {
          return <mark key={index} className={`raw-caret ${className}`} id={anchor} data-testid="raw-caret" title="Here" />;
        }
        const content = piece.symbol ? (
          <>
            <span className="raw-control" title={`${controlName(piece.text.charCodeAt(0))} (0x${piece.text.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()})`}>
              {piece.symbol}
            </span>
            {piece.breakAfter ? '\n' : null}
          </>
        ) : (
          piece.text
        );
        if (piece.kinds.length === 0 && !anchor) return <span key={index}>{content}</span>;
        const problem = piece.kinds.find((kind) => kind !== 'segment');
        return (
          <mark key={index} className={className} id={anchor} data-testid={problem ? 'raw-problem' : undefined} data-kind={problem}>
            {content}
          </mark>
        );
      })}
    </pre>
  );
}
