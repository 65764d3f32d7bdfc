import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Shell } from '../App.js';
import { SECTIONS } from '../routing/sections.js';
import { createServices, ServicesProvider } from '../services.js';
import { basicFakeClient } from '../test-support/fake-client.js';
import { NavBar } from './NavBar.js';

/** Server-side rendering: no DOM needed, and it shows what the first paint contains (stores in their initial state). */
function renderShell(section: (typeof SECTIONS)[number]['id']): string {
  const services = createServices(basicFakeClient());
  return renderToStaticMarkup(
    <ServicesProvider services={services}>
      <Shell section={section} />
    </ServicesProvider>,
  );
}

describe('navigation markup', () => {
  it('gives every section a link with its test id, hash, shortcut tooltip, and marks only the active one', () => {
    const html = renderToStaticMarkup(<NavBar active="sync" />);
    for (const section of SECTIONS) {
      expect(html).toContain(`data-testid="nav-${section.id}"`);
      expect(html).toContain(`href="#/${section.id}"`);
      expect(html).toContain(`title="${section.title} (Alt+${section.digit} or Ctrl+${section.digit})"`);
    }
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toMatch(/aria-current="page"[^>]*data-testid="nav-sync"|data-testid="nav-sync"[^>]*aria-current="page"/);
  });
});

describe('shell markup', () => {
  it.each(SECTIONS.map((section) => section.id))('renders %s with its section root, title and the status bar', (id) => {
    const html = renderShell(id);
    expect(html).toContain(`data-testid="section-${id}"`);
    expect(html).toContain(`<h1 id="section-title" class="section-title">${SECTIONS.find((s) => s.id === id)?.title}</h1>`);
    for (const testId of ['status-bar', 'status-workspace', 'status-connection', 'status-network', 'status-task', 'status-version']) {
      expect(html).toContain(`data-testid="${testId}"`);
    }
  });

  it('shows placeholders, not empty text, before the core has answered', () => {
    const html = renderShell('documents');
    expect(html).toMatch(/data-testid="status-workspace"><span class="skeleton"/);
    expect(html).toContain('aria-busy="true"');
    expect(renderShell('settings')).toContain('aria-label="Loading settings"');
  });
});
