import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/helpers/temp-dir.js';
import type { CliIo } from './io.js';
import { runCli } from './run.js';

const run = promisify(execFile);
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTty: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe('crossdock CLI', () => {
  it('creates a workspace and reports its schema version as JSON', async () => {
    const dir = join(temp.path, 'ws');
    const init = captureIo();
    expect(await runCli(['workspace', 'init', dir], init)).toBe(0);
    expect(init.stdout).toMatch(/^Created workspace at .*\(schema version \d+\)/);
    const info = captureIo();
    expect(await runCli(['workspace', 'info', dir, '--json'], info)).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ path: dir, schemaVersion: expect.any(Number) });
  });

  it('init is idempotent', async () => {
    const dir = join(temp.path, 'ws');
    await runCli(['workspace', 'init', dir], captureIo());
    const again = captureIo();
    expect(await runCli(['workspace', 'init', dir], again)).toBe(0);
    expect(again.stdout).toMatch(/^Workspace already exists/);
  });

  it('exits 1 with a clear message for a folder that is not a workspace', async () => {
    const io = captureIo();
    expect(await runCli(['workspace', 'info', join(temp.path, 'nothing-here')], io)).toBe(1);
    expect(io.stderr).toContain('is not a Crossdock workspace');
  });

  it('exits 2 for unusable arguments', async () => {
    for (const args of [['frobnicate'], ['workspace'], ['workspace', 'init'], ['workspace', 'info', 'a', 'b'], ['workspace', 'info', 'a', '--bogus']]) {
      const io = captureIo();
      expect(await runCli(args, io), args.join(' ')).toBe(2);
      expect(io.stderr).not.toBe('');
    }
  });

  it('runs as the installed bin with --version and --help', async () => {
    const bin = join(import.meta.dirname, '../../bin/crossdock.mjs');
    const version = await run(process.execPath, [bin, '--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await run(process.execPath, [bin, '--help']);
    expect(help.stdout).toContain('workspace');
  });
});
