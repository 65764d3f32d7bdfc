import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { orderInterchange } from '../acks/test-fixtures.js';
import { createCore, type Core } from '../core.js';
import { receive } from '../ingest/receive.js';
import { listLedgerCached } from './cache.js';

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

const ingest = (text: string) => receive(core.context, { name: 'f', path: null, bytes: Buffer.from(text, 'latin1'), source: 'upload' });

describe('ledger cache', () => {
  it('answers again from memory until the workspace changes, then reads afresh', () => {
    ingest(orderInterchange('BUYERCO', 'ACME', '1', '1'));
    ingest(orderInterchange('BUYERCO', 'ACME', '3', '3'));
    const db = core.context.workspace.db;
    const first = listLedgerCached(db, { level: 'interchange' });
    expect(first.total).toBe(1);
    // a caller changing its copy does not change what the next caller gets
    first.entries.length = 0;
    expect(listLedgerCached(db, { level: 'interchange' }).entries).toHaveLength(1);
    ingest(orderInterchange('BUYERCO', 'ACME', '2', '2'));
    expect(listLedgerCached(db, { level: 'interchange' }).total).toBe(1);
    expect(listLedgerCached(db, { level: 'interchange' }).entries[0]!.kind).toBe('out-of-sequence');
  });
});
