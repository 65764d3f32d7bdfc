import type { ReactNode } from 'react';
import { SECTIONS, hashFor, shortcutLabel, type SectionId } from '../routing/sections.js';
import { Logo } from './Logo.js';
import { SectionIcon } from './SectionIcon.js';

/** Plain links to #/<section>: Tab reaches each, Enter follows it, and the browser's history works. */
export function NavBar({ active, badges = {}, footer }: { active: SectionId; badges?: Partial<Record<SectionId, ReactNode>>; footer?: ReactNode }) {
  return (
    <nav className="nav" aria-label="Sections">
      <div className="nav-brand">
        <Logo />
        <span className="nav-brand-name">Crossdock</span>
      </div>
      <ul className="nav-list">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a
              className="nav-item"
              href={hashFor(section.id)}
              data-testid={`nav-${section.id}`}
              aria-current={section.id === active ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${section.digit} Control+${section.digit}`}
              title={`${section.title} (${shortcutLabel(section)})`}
            >
              <SectionIcon id={section.id} />
              <span className="nav-item-label">{section.title}</span>
              {badges[section.id]}
              <kbd className="nav-item-key" aria-hidden="true">
                {section.digit}
              </kbd>
            </a>
          </li>
        ))}
      </ul>
      {footer}
    </nav>
  );
}
