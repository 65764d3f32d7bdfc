/** The ingest hook: files stored by ingest get their threads evaluated after the commit; failures never fail ingest. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { runBatchAsync, sourcesFromPaths } from '../ingest/batch.js';
import { default850With, mappingWorkspace, unwrap, waitForTask, type MappingWorkspace } from '../mapping-store/test-workspace.js';
import { sampleOrder } from '../canonical/samples.js';
import { evaluateThreads } from './evaluate.js';
import { evaluateIngestedFiles } from './evaluate-ingest.js';
import { storeWorkspace } from './inputs.test-support.js';
import type { ReconcileChanged } from './types.js';

let ws: MappingWorkspace;
beforeEach(() => {
  ws = mappingWorkspace();
});
afterEach(() => {
  vi.restoreAllMocks();
  ws.cleanup();
});

async function publish850(): Promise<void> {
  const draft = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: null, standard: 'x12', type: '850', definition: default850With() as unknown as Record<string, unknown> }));
  await waitForTask(ws.core, unwrap(await ws.core.invoke('maps.publish', { id: draft.map.id })).taskId);
}

const threads = () => ws.db.prepare('SELECT key, member_count FROM recon_threads ORDER BY key').all() as { key: string; member_count: number }[];

describe('evaluation after ingest', () => {
  it('evaluates the threads of a received file (a lone EDI order is not yet in the ERP: found)', async () => {
    await publish850();
    const events: ReconcileChanged[] = [];
    ws.core.on('reconcile.changed', (payload) => events.push(payload));
    ws.ingest(purchaseOrder({ po: 'PO-77', control: '000000001', lines: 2 }));
    const partner = ws.partnerId('BUYERCO');
    expect(threads()).toEqual([{ key: `order:${partner}:PO-77`, member_count: 1 }]);
    expect(events.length).toBe(ws.db.prepare('SELECT count(*) FROM mismatches').pluck().get() === 0 ? 0 : 1);
  });

  it('evaluates each group of a batch after its commit', async () => {
    await publish850();
    const dir = join(ws.dir, '..');
    const paths = ['PO-1', 'PO-2', 'PO-3'].map((po, index) => {
      const path = join(dir, `${po}.x12`);
      writeFileSync(path, purchaseOrder({ po, control: String(index + 1).padStart(9, '0'), lines: 1 }));
      return path;
    });
    const summary = await runBatchAsync(ws.core.context, sourcesFromPaths(paths).sources, 'cli');
    expect(summary.ingested).toBe(3);
    expect(threads().map((thread) => thread.key.split(':').at(-1)).sort()).toEqual(['PO-1', 'PO-2', 'PO-3']);
  });

  it('does nothing for files without canonical documents, and an evaluation failure is logged, not thrown', async () => {
    const fileId = ws.ingest(purchaseOrder({ po: 'PO-9', control: '000000009', lines: 1 }));
    expect(evaluateIngestedFiles(ws.core.context, [fileId])).toBe(0);
    expect(threads()).toEqual([]);

    await publish850();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    ws.db.exec('DROP TABLE recon_threads');
    const stored = ws.ingest(purchaseOrder({ po: 'PO-10', control: '000000010', lines: 1 }));
    expect(stored).toBeGreaterThan(0);
    expect(ws.db.prepare("SELECT count(*) FROM canonical_documents WHERE po_number = 'PO-10'").pluck().get()).toBe(1);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Reconciliation after ingest failed'));
  });

  it('finds a control-number gap when the files make one and clears it when the missing interchange arrives', () => {
    // the interchange level only (the sample's GS06 counts along with its ISA13)
    const gaps = () =>
      (ws.db.prepare("SELECT thread_key, present FROM mismatches WHERE type = 'control-number-gap' AND thread_key LIKE 'control:%:inbound:interchange:%' ORDER BY thread_key").all() as { thread_key: string; present: number }[]).map(
        (gap) => [gap.thread_key.split(':gap:')[1], gap.present],
      );
    ws.ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }));
    ws.ingest(purchaseOrder({ po: 'PO-4', control: '000000004', lines: 1 }));
    expect(gaps()).toEqual([['2-3', 1]]);
    // 2 arrives: the gap is now 3 alone, a new thread; the old one is cleared
    ws.ingest(purchaseOrder({ po: 'PO-2', control: '000000002', lines: 1 }));
    expect(gaps()).toEqual([
      ['2-3', 0],
      ['3-3', 1],
    ]);
    ws.ingest(purchaseOrder({ po: 'PO-3', control: '000000003', lines: 1 }));
    expect(gaps()).toEqual([
      ['2-3', 0],
      ['3-3', 0],
    ]);
  });

  it('evaluates documents a re-map mapped (publishing a map re-maps what came before it)', async () => {
    ws.ingest(purchaseOrder({ po: 'PO-OLD', control: '000000005', lines: 1 }));
    expect(threads()).toEqual([]);
    await publish850();
    expect(threads()).toEqual([{ key: `order:${ws.partnerId('BUYERCO')}:PO-OLD`, member_count: 1 }]);
  });
});

describe('evaluation after a partner merge', () => {
  it('re-keys the merged partner threads under the survivor and removes the old ones', async () => {
    const store = storeWorkspace();
    try {
      const id = store.store({ ...structuredClone(sampleOrder), partner: { id: 2 }, poNumber: 'PO-M' });
      evaluateThreads(store.db, { documentIds: [id] }, { now: '2026-11-21T00:00:00.000Z' });
      expect(store.db.prepare('SELECT key FROM recon_threads').pluck().all()).toEqual(['order:2:PO-M']);
      unwrap(await store.core.invoke('partners.merge', { from: 2, into: 3, dryRun: false }));
      expect(store.db.prepare('SELECT key FROM recon_threads').pluck().all()).toEqual(['order:3:PO-M']);
    } finally {
      store.cleanup();
    }
  });
});
