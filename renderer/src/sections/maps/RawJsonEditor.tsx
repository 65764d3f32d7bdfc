import { useRef, type UIEvent } from 'react';
import type { JsonTextError } from './json-text.js';

/** px; the same as .raw-json-text's line-height */
const LINE_HEIGHT = 18;

/** The whole map as JSON text, with line numbers; a parse error is named by line and column and marked in the gutter. */
export function RawJsonEditor({ text, error, onChange }: { text: string; error: JsonTextError | null; onChange: (text: string) => void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lines = text.split('\n').length;
  const goToError = () => {
    if (!error || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(error.offset, Math.min(text.length, error.offset + 1));
    // Chromium does not always scroll a textarea to a selection set from script: put the line a few rows down.
    area.current.scrollTop = Math.max(0, (error.line - 4) * LINE_HEIGHT);
    if (gutter.current) gutter.current.scrollTop = area.current.scrollTop;
  };
  return (
    <div className="raw-json">
      {error && (
        <div className="raw-json-error" role="alert" data-testid="raw-json-error">
          <span>
            Line {error.line}, column {error.column}: {error.message}
          </span>
          <button type="button" className="button button-small" onClick={goToError} data-testid="raw-json-goto">
            Go to error
          </button>
        </div>
      )}
      <div className="raw-json-body">
        <div ref={gutter} className="raw-json-gutter" aria-hidden="true">
          {Array.from({ length: lines }, (_, index) => (
            <div key={index} className={error?.line === index + 1 ? 'raw-json-line raw-json-line-error' : 'raw-json-line'}>
              {index + 1}
            </div>
          ))}
        </div>
        <textarea
          ref={area}
          className="raw-json-text"
          value={text}
          spellCheck={false}
          wrap="off"
          aria-label="Map JSON"
          aria-invalid={error !== null}
          data-testid="raw-json"
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event: UIEvent<HTMLTextAreaElement>) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
    </div>
  );
}
