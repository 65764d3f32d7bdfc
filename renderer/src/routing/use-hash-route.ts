import { useEffect, useSyncExternalStore } from 'react';
import { DEFAULT_SECTION, hashFor, sectionFromHash, type SectionId } from './sections.js';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The section named in the address (#/documents …), so a reload or a bookmark keeps it. */
export function useHashRoute(): SectionId {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const section = sectionFromHash(hash);
  useEffect(() => {
    // An empty or unknown hash becomes the default section without adding a history entry.
    if (section === null) {
      window.history.replaceState(window.history.state, '', hashFor(DEFAULT_SECTION));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
  }, [section]);
  return section ?? DEFAULT_SECTION;
}

export function navigateTo(section: SectionId): void {
  if (sectionFromHash(window.location.hash) !== section) window.location.hash = hashFor(section);
}
