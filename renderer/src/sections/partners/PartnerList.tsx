import { useRef, type KeyboardEvent } from 'react';
import type { PartnerSummary } from '../../../../main/core/partners/types.js';

const identifierText = (partner: PartnerSummary) => partner.identifiers.map((identifier) => ('qualifier' in identifier && identifier.qualifier ? `${identifier.qualifier}/${identifier.id}` : identifier.id)).join(' · ');

/** The partners as a listbox: arrows, Home and End move the selection; the selected option is the tab stop. */
export function PartnerList({ partners, selectedId, onSelect }: { partners: PartnerSummary[]; selectedId: number | null; onSelect: (id: number) => void }) {
  const options = useRef(new Map<number, HTMLLIElement | null>());
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = partners.findIndex((partner) => partner.id === selectedId);
    const target =
      event.key === 'ArrowDown' ? partners[Math.min(index + 1, partners.length - 1)] : event.key === 'ArrowUp' ? partners[Math.max(index - 1, 0)] : event.key === 'Home' ? partners[0] : event.key === 'End' ? partners.at(-1) : undefined;
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    options.current.get(target.id)?.focus();
  };
  return (
    <ul className="profile-list" role="listbox" aria-label="Partners" onKeyDown={onKeyDown} data-testid="profile-list">
      {partners.map((partner) => (
        <li
          key={partner.id}
          ref={(element) => {
            options.current.set(partner.id, element);
          }}
          role="option"
          aria-selected={partner.id === selectedId}
          tabIndex={partner.id === selectedId || (selectedId === null && partner === partners[0]) ? 0 : -1}
          className="profile-list-item"
          data-testid="profile-list-item"
          onClick={() => onSelect(partner.id)}
        >
          <span className="profile-list-name">{partner.name}</span>
          <span className="profile-list-meta">
            {partner.documents.total.toLocaleString()} {partner.documents.total === 1 ? 'document' : 'documents'} · {partner.channel}
          </span>
          <span className="profile-list-meta">{identifierText(partner) || 'no identifiers'}</span>
        </li>
      ))}
    </ul>
  );
}
