import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { restOrdersConfig } from '../../core/connectors/test-support.js';
import type { CliIo } from '../io.js';
import { runCli } from '../run.js';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io: CliIo & { stdout: string; stderr: string } = { stdout: '', stderr: '', isTty: false, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('crossdock connectors remove', () => {
  const temp = makeTempDir('crossdock-connectors-cli-');
  const workspace = join(temp.path, 'ws');
  beforeAll(async () => {
    process.env.CROSSDOCK_SECRETS_PASSPHRASE = 'cli-test-passphrase';
    expect((await cli('workspace', 'init', workspace)).code).toBe(0);
    const config = join(temp.path, 'shop.json');
    writeFileSync(config, JSON.stringify(restOrdersConfig('http://127.0.0.1:9/api')));
    const added = await cli('connectors', 'add', 'erp-shop', '--kind', 'rest', '--side', 'erp', '--config', config, '--workspace', workspace, '--secret', 'token=t-1');
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
  }, 60_000);
  afterAll(() => {
    delete process.env.CROSSDOCK_SECRETS_PASSPHRASE;
    temp.cleanup();
  }, 60_000);

  it('removes a connector by name, then says there is none', async () => {
    expect((await cli('connectors', 'list', '--workspace', workspace)).stdout).toContain('erp-shop');
    const removed = await cli('connectors', 'remove', 'erp-shop', '--workspace', workspace);
    expect(removed).toMatchObject({ code: 0, stdout: 'removed erp-shop (the records it synced stay)\n' });
    expect((await cli('connectors', 'list', '--workspace', workspace)).stdout).toContain('No connectors');
    const again = await cli('connectors', 'remove', 'erp-shop', '--workspace', workspace, '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toEqual({ removed: false });
    expect((await cli('connectors', 'remove', '--workspace', workspace)).code).toBe(2);
  });
});
