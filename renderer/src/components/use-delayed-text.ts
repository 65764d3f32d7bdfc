import { useEffect, useRef, useState } from 'react';

/**
 * A text box's own text while typing, handed to `onChange` (trimmed) after a pause, so each key is not a query.
 * When `value` changes from outside (Back, a link, a saved view, Clear), the box shows it. With `accept`, text it
 * refuses is kept in the box but not handed over.
 */
export function useDelayedText(value: string, onChange: (text: string) => void, delayMs: number, accept?: (text: string) => boolean): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  const [sent, setSent] = useState(value);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (value !== sent) {
      setText(value);
      setSent(value);
    }
  }
  useEffect(() => {
    const next = text.trim();
    if (next === sent || (accept && next !== '' && !accept(next))) return;
    const timer = setTimeout(() => {
      setSent(next);
      latest.current(next);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, sent, accept, delayMs]);
  return [text, setText];
}
