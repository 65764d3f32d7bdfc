import type { ReactNode } from 'react';
import type { SectionId } from '../routing/sections.js';
import { SectionIcon } from './SectionIcon.js';

/** What a section will hold and how to get data into it, until it has data. */
export function EmptyState({ icon, heading, children }: { icon: SectionId; heading: string; children: ReactNode }) {
  return (
    <div className="empty-state">
      <div className="empty-state-icon">
        <SectionIcon id={icon} />
      </div>
      <h2 className="empty-state-heading">{heading}</h2>
      <div className="empty-state-body">{children}</div>
    </div>
  );
}
