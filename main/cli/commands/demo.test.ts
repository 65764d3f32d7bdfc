import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import type { CliIo } from '../io.js';
import { runCli } from '../run.js';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io: CliIo & { stdout: string; stderr: string } = { stdout: '', stderr: '', isTty: false, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('crossdock demo', () => {
  const temp = makeTempDir('crossdock-demo-cli-');
  afterAll(() => temp.cleanup(), 60_000);

  it('needs --workspace, and refuses a folder that holds anything', async () => {
    expect((await cli('demo')).code).toBe(2);
    const used = join(temp.path, 'used');
    mkdirSync(used);
    writeFileSync(join(used, 'notes.txt'), 'mine');
    const refused = await cli('demo', '--workspace', used);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty; the demo workspace needs a new or empty folder/);
  });

  it('creates the demo and reports it as JSON: every file ingested, 33 planted mismatches in the queue', async () => {
    const result = await cli('demo', '--workspace', join(temp.path, 'demo'), '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { ingest: { files: number; errors: number }; mismatchesFound: number; defects: { type: string; threadKey: string }[]; timings: Record<string, number> };
    expect(report.ingest.errors).toBe(0);
    expect(report.defects).toHaveLength(33);
    expect(report.mismatchesFound).toBe(33);
    expect(Object.keys(report.timings)).toEqual(['scenario', 'partners', 'maps', 'files', 'ingest', 'records', 'reconcile']);
  }, 240_000);
});
