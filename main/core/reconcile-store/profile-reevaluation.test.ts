import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../api/types.js';
import { sampleOrder } from '../canonical/samples.js';
import { evaluateThreads } from './evaluate.js';
import { erpSampleOrder, NORTHWIND, putErpOrder, storeWorkspace, type StoreWorkspace } from './inputs.test-support.js';

let ws: StoreWorkspace;
beforeEach(() => {
  ws = storeWorkspace();
});
afterEach(() => ws.cleanup());

const NOW = '2026-11-21T12:00:00.000Z';
const THREAD = `order:${NORTHWIND}:4500012345`;

const openQty = () => ws.db.prepare("SELECT count(*) FROM mismatches WHERE thread_key = ? AND type = 'qty-mismatch' AND present = 1 AND status = 'open'").pluck().get(THREAD) as number;

describe('a partner profile change', () => {
  it("re-checks the partner's threads in the background: a wider quantity tolerance clears the mismatch it covers, a narrower one finds it again", async () => {
    const order = ws.store(sampleOrder);
    const record = putErpOrder(ws.db, erpSampleOrder('9'));
    evaluateThreads(ws.core.context, [{ documentIds: [order] }, { recordIds: [record] }], { now: NOW });
    // ordered 10 CA, the ERP has 9
    expect(openQty()).toBe(1);

    const finished = () => new Promise<TaskProgress>((resolve) => ws.core.on('task.progress', (progress) => progress.kind === 'reconcile' && progress.state !== 'running' && resolve(progress)));
    let done = finished();
    const saved = await ws.core.invoke('partners.update', { partnerId: NORTHWIND, profile: { tolerances: { pricePercent: null, quantityUnits: null, quantityPercent: '15' } } });
    expect(saved.ok).toBe(true);
    expect(await done).toMatchObject({ state: 'finished', label: 'Re-checking Northwind Retail under its changed profile' });
    expect(openQty()).toBe(0);

    done = finished();
    await ws.core.invoke('partners.update', { partnerId: NORTHWIND, profile: { tolerances: { pricePercent: null, quantityUnits: null, quantityPercent: '5' } } });
    await done;
    expect(openQty()).toBe(1);

    // a change the reconciliation does not read starts no re-check
    const started: string[] = [];
    ws.core.on('task.progress', (progress) => progress.kind === 'reconcile' && started.push(progress.taskId));
    expect((await ws.core.invoke('partners.update', { partnerId: NORTHWIND, profile: { contacts: [{ name: 'Tess', email: 'tess@example.com' }] } })).ok).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([]);
  });
});
