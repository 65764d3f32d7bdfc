import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleOrder } from '../canonical/samples.js';
import { evaluateThreads } from './evaluate.js';
import { NORTHWIND, storeWorkspace, type StoreWorkspace } from './inputs.test-support.js';
import { sweepTimeRules } from './time-sweep.js';
import type { ReconcileChanged } from './types.js';

let ws: StoreWorkspace;
beforeEach(() => {
  ws = storeWorkspace();
});
afterEach(() => ws.cleanup());

const THREAD = `order:${NORTHWIND}:4500012345`;
const typesOpen = () => ws.db.prepare("SELECT type FROM mismatches WHERE thread_key = ? AND present = 1 AND status = 'open' ORDER BY type").pluck().all(THREAD) as string[];

describe('sweepTimeRules', () => {
  it('finds what a deadline passing raises, with no new data, and only once', async () => {
    // An 850 received at 10:00; an hour later nothing is due yet (ERP entry within 4 h, 855 within 24 h).
    const order = ws.store(sampleOrder, { receivedAt: '2026-11-20T10:00:00.000Z' });
    evaluateThreads(ws.core.context, { documentIds: [order] }, { now: '2026-11-20T11:00:00.000Z' });
    expect(typesOpen()).toEqual([]);
    const events: ReconcileChanged[] = [];
    ws.core.on('reconcile.changed', (payload) => events.push(payload));

    const later = await sweepTimeRules(ws.core.context, { now: '2026-11-22T10:00:00.000Z' });
    expect(later.threads).toBe(1);
    expect(typesOpen()).toEqual(expect.arrayContaining(['ack-missing', 'order-missing-in-erp']));
    expect(later.found).toBe(typesOpen().length);
    expect(events).toHaveLength(1);
    const actors = ws.db.prepare("SELECT DISTINCT actor FROM mismatch_events WHERE action = 'found'").pluck().all();
    expect(actors).toEqual(['system']);

    const again = await sweepTimeRules(ws.core.context, { now: '2026-11-22T10:05:00.000Z' });
    expect(again.found).toBe(0);
    expect(events).toHaveLength(1);
  });

  it('leaves threads without recent activity alone and stops when aborted', async () => {
    const order = ws.store(sampleOrder, { receivedAt: '2026-11-20T10:00:00.000Z' });
    evaluateThreads(ws.core.context, { documentIds: [order] }, { now: '2026-11-20T11:00:00.000Z' });
    const old = await sweepTimeRules(ws.core.context, { now: '2027-03-01T10:00:00.000Z', windowDays: 30 });
    expect(old).toMatchObject({ threads: 0, found: 0 });
    const controller = new AbortController();
    controller.abort();
    const aborted = await sweepTimeRules(ws.core.context, { now: '2026-11-22T10:00:00.000Z', signal: controller.signal });
    expect(aborted).toMatchObject({ threads: 1, threadKeys: 0 });
    expect(typesOpen()).toEqual([]);
  });
});
