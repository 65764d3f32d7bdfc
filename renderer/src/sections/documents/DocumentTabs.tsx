import './canonical.css';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type DocumentTab = 'source' | 'canonical';

const TABS: { id: DocumentTab; label: string }[] = [
  { id: 'source', label: 'Segments and raw text' },
  { id: 'canonical', label: 'Canonical' },
];

// The tab last chosen, so the next document opens on the same one (a coordinator checking mappings stays on Canonical).
let lastTab: DocumentTab = 'source';

/**
 * Which tab the document view shows. `showTab('source', { focusSegments: true })` also moves focus to the segment
 * table once it is drawn, so a keyboard user who followed an issue to its segment lands on it.
 */
export function useDocumentTab(): { tab: DocumentTab; showTab: (tab: DocumentTab, options?: { focusSegments?: boolean }) => void } {
  const [tab, setTab] = useState<DocumentTab>(lastTab);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest === 0) return;
    document.querySelector<HTMLElement>('[data-testid="segment-table"]')?.focus({ preventScroll: false });
  }, [focusRequest]);
  const showTab = useCallback((next: DocumentTab, options: { focusSegments?: boolean } = {}) => {
    lastTab = next;
    setTab(next);
    if (options.focusSegments) setFocusRequest((count) => count + 1);
  }, []);
  return { tab, showTab };
}

/** The document's body as tabs (the WAI-ARIA tabs pattern, as in Partners): its segments and raw text, or its canonical form. */
export function DocumentTabs({ tab, onTab, source, canonical }: { tab: DocumentTab; onTab: (tab: DocumentTab) => void; source: ReactNode; canonical: ReactNode }) {
  const refs = useRef<Partial<Record<DocumentTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((candidate) => candidate.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target = event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS.at(-1) : step ? TABS[(index + step + TABS.length) % TABS.length] : undefined;
    if (!target) return;
    event.preventDefault();
    onTab(target.id);
    refs.current[target.id]?.focus();
  };
  return (
    <div className="document-main">
      <div className="document-tabs" role="tablist" aria-label="Document views" onKeyDown={onKeyDown}>
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            ref={(element) => {
              refs.current[id] = element;
            }}
            type="button"
            role="tab"
            id={`document-tab-${id}`}
            data-testid={`document-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`document-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="document-tab"
            onClick={() => onTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {tab === 'source' ? (
        <div role="tabpanel" id="document-panel-source" aria-labelledby="document-tab-source" className="document-tab-panel">
          {source}
        </div>
      ) : (
        <section role="tabpanel" id="document-panel-canonical" aria-labelledby="document-tab-canonical" className="panel document-tab-panel canonical-panel" tabIndex={0} data-testid="canonical-panel">
          {canonical}
        </section>
      )}
    </div>
  );
}
