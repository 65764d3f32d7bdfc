import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../test-support/fake-client.js';
import { PartnersView } from './PartnersSection.js';
import { createPartnersStore } from './partners-store.js';
import { createProfilesStore } from './profiles-store.js';

const profiles = () => createProfilesStore(new FakeClient());
import { ledgerEntry, outboundGroup, sentAck } from './test-data.js';

function storeWith(data: { entries?: ReturnType<typeof ledgerEntry>[]; failedSend?: boolean; partners?: boolean }) {
  const entries = data.entries ?? [];
  return createPartnersStore(new FakeClient(), {
    status: 'ready',
    ledger: { entries, total: entries.length },
    ackStatus: { items: [outboundGroup()], total: 1 },
    acksSent: { items: [sentAck(data.failedSend ? { status: 'failed', error: 'EACCES' } : {})], total: 1 },
    partners: data.partners === false ? [] : [{ id: 3, name: 'Buyer Co' }],
  });
}

describe('partners markup', () => {
  it('keeps the no-partners empty state while loading and when there is no data at all', () => {
    expect(renderToStaticMarkup(<PartnersView store={createPartnersStore(new FakeClient())} profiles={profiles()} />)).toContain('No trading partners yet');
    const empty = createPartnersStore(new FakeClient(), { status: 'ready', ledger: { entries: [], total: 0 }, ackStatus: { items: [], total: 0 }, acksSent: { items: [], total: 0 } });
    const html = renderToStaticMarkup(<PartnersView store={empty} profiles={profiles()} />);
    expect(html).toContain('No trading partners yet');
    // a profile exported elsewhere can be imported before any file arrives
    expect(html).toContain('data-testid="profile-import"');
  });

  it('shows the tablist and a ledger row with its badge and document links', () => {
    const html = renderToStaticMarkup(<PartnersView store={storeWith({ entries: [ledgerEntry()] })} profiles={profiles()} initialTab="ledger" />);
    expect(html).toContain('role="tablist"');
    const tab = (id: string) => /<button[^>]*>/g[Symbol.match](html)?.find((tag) => tag.includes(`data-testid="partners-tab-${id}"`)) ?? '';
    expect(tab('ledger')).toContain('aria-selected="true"');
    expect(tab('ledger')).toContain('tabindex="0"');
    expect(tab('acks')).toContain('aria-selected="false"');
    expect(tab('acks')).toContain('tabindex="-1"');
    expect(html.match(/data-testid="ledger-row"/g)).toHaveLength(1);
    expect(html).toContain('partners-badge-gap');
    expect(html).toContain('href="#/documents/22"');
    expect(html).toContain('<option value="3">Buyer Co</option>');
  });

  it('explains the ledger when it has no findings', () => {
    const html = renderToStaticMarkup(<PartnersView store={storeWith({})} profiles={profiles()} initialTab="ledger" />);
    expect(html).toContain('data-testid="ledger-empty"');
    expect(html).toContain('No control-number problems.');
    expect(html).not.toContain('data-testid="ledger-row"');
  });

  it('shows outbound groups with status and due time, and highlights a failed ack write', () => {
    const html = renderToStaticMarkup(<PartnersView store={storeWith({ failedSend: true })} profiles={profiles()} initialTab="acks" />);
    expect(html).toMatch(/data-testid="ack-status-row" data-status="overdue"/);
    expect(html).toContain('2026-11-27 08:00');
    expect(html).toMatch(/data-testid="ack-sent-row" data-write-status="failed" class="partners-row-failed"/);
    expect(html).toContain('Failed: EACCES');
  });
});
