/**
 * The review queue's keyboard, as pure functions: which command a key press means for the list's state, and which
 * mismatches a command acts on. The grid itself keeps arrows, Page Up/Down, Home, End and Enter (WindowedList).
 */

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** `selection`: act on the ticked rows (or the active one when none is ticked); `row`: the active row only. */
export type Scope = 'row' | 'selection';

export type QueueCommand =
  | { kind: 'move'; index: number }
  | { kind: 'open'; index: number }
  | { kind: 'toggle'; index: number }
  | { kind: 'clear-selection' }
  | { kind: 'assign' | 'resolve' | 'note'; scope: Scope };

export interface ListPosition {
  active: number;
  rowCount: number;
  selected: number;
}

/** The shortcuts as the help line lists them. */
export const SHORTCUT_HELP: readonly [keys: string, does: string][] = [
  ['j / k', 'next / previous'],
  ['Enter', 'open'],
  ['x', 'select'],
  ['a', 'assign'],
  ['r', 'resolve'],
  ['n', 'note'],
  ['Shift+A / Shift+R / Shift+N', 'on the selection'],
  ['Esc', 'clear selection'],
];

export function queueCommand(input: KeyInput, position: ListPosition): QueueCommand | null {
  // Ctrl/Alt/Meta combinations belong to the shell (section switching) and the browser.
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  const { active, rowCount } = position;
  const hasRow = active >= 0 && active < rowCount;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (input.shiftKey && key.length === 1) {
    const bulk = ({ a: 'assign', r: 'resolve', n: 'note' } as const)[key as 'a' | 'r' | 'n'];
    return bulk && (position.selected > 0 || hasRow) ? { kind: bulk, scope: 'selection' } : null;
  }
  switch (key) {
    case 'j':
      return rowCount === 0 ? null : { kind: 'move', index: active < 0 ? 0 : Math.min(rowCount - 1, active + 1) };
    case 'k':
      return rowCount === 0 ? null : { kind: 'move', index: active < 0 ? 0 : Math.max(0, active - 1) };
    case 'o':
      return hasRow ? { kind: 'open', index: active } : null;
    case 'x':
      return hasRow ? { kind: 'toggle', index: active } : null;
    case 'a':
      return hasRow ? { kind: 'assign', scope: 'row' } : null;
    case 'r':
      return hasRow ? { kind: 'resolve', scope: 'row' } : null;
    case 'n':
      return hasRow ? { kind: 'note', scope: 'row' } : null;
    case 'Escape':
      return position.selected > 0 ? { kind: 'clear-selection' } : null;
    default:
      return null;
  }
}

/** The ids a command acts on: the selection (in the order ticked) when it has any and the scope allows, else the active row. */
export function targetIds(scope: Scope, activeId: string | null, selection: readonly string[]): string[] {
  if (scope === 'selection' && selection.length > 0) return [...selection];
  return activeId ? [activeId] : [];
}

/** Ticking a ticked row unticks it. */
export function toggled(selection: readonly string[], id: string): string[] {
  return selection.includes(id) ? selection.filter((candidate) => candidate !== id) : [...selection, id];
}
