/** Test support: a real workspace filled through the real ingest path (receive) with our fixtures and generated POs. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { createCore, type Core } from '../core.js';
import { receive } from '../ingest/receive.js';

export const fixturesDir = resolve(fileURLToPath(new URL('../../../test/fixtures/documents/', import.meta.url)));

export const FIXTURES = ['asn-856.x12', 'invoice-810.x12', 'orders-850-two.x12', 'po-850-bad-se01.x12', 'orders-d96a.edi', 'delivery-note.txt'] as const;

export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(fixturesDir, name));
}

export interface TestWorkspace {
  core: Core;
  cleanup(): void;
}

/**
 * The fixtures plus `generated` purchase orders from three buyers (each its own partner), received one file at a
 * time so their receipt times increase. Every fourth generated order has a wrong SE01 (rejected).
 */
export function filledWorkspace(generated = 0): TestWorkspace {
  const temp = makeTempDir('crossdock-documents-');
  const core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
  for (const name of FIXTURES) receive(core.context, { name, path: null, bytes: fixtureBytes(name), source: 'upload' });
  const buyers = ['NORTHBUY', 'SOUTHBUY', 'EASTBUY'];
  for (let index = 0; index < generated; index++) {
    const text = purchaseOrder({ po: `GEN-${String(index).padStart(4, '0')}`, control: String(500 + index).padStart(9, '0'), lines: 1 + (index % 3), sender: buyers[index % 3]! });
    const bytes = Buffer.from(index % 4 === 3 ? text.replace(/SE\*(\d+)\*/, 'SE*99*') : text);
    receive(core.context, { name: `gen-${index}.x12`, path: null, bytes, source: 'upload' });
  }
  return {
    core,
    cleanup: () => {
      core.close();
      temp.cleanup();
    },
  };
}
