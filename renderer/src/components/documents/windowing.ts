/**
 * The arithmetic of a windowed list with fixed-height rows: which rows are on screen for a scroll position, where
 * each is drawn, and where to scroll to keep a row in view. Browsers cap an element's height (Chrome near 33.5
 * million pixels, about a million 32-pixel rows), so past `maxHeight` the scroll range is compressed: the scrollbar
 * maps proportionally onto the rows and rows are placed relative to the viewport.
 */

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowCount: number;
  rowHeight: number;
  /** extra rows drawn above and below, so fast scrolling shows rows rather than gaps */
  overscan: number;
  /** tallest scroll area to create (default 8,000,000 px: well under every browser's limit) */
  maxHeight?: number;
}

export interface ListWindow {
  /** first and last row to draw (inclusive); last < first when there are no rows */
  first: number;
  last: number;
  /** height of the scrollable content */
  contentHeight: number;
  /** y of each drawn row inside the content */
  top(index: number): number;
}

export const DEFAULT_MAX_HEIGHT = 8_000_000;

function geometry(input: Pick<WindowInput, 'viewportHeight' | 'rowCount' | 'rowHeight' | 'maxHeight'>) {
  const natural = input.rowCount * input.rowHeight;
  const contentHeight = Math.min(natural, input.maxHeight ?? DEFAULT_MAX_HEIGHT);
  const compressed = natural > contentHeight;
  // With compression, scrollTop 0..(contentHeight - viewport) maps onto rows 0..(rowCount - rows per viewport).
  const scrollRange = Math.max(1, contentHeight - input.viewportHeight);
  const rowRange = Math.max(0, natural - input.viewportHeight);
  return { natural, contentHeight, compressed, scrollRange, rowRange };
}

/** Pixel offset of the first visible row's top (in unscaled rows space) for a scroll position. */
function rowSpaceOffset(input: WindowInput): number {
  const { compressed, scrollRange, rowRange } = geometry(input);
  const scrollTop = Math.max(0, input.scrollTop);
  if (!compressed) return scrollTop;
  return (Math.min(scrollTop, scrollRange) / scrollRange) * rowRange;
}

export function computeWindow(input: WindowInput): ListWindow {
  const { contentHeight, compressed } = geometry(input);
  if (input.rowCount === 0 || input.rowHeight <= 0) return { first: 0, last: -1, contentHeight: 0, top: () => 0 };
  const offset = rowSpaceOffset(input);
  const firstVisible = Math.min(input.rowCount - 1, Math.floor(offset / input.rowHeight));
  const visibleRows = Math.ceil(input.viewportHeight / input.rowHeight) + 1;
  const first = Math.max(0, firstVisible - input.overscan);
  const last = Math.min(input.rowCount - 1, firstVisible + visibleRows + input.overscan);
  const scrollTop = Math.max(0, input.scrollTop);
  return {
    first,
    last,
    contentHeight,
    // Uncompressed rows sit at their natural place; compressed ones are placed relative to the scroll position.
    top: compressed ? (index) => scrollTop + (index * input.rowHeight - offset) : (index) => index * input.rowHeight,
  };
}

/** The scrollTop that shows row `index` with as little movement as possible (undefined: already fully visible). */
export function scrollTopToReveal(input: Omit<WindowInput, 'overscan'>, index: number): number | undefined {
  const { compressed, scrollRange, rowRange } = geometry(input);
  const offset = rowSpaceOffset({ ...input, overscan: 0 });
  const rowTop = index * input.rowHeight;
  const rowBottom = rowTop + input.rowHeight;
  let target: number;
  if (rowTop < offset) target = rowTop;
  else if (rowBottom > offset + input.viewportHeight) target = rowBottom - input.viewportHeight;
  else return undefined;
  if (!compressed) return Math.max(0, target);
  return rowRange === 0 ? 0 : Math.round((Math.max(0, target) / rowRange) * scrollRange);
}

export type NavigationKey = 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/** The active row after a navigation key; -1 (none yet) moves to the first row. */
export function nextActiveIndex(key: string, active: number, rowCount: number, rowsPerPage: number): number | null {
  if (rowCount === 0) return null;
  const page = Math.max(1, rowsPerPage - 1);
  const clamp = (value: number) => Math.max(0, Math.min(rowCount - 1, value));
  switch (key) {
    case 'ArrowDown':
      return active < 0 ? 0 : clamp(active + 1);
    case 'ArrowUp':
      return active < 0 ? 0 : clamp(active - 1);
    case 'PageDown':
      return clamp((active < 0 ? 0 : active) + page);
    case 'PageUp':
      return clamp((active < 0 ? 0 : active) - page);
    case 'Home':
      return 0;
    case 'End':
      return rowCount - 1;
    default:
      return null;
  }
}
