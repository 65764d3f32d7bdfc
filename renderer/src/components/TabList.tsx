import './tab-list.css';
import { useRef, type KeyboardEvent } from 'react';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
}

/**
 * A WAI-ARIA tab list: one tab in the Tab order (the selected one), arrow keys, Home and End move between tabs and
 * select them. Each tab controls the panel `<prefix>-panel-<id>`; the panel is the caller's.
 */
export function TabList<Id extends string>({ tabs, selected, onSelect, prefix, label, listClassName = '', tabClassName = '' }: { tabs: readonly TabSpec<Id>[]; selected: Id; onSelect: (id: Id) => void; prefix: string; label: string; listClassName?: string; tabClassName?: string }) {
  const refs = useRef<Partial<Record<Id, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((candidate) => candidate.id === selected);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target = event.key === 'Home' ? tabs[0] : event.key === 'End' ? tabs.at(-1) : step ? tabs[(index + step + tabs.length) % tabs.length] : undefined;
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    refs.current[target.id]?.focus();
  };
  return (
    <div className={`tab-list ${listClassName}`.trim()} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map(({ id, label: tabLabel }) => (
        <button
          key={id}
          ref={(element) => {
            refs.current[id] = element;
          }}
          type="button"
          role="tab"
          id={`${prefix}-tab-${id}`}
          data-testid={`${prefix}-tab-${id}`}
          aria-selected={selected === id}
          aria-controls={`${prefix}-panel-${id}`}
          tabIndex={selected === id ? 0 : -1}
          className={`tab-list-tab ${tabClassName}`.trim()}
          onClick={() => onSelect(id)}
        >
          {tabLabel}
        </button>
      ))}
    </div>
  );
}
