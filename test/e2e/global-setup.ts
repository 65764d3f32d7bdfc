import { join } from 'node:path';
import { ensureRendererBuilt } from '../../main/server/build-renderer.js';

/** Build the renderer once, so each test's server starts in well under a second. */
export default async function globalSetup(): Promise<void> {
  const root = join(import.meta.dirname, '../..');
  await ensureRendererBuilt(root, join(root, 'out', 'renderer'), (line) => console.log(line));
}
