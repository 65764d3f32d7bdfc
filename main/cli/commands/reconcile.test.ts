import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Order } from '../../core/canonical/index.js';
import { sampleOrder } from '../../core/canonical/samples.js';
import { storeWorkspace, type StoreWorkspace } from '../../core/reconcile-store/inputs.test-support.js';
import type { CliIo } from '../io.js';
import { runCli } from '../run.js';
import { recordsOfText } from './import-records.js';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io: CliIo & { stdout: string; stderr: string } = { stdout: '', stderr: '', isTty: false, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

let ws: StoreWorkspace;
beforeEach(() => {
  ws = storeWorkspace();
});
afterEach(() => ws.cleanup());

function erpOrder(quantity: string): Order {
  const order: Order = { ...structuredClone(sampleOrder), source: { kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: 'SO-778812' }, orderNumber: 'SO-778812' };
  order.lines[0]!.quantity = { value: quantity, uom: 'CA' };
  return order;
}

describe('crossdock import-records and reconcile', () => {
  it('imports NDJSON records, then lists the mismatch with expected, actual and evidence', async () => {
    const documentId = ws.store(sampleOrder);
    const file = join(ws.dir, '..', 'erp.ndjson');
    writeFileSync(file, `${JSON.stringify({ recordId: 'SO-778812', document: erpOrder('8') })}\n${JSON.stringify({ document: { kind: 'order' } })}\n`);
    const imported = await cli('import-records', file, '--source', 'erp', '--workspace', ws.dir);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toContain('record 1 failed:');
    expect(imported.stdout).toContain('2 records: 1 inserted, 0 updated, 0 unchanged, 1 failed; 1 threads evaluated');

    const json = await cli('reconcile', '--workspace', ws.dir, '--json');
    expect(json.code).toBe(1);
    const listed = JSON.parse(json.stdout) as { mismatches: { type: string; threadKey: string; expected: string; actual: string; evidence: { where: string }[] }[] };
    const qty = listed.mismatches.find((mismatch) => mismatch.type === 'qty-mismatch');
    expect(qty).toMatchObject({ threadKey: 'order:3:4500012345' });
    const where = qty!.evidence.map((item) => item.where).join(' | ');
    expect(where).toContain('erp sales-orders record SO-778812');
    expect(where).toMatch(new RegExp(`file \\d+ bytes 10-90`));
    expect(documentId).toBeGreaterThan(0);

    const text = await cli('reconcile', '--workspace', ws.dir, '--rebuild');
    expect(text.stdout).toMatch(/^rebuilt 1 threads/);
    expect(text.stdout).toMatch(/qty-mismatch {2}order:3:4500012345 {2}\(Northwind Retail\)/);
    expect(text.stdout).toContain('  expected: ');
    expect(text.stdout).toContain('  evidence: ');
  });

  it('rebuilds on the worker threads --workers asks for, with the same result as on this thread; refuses a bad count', async () => {
    ws.store(sampleOrder);
    const file = join(ws.dir, '..', 'erp.json');
    writeFileSync(file, JSON.stringify([{ recordId: 'SO-778812', document: erpOrder('8') }]));
    await cli('import-records', file, '--source', 'erp', '--workspace', ws.dir);
    type Listed = { rebuild: { threads: number; batches: { byWorkers: number; inThread: number } }; mismatches: { type: string; threadKey: string }[] };
    const onWorker = JSON.parse((await cli('reconcile', '--workspace', ws.dir, '--rebuild', '--workers', '1', '--json')).stdout) as Listed;
    const inThread = JSON.parse((await cli('reconcile', '--workspace', ws.dir, '--rebuild', '--workers', '0', '--json')).stdout) as Listed;
    expect(onWorker.rebuild.batches).toEqual({ byWorkers: 1, inThread: 0 });
    expect(inThread.rebuild.batches).toEqual({ byWorkers: 0, inThread: 1 });
    expect(onWorker.mismatches.map((m) => [m.type, m.threadKey])).toEqual(inThread.mismatches.map((m) => [m.type, m.threadKey]));
    expect(onWorker.mismatches.some((m) => m.type === 'qty-mismatch')).toBe(true);

    for (const bad of ['-1', 'two', '1.5', '65']) {
      const refused = await cli('reconcile', '--workspace', ws.dir, '--rebuild', `--workers=${bad}`);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--workers takes a whole number from 0 to 64');
    }
    expect((await cli('reconcile', '--workspace', ws.dir, '--workers', '1')).stderr).toContain('--workers applies to --rebuild only');
  });

  it('reads a JSON array, a records object and NDJSON', () => {
    expect(recordsOfText('[{"a":1},{"a":2}]')).toHaveLength(2);
    expect(recordsOfText('{"records":[{"a":1}]}')).toEqual([{ a: 1 }]);
    expect(recordsOfText('{"a":1}\n{"a":2}\n')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(() => recordsOfText('{"a":1}\nnot json\n')).toThrow(/line 2/);
  });

  it('refuses a bad --source', async () => {
    expect((await cli('import-records', 'x.json', '--source', 'crm', '--workspace', ws.dir)).code).toBe(2);
  });
});
