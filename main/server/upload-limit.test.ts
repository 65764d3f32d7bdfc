import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempDir } from '../../test/helpers/temp-dir.js';
import { createCore, type Core } from '../core/core.js';
import { startServer, type RunningServer } from './server.js';

const TOKEN = 'upload-limit-token-0123';
let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let server: RunningServer;

beforeEach(async () => {
  temp = makeTempDir();
  const staticRoot = join(temp.path, 'static');
  mkdirSync(staticRoot, { recursive: true });
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Crossdock</title>');
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
  // Small limits with the same shape as the real ones (16 MiB for calls, 96 MiB for uploads).
  server = await startServer({ core, token: TOKEN, staticRoot, maxBodyBytes: 2_000, maxUploadBodyBytes: 20_000 });
});
afterEach(async () => {
  await server.close();
  core.close();
  temp.cleanup();
});

const post = (method: string, body: unknown) =>
  fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, 'X-Crossdock': '1' },
    body: JSON.stringify(body),
  });

it('takes a larger body for ingest.upload only', async () => {
  const contentBase64 = Buffer.from('x'.repeat(6_000)).toString('base64');
  const upload = await post('ingest.upload', { files: [{ name: 'big.txt', contentBase64 }] });
  expect(upload.status).toBe(200);
  expect(((await upload.json()) as { ok: boolean }).ok).toBe(true);
  const other = await post('settings.update', { company: { name: 'y'.repeat(6_000), x12Ids: [], edifactIds: [], glns: [] } });
  expect(other.status).toBe(413);
  const tooBig = await post('ingest.upload', { files: [{ name: 'huge.txt', contentBase64: contentBase64.repeat(4) }] });
  expect(tooBig.status).toBe(413);
  expect(((await tooBig.json()) as { error: { message: string } }).error.message).toContain('20000');
});
