import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { createCore, type Core } from '../core.js';
import { receive } from '../ingest/receive.js';
import { DEFAULT_ACK_POLICY } from './schema.js';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let partnerId: number;
beforeEach(() => {
  temp = makeTempDir();
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
  receive(core.context, { name: 'po', path: null, bytes: Buffer.from(purchaseOrder({ po: 'P', control: '000000001', lines: 1 })), source: 'upload' });
  partnerId = core.context.workspace.db.prepare('SELECT id FROM partners').pluck().get() as number;
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

const profile = () => JSON.parse(core.context.workspace.db.prepare('SELECT profile_json FROM partners WHERE id = ?').pluck().get(partnerId) as string) as Record<string, unknown>;

describe('partner ack policy', () => {
  it('defaults to generating acks (997/999 by version, TA1 on error, CONTRL per message) and the workspace hours', async () => {
    const result = await core.invoke('partners.ackPolicy.get', { partnerId });
    expect(result).toEqual({ ok: true, value: { partnerId, policy: DEFAULT_ACK_POLICY, ackOverdueHours: null, effectiveOverdueHours: 24 } });
  });

  it('changes only what it is given, keeps the rest of the profile, and audits the change', async () => {
    const learned = profile();
    const set = await core.invoke('partners.ackPolicy.set', { partnerId, policy: { ta1: 'always' }, ackOverdueHours: 6 });
    expect(set.ok && set.value).toEqual({ partnerId, policy: { ...DEFAULT_ACK_POLICY, ta1: 'always' }, ackOverdueHours: 6, effectiveOverdueHours: 6 });
    expect(profile()).toEqual({ ...learned, ackPolicy: { ...DEFAULT_ACK_POLICY, ta1: 'always' }, ackOverdueHours: 6 });
    const again = await core.invoke('partners.ackPolicy.set', { partnerId, policy: { kind: '999' }, ackOverdueHours: null });
    expect(again.ok && again.value).toMatchObject({ policy: { ta1: 'always', kind: '999' }, ackOverdueHours: null, effectiveOverdueHours: 24 });
    expect(profile()).not.toHaveProperty('ackOverdueHours');
    const audits = core.context.workspace.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'partners.ackPolicy.set' AND subject = ?").pluck().get(`partner:${partnerId}`);
    expect(audits).toBe(2);
  });

  it('reads a hand-edited profile field by field, ignoring values it cannot use', async () => {
    core.context.workspace.db.prepare('UPDATE partners SET profile_json = ? WHERE id = ?').run(JSON.stringify({ ackPolicy: { generate: false, kind: '998', ta1: 7 }, ackOverdueHours: -5 }), partnerId);
    const result = await core.invoke('partners.ackPolicy.get', { partnerId });
    expect(result.ok && result.value).toEqual({ partnerId, policy: { ...DEFAULT_ACK_POLICY, generate: false }, ackOverdueHours: null, effectiveOverdueHours: 24 });
  });

  it('answers not-found for an unknown partner and invalid-input for a bad policy', async () => {
    const missing = await core.invoke('partners.ackPolicy.get', { partnerId: 999 });
    expect(missing.ok === false && missing.error.code).toBe('not-found');
    const bad = await core.call('partners.ackPolicy.set', { partnerId, policy: { kind: '998' } });
    expect(bad.ok === false && bad.error.code).toBe('invalid-input');
    const tooLong = await core.call('partners.ackPolicy.set', { partnerId, ackOverdueHours: 0 });
    expect(tooLong.ok).toBe(false);
  });
});
