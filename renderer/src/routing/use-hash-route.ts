import { useEffect, useSyncExternalStore } from 'react';
import { screenFromHash, type ScreenId } from './screens.js';
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
    // An empty or unknown hash becomes the default section without adding a history entry (a full screen is known).
    if (section === null && screenFromHash(hash) === null) {
      window.history.replaceState(window.history.state, '', hashFor(DEFAULT_SECTION));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
  }, [section, hash]);
  return section ?? DEFAULT_SECTION;
}

export function navigateTo(section: SectionId): void {
  if (sectionFromHash(window.location.hash) !== section) window.location.hash = hashFor(section);
}

/** The full screen named in the address (#/check), or null for the sections. */
export function useScreenRoute(): ScreenId | null {
  return screenFromHash(useSyncExternalStore(subscribe, () => window.location.hash));
}
