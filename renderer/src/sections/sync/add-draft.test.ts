import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../test-support/fake-client.js';
import { checkDraft, CONFIG_TEMPLATES, emptyDraft } from './add-draft.js';
import { createSyncStore } from './sync-store.js';
import { connector } from './test-data.js';

describe('add connector draft', () => {
  it('turns a filled draft into the connectors.add input, the secret only when given', () => {
    const draft = { ...emptyDraft(), name: ' erp-shop ', config: '{"baseUrl":"http://127.0.0.1:9","streams":{}}' };
    expect(checkDraft(draft)).toEqual({ ok: true, input: { name: 'erp-shop', kind: 'rest', side: 'erp', config: { baseUrl: 'http://127.0.0.1:9', streams: {} }, scheduleMinutes: 15 } });
    const withSecret = checkDraft({ ...draft, scheduleMinutes: '', secretValue: 't-123' });
    expect(withSecret).toMatchObject({ ok: true, input: { scheduleMinutes: null, secrets: { token: 't-123' } } });
  });

  it('starts each kind from a config template that parses', () => {
    for (const kind of ['rest', 'drop-folder', 'tryton'] as const) expect(checkDraft({ ...emptyDraft(kind), name: 'erp-x' }).ok).toBe(true);
    expect(JSON.parse(CONFIG_TEMPLATES.rest)).toHaveProperty('streams.sales-orders.path', '/orders');
  });

  it('names every wrong field', () => {
    const checked = checkDraft({ ...emptyDraft(), name: 'Shop!', scheduleMinutes: '0.5', config: '{"baseUrl":', secretKey: '', secretValue: 'x' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['config', 'name', 'scheduleMinutes', 'secretKey']);
    expect(checked.errors.config).toMatch(/^Not valid JSON/);
    expect(checkDraft({ ...emptyDraft(), name: 'x', config: '[1]' })).toMatchObject({ ok: false, errors: { config: 'The config is a JSON object' } });
  });

  it('keeps the side and the wms name prefix in step', () => {
    expect(checkDraft({ ...emptyDraft(), name: 'wms-main' })).toMatchObject({ ok: false, errors: { name: 'Only warehouse connectors’ names start with wms' } });
    expect(checkDraft({ ...emptyDraft(), name: 'main', side: 'wms' })).toMatchObject({ ok: false, errors: { name: 'A warehouse connector’s name starts with wms' } });
    expect(checkDraft({ ...emptyDraft(), name: 'wms-main', side: 'wms' }).ok).toBe(true);
  });

  it('the store adds, reloads, and hands back a refusal', async () => {
    const listed = [connector()];
    const client = new FakeClient('http', true)
      .handle('connectors.add', (input) => (input.name === 'taken' ? { ok: false, error: { code: 'invalid-input', message: 'a connector named taken exists' } } : { ok: true, value: connector({ name: input.name }) }))
      .handle('connectors.list', () => ({ ok: true, value: listed }))
      .handle('sync.runs', () => ({ ok: true, value: [] }))
      .handle('deadLetters.list', () => ({ ok: true, value: [] }));
    const store = createSyncStore(client);
    expect(await store.getState().addConnector({ name: 'taken', kind: 'rest', side: 'erp', config: {} })).toBe('a connector named taken exists');
    expect(client.callsTo('connectors.list')).toHaveLength(0);
    expect(await store.getState().addConnector({ name: 'erp-shop', kind: 'rest', side: 'erp', config: {} })).toBeNull();
    expect(store.getState().connectors.map((item) => item.name)).toEqual(['erp-shop']);
  });
});
