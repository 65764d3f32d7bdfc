import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { createCore, type Core } from '../core.js';
import { contract } from './contract.js';
import { mergeHandlers } from './dispatch.js';
import { handlers } from './handlers/index.js';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
beforeEach(() => {
  temp = makeTempDir();
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

describe('dispatch', () => {
  it('has exactly one handler per contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('returns an error value for an unknown method', async () => {
    const result = await core.call('documents.delete-everything', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown-method', message: expect.stringContaining('documents.delete-everything') } });
  });

  it('returns invalid-input with the failing path instead of calling the handler', async () => {
    const result = await core.call('settings.update', { ackOverdueHours: -3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.details).toEqual([expect.objectContaining({ path: 'ackOverdueHours' })]);
    const settings = await core.invoke('settings.get', {});
    expect(settings.ok && settings.value.ackOverdueHours).toBe(24);
  });

  it('rejects unknown keys (strict schemas) rather than ignoring them', async () => {
    const result = await core.call('settings.update', { theme: 'dark', isAdmin: true });
    expect(result.ok).toBe(false);
  });

  it('turns a thrown error into an internal error value', async () => {
    const broken = { ...handlers, 'status.get': () => { throw new Error('disk on fire'); } };
    const brokenCore = createCore({ workspaceDir: join(temp.path, 'ws2'), create: true, mode: 'test' }, broken);
    expect(await brokenCore.call('status.get', {})).toEqual({ ok: false, error: { code: 'internal', message: 'status.get failed: disk on fire' } });
    brokenCore.close();
  });

  it('refuses to merge two handlers for one method', () => {
    expect(() => mergeHandlers({ 'app.info': () => null as never }, { 'app.info': () => null as never })).toThrow(/defined twice/);
  });

  it('updates settings, audits the change and emits settings.changed', async () => {
    const seen: unknown[] = [];
    core.on('settings.changed', (payload) => seen.push(payload));
    const result = await core.invoke('settings.update', { theme: 'dark', company: { name: 'Acme Supply', x12Ids: [{ qualifier: 'ZZ', id: 'ACME' }], edifactIds: [], glns: ['5012345678900'] } });
    expect(result.ok && result.value.theme).toBe('dark');
    expect(seen).toHaveLength(1);
    const audit = core.context.workspace.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'settings.update'").pluck().get();
    expect(audit).toBe(2);
  });
});
