/**
 * Full-screen routes outside the sections: no navigation, one job (the warehouse's shipment check at #/check).
 * Alt/Ctrl+digit and each screen's own exit link lead back to the sections.
 */
export const SCREENS = [{ id: 'check', title: 'Shipment check' }] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

export function screenFromHash(hash: string): ScreenId | null {
  const first = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return SCREENS.find((screen) => screen.id === first)?.id ?? null;
}
