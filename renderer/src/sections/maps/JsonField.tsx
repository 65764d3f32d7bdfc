import { useId, useState } from 'react';
import { parseJsonText } from './json-text.js';

/**
 * A small JSON value typed in place (a rule's `when` or `transform`): kept as text while it does not parse, the
 * error shown under it; each text that parses is handed on. Empty text means "none".
 */
export function JsonField({ label, value, onValid, placeholder, testId, rows = 2 }: { label: string; value: unknown; onValid: (value: unknown) => void; placeholder?: string; testId: string; rows?: number }) {
  const id = useId();
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value)));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="rule-field rule-field-wide">
      <label className="rule-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input rule-json"
        rows={rows}
        value={text}
        placeholder={placeholder}
        spellCheck={false}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid={testId}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next.trim() === '') {
            setError(null);
            onValid(undefined);
            return;
          }
          const parsed = parseJsonText(next);
          if (parsed.ok) {
            setError(null);
            onValid(parsed.value);
          } else setError(`Column ${parsed.error.column}${parsed.error.line > 1 ? ` of line ${parsed.error.line}` : ''}: ${parsed.error.message}`);
        }}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
