import { describe, expect, it } from 'vitest';
import { checkEdit, editDraftOf, recordsOf } from './edit-draft.js';
import { connector, streamStatus } from './test-data.js';

describe('edit draft', () => {
  const shop = connector({ config: { baseUrl: 'http://127.0.0.1:9', auth: { type: 'bearer' } }, secretKeys: ['token'], scheduleMinutes: 15 });

  it('starts from the stored settings, names the stored secret and never holds its value', () => {
    const draft = editDraftOf(shop);
    expect(JSON.parse(draft.config)).toEqual(shop.config);
    expect(draft).toMatchObject({ scheduleMinutes: '15', secretKey: 'token', secretValue: '' });
    expect(editDraftOf(connector({ kind: 'tryton', scheduleMinutes: null, secretKeys: [] }))).toMatchObject({ scheduleMinutes: '', secretKey: 'password' });
  });

  it('sends the config and schedule, and a secret only when a new value was typed', () => {
    const draft = editDraftOf(shop);
    expect(checkEdit(shop, draft)).toEqual({ ok: true, input: { name: 'erp-shop', config: shop.config, scheduleMinutes: 15 } });
    expect(checkEdit(shop, { ...draft, scheduleMinutes: '', secretValue: 'new-token' })).toEqual({ ok: true, input: { name: 'erp-shop', config: shop.config, scheduleMinutes: null, secrets: { token: 'new-token' } } });
  });

  it('refuses what an added connector would be refused', () => {
    const draft = editDraftOf(shop);
    expect(checkEdit(shop, { ...draft, config: '{ nope' })).toMatchObject({ ok: false, errors: { config: expect.stringMatching(/^Not valid JSON/) } });
    expect(checkEdit(shop, { ...draft, config: '[]' })).toMatchObject({ ok: false, errors: { config: 'The config is a JSON object' } });
    expect(checkEdit(shop, { ...draft, scheduleMinutes: '0' })).toMatchObject({ ok: false, errors: { scheduleMinutes: expect.any(String) } });
    expect(checkEdit(shop, { ...draft, secretKey: '', secretValue: 'x' })).toMatchObject({ ok: false, errors: { secretKey: expect.any(String) } });
  });

  it('counts the records a connector brought in, not the ones read again or failed', () => {
    expect(recordsOf(connector({ streams: [streamStatus({ records: 9, inserted: 8 }), streamStatus({ stream: 'shipments', records: 5, inserted: 5 })] }))).toBe(13);
  });
});
