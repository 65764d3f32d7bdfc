import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type UIEvent } from 'react';
import { computeWindow, nextActiveIndex, scrollTopToReveal } from './windowing.js';

export interface WindowedListProps {
  rowCount: number;
  rowHeight: number;
  /** draws row `index`; the list positions it */
  renderRow: (index: number, active: boolean) => ReactNode;
  /** told which rows are drawn, so their data can be fetched */
  onRangeChange?: (first: number, last: number) => void;
  activeIndex: number;
  onActiveChange: (index: number) => void;
  /** Enter (or double click) on a row */
  onOpen?: (index: number) => void;
  /** id prefix for rows (aria-activedescendant) */
  idPrefix: string;
  label: string;
  overscan?: number;
  /** a header row kept at the top while the rows scroll under it (sticky), and its height */
  header?: ReactNode;
  headerHeight?: number;
  testId?: string;
  /** shown in place of rows when there are none */
  empty?: ReactNode;
}

/**
 * A grid body that draws only the rows on screen: fixed row height, keyboard navigation (arrows, Page Up/Down,
 * Home, End, Enter) with the active row kept in view, smooth at a million rows.
 */
export function WindowedList(props: WindowedListProps) {
  const { rowCount, rowHeight, activeIndex, onActiveChange, onRangeChange, onOpen } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    setHeight(element.clientHeight);
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const headerHeight = props.header ? (props.headerHeight ?? rowHeight) : 0;
  // The sticky header covers the top of the viewport: rows are visible below it.
  const rowsHeight = Math.max(0, height - headerHeight);
  const window = computeWindow({ scrollTop, viewportHeight: rowsHeight, rowCount, rowHeight, overscan: props.overscan ?? 8 });

  useEffect(() => {
    if (window.last >= window.first) onRangeChange?.(window.first, window.last);
  }, [window.first, window.last, onRangeChange]);

  const reveal = useCallback(
    (index: number) => {
      const element = viewport.current;
      if (!element) return;
      const target = scrollTopToReveal({ scrollTop: element.scrollTop, viewportHeight: Math.max(0, element.clientHeight - headerHeight), rowCount, rowHeight }, index);
      if (target !== undefined) {
        element.scrollTop = target;
        setScrollTop(element.scrollTop);
      }
    },
    [rowCount, rowHeight, headerHeight],
  );

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < rowCount) reveal(activeIndex);
  }, [activeIndex, rowCount, reveal]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && activeIndex >= 0 && activeIndex < rowCount) {
      event.preventDefault();
      onOpen?.(activeIndex);
      return;
    }
    const next = nextActiveIndex(event.key, activeIndex, rowCount, Math.floor(rowsHeight / rowHeight));
    if (next === null) return;
    event.preventDefault();
    onActiveChange(next);
  };

  const rows: ReactNode[] = [];
  for (let index = window.first; index <= window.last; index++) {
    rows.push(
      <div
        key={index}
        id={`${props.idPrefix}-${index}`}
        className="windowed-row"
        role="row"
        aria-rowindex={index + 1 + (props.header ? 1 : 0)}
        aria-selected={index === activeIndex}
        data-index={index}
        style={{ transform: `translateY(${window.top(index)}px)`, height: rowHeight }}
        onMouseDown={() => onActiveChange(index)}
        onDoubleClick={() => onOpen?.(index)}
      >
        {props.renderRow(index, index === activeIndex)}
      </div>,
    );
  }

  return (
    <div
      ref={viewport}
      className="windowed-viewport"
      role="grid"
      tabIndex={0}
      aria-label={props.label}
      aria-rowcount={rowCount + (props.header ? 1 : 0)}
      aria-activedescendant={activeIndex >= 0 && activeIndex >= window.first && activeIndex <= window.last ? `${props.idPrefix}-${activeIndex}` : undefined}
      data-testid={props.testId}
      onKeyDown={onKeyDown}
      onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
    >
      {props.header && (
        <div className="windowed-header" role="rowgroup" style={{ height: headerHeight }}>
          {props.header}
        </div>
      )}
      <div className="windowed-content" role="rowgroup" style={{ height: window.contentHeight }}>
        {rows}
      </div>
      {rowCount === 0 && props.empty}
    </div>
  );
}
