import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelPartner, csvOrdersMap, publishMap, webOrdersCsv } from '../../core/channels/testing.js';
import { mappingWorkspace, type MappingWorkspace } from '../../core/mapping-store/test-workspace.js';
import type { CliIo } from '../io.js';
import { runCli } from '../run.js';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io: CliIo & { stdout: string; stderr: string } = { stdout: '', stderr: '', isTty: false, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

let ws: MappingWorkspace;
let field: number;
let dbPath: string;
beforeEach(async () => {
  ws = mappingWorkspace();
  const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
  field = await channelPartner(ws, 'Field reps', 'field-sales');
  publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
  publishMap(ws, field, 'csv', 'rep-orders', csvOrdersMap);
  dbPath = ws.db.name;
  ws.close();
});
afterEach(() => ws.cleanup());

function csvFile(prefix: string): string {
  const path = join(ws.dir, '..', `${prefix}.csv`);
  writeFileSync(path, webOrdersCsv(prefix));
  return path;
}

function documentPartners(): { name: string; partner_id: number | null; state: string }[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare('SELECT r.original_name AS name, d.partner_id, f.state FROM files f JOIN receipts r ON r.file_id = f.id LEFT JOIN documents d ON d.file_id = f.id GROUP BY f.id ORDER BY f.id')
      .all() as { name: string; partner_id: number | null; state: string }[];
  } finally {
    db.close();
  }
}

describe('crossdock ingest --partner', () => {
  it('quarantines a CSV two partners fit without --partner and gives it to the named partner with it', async () => {
    const plain = await cli('ingest', csvFile('A'), '--workspace', ws.dir, '--json');
    expect(plain.code).toBe(1);
    expect(JSON.parse(plain.stdout)).toMatchObject({ quarantined: 1, ingested: 0 });
    const named = await cli('ingest', csvFile('B'), '--workspace', ws.dir, '--partner', String(field), '--json');
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout)).toMatchObject({ quarantined: 0, ingested: 1, transactions: 3 });
    expect(documentPartners()).toEqual([
      { name: 'A.csv', partner_id: null, state: 'quarantined' },
      { name: 'B.csv', partner_id: field, state: 'parsed' },
    ]);
  });

  it('refuses a --partner that is not a positive number or not a partner, and documents that EDI ignores it', async () => {
    expect((await cli('ingest', csvFile('C'), '--workspace', ws.dir, '--partner', 'x')).code).toBe(2);
    const unknown = await cli('ingest', csvFile('D'), '--workspace', ws.dir, '--partner', '999');
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('no partner 999') });
    expect(documentPartners()).toEqual([]);
    expect((await cli('ingest', '--help')).stdout).toMatch(/--partner ID[\s\S]*EDI files ignore it: their envelope names the partner/);
  });
});
