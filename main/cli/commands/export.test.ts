import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { unzip } from '../../core/export/zip.js';
import { insertMismatches, seedPartners, syntheticMismatches } from '../../core/reconcile-store/review-fixtures.js';
import { openWorkspace } from '../../core/workspace/workspace.js';
import type { CliIo } from '../io.js';
import { runCli } from '../run.js';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io: CliIo & { stdout: string; stderr: string } = { stdout: '', stderr: '', isTty: false, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

let temp: ReturnType<typeof makeTempDir>;
let ws: string;
beforeEach(() => {
  temp = makeTempDir();
  ws = join(temp.path, 'ws');
  const workspace = openWorkspace(ws, { create: true });
  const partners = seedPartners(workspace.db, ['Alpha', 'Beta']);
  insertMismatches(workspace.db, syntheticMismatches(120, partners));
  workspace.close();
});
afterEach(() => temp.cleanup());

describe('crossdock export mismatches', () => {
  it('writes the filtered queue as CSV', async () => {
    const out = join(temp.path, 'queue.csv');
    const result = await cli('export', 'mismatches', '--workspace', ws, '--format', 'csv', '--out', out, '--type', 'qty-mismatch', '--type', 'asn-missing', '--partner', '1');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = Number(/^Wrote (\d+) mismatch/.exec(result.stdout)?.[1]);
    expect(rows).toBeGreaterThan(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(rows + 1);
    expect(lines.slice(1).every((line) => /,(qty-mismatch|asn-missing),/.test(line) && line.includes(',Alpha,'))).toBe(true);
  });

  it('writes XLSX, taking the format from the file name, with a status filter', async () => {
    const out = join(temp.path, 'resolved.xlsx');
    const result = await cli('export', 'mismatches', '--workspace', ws, '--out', out, '--status', 'resolved');
    expect(result.code).toBe(0);
    const sheet = unzip(readFileSync(out)).find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
    expect((sheet.match(/<row /g) ?? []).length - 1).toBe(Number(/^Wrote (\d+)/.exec(result.stdout)?.[1]));
    expect(sheet).toContain('<t>resolved</t>');
    expect(sheet).not.toContain('<t>open</t>');
  });

  it('refuses bad arguments with exit 2', async () => {
    expect((await cli('export', 'mismatches', '--workspace', ws, '--out', join(temp.path, 'x.txt'))).code).toBe(2);
    expect((await cli('export', 'mismatches', '--workspace', ws, '--out', join(temp.path, 'x.csv'), '--type', 'nonsense')).code).toBe(2);
    expect((await cli('export', 'threads', '--workspace', ws)).code).toBe(2);
  });
});
