import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { createCore, type Core } from '../core.js';
import { runBatchAsync, type BatchSource } from './batch.js';

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

/** A source that notes the page cache in force when the batch reads it; `size` is what the batch believes. */
function noting(size: number, seen: number[], control: string): BatchSource {
  const bytes = Buffer.from(purchaseOrder({ po: `PO-${control}`, control, lines: 1 }));
  return {
    name: `${control}.x12`,
    path: null,
    size,
    load: () => {
      seen.push(core.context.workspace.db.pragma('cache_size', { simple: true }) as number);
      return { bytes };
    },
  };
}

describe('ingest page cache', () => {
  it('is 16 MiB for small files, 8 MiB for a batch with a file of 16 MiB or more, and the connection gets its own back', async () => {
    const db = core.context.workspace.db;
    const before = db.pragma('cache_size', { simple: true });
    const seen: number[] = [];
    await runBatchAsync(core.context, [noting(2_000, seen, '000000001'), noting(3_000, seen, '000000002')], 'cli');
    expect(seen).toEqual([-16 * 1024, -16 * 1024]);
    expect(db.pragma('cache_size', { simple: true })).toBe(before);

    seen.length = 0;
    await runBatchAsync(core.context, [noting(2_000, seen, '000000003'), noting(50 * 2 ** 20, seen, '000000004')], 'cli');
    expect(seen).toEqual([-8 * 1024, -8 * 1024]);
    expect(db.pragma('cache_size', { simple: true })).toBe(before);
  });
});
