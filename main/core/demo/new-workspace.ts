/** A new folder made into the demo workspace (`crossdock demo`, `npm run demo`). */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCore } from '../core.js';
import { DemoError, populateDemoWorkspace, type DemoOptions, type DemoResult } from './create.js';

/** Refuses a folder that exists and holds anything: the demo never mixes with real data. */
export function assertEmptyTarget(dir: string): void {
  const path = resolve(dir);
  if (existsSync(path) && readdirSync(path).length > 0) {
    throw new DemoError(`${path} is not empty; the demo workspace needs a new or empty folder (pick another with --workspace)`);
  }
}

export async function createDemoWorkspace(dir: string, options: DemoOptions = {}): Promise<DemoResult> {
  assertEmptyTarget(dir);
  const core = createCore({ workspaceDir: dir, create: true, mode: 'cli', actor: 'demo' });
  try {
    return await populateDemoWorkspace(core.context, options);
  } finally {
    core.close();
  }
}

