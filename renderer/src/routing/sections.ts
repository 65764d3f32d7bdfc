/** The shell's sections, in navigation order; the digit is the Alt/Ctrl shortcut. */
export const SECTIONS = [
  { id: 'documents', title: 'Documents', digit: 1, summary: 'Every EDI file received and sent, per transaction.' },
  { id: 'partners', title: 'Partners', digit: 2, summary: 'Trading partners, their identifiers and maps.' },
  { id: 'maps', title: 'Maps', digit: 3, summary: 'How each partner’s documents become canonical orders, shipments and invoices.' },
  { id: 'reconciliation', title: 'Reconciliation', digit: 4, summary: 'Orders where EDI, ERP and WMS disagree.' },
  { id: 'sync', title: 'Sync', digit: 5, summary: 'Connections to the ERP and the warehouse system.' },
  { id: 'settings', title: 'Settings', digit: 6, summary: 'Your company’s identifiers and how Crossdock behaves.' },
] as const;

export type Section = (typeof SECTIONS)[number];
export type SectionId = Section['id'];

export const DEFAULT_SECTION: SectionId = 'documents';

export function hashFor(id: SectionId): string {
  return `#/${id}`;
}

/** `#/partners` and deeper links such as `#/partners/ACME` both belong to Partners. */
export function sectionFromHash(hash: string): SectionId | null {
  const first = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return SECTIONS.find((section) => section.id === first)?.id ?? null;
}

export function sectionById(id: SectionId): Section {
  return SECTIONS.find((section) => section.id === id) ?? SECTIONS[0];
}

export interface ShortcutKey {
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Alt+1..6 or Ctrl+1..6 (by physical key, so Alt on a Mac layout, which types other characters, works too). */
export function sectionForShortcut(event: ShortcutKey): SectionId | null {
  if (event.metaKey || event.shiftKey || event.altKey === event.ctrlKey) return null;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (!match) return null;
  return SECTIONS.find((section) => section.digit === Number(match[1]))?.id ?? null;
}

export function shortcutLabel(section: Section): string {
  return `Alt+${section.digit} or Ctrl+${section.digit}`;
}
