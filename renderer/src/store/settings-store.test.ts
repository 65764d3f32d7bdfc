import { describe, expect, it } from 'vitest';
import { basicFakeClient, sampleSettings } from '../test-support/fake-client.js';
import { createNoticesStore } from './notices-store.js';
import { createSettingsStore, effectiveTheme, isDirty } from './settings-store.js';

async function loaded() {
  const client = basicFakeClient();
  const notices = createNoticesStore();
  const store = createSettingsStore(client, notices);
  await store.getState().load();
  return { client, notices, store };
}

describe('settings store', () => {
  it('loads the settings into a clean draft', async () => {
    const { store } = await loaded();
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.saved).toEqual(sampleSettings());
    expect(state.draft?.companyName).toBe('Northwind Supply');
    expect(isDirty(state)).toBe(false);
  });

  it('saves the whole form with settings.update and takes the answer as the new saved state', async () => {
    const { client, store } = await loaded();
    store.getState().edit((draft) => ({ ...draft, companyName: 'Acme', ackOverdueHours: '36', theme: 'dark' }));
    expect(isDirty(store.getState())).toBe(true);
    expect(await store.getState().save()).toBe(true);
    expect(client.callsTo('settings.update')).toEqual([
      { theme: 'dark', company: { name: 'Acme', x12Ids: [{ qualifier: 'ZZ', id: 'NORTHWIND' }], edifactIds: [], glns: ['0614141000005'] }, ackOverdueHours: 36 },
    ]);
    expect(store.getState().saved?.company.name).toBe('Acme');
    expect(isDirty(store.getState())).toBe(false);
  });

  it('puts the core’s field errors on the row the user sees, even with blank rows above it', async () => {
    const { store, notices } = await loaded();
    store.getState().edit((draft) => ({ ...draft, glns: ['', '0614141000005', '42'] }));
    expect(await store.getState().save()).toBe(false);
    expect(store.getState().fieldErrors).toEqual({ 'company.glns.2': 'a GLN has 13 digits' });
    expect(notices.getState().notices).toEqual([]);
    store.getState().removeRow('glns', 0);
    expect(store.getState().fieldErrors).toEqual({ 'company.glns.1': 'a GLN has 13 digits' });
    expect(store.getState().draft?.glns).toEqual(['0614141000005', '42']);
  });

  it('checks the hours field itself and does not call the core', async () => {
    const { client, store } = await loaded();
    store.getState().edit((draft) => ({ ...draft, ackOverdueHours: 'soon' }));
    expect(await store.getState().save()).toBe(false);
    expect(store.getState().fieldErrors.ackOverdueHours).toMatch(/whole number/);
    expect(client.callsTo('settings.update')).toEqual([]);
  });

  it('shows other failures as a notice and keeps the edits', async () => {
    const { client, store, notices } = await loaded();
    client.handle('settings.update', () => ({ ok: false, error: { code: 'workspace-error', message: 'disk full' } }));
    store.getState().edit((draft) => ({ ...draft, companyName: 'Acme' }));
    expect(await store.getState().save()).toBe(false);
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'disk full' }]);
    expect(store.getState().draft?.companyName).toBe('Acme');
    expect(store.getState().status).toBe('ready');
  });

  it('follows settings.changed when there are no edits', async () => {
    const { store } = await loaded();
    store.getState().receive({ ...sampleSettings(), company: { ...sampleSettings().company, name: 'Changed elsewhere' } });
    expect(store.getState().draft?.companyName).toBe('Changed elsewhere');
    expect(store.getState().changedElsewhere).toBe(false);
  });

  it('keeps unsaved edits when settings change elsewhere, says so, and discard takes the new ones', async () => {
    const { store } = await loaded();
    store.getState().edit((draft) => ({ ...draft, companyName: 'Mine' }));
    store.getState().receive({ ...sampleSettings(), ackOverdueHours: 72 });
    expect(store.getState().draft?.companyName).toBe('Mine');
    expect(store.getState().changedElsewhere).toBe(true);
    store.getState().discard();
    expect(store.getState().draft?.ackOverdueHours).toBe('72');
    expect(store.getState().draft?.companyName).toBe('Northwind Supply');
    expect(store.getState().changedElsewhere).toBe(false);
  });

  it('does not mistake the echo of its own save for a change elsewhere', async () => {
    const { client, store } = await loaded();
    const original = client.settings;
    client.handle('settings.update', (patch) => {
      const updated = { ...original, ...patch } as typeof original;
      store.getState().receive(updated); // the event arrives before the answer
      return { ok: true, value: updated };
    });
    store.getState().edit((draft) => ({ ...draft, companyName: 'Acme' }));
    await store.getState().save();
    expect(store.getState().changedElsewhere).toBe(false);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('previews the theme being edited before it is saved', async () => {
    const { store } = await loaded();
    expect(effectiveTheme(store.getState())).toBe('system');
    store.getState().edit((draft) => ({ ...draft, theme: 'dark' }));
    expect(effectiveTheme(store.getState())).toBe('dark');
    store.getState().discard();
    expect(effectiveTheme(store.getState())).toBe('system');
  });

  it('reports a failed first load and stays in the failed state', async () => {
    const client = basicFakeClient().handle('settings.get', () => ({ ok: false, error: { code: 'workspace-error', message: 'gone' } }));
    const notices = createNoticesStore();
    const store = createSettingsStore(client, notices);
    await store.getState().load();
    expect(store.getState().status).toBe('failed');
    expect(notices.getState().notices).toMatchObject([{ kind: 'error', message: 'gone', title: 'Could not load the settings' }]);
  });
});
