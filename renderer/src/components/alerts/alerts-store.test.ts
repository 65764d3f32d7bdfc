import { describe, expect, it } from 'vitest';
import type { AlertsSummary } from '../../../../main/core/reconcile-store/types.js';
import { FakeClient } from '../../test-support/fake-client.js';
import type { DesktopNotice } from './alert-policy.js';
import { createAlertsStore, PROMPTED_KEY, SEEN_KEY, type AlertsEnvironment, type Permission } from './alerts-store.js';

function environment(permission: Permission = 'granted') {
  const memory = new Map<string, string>();
  const shown: DesktopNotice[] = [];
  let current = permission;
  const env: AlertsEnvironment = {
    storage: { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) },
    permission: () => current,
    requestPermission: async () => (current = 'granted'),
    show: (notice) => void shown.push(notice),
    openReconciliation: () => undefined,
    now: () => new Date('2026-11-28T12:00:00.000Z'),
    formatTime: () => '15:00',
    setInterval: () => () => undefined,
  };
  return { env, memory, shown };
}

const summary = (badge: number, slaSoon: AlertsSummary['slaSoon'] = []): AlertsSummary => ({ badge, highPriority: [], slaSoon });
const sla = { threadKey: 'order:1:PO-7', partnerName: 'ACME', poNumber: 'PO-7', step: 'asn' as const, dueAt: '2026-11-28T15:00:00.000Z' };

describe('alerts store', () => {
  it('shows the badge, asks for what was found since the user last looked at Reconciliation, and clears it there', async () => {
    const client = new FakeClient().handle('alerts.summary', () => ({ ok: true, value: summary(3) }));
    const { env, memory } = environment();
    const store = createAlertsStore(client, env);
    await store.getState().refresh();
    expect(client.callsTo('alerts.summary')).toEqual([{}]);
    expect(store.getState().badge).toBe(3);
    store.getState().setViewing(true);
    expect(store.getState().badge).toBe(0);
    expect(memory.get(SEEN_KEY)).toBe('2026-11-28T12:00:00.000Z');
    store.getState().setViewing(false);
    await store.getState().refresh();
    expect(client.callsTo('alerts.summary')[1]).toEqual({ since: '2026-11-28T12:00:00.000Z' });
  });

  it('notifies high-priority findings and each close deadline once; quiet for medium ones and without permission', async () => {
    const client = new FakeClient().handle('alerts.summary', () => ({ ok: true, value: summary(1, [sla]) }));
    const { env, shown } = environment();
    const store = createAlertsStore(client, env);
    const stop = store.getState().start();
    await store.getState().refresh();
    await store.getState().refresh();
    expect(shown.map((notice) => notice.tag)).toEqual(['crossdock-sla']);
    client.emit('reconcile.changed', { threadKeys: 1, found: 1, reopened: 0, cleared: 0, alerts: [{ id: 'mm-1', type: 'qty-mismatch', summary: 'x', severity: 'medium', partnerName: null }] });
    expect(shown).toHaveLength(1);
    client.emit('reconcile.changed', { threadKeys: 1, found: 1, reopened: 0, cleared: 0, alerts: [{ id: 'mm-2', type: 'asn-qty-vs-wms', summary: 'Carton differs', severity: 'high', partnerName: 'ACME' }] });
    expect(shown.at(-1)?.body).toBe('ACME: Carton differs');
    stop();

    const quiet = environment('default');
    const other = createAlertsStore(client, quiet.env);
    await other.getState().refresh();
    expect(quiet.shown).toEqual([]);
  });

  it('asks for permission only when the user says so, and never prompts again after an answer', async () => {
    const client = new FakeClient().handle('alerts.summary', () => ({ ok: true, value: summary(0) }));
    const { env, memory } = environment('default');
    const store = createAlertsStore(client, env);
    expect(store.getState().prompted).toBe(false);
    await store.getState().askPermission();
    expect(store.getState().permission).toBe('granted');
    expect(memory.get(PROMPTED_KEY)).toBe('asked');
    expect(createAlertsStore(client, env).getState().prompted).toBe(true);
  });
});
