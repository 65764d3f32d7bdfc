import { useLayoutEffect, useMemo, useRef, useState } from 'react';

/** Fixed line height (maps.css .json-lines), so a scroll offset names a line without measuring any. */
export const JSON_LINE_PX = 18;
/** lines drawn above and below the visible ones, so a quick scroll does not show blank lines */
const OVERSCAN = 40;
/** lines drawn before the pane has been measured (and in markup rendered outside a browser) */
const FIRST_WINDOW_LINES = 120;

export interface JsonLinesProps {
  text: string;
  testId: string;
  label: string;
}

/**
 * A long text (the canonical output: ~10,000 lines of JSON for a 1,000-segment order) in a scrolling pane that draws
 * only the lines in view: a new preview then lays out ~100 lines instead of the whole document, which kept the
 * live preview over its 200 ms budget. The scroll position survives new text; the browser's find sees only the lines
 * drawn.
 */
export function JsonLines({ text, testId, label }: JsonLinesProps) {
  const lines = useMemo(() => text.split('\n'), [text]);
  const pane = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: FIRST_WINDOW_LINES * JSON_LINE_PX });

  useLayoutEffect(() => {
    const element = pane.current;
    if (!element) return;
    const measure = () => setView((current) => (current.top === element.scrollTop && current.height === element.clientHeight ? current : { top: element.scrollTop, height: element.clientHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(view.top / JSON_LINE_PX) - OVERSCAN);
  const last = Math.min(lines.length, Math.ceil((view.top + view.height) / JSON_LINE_PX) + OVERSCAN);
  return (
    <div
      ref={pane}
      className="output-json"
      tabIndex={0}
      role="region"
      aria-label={label}
      data-testid={testId}
      data-lines={lines.length}
      onScroll={(event) => {
        const { scrollTop, clientHeight } = event.currentTarget;
        setView((current) => (current.top === scrollTop && current.height === clientHeight ? current : { top: scrollTop, height: clientHeight }));
      }}
    >
      <div className="json-lines" style={{ height: lines.length * JSON_LINE_PX }}>
        <div className="json-lines-window" style={{ top: first * JSON_LINE_PX }}>
          {lines.slice(first, last).join('\n')}
        </div>
      </div>
    </div>
  );
}
