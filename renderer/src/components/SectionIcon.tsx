import type { SectionId } from '../routing/sections.js';

const paths: Record<SectionId, string> = {
  documents: 'M4 1.75h5.25L12.5 5v9.25H4zM9.25 1.75V5h3.25M6 8h4.5M6 10.5h4.5',
  partners: 'M6 7.25a2.25 2.25 0 1 0 0-4.5 2.25 2.25 0 0 0 0 4.5zM1.75 13.5c0-2.3 1.9-4 4.25-4s4.25 1.7 4.25 4M11 7.25a2 2 0 1 0-.9-3.8M11.5 9.6c1.6.3 2.75 1.7 2.75 3.9',
  maps: 'M2.5 3.5h3.5v3h-3.5zM10 9.5h3.5v3H10zM6 5h2.5a1.5 1.5 0 0 1 1.5 1.5v3M2.5 10h4M2.5 12.5h4',
  reconciliation: 'M2 5h9.5M9 2.5 11.5 5 9 7.5M14 11H4.5M7 8.5 4.5 11 7 13.5',
  sync: 'M13 6.5A5.25 5.25 0 0 0 3.4 5M3 9.5a5.25 5.25 0 0 0 9.6 1.5M3.25 2.5V5.25H6M12.75 13.5v-2.75H10',
  settings: 'M2 4h7M12 4h2M2 8h2M7 8h7M2 12h8M13 12h1M10.5 2.5v3M5.5 6.5v3M11.5 10.5v3',
};

export function SectionIcon({ id }: { id: SectionId }) {
  return (
    <svg className="section-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[id]} />
    </svg>
  );
}
