import { describe, expect, it } from 'vitest';
import { queueCommand, targetIds, toggled, type KeyInput } from './queue-keys.js';

const key = (name: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({ key: name, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });
const at = (active: number, rowCount = 5, selected = 0) => ({ active, rowCount, selected });

describe('queue keyboard', () => {
  it('moves with j and k, clamped to the list, starting at the first row', () => {
    expect(queueCommand(key('j'), at(-1))).toEqual({ kind: 'move', index: 0 });
    expect(queueCommand(key('j'), at(2))).toEqual({ kind: 'move', index: 3 });
    expect(queueCommand(key('j'), at(4))).toEqual({ kind: 'move', index: 4 });
    expect(queueCommand(key('k'), at(2))).toEqual({ kind: 'move', index: 1 });
    expect(queueCommand(key('k'), at(0))).toEqual({ kind: 'move', index: 0 });
    expect(queueCommand(key('k'), at(-1))).toEqual({ kind: 'move', index: 0 });
    expect(queueCommand(key('j'), at(-1, 0))).toBeNull();
  });

  it('acts on the active row with a, r, n, x and o, and only when there is one', () => {
    expect(queueCommand(key('a'), at(1))).toEqual({ kind: 'assign', scope: 'row' });
    expect(queueCommand(key('r'), at(1))).toEqual({ kind: 'resolve', scope: 'row' });
    expect(queueCommand(key('n'), at(1))).toEqual({ kind: 'note', scope: 'row' });
    expect(queueCommand(key('x'), at(3))).toEqual({ kind: 'toggle', index: 3 });
    expect(queueCommand(key('o'), at(3))).toEqual({ kind: 'open', index: 3 });
    for (const name of ['a', 'r', 'n', 'x', 'o']) expect(queueCommand(key(name), at(-1))).toBeNull();
    // the active index can point past a list that just shrank
    expect(queueCommand(key('r'), at(5, 5))).toBeNull();
  });

  it('turns Shift+A, Shift+R and Shift+N into bulk actions on the selection', () => {
    expect(queueCommand(key('A', { shiftKey: true }), at(-1, 5, 2))).toEqual({ kind: 'assign', scope: 'selection' });
    expect(queueCommand(key('R', { shiftKey: true }), at(0, 5, 0))).toEqual({ kind: 'resolve', scope: 'selection' });
    expect(queueCommand(key('N', { shiftKey: true }), at(-1, 5, 1))).toEqual({ kind: 'note', scope: 'selection' });
    expect(queueCommand(key('R', { shiftKey: true }), at(-1, 5, 0))).toBeNull();
    expect(queueCommand(key('J', { shiftKey: true }), at(1))).toBeNull();
  });

  it('leaves Ctrl, Alt and Meta combinations and unknown keys alone; Esc clears a selection', () => {
    expect(queueCommand(key('a', { ctrlKey: true }), at(1))).toBeNull();
    expect(queueCommand(key('r', { metaKey: true }), at(1))).toBeNull();
    expect(queueCommand(key('j', { altKey: true }), at(1))).toBeNull();
    expect(queueCommand(key('q'), at(1))).toBeNull();
    expect(queueCommand(key('Escape'), at(1, 5, 2))).toEqual({ kind: 'clear-selection' });
    expect(queueCommand(key('Escape'), at(1, 5, 0))).toBeNull();
  });

  it('targets the selection in the order ticked, else the active row', () => {
    expect(targetIds('selection', 'mm-3', ['mm-2', 'mm-1'])).toEqual(['mm-2', 'mm-1']);
    expect(targetIds('selection', 'mm-3', [])).toEqual(['mm-3']);
    expect(targetIds('row', 'mm-3', ['mm-2'])).toEqual(['mm-3']);
    expect(targetIds('row', null, ['mm-2'])).toEqual([]);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggled(['b'], 'a')).toEqual(['b', 'a']);
  });
});
