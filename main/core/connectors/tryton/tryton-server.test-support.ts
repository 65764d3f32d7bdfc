/**
 * A real Tryton for integration tests and the measurement: scripts/tryton/tryton.sh copies the cached seeded database
 * into a fresh folder and starts trytond on a free port. Needs the Debian packages (.ci/run installs them).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const script = resolve(import.meta.dirname, '../../../../scripts/tryton/tryton.sh');
const run = promisify(execFile);

export const TRYTON_DATABASE = 'crossdock';
export const TRYTON_USER = 'admin';
export const TRYTON_PASSWORD = 'admin';

/** true when trytond, trytond-admin and proteus are installed */
export function trytonAvailable(): boolean {
  return spawnSync('bash', [script, 'check'], { stdio: 'ignore' }).status === 0;
}

export interface RunningTryton {
  url: string;
  dir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts a Tryton on the seeded database (optionally with `bulkSales` more quoted sales added first). */
export async function startTryton(options: { bulkSales?: number } = {}): Promise<RunningTryton> {
  const dir = mkdtempSync(join(tmpdir(), 'crossdock-tryton-'));
  const port = await freePort();
  const env = { ...process.env };
  try {
    if (options.bulkSales) await run('bash', [script, 'bulk', dir, String(options.bulkSales)], { env, maxBuffer: 16 * 1024 * 1024 });
    await run('bash', [script, 'start', dir, String(port)], { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    async stop() {
      await run('bash', [script, 'stop', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
