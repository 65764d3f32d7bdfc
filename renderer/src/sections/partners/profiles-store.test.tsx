import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../test-support/fake-client.js';
import { partnerDetail, partnerSummary } from './profile-test-data.js';
import { createProfilesStore, isDraftDirty, profilesData, type ProfilesStore } from './profiles-store.js';

/** renderToStaticMarkup reads a store's initial state */
const snapshot = (store: ProfilesStore) => createProfilesStore(new FakeClient(), profilesData(store.getState()));
import { ProfilesTab } from './ProfilesTab.js';
import { PartnersView } from './PartnersSection.js';
import { createPartnersStore } from './partners-store.js';

function client() {
  return new FakeClient()
    .handle('partners.list', () => ({ ok: true, value: { items: [partnerSummary(), partnerSummary({ id: 4, name: 'Globex', identifiers: [] })] } }))
    .handle('partners.get', ({ partnerId }) => ({ ok: true, value: partnerId === 3 ? partnerDetail() : partnerDetail({ id: 4, profile: { ...partnerDetail().profile, name: 'Globex' } }) }));
}

describe('profiles store', () => {
  it('loads the list and selects the first partner', async () => {
    const store = createProfilesStore(client());
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'ready', selectedId: 3, draft: { name: 'Buyer Co' } });
    expect(isDraftDirty(store.getState())).toBe(false);
    store.getState().edit((draft) => ({ ...draft, name: 'Buyer Company' }));
    expect(isDraftDirty(store.getState())).toBe(true);
  });

  it('shows the core zod paths beside the fields after a refused save', async () => {
    const fake = client().handle('partners.update', () => ({
      ok: false,
      error: { code: 'invalid-input', message: 'Invalid input', details: [{ path: 'profile.uomConversions.0.factor', message: 'must be more than 0' }] },
    }));
    const store = createProfilesStore(fake);
    await store.getState().load();
    store.getState().edit((draft) => ({ ...draft, uomConversions: [{ from: 'CA', to: 'EA', factor: '0', sku: '' }] }));
    expect(await store.getState().save()).toBe(false);
    expect(store.getState().fieldErrors).toEqual({ 'uomConversions.0.factor': 'must be more than 0' });
    expect(fake.callsTo('partners.update')).toEqual([expect.objectContaining({ partnerId: 3, profile: expect.objectContaining({ uomConversions: [{ from: 'CA', to: 'EA', factor: '0' }] }) })]);
    const html = renderToStaticMarkup(<ProfilesTab store={snapshot(store)} />);
    expect(html).toMatch(/aria-invalid="true" data-testid="uomConversions-factor-0"/);
    expect(html).toContain('must be more than 0');
  });

  it('previews a merge as a dry run, then merges and selects the survivor', async () => {
    const fake = client().handle('partners.merge', ({ from, into, dryRun }) => ({
      ok: true,
      value: { from: { id: from, name: 'Buyer Co' }, into: { id: into, name: 'Globex' }, applied: !dryRun, identifiers: [], documents: 5, interchanges: 5, otherRows: {}, profileRowsAdded: { items: 1, uomConversions: 0, locations: 0, contacts: 0 }, notes: [] },
    }));
    const store = createProfilesStore(fake);
    await store.getState().load();
    await store.getState().previewMerge(4);
    expect(store.getState().merge?.preview?.documents).toBe(5);
    expect(renderToStaticMarkup(<ProfilesTab store={snapshot(store)} />)).toContain('1 item added to Globex');
    expect(await store.getState().confirmMerge()).toBe(true);
    expect(fake.callsTo('partners.merge')).toEqual([{ from: 3, into: 4, dryRun: true }, { from: 3, into: 4 }]);
    expect(store.getState()).toMatchObject({ selectedId: 4, merge: null, message: 'Merged Buyer Co into Globex: 5 documents moved' });
  });

  it('reports an import file that is not JSON and the paths of an invalid document', async () => {
    const fake = client().handle('partners.import', () => ({ ok: false, error: { code: 'invalid-input', message: 'Invalid', details: [{ path: 'document.profile.name', message: 'a partner needs a name' }] } }));
    const store = createProfilesStore(fake);
    expect(await store.getState().importDocument('{', 'a.json')).toBe(false);
    expect(store.getState().formErrors).toEqual(['a.json is not JSON']);
    expect(await store.getState().importDocument('{"format":"crossdock-partner/1"}', 'b.json')).toBe(false);
    expect(store.getState().formErrors).toEqual(['b.json: not imported', 'profile.name: a partner needs a name']);
  });
});

describe('profiles markup', () => {
  it('makes Profiles the first, selected tab with a keyboard listbox, the form and the read-only learned facts', async () => {
    const profiles = createProfilesStore(client());
    await profiles.getState().load();
    const partners = createPartnersStore(new FakeClient(), { status: 'ready', ledger: { entries: [], total: 0 }, ackStatus: { items: [], total: 0 }, acksSent: { items: [], total: 0 }, partners: [{ id: 3, name: 'Buyer Co' }] });
    const html = renderToStaticMarkup(<PartnersView store={partners} profiles={snapshot(profiles)} />);
    const tabs = html.match(/data-testid="partners-tab-[a-z]+"/g);
    expect(tabs).toEqual(['data-testid="partners-tab-profiles"', 'data-testid="partners-tab-ledger"', 'data-testid="partners-tab-acks"']);
    expect(html).toMatch(/role="option" aria-selected="true" tabindex="0"[^>]*><span class="profile-list-name">Buyer Co/);
    expect(html).toMatch(/role="option" aria-selected="false" tabindex="-1"[^>]*><span class="profile-list-name">Globex/);
    expect(html).toContain('value="Buyer Co"');
    expect(html).toContain('newline-terminators');
    expect(html).toContain('element * · segment ~');
    expect(html.match(/data-testid="profile-uomConversions-row"/g)).toHaveLength(1);
  });
});
