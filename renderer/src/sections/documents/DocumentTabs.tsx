import './canonical.css';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { TabList } from '../../components/TabList.js';

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
  return (
    <div className="document-main">
      <TabList tabs={TABS} selected={tab} onSelect={onTab} prefix="document" label="Document views" listClassName="document-tabs" tabClassName="document-tab" />
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
