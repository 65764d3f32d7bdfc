import { useEffect } from 'react';
import { sectionForShortcut } from './sections.js';
import { navigateTo } from './use-hash-route.js';

/** Alt+1..6 and Ctrl+1..6 (one per section, in order) switch sections from anywhere, including while typing in a field. */
export function useSectionShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const section = sectionForShortcut(event);
      if (!section) return;
      event.preventDefault();
      navigateTo(section);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
