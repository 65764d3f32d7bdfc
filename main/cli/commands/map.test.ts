import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { receive } from '../../core/ingest/receive.js';
import { default850With, openCore, unwrap, waitForTask } from '../../core/mapping-store/test-workspace.js';
import type { CliIo } from '../io.js';
import { runCli } from '../run.js';
import type { MappedFile } from './map.js';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io: CliIo & { stdout: string; stderr: string } = { stdout: '', stderr: '', isTty: false, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

let temp: ReturnType<typeof makeTempDir>;
const write = (name: string, text: string) => {
  const path = join(temp.path, name);
  writeFileSync(path, text, 'latin1');
  return path;
};

beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('crossdock map', () => {
  it('maps every transaction with the default maps and prints canonical JSON', async () => {
    const path = write('po.x12', purchaseOrder({ po: 'PO-77', control: '000000001', lines: 2 }));
    const result = await cli('map', path, '--json');
    expect(result.code).toBe(0);
    const { files } = JSON.parse(result.stdout) as { files: MappedFile[] };
    expect(files[0]!.transactions).toHaveLength(1);
    expect(files[0]!.transactions[0]).toMatchObject({ type: '850', status: 'ok', map: { origin: 'default' }, document: { kind: 'order', poNumber: 'PO-77' } });
    const text = await cli('map', path);
    expect(text.stdout).toContain('850 0001 · default map · ok · order, PO PO-77, 2 lines');
  });

  it('exits 1 with the failing rule and segment when a transaction does not map, and for a file that is not EDI', async () => {
    const bad = write('bad.x12', purchaseOrder({ po: 'PO-78', control: '000000002', lines: 1 }).replace('PO1*1*10*EA', 'PO1*1*TEN*EA'));
    const result = await cli('map', bad);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error \[line-quantity\].*at PO1 \(segment 4, byte \d+\)/);
    const notes = write('notes.txt', 'call the carrier\n');
    const notEdi = await cli('map', notes);
    expect(notEdi.code).toBe(1);
    expect(notEdi.stdout).toContain('not mapped:');
  });

  it("uses the partner's published map from the workspace, found by envelope ids or given with --partner", async () => {
    const ws = join(temp.path, 'ws');
    const core = openCore(ws);
    receive(core.context, { name: 'seen.x12', path: null, bytes: Buffer.from(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 })), source: 'upload' });
    const buyer = core.context.workspace.db.prepare("SELECT id FROM partners WHERE name = 'BUYERCO'").pluck().get() as number;
    const draft = unwrap(await core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With({ id: 'tag', target: 'notes[]', value: 'partner map' }) as unknown as Record<string, unknown> }));
    await waitForTask(core, unwrap(await core.invoke('maps.publish', { id: draft.map.id })).taskId);
    core.close();

    const path = write('new.x12', purchaseOrder({ po: 'PO-2', control: '000000005', lines: 1 }));
    const found = JSON.parse((await cli('map', path, '--workspace', ws, '--json')).stdout) as { files: MappedFile[] };
    expect(found.files[0]!.transactions[0]).toMatchObject({ partnerId: buyer, map: { origin: 'partner', version: 1 }, document: { notes: ['partner map'] } });
    const stranger = write('stranger.x12', purchaseOrder({ po: 'PO-3', control: '000000006', lines: 1, sender: 'NEWBUYER' }));
    const byDefault = JSON.parse((await cli('map', stranger, '--workspace', ws, '--json')).stdout) as { files: MappedFile[] };
    expect(byDefault.files[0]!.transactions[0]).toMatchObject({ partnerId: null, map: { origin: 'default' } });
    const forced = JSON.parse((await cli('map', stranger, '--workspace', ws, '--partner', String(buyer), '--json')).stdout) as { files: MappedFile[] };
    expect(forced.files[0]!.transactions[0]).toMatchObject({ partnerId: buyer, map: { origin: 'partner' } });
    expect((await cli('map', stranger, '--partner', '3')).code).toBe(2);
  });
});
