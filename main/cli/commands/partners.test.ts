import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import type { CliIo } from '../io.js';
import { runCli } from '../run.js';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io: CliIo & { stdout: string; stderr: string } = { stdout: '', stderr: '', isTty: false, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

let temp: ReturnType<typeof makeTempDir>;
let ws: string;
beforeEach(async () => {
  temp = makeTempDir();
  ws = join(temp.path, 'ws');
  const files = ['ACMEPROD', 'GLOBEX'].map((sender, index) => {
    const path = join(temp.path, `${sender}.x12`);
    writeFileSync(path, purchaseOrder({ po: `PO-${index}`, control: '000000001', lines: 1, sender }));
    return path;
  });
  expect((await cli('ingest', ...files, '--workspace', ws)).code).toBe(0);
});
afterEach(() => temp.cleanup());

describe('crossdock partners', () => {
  it('lists partners as a table and as JSON', async () => {
    const table = await cli('partners', 'list', '--workspace', ws);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+CHANNEL\s+IDENTIFIERS\s+DOCUMENTS\s+LAST SEEN \(UTC\)$/);
    expect(table.stdout).toMatch(/ACMEPROD\s+edi\s+ISA ZZ\/ACMEPROD, GS ACMEPROD\s+1\s+\d{4}-/);
    const json = await cli('partners', 'list', '--workspace', ws, '--json');
    const items = JSON.parse(json.stdout) as { name: string; documents: { total: number } }[];
    expect(items.map((item) => [item.name, item.documents.total])).toEqual([['ACMEPROD', 1], ['GLOBEX', 1]]);
  });

  it('exports a profile to a file and imports an edited copy back onto the same partner', async () => {
    const out = join(temp.path, 'acme.json');
    const exported = await cli('partners', 'export', '1', '--workspace', ws, '--out', out);
    expect(exported.code).toBe(0);
    const document = JSON.parse(readFileSync(out, 'utf8')) as { format: string; profile: Record<string, unknown> };
    expect(document.format).toBe('crossdock-partner/1');
    document.profile.name = 'Acme Stores';
    document.profile.uomConversions = [{ from: 'CA', to: 'EA', factor: '12' }];
    writeFileSync(out, JSON.stringify(document));
    const imported = await cli('partners', 'import', out, '--workspace', ws);
    expect(imported).toMatchObject({ code: 0, stdout: 'Updated partner 1 (Acme Stores); 0 new identifiers\n' });
    expect((await cli('partners', 'list', '--workspace', ws)).stdout).toContain('Acme Stores');
  });

  it('prints the export on stdout without --out', async () => {
    const { code, stdout } = await cli('partners', 'export', '2', '--workspace', ws);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ profile: { name: 'GLOBEX' } });
  });

  it('exits 1 with each bad field by path for an invalid document, an unknown partner or a file that is not JSON', async () => {
    const bad = join(temp.path, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'crossdock-partner/1', profile: { name: 'X', items: [{ gtin: '12' }] }, identifiers: [{ kind: 'gln', id: 'abc' }] }));
    const invalid = await cli('partners', 'import', bad, '--workspace', ws);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('  profile.items.0.gtin: a GTIN has 8, 12, 13 or 14 digits');
    expect(invalid.stderr).toContain('  identifiers.0.id: a GLN has 13 digits');
    expect((await cli('partners', 'export', '99', '--workspace', ws)).code).toBe(1);
    writeFileSync(bad, '{ not json');
    const notJson = await cli('partners', 'import', bad, '--workspace', ws);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('not JSON');
  });

  it('exits 2 on bad arguments', async () => {
    expect((await cli('partners', 'list')).code).toBe(2);
    expect((await cli('partners', 'export', 'abc', '--workspace', ws)).code).toBe(2);
    expect((await cli('partners', 'rename', '--workspace', ws)).code).toBe(2);
    expect((await cli('partners', 'import', '--workspace', ws)).code).toBe(2);
  });
});
